// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxClient.h"
#include "sandbox/SandboxCustomer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace commercedesk::sandbox {

// The demo identities: API clients (names and scopes; ids and secrets are random and made by the
// Seeder), customers with their fixed, documented demo passwords, the B2B company "acme-industrial"
// with its division "acme-industrial-berlin", and the associate roles "buyer" and "admin".
class DemoAccounts
{
public:
    explicit DemoAccounts(QDateTime now);

    // Client names and scopes (clientId/clientSecret empty).
    static QList<SandboxClient> clientTemplates();
    static QList<SandboxCustomer> customers();

    QList<QJsonObject> associateRoles() const;
    // Customer document for one of customers() (no password in the document).
    QJsonObject customerDocument(const SandboxCustomer &customer) const;
    // Company first, then its division; associates reference customerDocument() ids.
    QList<QJsonObject> businessUnits() const;

    static QString customerId(const QString &email);

private:
    QJsonObject resource(const QString &typeId, const QString &key) const;

    QDateTime m_now;
};

} // namespace commercedesk::sandbox
