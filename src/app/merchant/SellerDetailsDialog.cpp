// SPDX-License-Identifier: MIT
#include "app/merchant/SellerDetailsDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

SellerDetailsDialog::SellerDetailsDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_terms(new QSpinBox)
    , m_problems(new QLabel)
    , m_form(new QFormLayout)
{
    setObjectName(u"sellerDetailsDialog"_s);
    m_texts.bind([this] { setWindowTitle(tr("Seller details")); });
    const merchant::SellerDetails stored = merchant::SellerDetails::load(*m_settings);
    auto *intro = new QLabel;
    intro->setWordWrap(true);
    m_texts.bind([intro] {
        intro->setText(tr("Invoices name the seller: legal name, full address and a VAT id or tax number are "
                          "required. Packing slips show only the name and address."));
    });
    addField(
        u"legalName"_s, [] { return tr("Legal name"); }, stored.legalName);
    addField(
        u"street"_s, [] { return tr("Street and number"); }, stored.street);
    addField(
        u"postalCode"_s, [] { return tr("Postal code"); }, stored.postalCode);
    addField(
        u"city"_s, [] { return tr("City"); }, stored.city);
    addField(
        u"country"_s, [] { return tr("Country (ISO code)"); }, stored.country)
        ->setMaxLength(2);
    addField(
        u"vatId"_s, [] { return tr("VAT id"); }, stored.vatId)
        ->setPlaceholderText(u"DE123456789"_s);
    addField(
        u"taxNumber"_s, [] { return tr("Tax number"); }, stored.taxNumber);
    addField(
        u"email"_s, [] { return tr("E-mail"); }, stored.email);
    addField(
        u"phone"_s, [] { return tr("Phone"); }, stored.phone);
    addField(
        u"iban"_s, [] { return tr("IBAN"); }, stored.iban);
    addField(
        u"bic"_s, [] { return tr("BIC"); }, stored.bic);
    m_terms->setObjectName(u"paymentTermsSpin"_s);
    m_terms->setRange(0, 365);
    m_terms->setValue(qBound(0, stored.paymentTermsDays, 365));
    auto *termsLabel = new QLabel;
    termsLabel->setBuddy(m_terms);
    m_texts.bind([this, termsLabel] {
        termsLabel->setText(tr("Payment terms"));
        m_terms->setSuffix(tr(" days"));
    });
    m_form->addRow(termsLabel, m_terms);
    m_problems->setObjectName(u"problemsLabel"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    m_problems->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &SellerDetailsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
}

QLineEdit *SellerDetailsDialog::addField(const QString &field, std::function<QString()> label,
                                         const QString &text)
{
    auto *edit = new QLineEdit(text);
    edit->setObjectName(field + u"Edit"_s);
    auto *caption = new QLabel;
    caption->setBuddy(edit);
    m_texts.bind([caption, label = std::move(label)] { caption->setText(label()); });
    m_form->addRow(caption, edit);
    m_edits.insert(field, edit);
    return edit;
}

merchant::SellerDetails SellerDetailsDialog::details() const
{
    merchant::SellerDetails d;
    const auto text = [this](const QString &field) { return m_edits.value(field)->text().trimmed(); };
    d.legalName = text(u"legalName"_s);
    d.street = text(u"street"_s);
    d.postalCode = text(u"postalCode"_s);
    d.city = text(u"city"_s);
    d.country = text(u"country"_s).toUpper();
    d.vatId = text(u"vatId"_s);
    d.taxNumber = text(u"taxNumber"_s);
    d.email = text(u"email"_s);
    d.phone = text(u"phone"_s);
    d.iban = text(u"iban"_s);
    d.bic = text(u"bic"_s);
    d.paymentTermsDays = m_terms->value();
    return d;
}

void SellerDetailsDialog::save()
{
    const merchant::SellerDetails entered = details();
    const QList<merchant::SellerDetails::Problem> problems = entered.problems();
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const auto &problem : problems)
            lines << problem.message;
        m_problems->setText(lines.join(u'\n'));
        m_problems->show();
        if (QLineEdit *first = m_edits.value(problems.first().field))
            first->setFocus(Qt::OtherFocusReason);
        else
            m_terms->setFocus(Qt::OtherFocusReason);
        return;
    }
    entered.save(*m_settings);
    accept();
}

void SellerDetailsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QDialog::changeEvent(event);
}

} // namespace commercedesk::app
