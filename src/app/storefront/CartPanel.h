// SPDX-License-Identifier: MIT
#pragma once

#include "app/TextBinder.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace commercedesk::checkout {
class CartSession;
}
namespace commercedesk::models {
class CartModel;
}

namespace commercedesk::app {

/// The cart beside the catalog: lines (quantity editable in place; Delete removes the selected line), the
/// totals exactly as the backend computed them, progress while the cart session works, and Checkout. Forwards
/// every edit to the CartSession; holds no state of its own.
class CartPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CartPanel(QWidget *parent = nullptr);

    /// `session` must outlive the panel.
    void setCartSession(checkout::CartSession *session, const QString &language);
    /// The language of product names and attribute values ("de").
    void setLanguage(const QString &language);

Q_SIGNALS:
    void checkoutRequested();

protected:
    /// A language change retranslates the panel in place (the cart stays as it is).
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void removeSelected();
    void showNotice(const QString &text, bool error);

    checkout::CartSession *m_session = nullptr;
    TextBinder m_texts;
    QString m_language = QStringLiteral("en");
    models::CartModel *m_model;
    QTableView *m_table;
    QLabel *m_itemsValue;
    QLabel *m_shippingValue;
    QLabel *m_taxValue;
    QLabel *m_totalValue;
    QLabel *m_notice;
    QProgressBar *m_progress;
    QPushButton *m_removeButton;
    QPushButton *m_checkoutButton;
};

} // namespace commercedesk::app
