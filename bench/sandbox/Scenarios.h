// SPDX-License-Identifier: MIT
#pragma once

#include "BenchTarget.h"
#include "LoadRun.h"

namespace commercedesk::bench {

// The measured units of work, each a LoadRun::Unit against one BenchTarget (which must outlive the run).
// Failures print the first few replies to stderr.
class Scenarios
{
public:
    // GET prefix + pathAndQuery, ok on 200.
    static LoadRun::Unit get(BenchTarget &target, const QByteArray &pathAndQuery);
    // GET /orders/{id} of a random known order.
    static LoadRun::Unit orderById(BenchTarget &target);
    // POST /carts, then three POST /carts/{id} (addLineItem, setShippingAddress, setCustomerEmail), each
    // with the version the previous reply returned; the finished cart goes to target.readyCarts.
    static LoadRun::Unit cartWithUpdates(BenchTarget &target);
    // POST /orders from the next ready cart (run at most readyCarts.size() units), ok on 201.
    static LoadRun::Unit orderFromCart(BenchTarget &target);

    // Helper for one-off calls outside a LoadRun (set-up, loading): runs a local event loop.
    static HttpConnection::Reply call(HttpConnection &connection, const QByteArray &method,
                                      const QByteArray &target, const QByteArray &body = {},
                                      const QByteArray &contentType = "application/json");
    static void reportFailure(const QString &what, const HttpConnection::Reply &reply);
};

} // namespace commercedesk::bench
