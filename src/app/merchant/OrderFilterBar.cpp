// SPDX-License-Identifier: MIT
#include "app/merchant/OrderFilterBar.h"

#include "app/FlowLayout.h"
#include "models/OrderTableModel.h"
#include "ui_OrderFilterBar.h"

#include <QBoxLayout>
#include <QEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

namespace {

/// "Any …" and one item per state, its wire name as the data; the texts come from retranslate().
template<class E>
void addStates(QComboBox *combo, const QList<E> &values)
{
    combo->addItem(QString());
    for (E value : values)
        combo->addItem(QString(), core::toWireString(value));
}

/// Re-sets the texts of addStates()' items from their data: the current item stays current.
template<class FromWire>
void nameStates(QComboBox *combo, const QString &anyText, FromWire fromWire)
{
    combo->setItemText(0, anyText);
    for (int i = 1; i < combo->count(); ++i) {
        if (const auto state = fromWire(combo->itemData(i).toString()))
            combo->setItemText(i, models::OrderTableModel::stateText(*state));
    }
}

std::optional<qint64> minorUnits(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const core::MoneyResult<core::Money> money = core::Money::fromDecimalString(trimmed, u"EUR");
    if (!money.ok())
        return std::nullopt;
    return money.value().centAmount();
}

/// The inverse of minorUnits() for the filter fields (two decimals, as minorUnits() reads them).
QString decimalText(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return (cents < 0 ? u"-"_s : QString()) + QString::number(magnitude / 100) + u'.' +
           QString::number(magnitude % 100).rightJustified(2, u'0');
}

/// Moves the items of `row` (a box layout inside `parent`'s vertical layout) into a FlowLayout at the same
/// place, so a row that does not fit the pane's width in a long language wraps instead of cutting its texts.
void wrapRow(QBoxLayout *parent, QLayout *row)
{
    const int at = parent->indexOf(row);
    auto *flow = new FlowLayout(nullptr, parent->spacing());
    flow->takeItemsFrom(row);
    parent->removeItem(row);
    delete row;
    parent->insertLayout(at, flow);
}

/// The same for the layout of `widget` (the old layout goes first: a widget has one layout).
void wrapWidget(QWidget *widget)
{
    QLayout *row = widget->layout();
    auto *flow = new FlowLayout(nullptr, row->spacing());
    flow->takeItemsFrom(row);
    delete row;
    widget->setLayout(flow);
}

/// A line edit at least as wide as its placeholder (plus room for the frame and the clear button), so the
/// hint is readable in every language.
void fitPlaceholder(QLineEdit *edit)
{
    const int wanted = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 36;
    edit->setMaximumWidth(std::max(edit->maximumWidth(), wanted));
    edit->setMinimumWidth(std::max(edit->property("designMinimumWidth").toInt(), wanted));
}

void selectData(QComboBox *combo, const QString &wire)
{
    combo->setCurrentIndex(std::max(combo->findData(wire), 0));
}

} // namespace

OrderFilterBar::OrderFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderFilterBar>())
    , m_searchDebounce(new QTimer(this))
{
    m_ui->setupUi(this);
    wrapRow(m_ui->filterBarLayout, m_ui->filterLayout);
    m_ui->filterLayout = nullptr;
    wrapWidget(m_ui->moreFiltersWidget);
    m_ui->moreFiltersLayout = nullptr;
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setProperty("designMinimumWidth", edit->minimumWidth());
    m_ui->moreFiltersWidget->setVisible(false);
    connect(m_ui->moreFiltersButton, &QToolButton::toggled, m_ui->moreFiltersWidget, &QWidget::setVisible);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(300);
    connect(m_searchDebounce, &QTimer::timeout, this, &OrderFilterBar::onEdited);

    addStates(m_ui->orderStateCombo,
              QList<core::OrderState>{core::OrderState::Open, core::OrderState::Confirmed,
                                      core::OrderState::Complete, core::OrderState::Cancelled});
    addStates(m_ui->paymentStateCombo,
              QList<core::PaymentState>{core::PaymentState::BalanceDue, core::PaymentState::Pending,
                                        core::PaymentState::Paid, core::PaymentState::Failed,
                                        core::PaymentState::CreditOwed});
    addStates(m_ui->shipmentStateCombo,
              QList<core::ShipmentState>{core::ShipmentState::Pending, core::ShipmentState::Ready,
                                         core::ShipmentState::Shipped, core::ShipmentState::Delivered,
                                         core::ShipmentState::Delayed, core::ShipmentState::Partial,
                                         core::ShipmentState::Backorder, core::ShipmentState::Canceled});
    m_ui->poCombo->addItem(QString());
    m_ui->poCombo->addItem(QString(), true);
    m_ui->poCombo->addItem(QString(), false);
    for (QDateEdit *edit : {m_ui->fromDateEdit, m_ui->toDateEdit}) {
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setDate(edit->minimumDate());
        connect(edit, &QDateEdit::dateChanged, this, &OrderFilterBar::onEdited);
    }
    for (QComboBox *combo :
         {m_ui->orderStateCombo, m_ui->paymentStateCombo, m_ui->shipmentStateCombo, m_ui->poCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &OrderFilterBar::onEdited);
        // The combo is narrower than its longest item in some languages: the whole text on hover.
        connect(combo, &QComboBox::currentTextChanged, combo, &QWidget::setToolTip);
    }
    connect(m_ui->notSyncedCheck, &QCheckBox::toggled, this, &OrderFilterBar::onEdited);
    connect(m_ui->orderSearchEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_showing)
            m_searchDebounce->start();
    });
    connect(m_ui->orderSearchEdit, &QLineEdit::returnPressed, this, &OrderFilterBar::onEdited);
    for (QLineEdit *edit :
         {m_ui->storeEdit, m_ui->businessUnitEdit, m_ui->countryEdit, m_ui->minTotalEdit, m_ui->maxTotalEdit})
        connect(edit, &QLineEdit::editingFinished, this, &OrderFilterBar::onEdited);
    setViewNames({});
    retranslate();
    connect(m_ui->savedViewCombo, &QComboBox::activated, this, [this](int index) {
        Q_EMIT viewChosen(index > 0 ? m_ui->savedViewCombo->itemText(index) : QString());
    });
    connect(m_ui->saveViewButton, &QToolButton::clicked, this, &OrderFilterBar::askViewName);
    connect(m_ui->deleteViewButton, &QToolButton::clicked, this, [this] {
        if (!currentView().isEmpty())
            Q_EMIT deleteViewRequested(currentView());
    });
}

OrderFilterBar::~OrderFilterBar() = default;

void OrderFilterBar::retranslate()
{
    m_showing = true; // new texts are no edit of the filter
    nameStates(m_ui->orderStateCombo, tr("Any order state"),
               [](const QString &wire) { return core::orderStateFromWire(wire); });
    nameStates(m_ui->paymentStateCombo, tr("Any payment"),
               [](const QString &wire) { return core::paymentStateFromWire(wire); });
    nameStates(m_ui->shipmentStateCombo, tr("Any shipment"),
               [](const QString &wire) { return core::shipmentStateFromWire(wire); });
    m_ui->poCombo->setItemText(0, tr("With or without PO"));
    m_ui->poCombo->setItemText(1, tr("With PO number"));
    m_ui->poCombo->setItemText(2, tr("Without PO number"));
    m_ui->savedViewCombo->setItemText(0, tr("All orders"));
    for (QLineEdit *edit : {m_ui->orderSearchEdit, m_ui->storeEdit, m_ui->businessUnitEdit, m_ui->countryEdit,
                            m_ui->minTotalEdit, m_ui->maxTotalEdit})
        fitPlaceholder(edit);
    for (QComboBox *combo :
         {m_ui->orderStateCombo, m_ui->paymentStateCombo, m_ui->shipmentStateCombo, m_ui->poCombo})
        combo->setToolTip(combo->currentText());
    for (QDateEdit *edit : {m_ui->fromDateEdit, m_ui->toDateEdit}) {
        edit->setSpecialValueText(tr("any"));
        edit->setLocale(QLocale());
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_showing = false;
}

void OrderFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this); // the texts of the .ui; what the seller typed and chose stays
        retranslate();
    }
    QWidget::changeEvent(event);
}

void OrderFilterBar::onEdited()
{
    m_searchDebounce->stop();
    if (!m_showing)
        Q_EMIT filterChanged();
}

void OrderFilterBar::focusSearch()
{
    m_ui->orderSearchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->orderSearchEdit->selectAll();
}

merchant::OrderFilter OrderFilterBar::filter() const
{
    merchant::OrderFilter filter;
    if (auto state = core::orderStateFromWire(m_ui->orderStateCombo->currentData().toString()))
        filter.orderStates = {*state};
    if (auto state = core::paymentStateFromWire(m_ui->paymentStateCombo->currentData().toString()))
        filter.paymentStates = {*state};
    if (auto state = core::shipmentStateFromWire(m_ui->shipmentStateCombo->currentData().toString()))
        filter.shipmentStates = {*state};
    if (m_ui->poCombo->currentData().isValid())
        filter.hasPurchaseOrderNumber = m_ui->poCombo->currentData().toBool();
    filter.notSyncedToOms = m_ui->notSyncedCheck->isChecked();
    filter.text = m_ui->orderSearchEdit->text().trimmed();
    if (m_ui->fromDateEdit->date() != m_ui->fromDateEdit->minimumDate())
        filter.createdFrom = m_ui->fromDateEdit->date().startOfDay();
    if (m_ui->toDateEdit->date() != m_ui->toDateEdit->minimumDate())
        filter.createdTo = m_ui->toDateEdit->date().addDays(1).startOfDay();
    filter.storeKey = m_ui->storeEdit->text().trimmed();
    filter.businessUnitKey = m_ui->businessUnitEdit->text().trimmed();
    filter.country = m_ui->countryEdit->text().trimmed().toUpper();
    filter.minTotalCent = minorUnits(m_ui->minTotalEdit->text());
    filter.maxTotalCent = minorUnits(m_ui->maxTotalEdit->text());
    return filter;
}

void OrderFilterBar::setFilter(const merchant::OrderFilter &f)
{
    m_showing = true;
    selectData(m_ui->orderStateCombo,
               f.orderStates.isEmpty() ? QString() : core::toWireString(f.orderStates.first()));
    selectData(m_ui->paymentStateCombo,
               f.paymentStates.isEmpty() ? QString() : core::toWireString(f.paymentStates.first()));
    selectData(m_ui->shipmentStateCombo,
               f.shipmentStates.isEmpty() ? QString() : core::toWireString(f.shipmentStates.first()));
    m_ui->poCombo->setCurrentIndex(!f.hasPurchaseOrderNumber ? 0 : (*f.hasPurchaseOrderNumber ? 1 : 2));
    m_ui->notSyncedCheck->setChecked(f.notSyncedToOms);
    m_ui->orderSearchEdit->setText(f.text);
    m_ui->fromDateEdit->setDate(f.createdFrom.isValid() ? f.createdFrom.toLocalTime().date()
                                                        : m_ui->fromDateEdit->minimumDate());
    m_ui->toDateEdit->setDate(f.createdTo.isValid() ? f.createdTo.toLocalTime().date().addDays(-1)
                                                    : m_ui->toDateEdit->minimumDate());
    m_ui->storeEdit->setText(f.storeKey);
    m_ui->businessUnitEdit->setText(f.businessUnitKey);
    m_ui->countryEdit->setText(f.country);
    m_ui->minTotalEdit->setText(f.minTotalCent ? decimalText(*f.minTotalCent) : QString());
    m_ui->maxTotalEdit->setText(f.maxTotalCent ? decimalText(*f.maxTotalCent) : QString());
    m_searchDebounce->stop();
    m_showing = false;
}

void OrderFilterBar::setViewNames(const QStringList &names, const QString &current)
{
    QSignalBlocker block(m_ui->savedViewCombo);
    m_ui->savedViewCombo->clear();
    m_ui->savedViewCombo->addItem(tr("All orders"));
    m_ui->savedViewCombo->addItems(names);
    m_ui->savedViewCombo->setCurrentIndex(std::max(m_ui->savedViewCombo->findText(current), 0));
}

QString OrderFilterBar::currentView() const
{
    return m_ui->savedViewCombo->currentIndex() > 0 ? m_ui->savedViewCombo->currentText() : QString();
}

void OrderFilterBar::askViewName()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"saveViewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save view"));
    dialog->setLabelText(tr("Name of this view (filters, columns and sort):"));
    dialog->setTextValue(currentView());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (!name.trimmed().isEmpty())
            Q_EMIT saveViewRequested(name.trimmed());
    });
    dialog->open();
}

} // namespace commercedesk::app
