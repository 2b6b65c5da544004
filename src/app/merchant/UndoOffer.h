// SPDX-License-Identifier: MIT
#pragma once

#include "merchant/OrderUndo.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace commercedesk::app {

class NoticeBar;

/// Offers the undo of the seller's last action (merchant::OrderUndo) in the merchant pane: after an action
/// that can be undone, the notice bar says what was done with an "Undo" button; Ctrl+Z anywhere in the
/// pane (except in a text field, which keeps its own undo) does the same. An action that cannot be undone
/// (Complete, Cancel, a shipment that left) takes the offer away; Ctrl+Z then says why. The undo's outcome
/// is told in the notice: which orders went back, which changed meanwhile and were left as they are.
/// `notice`, `undo` and `pane` must outlive this object; the words follow language changes (NoticeBar).
class UndoOffer final : public QObject
{
    Q_OBJECT

public:
    UndoOffer(merchant::OrderUndo *undo, NoticeBar *notice, QWidget *pane);

    /// Undoes the last action if it can; otherwise says why through status().
    void trigger();

Q_SIGNALS:
    /// Words for the pane's status line, made in the language of the moment.
    void status(const std::function<QString()> &text);

private:
    void onChanged();
    void onFinished(const merchant::OrderUndoResult &result);

    merchant::OrderUndo *m_undo;
    NoticeBar *m_notice;
    bool m_offered = false;
};

} // namespace commercedesk::app
