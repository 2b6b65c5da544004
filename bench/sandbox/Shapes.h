// SPDX-License-Identifier: MIT
#pragma once

#include "BenchTarget.h"
#include "LoadRun.h"

#include <QString>

#include <functional>

namespace commercedesk::bench {

// The request shapes of issue 21 ("Sandbox at a million orders"), as LoadRun units against the sandbox.
struct Shape
{
    QString name;
    LoadRun::Unit unit;
};

class Shapes
{
public:
    // `probe` answers set-up calls (the store's newest and oldest createdAt, for keyset cursors).
    static QList<Shape> all(BenchTarget &target, HttpConnection &probe);
    // A query that reads every order and matches none (a filter on a field without a column): the
    // slowest shape, for "by id while another client runs it".
    static QByteArray slowQuery(const BenchTarget &target);

    // Runs `slowQuery` back to back on `connection` until stop() is called (answers of any status).
    class Background
    {
    public:
        Background(HttpConnection &connection, QByteArray pathAndQuery);
        void stop() { m_stopped = true; }
        int answered() const { return m_answered; }

    private:
        void next();

        HttpConnection &m_connection;
        QByteArray m_path;
        bool m_stopped = false;
        int m_answered = 0;
    };
};

} // namespace commercedesk::bench
