// SPDX-License-Identifier: MIT
#include "sandbox/faults/FaultGate.h"

#include "sandbox/faults/FaultAdmin.h"
#include "sandbox/faults/FaultInjector.h"

#include <QLoggingCategory>
#include <QObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

Q_LOGGING_CATEGORY(lcFaultGate, "commercedesk.sandbox.faults", QtInfoMsg)

} // namespace

FaultGate::FaultGate(std::shared_ptr<FaultInjector> faults, Answers answers)
    : m_faults(std::move(faults))
    , m_answers(std::move(answers))
{}

bool FaultGate::intercept(const RequestContext &ctx, const DeferredReply &reply, QObject *context,
                          const Run &run) const
{
    if (FaultAdmin::isAdminPath(ctx.path)) {
        reply.send(ctx.loopbackPeer
                       ? FaultAdmin::handle(m_faults.get(), ctx, m_answers.service, m_answers.error)
                       : m_answers.error(403, m_answers.loopbackOnlyCode,
                                         u"The fault admin endpoint answers on loopback only."_s));
        return true;
    }
    if (!m_faults)
        return false;
    const QString &prefix = m_answers.pathPrefix;
    const QString path = !prefix.isEmpty() && (ctx.path.startsWith(prefix % u'/') || ctx.path == prefix)
                             ? ctx.path.mid(prefix.size())
                             : ctx.path;
    const FaultInjector::Decision fault = m_faults->decide(m_answers.service, path, methodName(ctx.method));
    if (!fault.any())
        return false;
    qCInfo(lcFaultGate).noquote() << "fault on" << m_answers.service << methodName(ctx.method) << ctx.path
                                  << ctx.correlationId;
    if (fault.outage) {
        if (m_answers.observer)
            m_answers.observer(ctx, m_answers.outage.status);
        reply.send(m_answers.outage);
        return true;
    }
    if (fault.timeout)
        return true; // never answered; the connection stays open until the client gives up
    QTimer::singleShot(fault.latencyMs, context,
                       [answers = m_answers, ctx = RequestContext(ctx), reply, fault, run]() mutable {
                           if (!reply.isPending())
                               return;
                           if (fault.reset) {
                               reply.abort();
                           } else if (fault.status) {
                               if (answers.observer)
                                   answers.observer(ctx, *fault.status);
                               reply.send(answers.injected(ctx, *fault.status));
                           } else if (fault.garbage) {
                               reply.send(HttpResponse::bytes(answers.garbage, "application/json"));
                           } else {
                               run(ctx, reply);
                           }
                       });
    return true;
}

} // namespace commercedesk::sandbox
