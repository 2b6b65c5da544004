// SPDX-License-Identifier: MIT
#include "app/MainWindow.h"

#include "app/Composition.h"
#include "app/merchant/MerchantPane.h"
#include "app/storefront/StorefrontPane.h"
#include "ui_MainWindow.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
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
    m_ui->statusBar->addPermanentWidget(m_connectionLabel);
    m_settingsButton = new QToolButton;
    m_settingsButton->setObjectName(u"settingsButton"_s);
    m_settingsButton->setAutoRaise(true);
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
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::attach(Composition *composition)
{
    m_composition = composition;
    // Synchronous: the old panes go before the composition deletes the services they point to.
    connect(composition, &Composition::backendAboutToChange, this, [this] {
        const bool stale = m_panesAttached || m_state == State::Failed;
        m_state = State::Waiting;
        if (stale)
            recreatePanes(); // no pane keeps a pointer into (or a message about) the old backend
        updateStatus();
    });
    connect(composition, &Composition::backendReady, this, [this] {
        m_state = State::Ready;
        if (m_panesAttached)
            recreatePanes(); // never hand a second set of services to a pane
        attachServices();
        updateStatus();
    });
    connect(composition, &Composition::backendFailed, this, &MainWindow::showFailure);
    connect(composition, &Composition::settingsNeeded, this, &MainWindow::showSettingsProblem);
}

void MainWindow::attachServices()
{
    if (!m_composition || !m_composition->isReady())
        return;
    m_panesAttached = true;
    if (m_problemBox)
        m_problemBox->close();
    m_storefront->setCatalog(m_composition->catalog());
    m_storefront->setCommerce(m_composition->buyer(), m_composition->account(), m_composition->cart(),
                              m_composition->checkout());
    m_storefront->setQuickOrder(m_composition->quickOrder());
    m_storefront->setOrderHistory(m_composition->orderHistory(), m_composition->reorder());
    attachMerchant();
}

void MainWindow::attachMerchant()
{
    if (m_composition->merchant())
        m_merchant->setContext(m_composition->merchant());
    else
        m_merchant->showUnavailable(tr("The backend offers no merchant API client."));
}

void MainWindow::showFailure(const QString &message)
{
    m_state = State::Failed;
    m_failure = message;
    if (m_panesAttached)
        recreatePanes();
    m_storefront->showUnavailable(message);
    m_merchant->showUnavailable(message);
    updateStatus();
}

void MainWindow::showNotConnected(const QString &message)
{
    showFailure(message);
}

void MainWindow::showSettingsProblem(const QString &message)
{
    if (!m_problemBox) {
        m_problemBox = new QMessageBox(QMessageBox::Warning, tr("Connection problem"), QString(),
                                       QMessageBox::Close, this);
        m_problemBox->setObjectName(u"connectionProblemBox"_s);
        m_problemBox->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *open = m_problemBox->addButton(tr("Open settings…"), QMessageBox::AcceptRole);
        open->setObjectName(u"openSettingsButton"_s);
        m_problemBox->setDefaultButton(open);
        connect(open, &QPushButton::clicked, this, &MainWindow::settingsRequested);
    }
    m_problemBox->setText(message);
    m_problemBox->open(); // window-modal, no nested event loop
}

void MainWindow::recreatePanes()
{
    const Pane shown = currentPane();
    StorefrontPane *oldStorefront = m_storefront;
    MerchantPane *oldMerchant = m_merchant;
    m_storefront = new StorefrontPane;
    m_merchant = new MerchantPane;
    m_ui->paneStack->insertWidget(Storefront, m_storefront);
    m_ui->paneStack->insertWidget(Merchant, m_merchant);
    // Deleted now, not later: they hold pointers into services that may be deleted right after.
    delete oldStorefront;
    delete oldMerchant;
    m_panesAttached = false;
    m_ui->paneStack->setCurrentIndex(shown);
    showPane(shown);
    Q_EMIT panesRecreated();
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
    if (event->type() == QEvent::LanguageChange)
        retranslate(); // the panes retranslate themselves in place
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->paneList->item(Storefront)->setText(tr("Storefront"));
    m_ui->paneList->item(Merchant)->setText(tr("Merchant"));
    m_settingsButton->setText(tr("Settings…"));
    updateStatus();
}

void MainWindow::updateStatus()
{
    switch (m_state) {
    case State::Waiting:
        setConnectionDescription(tr("Connecting…"));
        break;
    case State::Ready:
        setConnectionDescription(m_composition ? m_composition->connectionDescription() : QString());
        break;
    case State::Failed:
        setConnectionDescription(tr("Not connected"));
        break;
    }
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
