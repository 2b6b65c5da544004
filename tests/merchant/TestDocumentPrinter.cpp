// SPDX-License-Identifier: MIT
#include "merchant/DocumentFixtures.h"
#include "merchant/DocumentHtml.h"
#include "merchant/DocumentPrinter.h"
#include "merchant/PdfText.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include <optional>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using merchant::DocumentPrinter;

namespace {

merchant::SellerDetails seller()
{
    merchant::SellerDetails s;
    s.legalName = u"Muster Handel GmbH"_s;
    s.street = u"Musterstraße 1"_s;
    s.postalCode = u"80331"_s;
    s.city = u"München"_s;
    s.country = u"DE"_s;
    s.vatId = u"DE123456789"_s;
    s.taxNumber = u"143/123/45678"_s;
    s.email = u"billing@muster.example"_s;
    s.iban = u"DE89370400440532013000"_s;
    s.bic = u"COBADEFFXXX"_s;
    s.paymentTermsDays = 30;
    return s;
}

const merchant::InvoiceNumbers::Number invoiceNumber{7, QDate(2026, 12, 7)};

// No-break spaces (French digit groups, "19 %") read back from the PDF as plain spaces.
QString plainSpaces(QString text)
{
    return text.replace(QChar(0x00a0), u' ').replace(QChar(0x202f), u' ');
}

std::optional<QString> run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return std::nullopt;
    return plainSpaces(QString::fromUtf8(process.readAllStandardOutput()));
}

} // namespace

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

    QTranslator m_translator;

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
        DocumentPrinter printer(locale, seller());
        printer.setInvoiceNumbers({{order.id, invoiceNumber}});
        const QString html = printer.html(order, DocumentPrinter::Kind(kind));
        QVERIFY(html.contains(u"CD-2026-1"_s));
        QVERIFY(html.contains(u"PO-1"_s));
        QVERIFY(html.contains(u"Muster Handel GmbH"_s));
        QCOMPARE(html.contains(u"DE123456789"_s), showsPrices); // the VAT id only on the invoice
        QCOMPARE(html.contains(u"INV-000007"_s), showsPrices);
        for (const core::LineItem &line : order.lineItems) {
            QVERIFY(html.contains(line.variant.sku.value_or(u"?"_s).toHtmlEscaped()));
            QCOMPARE(html.contains(line.totalPrice.format(locale).toHtmlEscaped()), showsPrices);
        }
        QCOMPARE(html.contains(order.displayTotal().format(locale).toHtmlEscaped()), showsPrices);
    }

    /// Gross prices (tax included, as for EU consumers): the invoice still states the unit net price, the
    /// net amount and the tax per rate.
    void invoiceStatesNetAmountsOfGrossPrices()
    {
        core::Order order = testsupport::largeOrder(1);
        core::LineItem &line = order.lineItems.first();
        const auto eur = [](qint64 cents) { return core::Money(cents, u"EUR"_s, 2); };
        line.quantity = 2;
        line.taxRate->includedInPrice = true;
        line.price.value = eur(1190);
        line.price.discounted.reset();
        line.totalPrice = eur(2380);
        line.taxedPrice->totalNet = eur(2000);
        line.taxedPrice->totalGross = eur(2380);
        order.totalPrice = eur(2380);
        order.taxedPrice->totalNet = eur(2000);
        order.taxedPrice->totalGross = eur(2380);
        order.taxedPrice->taxPortions.first().amount = eur(380);
        const QLocale locale(QLocale::German, QLocale::Germany);
        DocumentPrinter printer(locale, seller());
        printer.setInvoiceNumbers({{order.id, invoiceNumber}});
        const QString html = printer.html(order, DocumentPrinter::Kind::Invoice);
        QVERIFY(html.contains(eur(1000).format(locale).toHtmlEscaped())); // unit net of 11,90 gross
        QVERIFY(html.contains(eur(2000).format(locale).toHtmlEscaped()));
        QVERIFY(html.contains(eur(380).format(locale).toHtmlEscaped()));
        QVERIFY(html.contains(eur(2380).format(locale).toHtmlEscaped()));
        QVERIFY(!html.contains(eur(1190).format(locale).toHtmlEscaped()));
    }

    void invoiceWithoutNumberIsNotWritten()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const DocumentPrinter printer(QLocale(QLocale::German, QLocale::Germany), seller());
        QVERIFY(!printer.writePdf({sample(1)}, DocumentPrinter::Kind::Invoice, &buffer));
        QVERIFY(buffer.data().isEmpty());
    }

    void pdfCarriesTheTextOnePagePerOrder()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const DocumentPrinter printer(QLocale(QLocale::English, QLocale::UnitedStates), seller());
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

    /// The buyer's VAT id under the buyer's address; countries by name in the document's language; the
    /// reverse-charge note only for a buyer with a VAT id in another EU country and no VAT on the totals.
    /// Rendered in German to a PDF and read back with pdftotext.
    void buyerVatIdAndReverseChargeNote_data()
    {
        QTest::addColumn<QString>("buyerCountry");
        QTest::addColumn<QString>("buyerVatId");
        QTest::addColumn<bool>("vatCharged");
        QTest::addColumn<bool>("note");
        QTest::newRow("FR business, no VAT") << u"FR"_s << u"FR40303265045"_s << false << true;
        QTest::newRow("FR business, VAT charged") << u"FR"_s << u"FR40303265045"_s << true << false;
        QTest::newRow("DE business, no VAT") << u"DE"_s << u"DE811907980"_s << false << false;
        QTest::newRow("FR, no VAT id, no VAT") << u"FR"_s << QString() << false << false;
        QTest::newRow("US business, no VAT") << u"US"_s << u"12-3456789"_s << false << false;
    }

    void buyerVatIdAndReverseChargeNote()
    {
        QFETCH(QString, buyerCountry);
        QFETCH(QString, buyerVatId);
        QFETCH(bool, vatCharged);
        QFETCH(bool, note);
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY2(!pdftotext.isEmpty(), "poppler-utils is missing: run scripts/setup");
        QCoreApplication::removeTranslator(&m_translator);
        QVERIFY(m_translator.load(u"commercedesk_de"_s, QStringLiteral(COMMERCEDESK_QM_DIR)));
        QCoreApplication::installTranslator(&m_translator);
        const QLocale locale(QLocale::German, QLocale::Germany);

        core::Order order = testsupport::largeOrder(1);
        order.billingAddress->country = buyerCountry;
        order.shippingAddress = order.billingAddress;
        if (!vatCharged) { // what the tax service answers for an intra-Community B2B supply: 0 %
            core::LineItem &line = order.lineItems.first();
            line.taxRate->amount = core::Rate();
            line.taxedPrice->totalGross = line.taxedPrice->totalNet;
            order.taxedPrice->totalGross = order.taxedPrice->totalNet;
            order.taxedPrice->taxPortions.first().rate = core::Rate();
            order.taxedPrice->taxPortions.first().amount =
                core::Money(0, order.totalPrice.currencyCode(), order.totalPrice.fractionDigits());
            order.totalPrice = order.taxedPrice->totalNet;
        }
        DocumentPrinter printer(locale, seller());
        printer.setInvoiceNumbers({{order.id, invoiceNumber}});
        if (!buyerVatId.isEmpty())
            printer.setBuyerVatIds({{order.id, buyerVatId}});
        const QString dir = QStringLiteral(DOCUMENT_ARTIFACT_DIR);
        QVERIFY(QDir().mkpath(dir));
        const QString file = dir + u"/vat-"_s +
                             QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u',') +
                             u".pdf"_s;
        QVERIFY(printer.writePdf({order}, DocumentPrinter::Kind::Invoice, file));
        const QString text = run(pdftotext, {u"-layout"_s, file, u"-"_s}).value_or(QString());
        QVERIFY(!text.isEmpty());
        const auto squeezed = [](QString t) { return t.remove(QRegularExpression(u"\\s"_s)); };
        const QString flat = squeezed(text);

        // Countries by name in German: the seller's and the buyer's.
        QVERIFY2(flat.contains(u"Deutschland"_s), qPrintable(text));
        const QString country = merchant::DocumentHtml::countryName(buyerCountry);
        QVERIFY(country != buyerCountry);
        QVERIFY2(flat.contains(squeezed(country)), qPrintable(country));
        QVERIFY2(!QRegularExpression(u"^\\s*(DE|FR|US)\\s*$"_s, QRegularExpression::MultilineOption)
                      .match(text)
                      .hasMatch(),
                 qPrintable(text)); // no address line that is only a code
        // The buyer's VAT id when known.
        const QString vatLine = merchant::DocumentHtml::tr("Your VAT id: %1").arg(buyerVatId);
        QCOMPARE(flat.contains(squeezed(vatLine)), !buyerVatId.isEmpty());
        // The note only where it applies.
        const QString heading =
            merchant::DocumentHtml::tr("Reverse charge: the recipient accounts for the VAT.");
        QVERIFY(heading != u"Reverse charge: the recipient accounts for the VAT."_s); // in German
        QCOMPARE(flat.contains(squeezed(heading)), note);
        if (note) {
            QVERIFY(flat.contains(u"DE123456789"_s) && flat.contains(buyerVatId));
            QVERIFY(text.contains(u"2006/112/EG"_s) || text.contains(u"2006/112/EC"_s));
        }
        QCoreApplication::removeTranslator(&m_translator);
    }

    // 60 lines with long names and SKUs, in three languages on A4 and US Letter: every required field is
    // on the pages, every word lies inside the 18 mm margins (pdftotext -bbox), the pages are numbered
    // "Page x of y" and the totals are on the last page. PNGs of every page are kept in
    // <build>/tests/merchant/document-artifacts for a person to look at.
    void largeOrderStaysInsideTheMargins_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("kind");
        for (const QString &language : {u"en"_s, u"de"_s, u"fr"_s}) {
            for (const auto &[pageName, page] :
                 {std::pair{"A4", QPageSize::A4}, std::pair{"Letter", QPageSize::Letter}}) {
                QTest::addRow("invoice %s %s", qPrintable(language), pageName)
                    << language << int(page) << int(DocumentPrinter::Kind::Invoice);
                QTest::addRow("packing-slip %s %s", qPrintable(language), pageName)
                    << language << int(page) << int(DocumentPrinter::Kind::PackingSlip);
            }
        }
    }

    void largeOrderStaysInsideTheMargins()
    {
        QFETCH(QString, language);
        QFETCH(int, pageSize);
        QFETCH(int, kind);
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
        QVERIFY2(!pdftotext.isEmpty() && !pdftoppm.isEmpty(), "poppler-utils is missing: run scripts/setup");
        QCoreApplication::removeTranslator(&m_translator);
        if (language != u"en"_s) {
            QVERIFY(m_translator.load(u"commercedesk_"_s + language, QStringLiteral(COMMERCEDESK_QM_DIR)));
            QCoreApplication::installTranslator(&m_translator);
        }
        const QLocale locale(language == u"en"_s ? u"en_GB"_s : language + u'_' + language.toUpper());
        const core::Order order = testsupport::largeOrder(60);
        const auto documentKind = DocumentPrinter::Kind(kind);
        DocumentPrinter printer(locale, seller(), QPageSize::PageSizeId(pageSize));
        printer.setInvoiceNumbers({{order.id, invoiceNumber}});

        const QString dir = QStringLiteral(DOCUMENT_ARTIFACT_DIR);
        QVERIFY(QDir().mkpath(dir));
        const QString base = dir + u'/' + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        QVERIFY(printer.writePdf({order}, documentKind, base + u".pdf"_s));

        const QString text = run(pdftotext, {u"-layout"_s, base + u".pdf"_s, u"-"_s}).value_or(QString());
        QVERIFY(!text.isEmpty());
        const QString info =
            run(QStandardPaths::findExecutable(u"pdfinfo"_s), {base + u".pdf"_s}).value_or(QString());
        const int pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info).captured(1).toInt();
        QVERIFY2(pages >= 3, qPrintable(info));
        const auto has = [&text](const QString &needle) {
            if (!text.contains(needle))
                qWarning("missing: %s", qPrintable(needle));
            return text.contains(needle);
        };
        QVERIFY(has(u"Muster Handel GmbH"_s));
        QVERIFY(has(u"CD-2026-0042"_s));
        QVERIFY(has(u"ACME Warehouse 3"_s));
        for (int i = 1; i <= 60; ++i)
            QVERIFY(has(u"SHELF-GALV-XXL-%1-"_s.arg(i)));
        for (int page = 1; page <= pages; ++page)
            QVERIFY(has(plainSpaces(
                DocumentPrinter::tr("Page %1 of %2").arg(locale.toString(page), locale.toString(pages)))));
        const QString total = plainSpaces(order.taxedPrice->totalGross.format(locale));
        if (documentKind == DocumentPrinter::Kind::Invoice) {
            for (const QString &field :
                 {u"DE123456789"_s, u"143/123/45678"_s, u"INV-000007"_s, u"ACME-PO-7781"_s,
                  u"ACME Industrial Supplies GmbH"_s, u"DE89 3704 0044 0532 0130 00"_s})
                QVERIFY(has(field));
            const QString last = run(pdftotext, {u"-layout"_s, u"-f"_s, QString::number(pages), u"-l"_s,
                                                 QString::number(pages), base + u".pdf"_s, u"-"_s})
                                     .value_or(QString());
            QVERIFY2(last.contains(total), qPrintable(total + u" not on the last page"_s));
            QVERIFY(has(merchant::DocumentHtml(locale, seller()).date(QDate(2027, 1, 6)))); // due in 30 days
        } else {
            QVERIFY(!text.contains(total));
            QVERIFY(!text.contains(u"DE123456789"_s));
        }

        // Every word inside the page box less the margins (points; 18 mm = 51.02 pt; 1 pt tolerance).
        const QString boxes = run(pdftotext, {u"-bbox"_s, base + u".pdf"_s, u"-"_s}).value_or(QString());
        static const QRegularExpression pageRe(u"<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"_s);
        static const QRegularExpression wordRe(
            u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"_s);
        const auto pageMatch = pageRe.match(boxes);
        QVERIFY(pageMatch.hasMatch());
        const double width = pageMatch.captured(1).toDouble();
        const double height = pageMatch.captured(2).toDouble();
        const double margin = 18 / 25.4 * 72 - 1;
        int words = 0;
        auto it = wordRe.globalMatch(boxes);
        while (it.hasNext()) {
            const auto w = it.next();
            ++words;
            const bool inside = w.captured(1).toDouble() >= margin && w.captured(2).toDouble() >= margin &&
                                w.captured(3).toDouble() <= width - margin &&
                                w.captured(4).toDouble() <= height - margin;
            QVERIFY2(inside, qPrintable(u"\"%1\" at %2,%3–%4,%5 outside %6×%7 less margins"_s
                                            .arg(w.captured(5), w.captured(1), w.captured(2), w.captured(3),
                                                 w.captured(4))
                                            .arg(width)
                                            .arg(height)));
        }
        QVERIFY(words > 500);
        for (const QString &stale : QDir(dir).entryList({QFileInfo(base).fileName() + u"-*.png"_s}))
            QFile::remove(dir + u'/' + stale); // images of an earlier run with more pages
        QVERIFY(run(pdftoppm, {u"-png"_s, u"-r"_s, u"60"_s, base + u".pdf"_s, base}));
        QVERIFY(QFile::exists(base + u"-1.png"_s) || QFile::exists(base + u"-01.png"_s));
        QCoreApplication::removeTranslator(&m_translator);
    }
};

QTEST_MAIN(TestDocumentPrinter)
#include "TestDocumentPrinter.moc"
