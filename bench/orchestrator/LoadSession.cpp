// SPDX-License-Identifier: MIT
#include "LoadSession.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace commercedesk::bench {

LoadSession::LoadSession(const QString &host, quint16 port, QString sku, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
    , m_sku(std::move(sku))
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(&m_socket, &QTcpSocket::readyRead, this, &LoadSession::onReadyRead);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_answer)
            Q_EMIT failed(m_socket.errorString());
        m_answer = {};
    });
}

void LoadSession::prepare()
{
    m_socket.connectToHost(m_host, m_port);
    send("POST", "/v1/sessions/anonymous", {}, [this](int status, const QJsonObject &session) {
        if (status != 201)
            return Q_EMIT failed(u"session: %1"_s.arg(status));
        m_token = session.value(u"accessToken"_s).toString().toLatin1();
        const QJsonObject draft{
            {u"currency"_s, u"EUR"_s},
            {u"country"_s, u"DE"_s},
            {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, m_sku}, {u"quantity"_s, 1}}}}};
        send("POST", "/v1/carts", draft, [this](int created, const QJsonObject &cart) {
            if (created != 201)
                return Q_EMIT failed(u"cart: %1"_s.arg(created));
            m_cartId = cart.value(u"id"_s).toString();
            m_version = cart.value(u"version"_s).toInteger();
            Q_EMIT ready();
        });
    });
}

void LoadSession::begin()
{
    m_running = true;
    addToCart();
}

void LoadSession::addToCart()
{
    if (!m_running)
        return;
    const QJsonObject update{
        {u"version"_s, m_version},
        {u"actions"_s,
         QJsonArray{QJsonObject{{u"action"_s, u"addLineItem"_s}, {u"sku"_s, m_sku}, {u"quantity"_s, 1}}}}};
    QElapsedTimer timer;
    timer.start();
    send("POST", "/v1/carts/" + m_cartId.toLatin1(), update,
         [this, timer](int status, const QJsonObject &cart) {
             if (status != 200) {
                 ++m_errors;
                 m_running = false;
                 return;
             }
             m_latencies.append(timer.nsecsElapsed() / 1e6);
             m_version = cart.value(u"version"_s).toInteger();
             addToCart();
         });
}

void LoadSession::send(const QByteArray &method, const QByteArray &path, const QJsonObject &body,
                       Answer answer)
{
    const QByteArray payload =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray request =
        method + ' ' + path + " HTTP/1.1\r\nHost: " + m_host.toLatin1() +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(payload.size()) +
        "\r\n";
    if (!m_token.isEmpty())
        request += "Authorization: Bearer " + m_token + "\r\n";
    m_answer = std::move(answer);
    m_socket.write(request + "\r\n" + payload);
}

void LoadSession::onReadyRead()
{
    m_buffer += m_socket.readAll();
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    const QByteArray head = m_buffer.left(headEnd);
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (m_buffer.size() < headEnd + 4 + length)
        return;
    const int status = head.mid(9, 3).toInt();
    const QJsonObject json = QJsonDocument::fromJson(m_buffer.mid(headEnd + 4, length)).object();
    m_buffer.remove(0, headEnd + 4 + length);
    if (auto answer = std::exchange(m_answer, {}))
        answer(status, json);
}

} // namespace commercedesk::bench
