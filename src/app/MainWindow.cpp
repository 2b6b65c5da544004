// SPDX-License-Identifier: MIT
#include "app/MainWindow.h"

#include "app/Composition.h"
#include "app/merchant/MerchantPane.h"
#include "app/storefront/StorefrontPane.h"
#include "ui_MainWindow.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QShortcut>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_storefront(new StorefrontPane)
    , m_merchant(new MerchantPane)
    , m_connectionLabel(new QLabel)
{
    m_ui->setupUi(this);
    m_ui->paneList->setStyleSheet(u"QListWidget { background: palette(window); padding-top: 8px; }"
                                  u"QListWidget::item { padding: 8px 12px; }"_s);
    addPane(m_storefront, tr("Storefront"), u"view-list-icons"_s);
    addPane(m_merchant, tr("Merchant"), u"view-list-details"_s);
    connect(m_ui->paneList, &QListWidget::currentRowChanged, m_ui->paneStack,
            &QStackedWidget::setCurrentIndex);
    m_ui->paneList->setCurrentRow(Storefront);

    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_connectionLabel->setText(tr("Starting the embedded sandbox…"));
    m_ui->statusBar->addPermanentWidget(m_connectionLabel);
    m_settingsButton = new QToolButton;
    m_settingsButton->setObjectName(u"settingsButton"_s);
    m_settingsButton->setAutoRaise(true);
    m_settingsButton->setText(tr("Settings…"));
    m_ui->statusBar->addWidget(m_settingsButton);
    connect(m_settingsButton, &QToolButton::clicked, this, &MainWindow::settingsRequested);
    auto *settingsShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma), this);
    connect(settingsShortcut, &QShortcut::activated, this, &MainWindow::settingsRequested);

    auto *storefrontShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_1), this);
    connect(storefrontShortcut, &QShortcut::activated, this, [this] { showPane(Storefront); });
    auto *merchantShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_2), this);
    connect(merchantShortcut, &QShortcut::activated, this, [this] { showPane(Merchant); });
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        if (m_ui->paneList->currentRow() == Merchant) {
            m_merchant->focusSearch();
            return;
        }
        showPane(Storefront);
        m_storefront->focusSearch();
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::attach(Composition *composition)
{
    connect(composition, &Composition::backendReady, this, [this, composition] {
        setConnectionDescription(composition->connectionDescription());
        m_storefront->setCatalog(composition->catalog());
        m_storefront->setCommerce(composition->buyer(), composition->account(), composition->cart(),
                                  composition->checkout());
        m_storefront->setQuickOrder(composition->quickOrder());
        if (composition->merchant())
            m_merchant->setContext(composition->merchant(), nullptr, composition->omsLog());
        else
            m_merchant->showUnavailable(tr("The backend offers no merchant API client."));
    });
    connect(composition, &Composition::backendFailed, this, [this](const QString &message) {
        setConnectionDescription(tr("Not connected"));
        m_storefront->showUnavailable(message);
        m_merchant->showUnavailable(message);
    });
}

void MainWindow::showPane(Pane pane)
{
    m_ui->paneList->setCurrentRow(pane);
}

MainWindow::Pane MainWindow::currentPane() const
{
    return m_ui->paneList->currentRow() == Merchant ? Merchant : Storefront;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->paneList->item(Storefront)->setText(tr("Storefront"));
        m_ui->paneList->item(Merchant)->setText(tr("Merchant"));
        m_settingsButton->setText(tr("Settings…"));
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setConnectionDescription(const QString &text)
{
    m_connectionLabel->setText(text);
}

void MainWindow::addPane(QWidget *pane, const QString &title, const QString &iconName)
{
    m_ui->paneStack->addWidget(pane);
    auto *item = new QListWidgetItem(QIcon::fromTheme(iconName), title, m_ui->paneList);
    item->setSizeHint(QSize(0, 40));
}

} // namespace commercedesk::app
