// SPDX-License-Identifier: MIT
#include "app/merchant/EmptyListNotice.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

EmptyListNotice::EmptyListNotice(QAbstractItemView *view)
    : QLabel(view->viewport())
{
    setObjectName(u"emptyListNotice"_s);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setForegroundRole(QPalette::PlaceholderText);
    setMargin(24);
    auto *layout = new QVBoxLayout(view->viewport());
    layout->addWidget(this);
    hide();
}

void EmptyListNotice::update(int rows, bool loading, bool filtered, const QString &search)
{
    m_filtered = filtered;
    m_search = search.trimmed();
    setVisible(rows == 0 && !loading);
    if (isVisibleTo(parentWidget()))
        showText();
}

void EmptyListNotice::showText()
{
    if (!m_filtered) {
        setText(tr("No orders yet. Orders placed in the shop appear here."));
    } else if (!m_search.isEmpty()) {
        setText(tr("No orders match “%1” with these filters.\nSearch for part of an order number, PO number, "
                   "e-mail, name or SKU, or clear the search and filters to see every order.")
                    .arg(m_search));
    } else {
        setText(tr("No orders match these filters.\nClear the filters to see every order."));
    }
}

void EmptyListNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && isVisibleTo(parentWidget()))
        showText();
    QLabel::changeEvent(event);
}

} // namespace commercedesk::app
