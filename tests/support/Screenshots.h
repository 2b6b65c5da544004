// SPDX-License-Identifier: MIT
#pragma once
// Test helper: screenshots only where COMMERCEDESK_SCREENSHOT_DIR says. A GUI suite calls saveScreenshot()
// where a person may want to look at the result; without the environment variable nothing is written, so a
// plain test run leaves no files behind. Header-only.

#include <QDir>
#include <QString>
#include <QWidget>
#include <QtGlobal>

namespace commercedesk::testsupport {

/// Saves `widget` as `name` (a file name, ".png" added when missing) into the directory named by the
/// environment variable COMMERCEDESK_SCREENSHOT_DIR, creating the directory. Returns whether a file was
/// saved: false when the variable is unset or empty (nothing written) or when saving failed (warned).
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("COMMERCEDESK_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return false;
    QString file = name;
    if (!file.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        file += QLatin1String(".png");
    if (!QDir().mkpath(dir)) {
        qWarning("screenshot: cannot create %s", qPrintable(dir));
        return false;
    }
    const QString path = QDir(dir).filePath(file);
    if (!widget->grab().save(path, "PNG")) {
        qWarning("screenshot: cannot save %s", qPrintable(path));
        return false;
    }
    qInfo("screenshot: %s", qPrintable(path));
    return true;
}

} // namespace commercedesk::testsupport
