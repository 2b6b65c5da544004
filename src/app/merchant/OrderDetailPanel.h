// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "core/Order.h"
#include "core/Payment.h"
#include "merchant/OmsLogClient.h"

#include <QLocale>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListView;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace commercedesk::merchant {
class MerchantContext;
class OrderDetailLoad;
class OrderDetailLoader;
} // namespace commercedesk::merchant
namespace commercedesk::models {
class OrderLineModel;
class OrderTimelineModel;
} // namespace commercedesk::models

namespace commercedesk::app {

class PaymentPanel;
class ReturnsPanel;

/// Everything about one order: line items (SKU, quantity, price, tax), addresses, shipping method, totals
/// with the tax breakdown, payments (PSP reference, authorization code; no card data beyond what the payment
/// names) with their transactions, balance and actions in the payment section (PaymentPanel), business unit
/// and PO number, deliveries/parcels/tracking, the returns (ReturnsPanel), OMS sync and delivery log, and the
/// message timeline. It
/// renders values: merchant::OrderDetailLoader fetches them (setOrder() shows the order at once and then has
/// the payments, messages and OMS log loaded; a newer order cancels the load of the older one). Failures are
/// told in words by ErrorPresenter. The panel can be detached into its own window (detachRequested) and
/// docked back by closing it. A language change retranslates it in place: the order shown (or loading) stays,
/// nothing is fetched again.
class OrderDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit OrderDetailPanel(QWidget *parent = nullptr);
    ~OrderDetailPanel() override;

    /// The loader to fetch with (not owned; null: the panel shows only what it is given).
    void setLoader(merchant::OrderDetailLoader *loader);
    /// setLoader(context->detailLoader()); the OMS log comes from the client the context was built with
    /// (`omsLog` is not used; kept for callers that still pass it).
    void setContext(merchant::MerchantContext *context, merchant::OmsLogClient *omsLog = nullptr);
    void setLocale(const QLocale &locale);
    /// How the detail names a business unit (empty while unknown); call refresh() when names arrive.
    void setUnitNames(std::function<QString(const QString &key)> name) { m_unitName = std::move(name); }
    /// Shows the current order of a business unit again with names learnt meanwhile, at the same scroll
    /// position.
    void refresh();
    void setOrder(const core::Order &order);
    /// Fetches the order by id and shows it (setOrder) when it arrives; until then the panel says it is
    /// loading `displayNumber`. A later showOrder(), setOrder() or clear() drops the answer; a failure is
    /// shown in the panel. orderLoaded() fires with the fetched order.
    void showOrder(const QString &orderId, const QString &displayNumber);
    void clear();
    const std::optional<core::Order> &order() const { return m_order; }
    void setDetached(bool detached);

    /// The payment section (timeline, amounts, capture/refund/release); the pane gives it its desk.
    PaymentPanel *paymentPanel() const { return m_paymentPanel; }
    /// The returns section (the order's return items and what becomes of them); hidden without returns.
    ReturnsPanel *returnsPanel() const { return m_returnsPanel; }

    /// The detail as rich text (what the browser shows); for tests and printing.
    QString detailHtml() const;

Q_SIGNALS:
    void orderLoaded(const commercedesk::core::Order &order);
    void detachRequested();
    void attachRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /// Title and text while no order is shown: none selected, loading `m_loadingNumber`, or its failure.
    void showPlaceholder();
    void render();
    void startLoad(merchant::OrderDetailLoad *load);
    void showLines();
    void fitSkuColumn();
    void cancelLoad();

    merchant::OrderDetailLoader *m_loader = nullptr;
    QLocale m_locale;
    std::optional<core::Order> m_order;
    QList<core::Payment> m_payments;
    std::optional<merchant::OmsDeliveryLog> m_deliveryLog;
    std::optional<api::ApiError> m_omsError;
    std::function<QString(const QString &)> m_unitName;
    QPointer<merchant::OrderDetailLoad> m_load;
    QLabel *m_titleLabel;
    QToolButton *m_detachButton;
    QTextBrowser *m_browser;
    QTableView *m_linesView;
    QListView *m_timelineView;
    PaymentPanel *m_paymentPanel;
    ReturnsPanel *m_returnsPanel;
    QLabel *m_timelineEmptyLabel;
    QLabel *m_historyLabel;
    QString m_loadingNumber;
    std::optional<api::ApiError> m_loadError;
    std::function<void()> m_updateTimelineEmpty;
    models::OrderLineModel *m_lines;
    models::OrderTimelineModel *m_timeline;
    bool m_detached = false;
};

} // namespace commercedesk::app
