// SPDX-License-Identifier: MIT
#pragma once

#include "http/HttpLimits.h"
#include "http/HttpRequest.h"
#include "http/ProtocolError.h"

#include <QByteArrayView>

namespace commercedesk::http {

// An incremental HTTP/1.0 and 1.1 request parser (RFC 9112) with no I/O: feed it bytes as they arrive and it
// says when one request is complete or why the bytes are not an acceptable request. Every limit of `Limits`
// is checked while reading, so it never holds more than maxHeaderBytes of head plus maxBodyBytes of body:
//  - request line longer than maxHeaderBytes → 414; head (request line + fields) longer → 431; more than
//    maxHeaderCount fields → 431;
//  - malformed request line, field line, obsolete line folding, control characters, a missing or repeated
//    Host in HTTP/1.1, an unreadable or conflicting Content-Length, Content-Length with Transfer-Encoding
//    → 400; a version other than HTTP/1.0 or 1.1 → 505; a method other than GET HEAD POST PUT DELETE
//    PATCH OPTIONS → 501;
//  - Transfer-Encoding chunked → 411 (send Content-Length; chunked request bodies are not accepted), any
//    other transfer coding → 501; an Expect other than 100-continue → 417;
//  - Content-Length above maxBodyBytes → 413 as soon as the header block ends, before any body byte.
// Empty lines before a request line are skipped (RFC 9112 §2.2). Line ends may be CRLF or a bare LF.
// After complete() the caller takes the request; bytes past its end were not consumed and start the next one.
// After failed() the parser stays failed (the connection cannot be resynchronised).
class RequestParser
{
public:
    explicit RequestParser(const Limits &limits);

    // Consumes bytes of `data` up to the end of the current request (or the error) and returns how many.
    qsizetype feed(QByteArrayView data);

    bool complete() const { return m_state == State::Complete; }
    bool failed() const { return m_state == State::Failed; }
    const ProtocolError &error() const { return m_error; }
    // A byte of a request (even a leading empty line) arrived and the request is not complete yet.
    bool started() const { return m_state != State::Complete && m_headBytes > 0; }
    // The header block was read and the body is still being read.
    bool readingBody() const { return m_state == State::Body; }
    // The head asked `Expect: 100-continue` and the body has not begun: the server may answer 100 Continue.
    bool expectsContinue() const
    {
        return m_state == State::Body && m_expectContinue && m_request.body.isEmpty();
    }
    // Bytes of the current request the parser holds.
    qint64 bufferedBytes() const { return m_line.size() + m_request.body.size(); }

    // The request once complete(); the parser then starts over for the next request.
    Request takeRequest();

private:
    enum class State { RequestLine, Headers, Body, Complete, Failed };

    void fail(int status, const QString &message);
    bool takeLine(QByteArrayView data, qsizetype *consumed);
    void parseRequestLine(QByteArrayView line);
    void parseFieldLine(QByteArrayView line);
    void finishHead();
    bool readFraming();

    Limits m_limits;
    State m_state = State::RequestLine;
    ProtocolError m_error;
    QByteArray m_line; // the line being read (no line end)
    qint64 m_headBytes = 0;
    qint64 m_bodyLength = 0;
    bool m_expectContinue = false;
    Request m_request;
};

} // namespace commercedesk::http
