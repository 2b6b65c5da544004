// SPDX-License-Identifier: MIT
#pragma once

#include "checkout/CardRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QObject>
#include <QString>

#include <functional>

namespace commercedesk::checkout {

/// The secure card form's model: the buyer's card, only in memory, validated live.
///
/// Security contract (docs/architecture.md, "Security"): the number, expiry, CVC and holder live only in this
/// object and in the one gateway request PaymentGatewayClient builds from it. Nothing here logs, persists or
/// formats them into a message; wipe() overwrites the buffers (the caller wipes after the authorization, and
/// the destructor wipes too). Accessors return references so the data is not copied around.
///
/// Validation: the number must pass Luhn and have a length valid for its brand; the expiry month/year must
/// not be before the current month (today() is injected); the CVC must have the brand's length (Amex 4,
/// others 3); the holder must not be blank. changed() fires after every setter and after wipe().
class CardForm final : public QObject
{
    Q_OBJECT

public:
    using Today = std::function<QDate()>;
    enum class Field { Number, Expiry, Cvc, Holder };
    Q_ENUM(Field)
    enum class State { Empty, Incomplete, Invalid, Valid };
    Q_ENUM(State)

    /// `today` defaults to the local current date.
    explicit CardForm(Today today = {}, QObject *parent = nullptr);
    ~CardForm() override;

    /// Keeps the digits of `text` (spaces, dashes dropped), at most the brand's maximum length.
    void setNumber(const QString &text);
    /// "MM/YY", "MM/YYYY", "MMYY" (blank-tolerant).
    void setExpiryText(const QString &text);
    void setExpiry(int month, int year);
    /// Keeps digits only, at most 4.
    void setCvc(const QString &text);
    void setHolder(const QString &text);

    const QString &number() const { return m_number; }
    int expiryMonth() const { return m_month; }
    int expiryYear() const { return m_year; }
    const QString &cvc() const { return m_cvc; }
    const QString &holder() const { return m_holder; }

    CardBrand brand() const { return CardRules::detectBrand(m_number); }
    /// The number grouped for the input field ("4242 4242 4242 4242").
    QString groupedNumber() const { return CardRules::grouped(m_number, brand()); }
    /// "•••• 4242": safe to show anywhere.
    QString maskedNumber() const { return CardRules::masked(m_number); }
    QString last4() const { return m_number.size() >= 4 ? m_number.right(4) : QString(); }

    State state(Field field) const;
    bool isValid() const;
    /// A translated hint for a field that is Incomplete or Invalid; empty when it is fine or empty.
    QString problem(Field field) const;

    /// Overwrites every buffer with zeros, then clears it. Idempotent.
    void wipe();

Q_SIGNALS:
    void changed();

private:
    State numberState() const;
    State expiryState() const;
    State cvcState() const;
    static void overwrite(QString &value);

    Today m_today;
    QString m_number;
    int m_month = 0;
    int m_year = 0;
    bool m_expiryMalformed = false;
    bool m_expiryEntered = false;
    QString m_cvc;
    QString m_holder;
};

} // namespace commercedesk::checkout
