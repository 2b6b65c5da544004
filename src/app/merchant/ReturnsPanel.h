// SPDX-License-Identifier: MIT
#pragma once

#include "core/Order.h"
#include "merchant/OrderCommand.h"

#include <QLocale>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QPushButton;

namespace commercedesk::app {

/// The actions on the order's returned items in the order detail ("returnsPanel"; docs/architecture.md
/// "Money after the order"), one row under the detail's Returns section (OrderDetailDocument lists the items
/// in words): the seller picks a return item ("returnItemCombo": quantity, line name and shipment state) and
/// puts it Back in stock ("backInStockButton") or marks it Unusable ("unusableButton") once it came back
/// (Returned), or settles its refund as Refunded / Not refunded ("returnRefundButton", a menu) while the
/// refund is open. It forwards intent only (commandRequested); the pane runs it. A client that may not change
/// orders sees the actions disabled with the reason in their tooltips (setCanAct). Hidden for an order
/// without returns. Retranslates itself on a language change.
class ReturnsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ReturnsPanel(QWidget *parent = nullptr);

    void setCanAct(bool canAct);
    void setLocale(const QLocale &locale);
    /// Shows the return items of `order`; the item picked stays picked while it is still there (else the
    /// first that came back, else the first).
    void setOrder(const core::Order &order);
    void clear();
    /// The id of the return item picked (empty: none).
    QString pickedItemId() const;

Q_SIGNALS:
    void commandRequested(const commercedesk::merchant::OrderCommand &command);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void render();
    void updateButtons();
    void fitHeight();
    const core::ReturnItem *picked() const;
    void request(core::ReturnShipmentState state);
    void request(core::ReturnPaymentState state);

    std::optional<core::Order> m_order;
    QLocale m_locale;
    bool m_canAct = true;
    QWidget *m_row = nullptr;
    QComboBox *m_itemCombo;
    QPushButton *m_backInStockButton;
    QPushButton *m_unusableButton;
    QPushButton *m_refundButton;
    QAction *m_refundedAction;
    QAction *m_notRefundedAction;
};

} // namespace commercedesk::app
