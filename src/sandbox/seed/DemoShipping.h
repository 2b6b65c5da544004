// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace commercedesk::sandbox {

class Database;

// The demo shipping setup: zones "europe" (DE FR NL AT BE IT ES), "united-kingdom" (GB) and
// "united-states" (US); methods "standard" (default; EUR 4.90 free above 50.00 in Europe,
// GBP 4.50, USD 5.99) and "express" (EUR 12.90, GBP 11.00, USD 19.99), both with the standard tax
// category. Ids derive from the keys (JsonValues::seededId). Stateless apart from the timestamp.
class DemoShipping
{
public:
    explicit DemoShipping(QDateTime now);

    QList<QJsonObject> zones() const;
    QList<QJsonObject> shippingMethods() const;
    // Inserts zones and methods (inside the caller's transaction). False on SQL failure.
    bool seed(Database &database) const;

    static QString zoneId(const QString &key);
    static QString shippingMethodId(const QString &key);

private:
    QJsonObject resource(const QString &typeId, const QString &key) const;

    QDateTime m_now;
};

} // namespace commercedesk::sandbox
