// SPDX-License-Identifier: MIT
// The buyer's order summary speaks the buyer's language: a project's English tax-rate name does not show
// in a German summary unless several portions need telling apart.
#include "app/Translations.h"
#include "app/storefront/CheckoutSummary.h"
#include "core/Order.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;

class TestCheckoutSummary : public QObject
{
    Q_OBJECT

    static core::Order orderWith(const QList<core::TaxPortion> &portions)
    {
        core::Order order;
        order.id = u"o-1"_s;
        order.orderNumber = u"W-1"_s;
        order.totalPrice = core::Money(11900, u"EUR"_s, 2);
        core::TaxedPrice taxed;
        taxed.totalNet = core::Money(10000, u"EUR"_s, 2);
        taxed.totalGross = core::Money(11900, u"EUR"_s, 2);
        taxed.totalTax = core::Money(1900, u"EUR"_s, 2);
        taxed.taxPortions = portions;
        order.taxedPrice = taxed;
        core::Address address;
        address.country = u"DE"_s;
        address.streetName = u"Unter den Linden"_s;
        address.streetNumber = u"1"_s;
        address.postalCode = u"10117"_s;
        address.city = u"Berlin"_s;
        order.shippingAddress = address;
        return order;
    }

    app::Translations m_translations;

private Q_SLOTS:
    void cleanupTestCase() { m_translations.apply(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void oneRateReadsInTheBuyersLanguage()
    {
        QVERIFY(m_translations.apply(QLocale(QLocale::German, QLocale::Germany)));
        const core::Order order =
            orderWith({{u"DE VAT 19%"_s, core::Rate::fromPercent(19), core::Money(1900, u"EUR"_s, 2)}});
        const QString html = app::CheckoutSummary::orderHtml(order, QLocale(), u"de"_s);
        QVERIFY2(!html.contains(u"VAT"_s), qPrintable(html));
        QVERIFY2(html.contains(u"19"_s) && html.contains(u"19,00"_s), qPrintable(html));
        // The address reads in the buyer's language too: the country's name, not its code.
        QVERIFY2(html.contains(u"10117 Berlin, Deutschland"_s), qPrintable(html));
    }

    void severalRatesKeepTheirNames()
    {
        QVERIFY(m_translations.apply(QLocale(QLocale::English, QLocale::UnitedStates)));
        const core::Order order =
            orderWith({{u"NY state"_s, core::Rate::fromPercent(4), core::Money(400, u"USD"_s, 2)},
                       {u"NY city"_s, core::Rate::fromPercent(4), core::Money(400, u"USD"_s, 2)}});
        const QString html = app::CheckoutSummary::orderHtml(order, QLocale(), u"en"_s);
        QVERIFY2(html.contains(u"NY state"_s) && html.contains(u"NY city"_s), qPrintable(html));
    }
};

QTEST_MAIN(TestCheckoutSummary)
#include "TestCheckoutSummary.moc"
