// SPDX-License-Identifier: MIT
// core::PaymentBalance: what a payment's transactions add up to (authorized, captured, refunded, capturable,
// refundable, cancelled, the pending operation) and its timeline order.
#include "CoreTestPrinters.h"
#include "core/PaymentBalance.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::core;

namespace {

Money eur(qint64 cents)
{
    return Money(cents, u"EUR"_s, 2);
}

Transaction tx(TransactionType type, qint64 cents, TransactionState state, int minute = -1)
{
    Transaction t;
    t.id = u"t%1"_s.arg(cents);
    t.type = type;
    t.amount = eur(cents);
    t.state = state;
    if (minute >= 0)
        t.timestamp = QDateTime(QDate(2026, 12, 7), QTime(10, minute), Qt::UTC);
    return t;
}

Payment payment(QList<Transaction> transactions)
{
    Payment p;
    p.amountPlanned = eur(10000);
    p.transactions = std::move(transactions);
    return p;
}

} // namespace

class TestPaymentBalance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlySuccessCounts();
    void cancelledLeavesNothingToCapture();
    void pendingOperationBlocksActions();
    void refundsNeverGoNegative();
    void otherCurrencyIsAnError();
    void timelineIsOldestFirst();
};

void TestPaymentBalance::onlySuccessCounts()
{
    const auto b =
        PaymentBalance::of(payment({tx(TransactionType::Authorization, 10000, TransactionState::Success),
                                    tx(TransactionType::Charge, 3000, TransactionState::Success),
                                    tx(TransactionType::Charge, 2000, TransactionState::Failure),
                                    tx(TransactionType::Refund, 1000, TransactionState::Success)}));
    QVERIFY(b);
    QCOMPARE(b->authorized, eur(10000));
    QCOMPARE(b->captured, eur(3000));
    QCOMPARE(b->refunded, eur(1000));
    QCOMPARE(b->capturable(), eur(7000));
    QCOMPARE(b->refundable(), eur(2000));
    QVERIFY(b->canCapture());
    QVERIFY(b->canRefund());
    QVERIFY(!b->canCancel()); // something was captured
    QVERIFY(!b->pending);
}

void TestPaymentBalance::cancelledLeavesNothingToCapture()
{
    const auto b = PaymentBalance::of(
        payment({tx(TransactionType::Authorization, 10000, TransactionState::Success),
                 tx(TransactionType::CancelAuthorization, 10000, TransactionState::Success)}));
    QVERIFY(b->cancelled);
    QCOMPARE(b->capturable(), eur(0));
    QVERIFY(!b->canCapture());
    QVERIFY(!b->canCancel());
    const auto fresh =
        PaymentBalance::of(payment({tx(TransactionType::Authorization, 10000, TransactionState::Success)}));
    QVERIFY(fresh->canCancel());
    QVERIFY(!fresh->canRefund());
}

void TestPaymentBalance::pendingOperationBlocksActions()
{
    const auto b =
        PaymentBalance::of(payment({tx(TransactionType::Authorization, 10000, TransactionState::Success),
                                    tx(TransactionType::Charge, 4000, TransactionState::Pending)}));
    QVERIFY(b->pending);
    QCOMPARE(b->pending->type, TransactionType::Charge);
    QCOMPARE(b->pending->amount, eur(4000));
    QCOMPARE(b->captured, eur(0)); // not confirmed yet
    QVERIFY(!b->canCapture());
    QVERIFY(!b->canCancel());
    // A pending Authorization is not an operation of the seller's.
    const auto authorizing =
        PaymentBalance::of(payment({tx(TransactionType::Authorization, 10000, TransactionState::Pending)}));
    QVERIFY(!authorizing->pending);
    QCOMPARE(authorizing->authorized, eur(0));
}

void TestPaymentBalance::refundsNeverGoNegative()
{
    // Recorded by someone else: more refunded than captured (a chargeback booked as a refund, say).
    const auto b =
        PaymentBalance::of(payment({tx(TransactionType::Authorization, 10000, TransactionState::Success),
                                    tx(TransactionType::Charge, 1000, TransactionState::Success),
                                    tx(TransactionType::Refund, 1500, TransactionState::Success)}));
    QCOMPARE(b->refundable(), eur(0));
    QVERIFY(!b->canRefund());
}

void TestPaymentBalance::otherCurrencyIsAnError()
{
    Transaction usd = tx(TransactionType::Charge, 100, TransactionState::Success);
    usd.amount = Money(100, u"USD"_s, 2);
    const auto b = PaymentBalance::of(
        payment({tx(TransactionType::Authorization, 10000, TransactionState::Success), usd}));
    QVERIFY(!b);
    QCOMPARE(b.error(), MoneyError::CurrencyMismatch);
}

void TestPaymentBalance::timelineIsOldestFirst()
{
    const QList<Transaction> ordered = PaymentBalance::timeline(
        payment({tx(TransactionType::Charge, 2, TransactionState::Success, 30),
                 tx(TransactionType::Refund, 3, TransactionState::Success),
                 tx(TransactionType::Authorization, 1, TransactionState::Success, 5)}));
    QCOMPARE(ordered.size(), 3);
    QCOMPARE(ordered.at(0).type, TransactionType::Authorization);
    QCOMPARE(ordered.at(1).type, TransactionType::Charge);
    QCOMPARE(ordered.at(2).type, TransactionType::Refund); // no timestamp: last
}

QTEST_GUILESS_MAIN(TestPaymentBalance)
#include "TestPaymentBalance.moc"
