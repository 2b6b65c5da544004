// SPDX-License-Identifier: MIT
#pragma once

#include "core/CustomFields.h"
#include "core/LocalizedString.h"
#include "core/Money.h"
#include "core/MoneyResult.h"
#include "core/Reference.h"
#include "core/Transaction.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::core {

struct PaymentMethodInfo
{
    std::optional<QString> paymentInterface; // PSP name
    std::optional<QString> method;           // e.g. "CREDIT_CARD"
    std::optional<LocalizedString> name;

    friend bool operator==(const PaymentMethodInfo &, const PaymentMethodInfo &) = default;
};

struct PaymentStatus
{
    std::optional<QString> interfaceCode;
    std::optional<QString> interfaceText;
    std::optional<Reference> state; // typeId "state"

    friend bool operator==(const PaymentStatus &, const PaymentStatus &) = default;
};

// A commercetools Payment. Never holds card data (PAN/CVV): only PSP references.
struct Payment
{
    QString id;
    qint64 version = 0;
    std::optional<QString> key;
    std::optional<Reference> customer;
    std::optional<QString> anonymousId;
    std::optional<QString> interfaceId; // PSP payment reference
    Money amountPlanned;
    PaymentMethodInfo paymentMethodInfo;
    PaymentStatus paymentStatus;
    QList<Transaction> transactions;
    // Set by CommerceDesk's checkout to the card authorization's display data (authorizationCode,
    // cardBrand, cardLast4) — never a card number or CVC.
    std::optional<CustomFields> custom;
    QDateTime createdAt;
    QDateTime lastModifiedAt;

    // Sum of successful transactions of `type` in amountPlanned's currency (zero when there are none).
    // Errors: CurrencyMismatch when such a transaction has another currency, Overflow.
    MoneyResult<Money> successfulAmount(TransactionType type) const;
    // Successful Authorizations minus successful CancelAuthorizations (may be zero, never clamped).
    MoneyResult<Money> authorizedAmount() const;
    // Successful Charges minus successful Refunds and Chargebacks.
    MoneyResult<Money> chargedAmount() const;
    bool hasSuccessfulAuthorization() const;
    // True when a transaction is Initial or Pending (the PSP has not answered yet).
    bool hasPendingTransaction() const;
    // The transaction with that id, or nullptr; valid while this payment lives unchanged.
    const Transaction *transaction(const QString &transactionId) const;

    friend bool operator==(const Payment &, const Payment &) = default;
};

} // namespace commercedesk::core
