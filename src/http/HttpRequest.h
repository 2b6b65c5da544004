// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace commercedesk::http {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One complete HTTP/1.x request as RequestParser read it, plus (filled by the server) the connection's ends.
struct Request
{
    QByteArray method;    // one of GET HEAD POST PUT DELETE PATCH OPTIONS (others are refused with 501)
    QByteArray target;    // the request target as sent
    QByteArray path;      // the target's path, still percent-encoded ("*" for `OPTIONS *`)
    QByteArray query;     // what follows '?', still percent-encoded, without the '?'
    int minorVersion = 1; // HTTP/1.<minorVersion>
    HeaderList headers;   // in order; names as sent, values without surrounding spaces
    QByteArray body;
    bool keepAlive = true; // the connection may serve another request after this one's answer

    QHostAddress peerAddress;
    QHostAddress localAddress;
    quint16 localPort = 0;

    // The first value of a header (case-insensitive name); empty when absent.
    QByteArray header(const QByteArray &name) const;
    // The path, percent-decoded as UTF-8.
    QString decodedPath() const;
    bool isHead() const { return method == "HEAD"; }
};

} // namespace commercedesk::http
