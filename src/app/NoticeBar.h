// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QToolButton;

namespace commercedesk::app {

/// A notice above a page's content that the user reads and dismisses with its Dismiss button (not Escape,
/// which stays the page's key). Its words come from a function called again on every language
/// change, so a notice shown in one language reads in the next. Hidden until showNotice().
class NoticeBar final : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeBar(QWidget *parent = nullptr);

    /// Shows the words `text()` returns now and after each language change; `warning` tints the notice as
    /// something that needs attention (what was left out) rather than plain news.
    void showNotice(std::function<QString()> text, bool warning);
    /// As above, with a button (objectName "noticeActionButton") whose words `actionText()` returns; a click
    /// emits actionTriggered(). The button goes with the next showNotice() without one, or dismiss().
    void showNotice(std::function<QString()> text, bool warning, std::function<QString()> actionText);
    void dismiss();
    QString text() const;

Q_SIGNALS:
    /// The user clicked Dismiss (not emitted for dismiss() called by code).
    void dismissed();
    /// The user clicked the notice's action button.
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label;
    QToolButton *m_action;
    QToolButton *m_dismiss;
    std::function<QString()> m_text;
    std::function<QString()> m_actionText;
};

} // namespace commercedesk::app
