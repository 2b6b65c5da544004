// SPDX-License-Identifier: MIT
#pragma once
// Test helper: clicks an entry of a popup menu as a user does, with a real mouse click on the entry. The
// menu runs its own event loop (QMenu::exec) from the action that opens it, so the click is queued before
// that action and runs inside the menu's loop; a menu without the entry is closed, so a test never hangs
// in it. Header-only.

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace commercedesk::testsupport {

/// Runs `open` (which brings up a popup menu) and clicks the menu's entry titled `title`. Returns whether
/// the entry was clicked (within 5 s).
inline bool chooseFromMenu(const std::function<void()> &open, const QString &title)
{
    auto clicked = std::make_shared<bool>(false); // outlives this call if the menu never came
    QTimer::singleShot(0, [clicked, title] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            if (action->text() == title) {
                QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
                *clicked = true;
                break;
            }
        }
        if (menu->isVisible())
            menu->close();
    });
    open();
    return QTest::qWaitFor([clicked] { return *clicked; }, 5000);
}

/// Clicks `button` (a push button with a menu) and then its menu's entry `title`.
inline bool chooseFromButtonMenu(QAbstractButton *button, const QString &title)
{
    return button && chooseFromMenu([button] { QTest::mouseClick(button, Qt::LeftButton); }, title);
}

} // namespace commercedesk::testsupport
