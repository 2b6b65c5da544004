// SPDX-License-Identifier: MIT
#include "app/merchant/MerchantPane.h"

#include "ui_MerchantPane.h"

namespace commercedesk::app {

MerchantPane::MerchantPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MerchantPane>())
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->availabilityLabel->setText(tr(
        "Order review is not available in this version of CommerceDesk yet. Orders placed in the storefront "
        "are kept by the backend and will be listed here once order review arrives."));
}

MerchantPane::~MerchantPane() = default;

} // namespace commercedesk::app
