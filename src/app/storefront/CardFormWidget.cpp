// SPDX-License-Identifier: MIT
#include "app/storefront/CardFormWidget.h"

#include "checkout/CardForm.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

using checkout::CardForm;

CardFormWidget::CardFormWidget(CardForm *form, QWidget *parent)
    : QWidget(parent)
    , m_form(form)
    , m_number(new QLineEdit)
    , m_expiry(new QLineEdit)
    , m_cvc(new QLineEdit)
    , m_holder(new QLineEdit)
    , m_brand(new QLabel)
    , m_hints(new QLabel)
{
    m_number->setObjectName(u"cardNumberEdit"_s);
    m_number->setPlaceholderText(u"1234 5678 9012 3456"_s);
    m_number->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9 ]{0,23}"_s), m_number));
    m_number->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_expiry->setObjectName(u"cardExpiryEdit"_s);
    m_texts.bind([this] { m_expiry->setPlaceholderText(tr("MM/YY")); });
    m_expiry->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,2}\\s*/?\\s*[0-9]{0,4}"_s), m_expiry));
    m_expiry->setMaximumWidth(90);
    m_cvc->setObjectName(u"cardCvcEdit"_s);
    m_cvc->setEchoMode(QLineEdit::Password);
    m_cvc->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,4}"_s), m_cvc));
    m_cvc->setMaximumWidth(70);
    m_cvc->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_holder->setObjectName(u"cardHolderEdit"_s);
    m_holder->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_brand->setObjectName(u"cardBrandLabel"_s);
    m_brand->setMinimumWidth(130);
    m_brand->setStyleSheet(u"QLabel { font-weight: bold; color: #1a3d7c; }"_s);
    m_hints->setObjectName(u"cardHintsLabel"_s);
    m_hints->setStyleSheet(u"QLabel { color: #8a1c1c; }"_s);
    m_hints->setWordWrap(true);

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(m_brand);
    auto *numberLabel = new QLabel;
    m_texts.bind([numberLabel] { numberLabel->setText(tr("Card &number:")); });
    numberLabel->setBuddy(m_number);
    layout->addRow(numberLabel, numberRow);
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expiry);
    auto *cvcLabel = new QLabel;
    m_texts.bind([cvcLabel] { cvcLabel->setText(tr("Security &code:")); });
    cvcLabel->setBuddy(m_cvc);
    expiryRow->addSpacing(16);
    expiryRow->addWidget(cvcLabel);
    expiryRow->addWidget(m_cvc);
    expiryRow->addStretch();
    auto *expiryLabel = new QLabel;
    m_texts.bind([expiryLabel] { expiryLabel->setText(tr("E&xpiry:")); });
    expiryLabel->setBuddy(m_expiry);
    layout->addRow(expiryLabel, expiryRow);
    auto *holderLabel = new QLabel;
    m_texts.bind([holderLabel] { holderLabel->setText(tr("Name on &card:")); });
    holderLabel->setBuddy(m_holder);
    layout->addRow(holderLabel, m_holder);
    layout->addRow(m_hints);
    setTabOrder(m_number, m_expiry);
    setTabOrder(m_expiry, m_cvc);
    setTabOrder(m_cvc, m_holder);

    connect(m_number, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_form->setNumber(text);
        const QString grouped = m_form->groupedNumber();
        if (grouped != text) {
            const int digitsBefore =
                int(checkout::CardRules::digitsOnly(text.left(m_number->cursorPosition())).size());
            m_number->setText(grouped);
            int pos = 0;
            for (int seen = 0; pos < grouped.size() && seen < digitsBefore; ++pos) {
                if (grouped.at(pos) != u' ')
                    ++seen;
            }
            m_number->setCursorPosition(pos);
        }
    });
    connect(m_expiry, &QLineEdit::textEdited, m_form, &CardForm::setExpiryText);
    connect(m_cvc, &QLineEdit::textEdited, m_form, &CardForm::setCvc);
    connect(m_holder, &QLineEdit::textEdited, m_form, &CardForm::setHolder);
    connect(m_form, &CardForm::changed, this, &CardFormWidget::syncFromForm);
    m_number->installEventFilter(this);
    setFocusProxy(m_number);
    syncFromForm();
}

bool CardFormWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_number && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        showNumber(event->type() == QEvent::FocusIn);
    return QWidget::eventFilter(watched, event);
}

void CardFormWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        syncFromForm();
    }
    QWidget::changeEvent(event);
}

void CardFormWidget::showNumber(bool editing)
{
    if (m_form->number().isEmpty())
        return;
    // Left with a complete number: show only the last four digits.
    if (!editing && m_form->state(CardForm::Field::Number) == CardForm::State::Valid)
        m_number->setText(m_form->maskedNumber());
    else
        m_number->setText(m_form->groupedNumber());
}

void CardFormWidget::syncFromForm()
{
    // The form was wiped (or parts of it): clear what the fields still show.
    if (m_form->number().isEmpty() && !m_number->text().isEmpty())
        m_number->clear();
    if (m_form->cvc().isEmpty() && !m_cvc->text().isEmpty())
        m_cvc->clear();
    if (m_form->holder().isEmpty() && !m_holder->text().trimmed().isEmpty())
        m_holder->clear();
    if (m_form->state(CardForm::Field::Expiry) == CardForm::State::Empty && !m_expiry->text().isEmpty())
        m_expiry->clear();
    const QString brand = checkout::CardRules::brandName(m_form->brand());
    m_brand->setText(brand);
    m_brand->setAccessibleName(brand.isEmpty() ? tr("Card brand not recognised") : brand);
    m_cvc->setMaxLength(checkout::CardRules::cvcLength(m_form->brand()));
    QStringList hints;
    for (CardForm::Field f : {CardForm::Field::Number, CardForm::Field::Expiry, CardForm::Field::Cvc}) {
        const QString problem = m_form->problem(f);
        if (!problem.isEmpty() &&
            (f != CardForm::Field::Number || m_form->state(f) == CardForm::State::Invalid))
            hints << problem;
    }
    m_hints->setText(hints.join(u'\n'));
    m_hints->setVisible(!hints.isEmpty());
}

} // namespace commercedesk::app
