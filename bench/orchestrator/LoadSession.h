// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTcpSocket>

#include <functional>

namespace commercedesk::bench {

/// One buyer of the concurrent bench on its own keep-alive HTTP/1.1 connection to one orchestrator: an
/// anonymous session, a cart, then add-to-cart (one `addLineItem`) again and again until stop(), one request
/// at a time. Latencies go to `latenciesMs`; a non-2xx answer counts as an error and ends the buyer. Plain
/// sockets, not QNetworkAccessManager (which opens at most six connections per host).
class LoadSession final : public QObject
{
    Q_OBJECT

public:
    LoadSession(const QString &host, quint16 port, QString sku, QObject *parent = nullptr);

    /// Connects, opens a session and a cart; ready() or failed() follows.
    void prepare();
    /// Sends add-to-cart until stop(); measured only between begin() and stop().
    void begin();
    void stop() { m_running = false; }

    const QList<double> &latenciesMs() const { return m_latencies; }
    int errors() const { return m_errors; }

Q_SIGNALS:
    void ready();
    void failed(const QString &why);

private:
    using Answer = std::function<void(int status, const QJsonObject &body)>;
    void send(const QByteArray &method, const QByteArray &path, const QJsonObject &body, Answer answer);
    void onReadyRead();
    void addToCart();

    QTcpSocket m_socket;
    QString m_host;
    quint16 m_port;
    QString m_sku;
    QByteArray m_token;
    QString m_cartId;
    qint64 m_version = 0;
    QByteArray m_buffer;
    Answer m_answer;
    QElapsedTimer m_clock;
    QList<double> m_latencies;
    int m_errors = 0;
    bool m_running = false;
};

} // namespace commercedesk::bench
