// SPDX-License-Identifier: MIT
#include "checkout/AuthorizationJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace commercedesk::checkout {

AuthorizationJournal::AuthorizationJournal(const QString &filePath)
{
    if (filePath.isEmpty())
        return;
    QDir().mkpath(QFileInfo(filePath).absolutePath());
    m_settings = std::make_unique<QSettings>(filePath, QSettings::IniFormat);
}

void AuthorizationJournal::persist()
{
    m_settings->sync(); // on disk before the call it protects
    QFile::setPermissions(m_settings->fileName(), QFile::ReadOwner | QFile::WriteOwner);
}

AuthorizationJournal::~AuthorizationJournal() = default;

QString AuthorizationJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/checkout-journal.ini"_s;
}

QString AuthorizationJournal::group(const QString &cartId) const
{
    return u"carts/"_s + cartId;
}

std::optional<AuthorizationJournal::Entry> AuthorizationJournal::entry(const QString &cartId) const
{
    if (!m_settings)
        return m_memory.contains(cartId) ? std::optional(m_memory.value(cartId)) : std::nullopt;
    m_settings->beginGroup(group(cartId));
    std::optional<Entry> out;
    if (m_settings->contains(u"key"_s) || m_settings->contains(u"authorization"_s)) {
        Entry entry;
        entry.idempotencyKey = m_settings->value(u"key"_s).toString();
        entry.paymentId = m_settings->value(u"payment"_s).toString();
        const QString id = m_settings->value(u"authorization"_s).toString();
        if (!id.isEmpty()) {
            GatewayAuthorization a;
            a.id = id;
            a.status = GatewayAuthorization::Status::Approved;
            a.authorizationCode = m_settings->value(u"authorizationCode"_s).toString();
            a.brand = m_settings->value(u"brand"_s).toString();
            a.last4 = m_settings->value(u"last4"_s).toString();
            if (auto amount = core::Money::fromMinorUnits(m_settings->value(u"centAmount"_s).toLongLong(),
                                                          m_settings->value(u"currency"_s).toString()))
                a.amount = *amount;
            entry.approved = a;
        }
        out = entry;
    }
    m_settings->endGroup();
    return out;
}

void AuthorizationJournal::rememberKey(const QString &cartId, const QString &idempotencyKey)
{
    if (!m_settings) {
        m_memory[cartId].idempotencyKey = idempotencyKey;
        return;
    }
    m_settings->setValue(group(cartId) + u"/key"_s, idempotencyKey);
    persist();
}

void AuthorizationJournal::rememberApproved(const QString &cartId, const GatewayAuthorization &a)
{
    if (!m_settings) {
        m_memory[cartId].approved = a;
        return;
    }
    m_settings->beginGroup(group(cartId));
    m_settings->setValue(u"authorization"_s, a.id);
    m_settings->setValue(u"authorizationCode"_s, a.authorizationCode);
    m_settings->setValue(u"brand"_s, a.brand);
    m_settings->setValue(u"last4"_s, a.last4);
    m_settings->setValue(u"centAmount"_s, a.amount.centAmount());
    m_settings->setValue(u"currency"_s, a.amount.currencyCode());
    m_settings->endGroup();
    persist();
}

void AuthorizationJournal::rememberPayment(const QString &cartId, const QString &paymentId)
{
    if (!m_settings) {
        m_memory[cartId].paymentId = paymentId;
        return;
    }
    m_settings->setValue(group(cartId) + u"/payment"_s, paymentId);
    persist();
}

void AuthorizationJournal::forget(const QString &cartId)
{
    const auto gone = entry(cartId);
    const bool keep = gone && gone->approved && !gone->idempotencyKey.isEmpty();
    if (!m_settings) {
        if (keep)
            m_creatorsInMemory.insert(gone->approved->id, gone->idempotencyKey);
        m_memory.remove(cartId);
        return;
    }
    m_settings->remove(group(cartId));
    if (keep) {
        QStringList order = m_settings->value(u"creators/order"_s).toStringList();
        order.append(gone->approved->id);
        while (order.size() > 50)
            m_settings->remove(u"creators/"_s + order.takeFirst());
        m_settings->setValue(u"creators/order"_s, order);
        m_settings->setValue(u"creators/"_s + gone->approved->id, gone->idempotencyKey);
    }
    persist();
}

QString AuthorizationJournal::creatorKey(const QString &authorizationId) const
{
    if (!m_settings)
        return m_creatorsInMemory.value(authorizationId);
    return m_settings->value(u"creators/"_s + authorizationId).toString();
}

} // namespace commercedesk::checkout
