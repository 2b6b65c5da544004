// SPDX-License-Identifier: MIT
#pragma once

#include "app/TextBinder.h"
#include "merchant/OrderConflict.h"

#include <QDialog>

namespace commercedesk::app {

/// Shows what changed on an order since the seller looked at it (after a 409) and offers "Apply again" on
/// the current version. Non-modal use: open(); accepted() means apply again. A language change retranslates
/// it in place.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(const merchant::OrderConflict &conflict, QWidget *parent = nullptr);

    const merchant::OrderConflict &conflict() const { return m_conflict; }
    /// Translated name of a FieldChange field identifier.
    static QString fieldName(const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    merchant::OrderConflict m_conflict;
    TextBinder m_texts;
};

} // namespace commercedesk::app
