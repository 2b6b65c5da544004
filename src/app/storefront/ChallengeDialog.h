// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLineEdit;

namespace commercedesk::app {

/// The card issuer's authentication step (3-D Secure style): the buyer types the one-time code. Non-modal
/// use: open() and listen to accepted()/rejected(); code() holds the entry.
class ChallengeDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ChallengeDialog(QWidget *parent = nullptr);

    QString code() const;

private:
    QLineEdit *m_code;
};

} // namespace commercedesk::app
