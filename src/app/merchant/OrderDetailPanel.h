// SPDX-License-Identifier: MIT
#pragma once

#include "core/Order.h"
#include "core/Payment.h"
#include "merchant/OmsLogClient.h"

#include <QLocale>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QListView;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace commercedesk::api {
class ApiJob;
}
namespace commercedesk::merchant {
class MerchantContext;
}
namespace commercedesk::models {
class OrderLineModel;
class OrderTimelineModel;
} // namespace commercedesk::models

namespace commercedesk::app {

/// Everything about one order: line items (SKU, quantity, price, tax), addresses, shipping method, totals
/// with the tax breakdown, payments and their transactions (PSP reference, authorization code, state; no
/// card data beyond what the payment names), business unit and PO number, deliveries/parcels/tracking, OMS
/// sync and delivery log, and the message timeline. setOrder() shows the order at once and then loads
/// payments, messages and the OMS log; answers for an order no longer shown are dropped.
/// The panel can be detached into its own window (detachRequested) and docked back by closing it.
class OrderDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit OrderDetailPanel(QWidget *parent = nullptr);
    ~OrderDetailPanel() override;

    void setContext(merchant::MerchantContext *context, merchant::OmsLogClient *omsLog);
    void setLocale(const QLocale &locale);
    void setOrder(const core::Order &order);
    /// Fetches the order by id and shows it (setOrder) when it arrives; until then the panel says it is
    /// loading `displayNumber`. A later showOrder(), setOrder() or clear() drops the answer; a failure is
    /// shown in the panel. orderLoaded() fires with the fetched order.
    void showOrder(const QString &orderId, const QString &displayNumber);
    void clear();
    const std::optional<core::Order> &order() const { return m_order; }
    void setDetached(bool detached);

    /// The detail as rich text (what the browser shows); for tests and printing.
    QString detailHtml() const;

Q_SIGNALS:
    void orderLoaded(const commercedesk::core::Order &order);
    void detachRequested();
    void attachRequested();

private:
    void render();
    void loadExtras();
    QString paymentsHtml() const;
    QString deliveriesHtml() const;
    QString omsHtml() const;

    merchant::MerchantContext *m_context = nullptr;
    merchant::OmsLogClient *m_omsLog = nullptr;
    QLocale m_locale;
    std::optional<core::Order> m_order;
    QList<core::Payment> m_payments;
    std::optional<merchant::OmsDeliveryLog> m_deliveryLog;
    QString m_omsError;
    quint64 m_generation = 0;
    QPointer<api::ApiJob> m_loadJob;
    QLabel *m_titleLabel;
    QToolButton *m_detachButton;
    QTextBrowser *m_browser;
    QTableView *m_linesView;
    QListView *m_timelineView;
    QLabel *m_timelineEmptyLabel;
    models::OrderLineModel *m_lines;
    models::OrderTimelineModel *m_timeline;
    bool m_detached = false;
};

} // namespace commercedesk::app
