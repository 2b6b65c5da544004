// SPDX-License-Identifier: MIT
#pragma once

#include "api/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace commercedesk::api {

/// One asynchronous API call (architecture rule 3). Contract:
/// - finished() is emitted exactly once, never synchronously inside the call that created the job, and always
///   in the job's thread; the job deletes itself (deleteLater) right after.
/// - cancel() aborts the request; the job then finishes with ApiError::Kind::Cancelled. Cancelling a finished
///   job does nothing.
/// - Callers normally use Job<T>::onFinished(context, handler): the handler runs only while `context` is
/// alive,
///   so a closed pane never gets a late callback.
/// The job hides its QNetworkReply; callers never see one.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    ~ApiJob() override;

    bool isFinished() const { return m_finished; }
    void cancel();

    /// Called by the transport: what to do to abort the work in flight (abort the reply, stop a timer).
    void setAbortHandler(std::function<void()> abort) { m_abort = std::move(abort); }

Q_SIGNALS:
    void finished();

protected:
    explicit ApiJob(QObject *parent = nullptr);
    /// Marks the job finished and schedules finished() on the event loop. Returns false if it already was.
    bool markFinished();
    virtual void storeCancellation(const ApiError &error) = 0;

private:
    bool m_finished = false;
    std::function<void()> m_abort;
};

/// A job whose outcome is Result<T>.
template<class T>
class Job final : public ApiJob
{
public:
    using Handler = std::function<void(const Result<T> &)>;

    explicit Job(QObject *parent = nullptr)
        : ApiJob(parent)
    {}

    /// Runs `handler` with the outcome once the job finishes, in `context`'s thread, unless `context` is
    /// gone.
    void onFinished(QObject *context, Handler handler)
    {
        QObject::connect(this, &ApiJob::finished, context,
                         [this, handler = std::move(handler)] { handler(*m_result); });
    }

    /// Precondition: isFinished().
    const Result<T> &result() const { return *m_result; }

    /// Completes the job with an outcome; ignored if the job already finished (e.g. was cancelled).
    void complete(Result<T> result)
    {
        if (isFinished())
            return;
        m_result.emplace(std::move(result));
        markFinished();
    }

private:
    void storeCancellation(const ApiError &error) override { m_result.emplace(error); }

    std::optional<Result<T>> m_result;
};

} // namespace commercedesk::api
