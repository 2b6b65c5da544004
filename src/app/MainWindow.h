// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
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
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Pane { Storefront, Merchant };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    StorefrontPane *storefront() const { return m_storefront; }
    MerchantPane *merchant() const { return m_merchant; }

    /// Shows the composition's connection and hands its services to the panes once the backend is ready.
    void attach(Composition *composition);
    void showPane(Pane pane);
    /// The pane shown now (for remembering it across runs).
    Pane currentPane() const;
    void setConnectionDescription(const QString &text);

Q_SIGNALS:
    /// The user asked for the settings dialog (Ctrl+, or the status bar's Settings button).
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addPane(QWidget *pane, const QString &title, const QString &iconName);

    std::unique_ptr<Ui::MainWindow> m_ui;
    StorefrontPane *m_storefront;
    MerchantPane *m_merchant;
    QLabel *m_connectionLabel;
    QToolButton *m_settingsButton = nullptr;
};

} // namespace commercedesk::app
