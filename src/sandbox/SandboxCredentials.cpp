// SPDX-License-Identifier: MIT
#include "sandbox/SandboxCredentials.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

QJsonObject SandboxCredentials::toJson() const
{
    QJsonArray clientArray;
    for (const SandboxClient &c : clients) {
        clientArray.append(QJsonObject{{u"name"_s, c.name},
                                       {u"clientId"_s, c.clientId},
                                       {u"clientSecret"_s, c.clientSecret},
                                       {u"scopes"_s, QJsonArray::fromStringList(c.scopes)}});
    }
    QJsonArray customerArray;
    for (const SandboxCustomer &c : customers) {
        QJsonObject o{{u"email"_s, c.email}, {u"password"_s, c.password}, {u"kind"_s, c.kind}};
        if (!c.businessUnitKey.isEmpty())
            o.insert(u"businessUnitKey"_s, c.businessUnitKey);
        if (!c.role.isEmpty())
            o.insert(u"role"_s, c.role);
        customerArray.append(o);
    }
    QJsonObject services;
    if (!taxUrl.isEmpty())
        services.insert(u"tax"_s, taxUrl.toString());
    if (!gatewayUrl.isEmpty())
        services.insert(u"gateway"_s, gatewayUrl.toString());
    if (!gatewayMerchantKey.isEmpty())
        services.insert(u"gatewayMerchantKey"_s, QString::fromLatin1(gatewayMerchantKey));
    if (!omsUrl.isEmpty())
        services.insert(u"oms"_s, omsUrl.toString());
    return QJsonObject{{u"projectKey"_s, projectKey},    {u"authUrl"_s, authUrl.toString()},
                       {u"apiUrl"_s, apiUrl.toString()}, {u"checkoutUrl"_s, checkoutUrl.toString()},
                       {u"clients"_s, clientArray},      {u"customers"_s, customerArray},
                       {u"services"_s, services}};
}

const SandboxClient *SandboxCredentials::client(QStringView name) const
{
    for (const SandboxClient &c : clients) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace commercedesk::sandbox
