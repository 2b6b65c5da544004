// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace commercedesk::app {

/// Asks the seller a yes/no question before something that changes orders, without a nested event loop:
/// a window-modal QMessageBox opened with open() (objectName from the question, its buttons "yesButton"
/// and "noButton"; No is the default). `answer` runs exactly once — true for Yes, false for No or when the
/// box is closed — unless `parent` is destroyed first. The test seam (as KeePassXC's
/// MessageBox::setNextAnswer): after setNextAnswer(), the next ask() shows no box and answers that on the
/// event loop. One prompter is shared by the merchant widgets; GUI thread only.
class DeskPrompter final : public QObject
{
    Q_OBJECT

public:
    struct Question
    {
        QString objectName; ///< names the box, e.g. "bulkConfirmBox"
        QString title;
        QString text;
        QString yesText; ///< the Yes button's text (the action, e.g. "Confirm 3 orders")
        bool warning = false;
    };

    explicit DeskPrompter(QObject *parent = nullptr);

    void ask(QWidget *parent, const Question &question, std::function<void(bool yes)> answer);
    void setNextAnswer(bool yes) { m_nextAnswer = yes; }

Q_SIGNALS:
    /// A question was put (shown or answered by the seam), for tests and logs.
    void asked(const QString &objectName, const QString &text);

private:
    std::optional<bool> m_nextAnswer;
};

} // namespace commercedesk::app
