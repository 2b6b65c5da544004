// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

class QAbstractItemView;

namespace commercedesk::app {

/// The words in the middle of an empty orders table, so an empty list is never mistaken for a broken
/// one: either nothing matches the seller's search and filters (and how to see every order again), or
/// the project has no orders yet. Hidden while rows are shown or a list is loading. Lives on the view's
/// viewport (objectName "emptyListNotice"); retranslates itself on a language change.
class EmptyListNotice final : public QLabel
{
    Q_OBJECT

public:
    explicit EmptyListNotice(QAbstractItemView *view);

    /// Shows the notice when `rows` is 0 and nothing is `loading`; `filtered` says the search or a filter
    /// narrows the list, `search` is the typed text (may be empty).
    void update(int rows, bool loading, bool filtered, const QString &search);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showText();

    bool m_filtered = false;
    QString m_search;
};

} // namespace commercedesk::app
