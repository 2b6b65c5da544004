// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace commercedesk::checkout {
class BuyerAccount;
}

namespace commercedesk::api {
struct ApiError;
}

namespace commercedesk::app {

/// Sign in (or create an account) with e-mail and password. Stays open while the BuyerAccount works and shows
/// its error in place; closes (accept) once signed in. The password field is cleared after each attempt.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `account` must outlive the dialog.
    explicit SignInDialog(checkout::BuyerAccount *account, QWidget *parent = nullptr);

private:
    void submit();
    void setCreating(bool creating);

    checkout::BuyerAccount *m_account;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QCheckBox *m_create;
    QLabel *m_error;
    QPushButton *m_submit;
};

} // namespace commercedesk::app
