// SPDX-License-Identifier: MIT
#include "merchant/DocumentPrinter.h"
#include "merchant/OrderFixtures.h"
#include "merchant/PdfText.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using merchant::DocumentPrinter;

class TestDocumentPrinter : public QObject
{
    Q_OBJECT

private:
    static core::Order sample(int n)
    {
        testsupport::OrderSpec spec;
        spec.id = u"order-%1"_s.arg(n);
        spec.orderNumber = u"CD-2026-%1"_s.arg(n);
        spec.purchaseOrderNumber = u"PO-%1"_s.arg(n);
        return testsupport::order(spec);
    }

private Q_SLOTS:
    void htmlHoldsWhatEachDocumentNeeds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("showsPrices");
        QTest::newRow("packing slip has no prices") << int(DocumentPrinter::Kind::PackingSlip) << false;
        QTest::newRow("invoice has prices and totals") << int(DocumentPrinter::Kind::Invoice) << true;
    }

    void htmlHoldsWhatEachDocumentNeeds()
    {
        QFETCH(int, kind);
        QFETCH(bool, showsPrices);
        const QLocale locale(QLocale::English, QLocale::UnitedStates);
        const core::Order order = sample(1);
        const QString html = DocumentPrinter(locale).html({order}, DocumentPrinter::Kind(kind));
        QVERIFY(html.contains(u"CD-2026-1"_s));
        QVERIFY(html.contains(u"PO-1"_s));
        for (const core::LineItem &line : order.lineItems) {
            QVERIFY(html.contains(line.variant.sku.value_or(u"?"_s).toHtmlEscaped()));
            QCOMPARE(html.contains(line.totalPrice.format(locale).toHtmlEscaped()), showsPrices);
        }
        QCOMPARE(html.contains(order.displayTotal().format(locale).toHtmlEscaped()), showsPrices);
    }

    void pdfCarriesTheTextOnePagePerOrder()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const DocumentPrinter printer(QLocale(QLocale::English, QLocale::UnitedStates),
                                      u"CommerceDesk Demo"_s);
        QVERIFY(printer.writePdf({sample(1), sample(2)}, DocumentPrinter::Kind::PackingSlip, &buffer));
        const QByteArray pdf = buffer.data();
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 2);
        // Qt places words by position, so spaces are not glyphs: compare without them.
        const QString text = testsupport::pdfText(pdf).remove(QRegularExpression(u"\\s"_s));
        QVERIFY2(text.contains(u"Packingslip"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"CD-2026-1"_s));
        QVERIFY(text.contains(u"CD-2026-2"_s));
        QVERIFY(!printer.writePdf({}, DocumentPrinter::Kind::Invoice, &buffer));
    }
};

QTEST_MAIN(TestDocumentPrinter)
#include "TestDocumentPrinter.moc"
