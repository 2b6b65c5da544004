// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class MerchantPane;
}

namespace commercedesk::app {

/// The seller's pane. Order review is not in this build yet; the pane says so plainly instead of showing
/// controls that do nothing.
class MerchantPane final : public QWidget
{
    Q_OBJECT

public:
    explicit MerchantPane(QWidget *parent = nullptr);
    ~MerchantPane() override;

private:
    std::unique_ptr<Ui::MerchantPane> m_ui;
};

} // namespace commercedesk::app
