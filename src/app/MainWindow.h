// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QMessageBox;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace commercedesk::app {

class Composition;
class StorefrontPane;
class MerchantPane;

/// A thin shell: the pane navigation, the panes, and the connection shown in the status bar. Panes are their
/// own classes; the window holds no logic of theirs. Ctrl+1/Ctrl+2 switch panes, Ctrl+F focuses the search.
/// When the composition switches backends the panes are replaced by fresh ones (the old ones, and every
/// pointer they hold into the old services, are deleted before those services are), so storefront() and
/// merchant() change then: panesRecreated() says so. On a language change the panes retranslate themselves
/// in place (the storefront's search text, cart and open checkout, the merchant desk's filters, selection,
/// sort and open order stay); no pane is replaced.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Pane { Storefront, Merchant };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    StorefrontPane *storefront() const { return m_storefront; }
    MerchantPane *merchant() const { return m_merchant; }

    /// Follows `composition` (not owned; may die before the window): shows its connection and hands its
    /// services to the panes whenever a backend is ready, drops them before it changes, and on
    /// Composition::settingsNeeded() shows the problem with a button that opens the settings.
    void attach(Composition *composition);
    void showPane(Pane pane);
    /// The pane shown now (for remembering it across runs).
    Pane currentPane() const;
    void setConnectionDescription(const QString &text);
    /// Shows `message` in both panes and "Not connected" in the status bar (e.g. before any profile is
    /// active).
    void showNotConnected(const QString &message);

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
    void recreatePanes();
    void attachServices();
    void attachMerchant();
    void showFailure(const QString &message);
    void showSettingsProblem(const QString &message);
    void retranslate();
    void updateStatus();

    std::unique_ptr<Ui::MainWindow> m_ui;
    StorefrontPane *m_storefront;
    MerchantPane *m_merchant;
    QLabel *m_connectionLabel;
    QToolButton *m_settingsButton = nullptr;
    QPointer<Composition> m_composition;
    QPointer<QMessageBox> m_problemBox;
    State m_state = State::Waiting;
    QString m_failure;
    bool m_panesAttached = false;
};

} // namespace commercedesk::app
