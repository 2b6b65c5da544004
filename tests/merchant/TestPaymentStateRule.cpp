// SPDX-License-Identifier: MIT
// The order's paymentState after a payment operation (merchant::PaymentStateRule, docs/architecture.md
// "Money after the order"): each row is what a card payment adds up to and the state the order gets.
#include "merchant/PaymentStateRule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using core::PaymentState;

Q_DECLARE_METATYPE(QList<core::PaymentBalance>)
Q_DECLARE_METATYPE(std::optional<core::PaymentState>)

namespace {

core::Money eur(qint64 cents)
{
    return core::Money(cents, u"EUR"_s, 2);
}

core::PaymentBalance balance(qint64 authorized, qint64 captured, qint64 refunded, bool cancelled = false)
{
    core::PaymentBalance b;
    b.authorized = eur(authorized);
    b.captured = eur(captured);
    b.refunded = eur(refunded);
    b.cancelled = cancelled;
    return b;
}

core::PaymentBalance pending(core::PaymentBalance b)
{
    core::Transaction charge;
    charge.type = core::TransactionType::Charge;
    charge.state = core::TransactionState::Pending;
    charge.amount = eur(100);
    b.pending = charge;
    return b;
}

} // namespace

class TestPaymentStateRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void of_data()
    {
        QTest::addColumn<QList<core::PaymentBalance>>("balances");
        QTest::addColumn<std::optional<PaymentState>>("expected");
        using Opt = std::optional<PaymentState>;
        QTest::newRow("no payment: left as it is") << QList<core::PaymentBalance>{} << Opt{};
        QTest::newRow("authorized, nothing captured")
            << QList{balance(10000, 0, 0)} << Opt{PaymentState::Pending};
        QTest::newRow("partly captured") << QList{balance(10000, 2500, 0)} << Opt{PaymentState::BalanceDue};
        QTest::newRow("fully captured") << QList{balance(10000, 10000, 0)} << Opt{PaymentState::Paid};
        QTest::newRow("captured, partly refunded")
            << QList{balance(10000, 10000, 3000)} << Opt{PaymentState::Paid};
        QTest::newRow("captured, fully refunded")
            << QList{balance(10000, 10000, 10000)} << Opt{PaymentState::CreditOwed};
        QTest::newRow("partly captured, then released and refunded")
            << QList{balance(10000, 4000, 4000, true)} << Opt{PaymentState::CreditOwed};
        QTest::newRow("authorization released")
            << QList{balance(10000, 0, 0, true)} << Opt{PaymentState::Failed};
        QTest::newRow("never authorized") << QList{balance(0, 0, 0)} << Opt{PaymentState::Failed};
        QTest::newRow("operation not confirmed yet")
            << QList{pending(balance(10000, 5000, 0))} << Opt{PaymentState::Pending};
        QTest::newRow("two payments: one captured, one open")
            << QList{balance(5000, 5000, 0), balance(5000, 0, 0)} << Opt{PaymentState::BalanceDue};
        QTest::newRow("two payments: both captured")
            << QList{balance(5000, 5000, 0), balance(5000, 5000, 0)} << Opt{PaymentState::Paid};
        QTest::newRow("a payment in another currency is not counted")
            << QList{balance(5000, 5000, 0),
                     [] {
                         core::PaymentBalance usd;
                         usd.authorized = core::Money(700, u"USD"_s, 2);
                         usd.captured = core::Money(0, u"USD"_s, 2);
                         usd.refunded = core::Money(0, u"USD"_s, 2);
                         return usd;
                     }()}
            << Opt{PaymentState::Paid};
    }

    void of()
    {
        QFETCH(QList<core::PaymentBalance>, balances);
        QFETCH(std::optional<PaymentState>, expected);
        QCOMPARE(merchant::PaymentStateRule::of(balances), expected);
    }
};

QTEST_GUILESS_MAIN(TestPaymentStateRule)
#include "TestPaymentStateRule.moc"
