// SPDX-License-Identifier: MIT
#pragma once

#include "merchant/OrderFilter.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class OrderFilterBar;
}

namespace commercedesk::app {

/// The order desk's filter bar: search text (debounced), state / PO / OMS filters, "more filters" (dates,
/// store, business unit, country, totals) and the saved-view chooser. It renders and forwards intent:
/// filterChanged() when the seller changed a filter (never for setFilter()), viewChosen() /
/// saveViewRequested() / deleteViewRequested() for views. It holds no filter of its own beyond its widgets.
/// A language change retranslates it in place: the search text, the chosen items (kept by their data) and
/// the dates stay, and no filterChanged() follows.
class OrderFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit OrderFilterBar(QWidget *parent = nullptr);
    ~OrderFilterBar() override;

    /// The filter the widgets show (sort: the default; the desk keeps the sort).
    merchant::OrderFilter filter() const;
    /// Shows `filter` in the widgets without emitting filterChanged().
    void setFilter(const merchant::OrderFilter &filter);
    /// The saved views offered after "All orders"; `current` stays chosen when it still exists.
    void setViewNames(const QStringList &names, const QString &current = QString());
    /// The chosen view's name; empty for "All orders".
    QString currentView() const;
    void focusSearch();

Q_SIGNALS:
    void filterChanged();
    void viewChosen(const QString &name); ///< empty: "All orders"
    void saveViewRequested(const QString &name);
    void deleteViewRequested(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onEdited();
    void askViewName();

    std::unique_ptr<Ui::OrderFilterBar> m_ui;
    QTimer *m_searchDebounce;
    bool m_showing = false;
};

} // namespace commercedesk::app
