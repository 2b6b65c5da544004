// SPDX-License-Identifier: MIT
#include "app/storefront/ChallengeDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

ChallengeDialog::ChallengeDialog(QWidget *parent)
    : QDialog(parent)
    , m_code(new QLineEdit)
{
    setObjectName(u"challengeDialog"_s);
    setWindowTitle(tr("Confirm your payment"));
    auto *text =
        new QLabel(tr("Your card issuer asks you to confirm this payment. Enter the code it sent you."));
    text->setWordWrap(true);
    m_code->setObjectName(u"challengeCodeEdit"_s);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,8}"_s), m_code));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Code:"));
    label->setBuddy(m_code);
    form->addRow(label, m_code);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Confirm"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"challengeConfirmButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(380, sizeHint().height());
}

QString ChallengeDialog::code() const
{
    return m_code->text();
}

} // namespace commercedesk::app
