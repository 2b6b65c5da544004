// SPDX-License-Identifier: MIT
#pragma once

#include "core/Enums.h"
#include "core/LocalizedString.h"
#include "core/Money.h"
#include "core/Reference.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::api {

/// TransactionDraft {type, amount, timestamp?, interactionId?, state?} — what the PSP reported.
struct TransactionDraft
{
    core::TransactionType type = core::TransactionType::Authorization;
    core::Money amount;
    std::optional<QDateTime> timestamp;
    std::optional<QString> interactionId; ///< the PSP's transaction id
    std::optional<core::TransactionState> state;

    friend bool operator==(const TransactionDraft &, const TransactionDraft &) = default;
};

/// CustomFieldsDraft {"type": ResourceIdentifier of a Type, "fields": {name: value}}.
struct CustomFieldsDraft
{
    core::ResourceIdentifier type;
    QJsonObject fields;

    friend bool operator==(const CustomFieldsDraft &, const CustomFieldsDraft &) = default;
};

/// PaymentDraft (admin `/payments`, api.yaml) and MyPaymentDraft (`/me/payments`, which takes
/// one `transaction` and no key/customer/interfaceId/paymentStatus: those fields are dropped on the me path;
/// `custom` is sent on both).
/// Never carries card data — only the PSP's references.
struct PaymentDraft
{
    core::Money amountPlanned;
    std::optional<QString> key;
    std::optional<core::Reference> customer;
    std::optional<QString> anonymousId;
    std::optional<QString> interfaceId; ///< the PSP's payment reference
    std::optional<QString> paymentInterface;
    std::optional<QString> method;
    std::optional<core::LocalizedString> methodName;
    QList<TransactionDraft> transactions; ///< the me path sends only the first
    std::optional<CustomFieldsDraft> custom;

    /// A payment that records a successful authorization by the PSP (the checkout's usual shape).
    static PaymentDraft authorized(const core::Money &amount, const QString &paymentInterface,
                                   const QString &method, const QString &pspReference,
                                   const QString &authorizationId)
    {
        PaymentDraft draft;
        draft.amountPlanned = amount;
        draft.paymentInterface = paymentInterface;
        draft.method = method;
        draft.interfaceId = pspReference;
        TransactionDraft transaction;
        transaction.type = core::TransactionType::Authorization;
        transaction.amount = amount;
        transaction.interactionId = authorizationId;
        transaction.state = core::TransactionState::Success;
        draft.transactions.append(transaction);
        return draft;
    }

    friend bool operator==(const PaymentDraft &, const PaymentDraft &) = default;
};

} // namespace commercedesk::api
