// SPDX-License-Identifier: MIT
#include "app/merchant/UndoOffer.h"

#include "app/NoticeBar.h"
#include "app/merchant/MerchantTexts.h"

#include <QKeySequence>
#include <QShortcut>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

UndoOffer::UndoOffer(merchant::OrderUndo *undo, NoticeBar *notice, QWidget *pane)
    : QObject(pane)
    , m_undo(undo)
    , m_notice(notice)
{
    connect(m_undo, &merchant::OrderUndo::changed, this, &UndoOffer::onChanged);
    connect(m_undo, &merchant::OrderUndo::finished, this, &UndoOffer::onFinished);
    connect(m_notice, &NoticeBar::actionTriggered, this, &UndoOffer::trigger);
    connect(m_notice, &NoticeBar::dismissed, this, [this] { m_offered = false; });
    // A text field with the focus takes Ctrl+Z first (its ShortcutOverride): typing stays undoable there.
    auto *shortcut =
        new QShortcut(QKeySequence::Undo, pane, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    shortcut->setObjectName(u"undoShortcut"_s);
    connect(shortcut, &QShortcut::activated, this, &UndoOffer::trigger);
}

void UndoOffer::trigger()
{
    if (m_undo->isRunning())
        return;
    if (m_undo->canUndo()) {
        m_undo->undo();
        return;
    }
    if (m_undo->keptCount() > 0) {
        Q_EMIT status([command = m_undo->command()] {
            return tr("%1 cannot be undone.").arg(MerchantTexts::command(command));
        });
    } else {
        Q_EMIT status([] { return tr("Nothing to undo."); });
    }
}

void UndoOffer::onChanged()
{
    if (m_undo->isRunning()) {
        m_notice->showNotice(
            [command = m_undo->command()] {
                return tr("Undoing “%1”…").arg(MerchantTexts::command(command));
            },
            false);
        return;
    }
    if (!m_undo->canUndo()) {
        // A newer action that cannot be undone: the older one's offer goes (its result, once told, stays).
        if (m_offered)
            m_notice->dismiss();
        m_offered = false;
        return;
    }
    const merchant::OrderCommand command = m_undo->command();
    const QString single = m_undo->singleNumber();
    const int count = m_undo->undoableCount();
    const int kept = m_undo->keptCount();
    m_notice->showNotice(
        [command, single, count, kept] {
            QString text = single.isEmpty()
                               ? tr("%1: done for %n order(s).", nullptr, count + kept)
                                     .arg(MerchantTexts::command(command))
                               : tr("%1: done for %2.").arg(MerchantTexts::command(command), single);
            if (kept > 0)
                text += u' ' + tr("%n of them cannot be undone.", nullptr, kept);
            return text;
        },
        false, [] { return tr("Undo"); });
    m_offered = true;
}

void UndoOffer::onFinished(const merchant::OrderUndoResult &result)
{
    m_offered = false;
    const bool problem = !result.changed.isEmpty() || !result.failed.isEmpty();
    m_notice->showNotice(
        [result] {
            QStringList parts;
            const QString command = MerchantTexts::command(result.command);
            if (!result.undone.isEmpty())
                parts.append(tr("Undone: “%1” for %2.").arg(command, result.undone.join(u", "_s)));
            if (!result.changed.isEmpty()) {
                parts.append(tr("%n order(s) changed meanwhile and were left as they are: %1.", nullptr,
                                int(result.changed.size()))
                                 .arg(result.changed.join(u", "_s)));
            }
            if (!result.failed.isEmpty()) {
                parts.append(
                    tr("%n order(s) could not be changed back: %1.", nullptr, int(result.failed.size()))
                        .arg(result.failed.join(u", "_s)));
            }
            return parts.join(u' ');
        },
        problem);
}

} // namespace commercedesk::app
