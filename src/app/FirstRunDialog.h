// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace commercedesk::app {

/// The first-run chooser: try the app on the built-in sandbox (the default button, so Enter picks it) or
/// connect to one's own commercetools project. Shown once, when no profile was ever chosen; the caller
/// acts on choice() after finished() (the dialog runs no event loop of its own: use open()).
class FirstRunDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, BuiltInSandbox, OwnProject };

    explicit FirstRunDialog(QWidget *parent = nullptr);

    /// None until a button was pressed (also when the dialog was closed otherwise).
    Choice choice() const { return m_choice; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void choose(Choice choice);

    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_sandboxButton;
    QPushButton *m_projectButton;
    Choice m_choice = Choice::None;
};

} // namespace commercedesk::app
