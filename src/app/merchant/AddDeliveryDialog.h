// SPDX-License-Identifier: MIT
#pragma once

#include "app/TextBinder.h"
#include "core/Delivery.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace commercedesk::app {

/// Asks for the parcel's tracking number and carrier of a new delivery (all items of the order). A language
/// change retranslates it in place (what was typed stays).
class AddDeliveryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AddDeliveryDialog(const QString &orderNumber, QWidget *parent = nullptr);

    core::TrackingData tracking() const;
    /// Says that "Capture on shipment" will capture the rest of the order's card payment (`on`), or nothing.
    void setCapturesOnShipment(bool on);
    void setTracking(const QString &trackingId, const QString &carrier);

protected:
    void changeEvent(QEvent *event) override;

private:
    TextBinder m_texts;
    QLineEdit *m_trackingId;
    QComboBox *m_carrier;
    QLabel *m_captureNote;
};

} // namespace commercedesk::app
