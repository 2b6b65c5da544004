// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace commercedesk::app {

/// A one-line label that gives way in a crowded bar: it shows as much of its text as fits, with "…" in the
/// middle (an e-mail keeps its start and its domain), and the whole text in its tooltip. Its minimum width
/// is small, so a long value never widens the window.
class ElidedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_full;
};

} // namespace commercedesk::app
