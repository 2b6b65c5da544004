// SPDX-License-Identifier: MIT
#pragma once
// Test helper: chooses an item of a combo box as a user does, with real input events — a click opens the
// list, the arrow keys move to the item, Return takes it. (A mouse click on the item right after the list
// opened would be ignored as part of the opening click unless the test slept for a double-click
// interval; the keys need no wait.) Header-only.

#include <QAbstractItemView>
#include <QComboBox>
#include <QTest>

namespace commercedesk::testsupport {

/// Returns whether `row` became the combo's current item (and the list closed).
inline bool chooseFromPopup(QComboBox *combo, int row)
{
    if (!combo || row < 0 || row >= combo->count())
        return false;
    QTest::mouseClick(combo, Qt::LeftButton);
    QAbstractItemView *view = combo->view();
    if (!QTest::qWaitFor([view] { return view->isVisible(); }, 5000))
        return false;
    const int from = view->currentIndex().isValid() ? view->currentIndex().row() : combo->currentIndex();
    const Qt::Key step = row >= from ? Qt::Key_Down : Qt::Key_Up;
    for (int i = 0; i < std::abs(row - from); ++i)
        QTest::keyClick(view, step);
    QTest::keyClick(view, Qt::Key_Return);
    if (!QTest::qWaitFor([view] { return !view->isVisible(); }, 5000))
        return false;
    // The window the popup belonged to is the active one again, as on a desktop after a popup closes (the
    // offscreen platform does not hand activation back by itself).
    QWidget *window = combo->window();
    if (!window->isActiveWindow()) {
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window))
            return false;
    }
    return combo->currentIndex() == row;
}

} // namespace commercedesk::testsupport
