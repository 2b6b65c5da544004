// SPDX-License-Identifier: MIT
#include "app/merchant/DeskPrompter.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

DeskPrompter::DeskPrompter(QObject *parent)
    : QObject(parent)
{}

void DeskPrompter::ask(QWidget *parent, const Question &question, std::function<void(bool)> answer)
{
    Q_EMIT asked(question.objectName, question.text);
    if (m_nextAnswer) {
        const bool yes = *m_nextAnswer;
        m_nextAnswer.reset();
        QTimer::singleShot(0, parent, [answer, yes] { answer(yes); });
        return;
    }
    auto *box = new QMessageBox(question.warning ? QMessageBox::Warning : QMessageBox::Question,
                                question.title, question.text, QMessageBox::NoButton, parent);
    box->setObjectName(question.objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes =
        box->addButton(question.yesText.isEmpty() ? tr("Yes") : question.yesText, QMessageBox::YesRole);
    yes->setObjectName(u"yesButton"_s);
    QPushButton *no = box->addButton(tr("Don't"), QMessageBox::NoRole);
    no->setObjectName(u"noButton"_s);
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    // Exactly once: the button that closed the box decides; closing it any other way is No.
    connect(box, &QMessageBox::finished, parent, [box, yes, answer] { answer(box->clickedButton() == yes); });
    box->open();
}

} // namespace commercedesk::app
