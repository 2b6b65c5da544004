// SPDX-License-Identifier: MIT
#include "merchant/SellerDetails.h"

#include <QHash>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace commercedesk::merchant {

namespace {

// The national part of a VAT id per prefix (the shapes the EU's VIES service documents for each state).
const QHash<QString, QString> &vatShapes()
{
    static const QHash<QString, QString> shapes{
        {u"AT"_s, u"U\\d{8}"_s},
        {u"BE"_s, u"[01]\\d{9}"_s},
        {u"BG"_s, u"\\d{9,10}"_s},
        {u"CY"_s, u"\\d{8}[A-Z]"_s},
        {u"CZ"_s, u"\\d{8,10}"_s},
        {u"DE"_s, u"\\d{9}"_s},
        {u"DK"_s, u"\\d{8}"_s},
        {u"EE"_s, u"\\d{9}"_s},
        {u"EL"_s, u"\\d{9}"_s},
        {u"ES"_s, u"[0-9A-Z]\\d{7}[0-9A-Z]"_s},
        {u"FI"_s, u"\\d{8}"_s},
        {u"FR"_s, u"[0-9A-Z]{2}\\d{9}"_s},
        {u"HR"_s, u"\\d{11}"_s},
        {u"HU"_s, u"\\d{8}"_s},
        {u"IE"_s, u"\\d[0-9A-Z+*]\\d{5}[A-Z]{1,2}"_s},
        {u"IT"_s, u"\\d{11}"_s},
        {u"LT"_s, u"(\\d{9}|\\d{12})"_s},
        {u"LU"_s, u"\\d{8}"_s},
        {u"LV"_s, u"\\d{11}"_s},
        {u"MT"_s, u"\\d{8}"_s},
        {u"NL"_s, u"\\d{9}B\\d{2}"_s},
        {u"PL"_s, u"\\d{10}"_s},
        {u"PT"_s, u"\\d{9}"_s},
        {u"RO"_s, u"\\d{2,10}"_s},
        {u"SE"_s, u"\\d{12}"_s},
        {u"SI"_s, u"\\d{8}"_s},
        {u"SK"_s, u"\\d{10}"_s},
        {u"XI"_s, u"(\\d{9}|\\d{12})"_s},
        {u"GB"_s, u"(\\d{9}|\\d{12})"_s},
    };
    return shapes;
}

bool matchesWhole(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

} // namespace

QString SellerDetails::compact(const QString &text)
{
    QString out = text.toUpper();
    out.remove(QRegularExpression(u"\\s"_s));
    return out;
}

bool SellerDetails::isValidVatId(const QString &vatId)
{
    const QString id = compact(vatId);
    if (id.size() < 4)
        return false;
    const QString shape = vatShapes().value(id.left(2));
    return !shape.isEmpty() && matchesWhole(shape, id.mid(2));
}

bool SellerDetails::isValidIban(const QString &iban)
{
    const QString id = compact(iban);
    if (id.size() < 15 || id.size() > 34 || !matchesWhole(u"[A-Z]{2}\\d{2}[A-Z0-9]+"_s, id))
        return false;
    // ISO 13616: move the first four characters to the end, letters become 10..35, the number mod 97 is 1.
    const QString rearranged = id.mid(4) + id.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        const int value = c.isDigit() ? c.digitValue() : c.unicode() - u'A' + 10;
        remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
    }
    return remainder == 1;
}

SellerDetails SellerDetails::load(const QSettings &settings)
{
    SellerDetails d;
    const auto text = [&settings](const char *key) {
        return settings.value(u"seller/"_s + QLatin1StringView(key)).toString();
    };
    d.legalName = text("legalName");
    d.street = text("street");
    d.postalCode = text("postalCode");
    d.city = text("city");
    d.country = text("country");
    d.vatId = text("vatId");
    d.taxNumber = text("taxNumber");
    d.email = text("email");
    d.phone = text("phone");
    d.iban = text("iban");
    d.bic = text("bic");
    d.paymentTermsDays = settings.value(u"seller/paymentTermsDays"_s, 14).toInt();
    return d;
}

void SellerDetails::save(QSettings &settings) const
{
    settings.beginGroup(u"seller"_s);
    settings.setValue(u"legalName"_s, legalName.trimmed());
    settings.setValue(u"street"_s, street.trimmed());
    settings.setValue(u"postalCode"_s, postalCode.trimmed());
    settings.setValue(u"city"_s, city.trimmed());
    settings.setValue(u"country"_s, compact(country));
    settings.setValue(u"vatId"_s, compact(vatId));
    settings.setValue(u"taxNumber"_s, taxNumber.trimmed());
    settings.setValue(u"email"_s, email.trimmed());
    settings.setValue(u"phone"_s, phone.trimmed());
    settings.setValue(u"iban"_s, compact(iban));
    settings.setValue(u"bic"_s, compact(bic));
    settings.setValue(u"paymentTermsDays"_s, paymentTermsDays);
    settings.endGroup();
    settings.sync();
}

QList<SellerDetails::Problem> SellerDetails::problems() const
{
    QList<Problem> out;
    if (!country.trimmed().isEmpty() && !matchesWhole(u"[A-Z]{2}"_s, compact(country)))
        out.append({u"country"_s, tr("The country must be a two-letter code such as DE or FR.")});
    if (!vatId.trimmed().isEmpty() && !isValidVatId(vatId))
        out.append(
            {u"vatId"_s, tr("The VAT id does not have the shape of an EU VAT id for its country prefix "
                            "(for example DE123456789).")});
    if (!iban.trimmed().isEmpty() && !isValidIban(iban))
        out.append({u"iban"_s, tr("The IBAN is not valid: check the digits (its checksum does not match).")});
    if (!bic.trimmed().isEmpty() && !matchesWhole(u"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?"_s, compact(bic)))
        out.append({u"bic"_s, tr("The BIC must have 8 or 11 letters and digits (for example COBADEFFXXX).")});
    if (!email.trimmed().isEmpty() && !matchesWhole(u"[^@\\s]+@[^@\\s]+\\.[^@\\s]+"_s, email.trimmed()))
        out.append({u"email"_s, tr("The e-mail address is not valid.")});
    if (paymentTermsDays < 0 || paymentTermsDays > 365)
        out.append({u"paymentTermsDays"_s, tr("Payment terms must be between 0 and 365 days.")});
    return out;
}

QStringList SellerDetails::missingForInvoice() const
{
    QStringList missing;
    if (legalName.trimmed().isEmpty())
        missing << tr("Legal name");
    if (street.trimmed().isEmpty())
        missing << tr("Street and number");
    if (postalCode.trimmed().isEmpty())
        missing << tr("Postal code");
    if (city.trimmed().isEmpty())
        missing << tr("City");
    if (country.trimmed().isEmpty())
        missing << tr("Country");
    if (vatId.trimmed().isEmpty() && taxNumber.trimmed().isEmpty())
        missing << tr("VAT id or tax number");
    return missing;
}

} // namespace commercedesk::merchant
