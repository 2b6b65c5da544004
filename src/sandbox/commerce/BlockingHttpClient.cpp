// SPDX-License-Identifier: MIT
#include "sandbox/commerce/BlockingHttpClient.h"

#include <QDeadlineTimer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

// Decodes a complete chunked body; false while more data is needed.
bool dechunk(const QByteArray &raw, QByteArray *out)
{
    QByteArray body;
    qsizetype pos = 0;
    while (true) {
        const qsizetype lineEnd = raw.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return false;
        bool ok = false;
        const qint64 size = raw.mid(pos, lineEnd - pos).split(';').at(0).trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return false;
        pos = lineEnd + 2;
        if (size == 0)
            break;
        if (raw.size() < pos + size + 2)
            return false;
        body.append(raw.mid(pos, size));
        pos += size + 2;
    }
    *out = body;
    return true;
}

// Parses `data` once the head is complete; true when the whole response is there.
bool parseResponse(const QByteArray &data, bool closed, BlockingHttpClient::Response *response)
{
    const qsizetype headEnd = data.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QList<QByteArray> lines = data.left(headEnd).split('\n');
    const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
    response->status = status.value(1).toInt();
    qint64 length = -1;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
            chunked = true;
    }
    const QByteArray rest = data.mid(headEnd + 4);
    if (chunked)
        return dechunk(rest, &response->body);
    if (length >= 0) {
        if (rest.size() < length)
            return false;
        response->body = rest.left(length);
        return true;
    }
    response->body = rest;
    return closed;
}

} // namespace

BlockingHttpClient::Response BlockingHttpClient::post(const QUrl &url, const QByteArray &body,
                                                      const QList<QPair<QByteArray, QByteArray>> &headers,
                                                      int timeoutMs)
{
    Response response;
    if (url.scheme() != u"http"_s || url.host().isEmpty()) {
        response.error = u"Only http:// destinations are supported."_s;
        return response;
    }
    QDeadlineTimer deadline(timeoutMs);
    QTcpSocket socket;
    socket.connectToHost(url.host(), static_cast<quint16>(url.port(80)));
    if (!socket.waitForConnected(static_cast<int>(deadline.remainingTime()))) {
        response.timedOut = deadline.hasExpired();
        response.error = socket.errorString();
        return response;
    }
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray request = "POST " + target + " HTTP/1.1\r\nHost: " + url.host().toLatin1() + ':' +
                         QByteArray::number(url.port(80)) +
                         "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                         QByteArray::number(body.size()) + "\r\n";
    for (const auto &h : headers)
        request += h.first + ": " + h.second + "\r\n";
    request += "\r\n" + body;
    socket.write(request);
    QByteArray received;
    while (!deadline.hasExpired()) {
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(static_cast<int>(deadline.remainingTime()));
        const bool more =
            socket.waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
        received += socket.readAll();
        const bool closed = socket.state() != QAbstractSocket::ConnectedState;
        if (parseResponse(received, closed, &response)) {
            response.answered = true;
            return response;
        }
        if (!more && closed) {
            response.error = u"The connection closed before a complete response arrived."_s;
            return response;
        }
    }
    response.timedOut = true;
    response.error = u"No response within %1 ms."_s.arg(timeoutMs);
    return response;
}

} // namespace commercedesk::sandbox
