// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace commercedesk::http {

// Why a request was refused before any handler saw it: the HTTP status (400, 408, 411, 413, 414, 417, 431,
// 501, 503, 505) and an English sentence for the answer's message. The server answers it in its owner's
// error shape (Server::protocolError) and closes the connection.
struct ProtocolError
{
    int status = 400;
    QString message;
};

// "Bad Request", "Payload Too Large", … ("Error"/"OK" for statuses the table lacks).
QByteArray reasonPhrase(int status);

} // namespace commercedesk::http
