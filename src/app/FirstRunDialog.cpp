// SPDX-License-Identifier: MIT
#include "app/FirstRunDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel)
    , m_text(new QLabel)
    , m_sandboxButton(new QPushButton)
    , m_projectButton(new QPushButton)
{
    setObjectName(u"firstRunDialog"_s);
    m_title->setObjectName(u"titleLabel"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setObjectName(u"textLabel"_s);
    m_text->setWordWrap(true);
    m_text->setMinimumWidth(480); // a readable line length; the buttons below widen the dialog as needed
    m_sandboxButton->setObjectName(u"sandboxButton"_s);
    m_sandboxButton->setDefault(true);
    m_sandboxButton->setAutoDefault(true);
    m_projectButton->setObjectName(u"projectButton"_s);
    m_projectButton->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_projectButton);
    buttons->addWidget(m_sandboxButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addStretch();
    layout->addLayout(buttons);
    connect(m_sandboxButton, &QPushButton::clicked, this, [this] { choose(Choice::BuiltInSandbox); });
    connect(m_projectButton, &QPushButton::clicked, this, [this] { choose(Choice::OwnProject); });
    retranslate();
    m_sandboxButton->setFocus();
}

void FirstRunDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

void FirstRunDialog::retranslate()
{
    setWindowTitle(tr("Welcome to CommerceDesk"));
    m_title->setText(tr("Welcome to CommerceDesk"));
    m_text->setText(tr("CommerceDesk can run on a built-in sandbox with a demo catalog, customers and "
                       "orders, right on this computer — nothing to set up. You can connect to your own "
                       "commercetools project at any time later in the settings."));
    m_sandboxButton->setText(tr("Try it on the built-in sandbox (recommended)"));
    m_projectButton->setText(tr("Connect to my commercetools project…"));
}

void FirstRunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace commercedesk::app
