// SPDX-License-Identifier: MIT
#include "app/NoticeBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_action(new QToolButton(this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(u"noticeBar"_s);
    setProperty("noticeBar", true);
    m_label->setObjectName(u"noticeLabel"_s);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(u"noticeActionButton"_s);
    m_action->hide();
    m_dismiss->setObjectName(u"noticeDismissButton"_s);
    m_dismiss->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    connect(m_action, &QToolButton::clicked, this, &NoticeBar::actionTriggered);
    connect(m_dismiss, &QToolButton::clicked, this, [this] {
        dismiss();
        Q_EMIT dismissed();
    });
    retranslate();
    hide();
}

void NoticeBar::showNotice(std::function<QString()> text, bool warning)
{
    showNotice(std::move(text), warning, {});
}

void NoticeBar::showNotice(std::function<QString()> text, bool warning, std::function<QString()> actionText)
{
    m_text = std::move(text);
    m_actionText = std::move(actionText);
    m_action->setVisible(bool(m_actionText));
    // A property selector: the owner may rename the bar (objectName) and it keeps its look; the label and
    // the button inside keep their own.
    setStyleSheet(warning ? u"[noticeBar=\"true\"] { background: #fff4e5; border: 1px solid #f0b35c; "
                            u"border-radius: 4px; }"_s
                          : u"[noticeBar=\"true\"] { background: #e8f4ea; border: 1px solid #8cc796; "
                            u"border-radius: 4px; }"_s);
    retranslate();
    show();
}

void NoticeBar::dismiss()
{
    m_text = {};
    m_actionText = {};
    m_action->hide();
    m_label->clear();
    hide();
}

QString NoticeBar::text() const
{
    return m_label->text();
}

void NoticeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void NoticeBar::retranslate()
{
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Hide this notice"));
    if (m_text)
        m_label->setText(m_text());
    if (m_actionText)
        m_action->setText(m_actionText());
}

} // namespace commercedesk::app
