// SPDX-License-Identifier: MIT
#pragma once

#include "checkout/QuickOrderLine.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace commercedesk::checkout {
class QuickOrder;
}

namespace commercedesk::app {

/// B2B quick order: type SKU + quantity (with suggestions), or paste / drop a `sku,quantity` CSV; Check shows
/// a preview that marks unknown SKUs and bad quantities; only then can the valid lines be added to the cart.
/// Non-modal; forwards to checkout::QuickOrder.
class QuickOrderDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `quickOrder` must outlive the dialog; `knownSkus` feed the SKU completer.
    QuickOrderDialog(checkout::QuickOrder *quickOrder, const QStringList &knownSkus,
                     QWidget *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void appendTypedLine();
    void check();
    void showPreview(const QList<checkout::QuickOrderLine> &lines);

    checkout::QuickOrder *m_quickOrder;
    QLineEdit *m_sku;
    QSpinBox *m_quantity;
    QPlainTextEdit *m_text;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QPushButton *m_check;
    QPushButton *m_add;
    QList<checkout::QuickOrderLine> m_checked;
};

} // namespace commercedesk::app
