// SPDX-License-Identifier: MIT
#include "app/storefront/SignInDialog.h"

#include "app/ErrorPresenter.h"
#include "checkout/BuyerAccount.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

SignInDialog::SignInDialog(checkout::BuyerAccount *account, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_email(new QLineEdit)
    , m_password(new QLineEdit)
    , m_firstName(new QLineEdit)
    , m_lastName(new QLineEdit)
    , m_create(new QCheckBox(tr("&Create a new account")))
    , m_error(new QLabel)
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign in"));
    m_email->setObjectName(u"signInEmailEdit"_s);
    m_password->setObjectName(u"signInPasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_firstName->setObjectName(u"signUpFirstNameEdit"_s);
    m_lastName->setObjectName(u"signUpLastNameEdit"_s);
    m_create->setObjectName(u"createAccountCheckBox"_s);
    m_error->setObjectName(u"signInErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: #8a1c1c; }"_s);
    m_error->hide();

    auto *form = new QFormLayout;
    const auto row = [form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&E-mail:"), m_email);
    row(tr("&Password:"), m_password);
    form->addRow(QString(), m_create);
    row(tr("&First name:"), m_firstName);
    row(tr("&Last name:"), m_lastName);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_submit = buttons->button(QDialogButtonBox::Ok);
    m_submit->setObjectName(u"signInButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_create, &QCheckBox::toggled, this, &SignInDialog::setCreating);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(account, &checkout::BuyerAccount::signedIn, this, &QDialog::accept);
    connect(account, &checkout::BuyerAccount::failed, this, [this](const api::ApiError &error) {
        m_submit->setEnabled(true);
        m_password->clear();
        m_error->setText(error.httpStatus == 400 && !m_create->isChecked()
                             ? tr("The e-mail or password is not correct.")
                             : ErrorPresenter::describe(error));
        m_error->show();
        m_password->setFocus();
    });
    setCreating(false);
    resize(400, sizeHint().height());
}

void SignInDialog::setCreating(bool creating)
{
    m_firstName->setEnabled(creating);
    m_lastName->setEnabled(creating);
    m_submit->setText(creating ? tr("Create &account") : tr("&Sign in"));
}

void SignInDialog::submit()
{
    if (m_email->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_error->setText(tr("Please enter your e-mail and password."));
        m_error->show();
        return;
    }
    m_error->hide();
    m_submit->setEnabled(false);
    if (m_create->isChecked())
        m_account->signUp(m_email->text(), m_password->text(), m_firstName->text(), m_lastName->text());
    else
        m_account->signIn(m_email->text(), m_password->text());
}

} // namespace commercedesk::app
