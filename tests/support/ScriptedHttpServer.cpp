// SPDX-License-Identifier: MIT
#include "support/ScriptedHttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace commercedesk::testsupport {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 302:
        return "Found"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 404:
        return "Not Found"_ba;
    case 409:
        return "Conflict"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    default:
        return "Status"_ba;
    }
}

QByteArray serialize(const ScriptedHttpServer::Reply &reply)
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    head += "Content-Type: " + reply.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    return head;
}

// Body buffered per socket until a complete request (headers + Content-Length bytes) is there.
constexpr const char *kBufferProperty = "scriptedHttpBuffer";

} // namespace

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::json(int status, const QByteArray &body)
{
    Reply reply;
    reply.status = status;
    reply.body = body;
    return reply;
}

QByteArray ScriptedHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray ScriptedHttpServer::Request::path() const
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
    , m_fallback([](const Request &) {
        return Reply::json(
            404,
            R"({"statusCode":404,"message":"Not scripted.","errors":[{"code":"ResourceNotFound","message":"Not scripted."}]})"_ba);
    })
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
}

ScriptedHttpServer::~ScriptedHttpServer() = default;

bool ScriptedHttpServer::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptedHttpServer::port() const
{
    return m_server.serverPort();
}

QByteArray ScriptedHttpServer::baseUrl() const
{
    return "http://127.0.0.1:" + QByteArray::number(port());
}

void ScriptedHttpServer::enqueue(const QByteArray &path, const Reply &reply)
{
    m_queue.append({path, reply});
}

void ScriptedHttpServer::setFallback(std::function<Reply(const Request &)> fallback)
{
    m_fallback = std::move(fallback);
}

int ScriptedHttpServer::requestCount(const QByteArray &path) const
{
    return int(std::count_if(m_requests.begin(), m_requests.end(),
                             [&path](const Request &request) { return request.path() == path; }));
}

void ScriptedHttpServer::closeHangingConnections()
{
    for (const QPointer<QTcpSocket> &socket : std::exchange(m_hanging, {})) {
        if (socket)
            socket->disconnectFromHost();
    }
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property(kBufferProperty).toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            break;
        request.body = buffer.mid(headerEnd + 4, contentLength);
        buffer.remove(0, headerEnd + 4 + contentLength);
        m_requests.append(request);
        answer(socket, request);
    }
    socket->setProperty(kBufferProperty, buffer);
}

void ScriptedHttpServer::answer(QTcpSocket *socket, const Request &request)
{
    Reply reply;
    const auto queued = std::find_if(m_queue.begin(), m_queue.end(),
                                     [&request](const auto &entry) { return entry.first == request.path(); });
    if (queued != m_queue.end()) {
        reply = queued->second;
        m_queue.erase(queued);
    } else {
        reply = m_fallback(request);
    }
    const QByteArray head = serialize(reply);
    switch (reply.mode) {
    case Reply::Mode::Complete:
        socket->write(head + reply.body);
        break;
    case Reply::Mode::Hang:
        m_hanging.append(socket);
        break;
    case Reply::Mode::ResetMidBody:
        socket->write(head + reply.body.left(reply.body.size() / 2));
        socket->flush();
        socket->abort();
        break;
    case Reply::Mode::Drip: {
        auto *timer = new QTimer(socket);
        auto remaining = std::make_shared<QByteArray>(head + reply.body);
        QPointer<QTcpSocket> guard(socket);
        connect(timer, &QTimer::timeout, socket, [timer, remaining, guard] {
            if (!guard || remaining->isEmpty()) {
                timer->stop();
                return;
            }
            guard->write(remaining->left(1));
            remaining->remove(0, 1);
        });
        timer->start(reply.dripIntervalMs);
        break;
    }
    }
}

} // namespace commercedesk::testsupport
