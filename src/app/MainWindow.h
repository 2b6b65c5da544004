// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QLabel;
class QMessageBox;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace commercedesk::app {

class StorefrontPane;
class MerchantPane;

/// A thin shell: the pane navigation, the two panes, and the connection shown in the status bar. It knows
/// no service and no composition: the composition root (app::Composition) builds the panes with their
/// services and hands them over with setPanes(), and tells the connection state. Ctrl+1/Ctrl+2 switch
/// panes, Ctrl+F focuses the search, Ctrl+, asks for the settings. A language change retranslates the
/// window; the panes retranslate themselves in place.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Pane { Storefront, Merchant };

    /// Starts with panes that wait for a connection.
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    StorefrontPane *storefront() const { return m_storefront; }
    MerchantPane *merchant() const { return m_merchant; }

    /// Takes both panes (owned from now on) in place of the current ones, which are deleted at once — so no
    /// pane outlives the services it was built with when the root deletes those right after — and keeps
    /// the pane shown. panesRecreated() follows.
    void setPanes(StorefrontPane *storefront, MerchantPane *merchant);
    void showPane(Pane pane);
    /// The pane shown now (for remembering it across runs).
    Pane currentPane() const;

    /// The status bar says "Connecting…".
    void showConnecting();
    /// The status bar shows what `describe` returns (asked again after a language change) and a
    /// connection problem box, if one is open, closes.
    void showConnected(std::function<QString()> describe);
    /// Fresh panes that show `message` instead of their content, and "Not connected" in the status bar
    /// (a backend that failed, or no profile active yet).
    void showNotConnected(const QString &message);
    /// A window-modal box with `message` and a button that opens the settings (settingsRequested()).
    void showSettingsProblem(const QString &message);

Q_SIGNALS:
    /// The user asked for the settings dialog (Ctrl+, or the status bar's Settings button, or the button of
    /// a connection problem).
    void settingsRequested();
    /// storefront() and merchant() are new objects now.
    void panesRecreated();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State { Waiting, Ready, Failed };

    void addPane(QWidget *pane, const QString &title, const QString &iconName);
    void retranslate();
    void updateStatus();

    std::unique_ptr<Ui::MainWindow> m_ui;
    StorefrontPane *m_storefront;
    MerchantPane *m_merchant;
    QLabel *m_connectionLabel;
    QToolButton *m_settingsButton = nullptr;
    QPointer<QMessageBox> m_problemBox;
    State m_state = State::Waiting;
    std::function<QString()> m_describe;
};

} // namespace commercedesk::app
