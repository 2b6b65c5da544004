// SPDX-License-Identifier: MIT
#include "CoreTestPrinters.h"
#include "core/Payment.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::core;

namespace {

Money eur(qint64 cents)
{
    return Money(cents, u"EUR"_s, 2);
}

Transaction tx(TransactionType type, TransactionState state, qint64 cents, const QString &currency = u"EUR"_s)
{
    static int counter = 0;
    return Transaction{u"tx-%1"_s.arg(++counter), std::nullopt, type,
                       Money(cents, currency, 2), std::nullopt, state};
}

using T = TransactionType;
using S = TransactionState;

} // namespace

class TestPayment : public QObject
{
    Q_OBJECT

private slots:
    void amounts_data();
    void amounts();
    void currencyMismatchIsAnError();
    void lookup();
};

void TestPayment::amounts_data()
{
    QTest::addColumn<QList<Transaction>>("transactions");
    QTest::addColumn<qint64>("authorized");
    QTest::addColumn<qint64>("charged");
    QTest::addColumn<bool>("hasAuthorization");
    QTest::addColumn<bool>("pending");

    QTest::newRow("no transactions") << QList<Transaction>{} << qint64(0) << qint64(0) << false << false;
    QTest::newRow("successful authorization") << QList<Transaction>{tx(T::Authorization, S::Success, 3398)}
                                              << qint64(3398) << qint64(0) << true << false;
    QTest::newRow("pending authorization does not count")
        << QList<Transaction>{tx(T::Authorization, S::Pending, 3398)} << qint64(0) << qint64(0) << false
        << true;
    QTest::newRow("failed authorization does not count")
        << QList<Transaction>{tx(T::Authorization, S::Failure, 3398)} << qint64(0) << qint64(0) << false
        << false;
    QTest::newRow("initial counts as pending")
        << QList<Transaction>{tx(T::Charge, S::Initial, 100)} << qint64(0) << qint64(0) << false << true;
    QTest::newRow("authorization partly cancelled")
        << QList<Transaction>{tx(T::Authorization, S::Success, 3398),
                              tx(T::CancelAuthorization, S::Success, 398)}
        << qint64(3000) << qint64(0) << true << false;
    QTest::newRow("failed cancellation is ignored")
        << QList<Transaction>{tx(T::Authorization, S::Success, 3398),
                              tx(T::CancelAuthorization, S::Failure, 3398)}
        << qint64(3398) << qint64(0) << true << false;
    QTest::newRow("charged then refunded and charged back")
        << QList<Transaction>{tx(T::Authorization, S::Success, 5000), tx(T::Charge, S::Success, 5000),
                              tx(T::Refund, S::Success, 1200), tx(T::Chargeback, S::Success, 300),
                              tx(T::Refund, S::Pending, 100)}
        << qint64(5000) << qint64(3500) << true << true;
    QTest::newRow("two authorizations add up")
        << QList<Transaction>{tx(T::Authorization, S::Success, 1000), tx(T::Authorization, S::Success, 250)}
        << qint64(1250) << qint64(0) << true << false;
}

void TestPayment::amounts()
{
    QFETCH(QList<Transaction>, transactions);
    QFETCH(qint64, authorized);
    QFETCH(qint64, charged);
    QFETCH(bool, hasAuthorization);
    QFETCH(bool, pending);
    Payment payment;
    payment.amountPlanned = eur(3398);
    payment.transactions = transactions;
    QCOMPARE(payment.authorizedAmount(), MoneyResult<Money>(eur(authorized)));
    QCOMPARE(payment.chargedAmount(), MoneyResult<Money>(eur(charged)));
    QCOMPARE(payment.hasSuccessfulAuthorization(), hasAuthorization);
    QCOMPARE(payment.hasPendingTransaction(), pending);
}

void TestPayment::currencyMismatchIsAnError()
{
    Payment payment;
    payment.amountPlanned = eur(1000);
    payment.transactions = {tx(T::Authorization, S::Success, 1000, u"USD"_s)};
    QCOMPARE(payment.authorizedAmount().error(), MoneyError::CurrencyMismatch);
    QVERIFY(payment.hasSuccessfulAuthorization());
    // A failed transaction in another currency is irrelevant.
    payment.transactions = {tx(T::Authorization, S::Failure, 1000, u"USD"_s)};
    QCOMPARE(payment.authorizedAmount(), MoneyResult<Money>(eur(0)));
}

void TestPayment::lookup()
{
    Payment payment;
    payment.amountPlanned = eur(1000);
    payment.transactions = {tx(T::Charge, S::Success, 1000)};
    const QString id = payment.transactions.first().id;
    QVERIFY(payment.transaction(id));
    QCOMPARE(payment.transaction(id)->amount, eur(1000));
    QCOMPARE(payment.transaction(u"missing"_s), nullptr);
    Payment copy = payment;
    QCOMPARE(copy, payment);
    copy.transactions.first().state = S::Failure;
    QVERIFY(copy != payment);
}

QTEST_GUILESS_MAIN(TestPayment)
#include "TestPayment.moc"
