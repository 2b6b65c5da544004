// SPDX-License-Identifier: MIT
#include "app/merchant/AddDeliveryDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

AddDeliveryDialog::AddDeliveryDialog(const QString &orderNumber, QWidget *parent)
    : QDialog(parent)
    , m_trackingId(new QLineEdit)
    , m_carrier(new QComboBox)
    , m_captureNote(new QLabel)
{
    setObjectName(u"addDeliveryDialog"_s);
    m_texts.bind([this, orderNumber] { setWindowTitle(tr("Add delivery — %1").arg(orderNumber)); });
    m_trackingId->setObjectName(u"trackingIdEdit"_s);
    m_carrier->setObjectName(u"carrierCombo"_s);
    m_carrier->setEditable(true);
    m_carrier->addItems({u"DHL"_s, u"UPS"_s, u"DPD"_s, u"FedEx"_s, u"GLS"_s, u"Royal Mail"_s, u"USPS"_s});
    auto *intro = new QLabel;
    m_texts.bind([intro] { intro->setText(tr("All items of the order go into one parcel.")); });
    auto *form = new QFormLayout;
    auto *trackingLabel = new QLabel;
    auto *carrierLabel = new QLabel;
    m_texts.bind([trackingLabel, carrierLabel] {
        trackingLabel->setText(tr("Tracking number"));
        carrierLabel->setText(tr("Carrier"));
    });
    form->addRow(trackingLabel, m_trackingId);
    form->addRow(carrierLabel, m_carrier);
    m_captureNote->setObjectName(u"captureNoteLabel"_s);
    m_captureNote->setWordWrap(true);
    m_captureNote->hide();
    m_texts.bind([this] {
        m_captureNote->setText(
            tr("Capture on shipment is on: the rest of the order's card payment is captured "
               "once this delivery is added."));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_captureNote);
    layout->addWidget(buttons);
}

void AddDeliveryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QDialog::changeEvent(event);
}

core::TrackingData AddDeliveryDialog::tracking() const
{
    core::TrackingData result;
    if (!m_trackingId->text().trimmed().isEmpty())
        result.trackingId = m_trackingId->text().trimmed();
    if (!m_carrier->currentText().trimmed().isEmpty())
        result.carrier = m_carrier->currentText().trimmed();
    return result;
}

void AddDeliveryDialog::setCapturesOnShipment(bool on)
{
    m_captureNote->setVisible(on);
}

void AddDeliveryDialog::setTracking(const QString &trackingId, const QString &carrier)
{
    m_trackingId->setText(trackingId);
    m_carrier->setCurrentText(carrier);
}

} // namespace commercedesk::app
