// SPDX-License-Identifier: MIT
#pragma once
// Test helper (issue 20: every label readable in en/de/fr at the default window size): the first text of
// `root`'s visible widgets that is narrower than it needs — a plain, not wrapping label or a button
// (minimumSizeHint), or the hint of an empty line edit — or an empty string when nothing is cut. Lays out
// what a language switch left pending first. Header-only.

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QString>
#include <QWidget>

namespace commercedesk::testsupport {

inline QString firstCutText(QWidget *root)
{
    for (int level = 0; level < 12; ++level) // each layout level asks its parent in a posted event
        QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const auto tooNarrow = [](QWidget *widget, const QString &text) {
        return QStringLiteral("\"%1\" is %2 px wide, needs %3")
            .arg(text)
            .arg(widget->width())
            .arg(widget->minimumSizeHint().width());
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() ||
            label->textFormat() == Qt::RichText)
            continue;
        if (label->width() < label->minimumSizeHint().width())
            return tooNarrow(label, label->text());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !button->text().isEmpty() &&
            button->width() < button->minimumSizeHint().width())
            return tooNarrow(button, button->text());
    }
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (!edit->isVisible() || !edit->text().isEmpty() || edit->placeholderText().isEmpty())
            continue;
        if (edit->fontMetrics().horizontalAdvance(edit->placeholderText()) > edit->width() - 8)
            return QStringLiteral("%1 cuts its hint \"%2\"").arg(edit->objectName(), edit->placeholderText());
    }
    return {};
}

} // namespace commercedesk::testsupport
