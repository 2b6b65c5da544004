// SPDX-License-Identifier: MIT
#include "app/storefront/QuickOrderDialog.h"

#include "app/ErrorPresenter.h"
#include "checkout/QuickOrder.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

QuickOrderDialog::QuickOrderDialog(checkout::QuickOrder *quickOrder, const QStringList &knownSkus,
                                   QWidget *parent)
    : QDialog(parent)
    , m_quickOrder(quickOrder)
    , m_sku(new QLineEdit)
    , m_quantity(new QSpinBox)
    , m_text(new QPlainTextEdit)
    , m_preview(new QTableWidget(0, 4))
    , m_summary(new QLabel)
    , m_check(new QPushButton(tr("C&heck")))
    , m_add(new QPushButton(tr("&Add to cart")))
{
    setObjectName(u"quickOrderDialog"_s);
    setWindowTitle(tr("Quick order"));
    m_sku->setObjectName(u"quickOrderSkuEdit"_s);
    m_sku->setPlaceholderText(tr("SKU"));
    auto *completer = new QCompleter(knownSkus, m_sku);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_sku->setCompleter(completer);
    m_quantity->setObjectName(u"quickOrderQuantitySpinBox"_s);
    m_quantity->setRange(1, int(checkout::QuickOrder::kMaxQuantity));
    auto *addLine = new QPushButton(tr("Add &line"));
    addLine->setObjectName(u"quickOrderAddLineButton"_s);
    auto *skuLabel = new QLabel(tr("&SKU:"));
    skuLabel->setBuddy(m_sku);
    auto *qtyLabel = new QLabel(tr("&Quantity:"));
    qtyLabel->setBuddy(m_quantity);
    auto *entry = new QHBoxLayout;
    entry->addWidget(skuLabel);
    entry->addWidget(m_sku, 1);
    entry->addWidget(qtyLabel);
    entry->addWidget(m_quantity);
    entry->addWidget(addLine);

    m_text->setObjectName(u"quickOrderCsvEdit"_s);
    m_text->setPlaceholderText(tr("Paste or drop a CSV here: one \"sku,quantity\" per line"));
    m_text->viewport()->installEventFilter(this);
    auto *textLabel = new QLabel(tr("&Lines:"));
    textLabel->setBuddy(m_text);

    m_preview->setObjectName(u"quickOrderPreviewTable"_s);
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("SKU"), tr("Qty"), tr("Status")});
    m_preview->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setObjectName(u"quickOrderSummaryLabel"_s);
    m_check->setObjectName(u"quickOrderCheckButton"_s);
    m_add->setObjectName(u"quickOrderAddButton"_s);
    m_add->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_add, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(entry);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(addLine, &QPushButton::clicked, this, &QuickOrderDialog::appendTypedLine);
    connect(m_sku, &QLineEdit::returnPressed, this, &QuickOrderDialog::appendTypedLine);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] { m_add->setEnabled(false); });
    connect(m_check, &QPushButton::clicked, this, &QuickOrderDialog::check);
    connect(m_add, &QPushButton::clicked, this, [this] {
        m_quickOrder->addToCart(m_checked);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_quickOrder, &checkout::QuickOrder::checked, this, &QuickOrderDialog::showPreview);
    connect(m_quickOrder, &checkout::QuickOrder::checkFailed, this, [this](const api::ApiError &error) {
        m_check->setEnabled(true);
        m_summary->setText(ErrorPresenter::describe(error));
    });
    resize(620, 520);
}

bool QuickOrderDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport() && event->type() == QEvent::Drop) {
        const auto *drop = static_cast<QDropEvent *>(event);
        const QList<QUrl> urls = drop->mimeData()->urls();
        if (!urls.isEmpty() && urls.first().isLocalFile()) {
            QFile file(urls.first().toLocalFile());
            if (file.size() < 1024 * 1024 && file.open(QIODevice::ReadOnly | QIODevice::Text))
                m_text->setPlainText(QString::fromUtf8(file.readAll()));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickOrderDialog::appendTypedLine()
{
    const QString sku = m_sku->text().trimmed();
    if (sku.isEmpty())
        return;
    m_text->appendPlainText(sku + u',' + QString::number(m_quantity->value()));
    m_sku->clear();
    m_quantity->setValue(1);
    m_sku->setFocus();
}

void QuickOrderDialog::check()
{
    m_check->setEnabled(false);
    m_summary->setText(tr("Checking…"));
    m_quickOrder->check(checkout::QuickOrder::parse(m_text->toPlainText()));
}

void QuickOrderDialog::showPreview(const QList<checkout::QuickOrderLine> &lines)
{
    m_check->setEnabled(true);
    m_checked = lines;
    m_preview->setRowCount(int(lines.size()));
    int valid = 0;
    for (int row = 0; row < lines.size(); ++row) {
        const checkout::QuickOrderLine &line = lines.at(row);
        const QString status = line.isValid() ? tr("OK") : checkout::QuickOrder::describe(line.problem);
        const QStringList cells{
            QString::number(line.sourceLine), line.sku,
            line.quantityText.isEmpty() ? QString::number(line.quantity) : line.quantityText, status};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!line.isValid())
                item->setForeground(QColor(0x8a, 0x1c, 0x1c));
            m_preview->setItem(row, column, item);
        }
        valid += line.isValid() ? 1 : 0;
    }
    m_summary->setText(tr("%1 of %2 lines can be added.").arg(valid).arg(lines.size()));
    m_add->setEnabled(valid > 0);
    m_add->setText(tr("&Add %n line(s) to cart", nullptr, valid));
}

} // namespace commercedesk::app
