// SPDX-License-Identifier: MIT
#pragma once

#include "app/TextBinder.h"
#include "merchant/DocumentPrinter.h"
#include "merchant/OrderCommand.h"

#include <QWidget>

#include <memory>

namespace Ui {
class OrderActionsBar;
}

namespace commercedesk::app {

/// The order desk's actions bar: Confirm, Complete, Cancel…, the shipment and payment state menus, Add
/// delivery…, live updates and new-order notices, Print, Export and Refresh. It forwards intent only;
/// whether an action may run on the selection is the desk's decision. A read-only client gets no order
/// state buttons (setCanAct(false)); the money actions (Record return…, Capture…) stay visible, disabled,
/// with the reason in their tooltips. A language change retranslates it in place (its menus too).
class OrderActionsBar final : public QWidget
{
    Q_OBJECT

public:
    explicit OrderActionsBar(QWidget *parent = nullptr);
    ~OrderActionsBar() override;

    void setCanAct(bool canAct);
    /// Whether the client may capture payments: "Capture…" and "Capture on shipment" stay visible but
    /// disabled, their tooltips say why.
    void setCanCapture(bool canCapture);
    /// How many orders the seller has chosen: the order actions and Print are enabled only for one or more
    /// (whether an action may run on those orders stays the desk's decision).
    void setSelectionCount(int count);
    void setLive(bool on);
    bool isLive() const;
    void setNotify(bool on);
    bool notifies() const;
    void setCaptureOnShipment(bool on);
    bool capturesOnShipment() const;

Q_SIGNALS:
    /// Confirm, Complete and the state menus.
    void commandRequested(const commercedesk::merchant::OrderCommand &command);
    void cancelRequested();
    void deliveryRequested();
    /// "Record return…" ("recordReturnButton"; enabled for exactly one selected order).
    void returnRequested();
    /// "Capture…": capture the rest of the selected orders' card authorizations.
    void captureRequested();
    void printRequested(commercedesk::merchant::DocumentPrinter::Kind kind);
    /// "Seller details…" in the Print menu.
    void sellerDetailsRequested();
    void exportRequested();
    void refreshRequested();
    void liveToggled(bool on);
    void notifyToggled(bool on);
    void captureOnShipmentToggled(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::OrderActionsBar> m_ui;
    TextBinder m_texts;
    bool m_canCapture = true;
    bool m_canAct = true;
    int m_selected = 0;
};

} // namespace commercedesk::app
