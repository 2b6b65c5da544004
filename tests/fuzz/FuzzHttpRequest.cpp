// SPDX-License-Identifier: MIT
// Fuzzes the HTTP/1.1 request parser every server front reads with (src/http/RequestParser.h). Contract
// under test: whatever the bytes, the parser never holds more than its limits, never consumes past the end
// of a request or of the head limit, refuses with one of its documented statuses and a message, and reaches
// the same requests and refusal whether the bytes arrive at once or in pieces.
#include "http/RequestParser.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

using commercedesk::http::Limits;
using commercedesk::http::Request;
using commercedesk::http::RequestParser;

namespace {

struct Outcome
{
    QList<Request> requests;
    int status = 0;
};

void check(bool condition)
{
    if (!condition)
        std::abort();
}

Outcome run(const Limits &limits, QByteArrayView data, qsizetype piece)
{
    Outcome outcome;
    RequestParser parser(limits);
    qsizetype at = 0;
    QByteArrayView pending;
    while (at < data.size() || !pending.isEmpty()) {
        if (pending.isEmpty()) {
            pending = data.sliced(at, std::min(piece, data.size() - at));
            at += pending.size();
        }
        const qsizetype used = parser.feed(pending);
        check(used >= 0 && used <= pending.size());
        check(parser.bufferedBytes() <= limits.maxHeaderBytes + limits.maxBodyBytes);
        pending = pending.sliced(used);
        if (parser.failed()) {
            static constexpr int allowed[] = {400, 408, 411, 413, 414, 417, 431, 501, 505};
            check(std::find(std::begin(allowed), std::end(allowed), parser.error().status) !=
                  std::end(allowed));
            check(!parser.error().message.isEmpty());
            outcome.status = parser.error().status;
            return outcome;
        }
        if (parser.complete()) {
            const Request request = parser.takeRequest();
            check(!request.method.isEmpty() && !request.path.isEmpty());
            check(request.body.size() <= limits.maxBodyBytes);
            check(request.minorVersion == 0 || request.minorVersion == 1);
            check(request.headers.size() <= limits.maxHeaderCount);
            outcome.requests.append(request);
        } else {
            check(pending.isEmpty()); // an incomplete request consumes all it was given
            pending = {};
        }
    }
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    Limits limits;
    limits.maxHeaderBytes = 2048;
    limits.maxHeaderCount = 20;
    limits.maxBodyBytes = 4096;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Outcome whole = run(limits, bytes, bytes.size() + 1);
    const qsizetype piece = size > 0 ? 1 + data[0] % 7 : 1;
    const Outcome pieces = run(limits, bytes, piece);
    check(whole.status == pieces.status);
    check(whole.requests.size() == pieces.requests.size());
    for (qsizetype i = 0; i < whole.requests.size(); ++i) {
        const Request &a = whole.requests.at(i);
        const Request &b = pieces.requests.at(i);
        check(a.method == b.method && a.target == b.target && a.headers == b.headers && a.body == b.body &&
              a.keepAlive == b.keepAlive);
    }
    return 0;
}
