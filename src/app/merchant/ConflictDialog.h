// SPDX-License-Identifier: MIT
#pragma once

#include "merchant/OrderConflict.h"

#include <QDialog>

namespace commercedesk::app {

/// Shows what changed on an order since the seller looked at it (after a 409) and offers "Apply again" on
/// the current version. Non-modal use: open(); accepted() means apply again.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const merchant::OrderConflict &conflict, const QString &actionText,
                   QWidget *parent = nullptr);

    const merchant::OrderConflict &conflict() const { return m_conflict; }
    /// Translated name of a FieldChange field identifier.
    static QString fieldName(const QString &field);

private:
    merchant::OrderConflict m_conflict;
};

} // namespace commercedesk::app
