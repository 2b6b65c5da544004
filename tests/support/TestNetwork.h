// SPDX-License-Identifier: MIT
#pragma once
// Test helper: the network access manager a test process's API sessions share, as the app's composition
// root shares one (api::ApiSession takes it from its builder). Header-only. Created on first use as a child
// of the application object, so it lives until the application ends — after every test object.

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace commercedesk::testsupport {

inline QNetworkAccessManager *testNetwork()
{
    static QNetworkAccessManager *network = new QNetworkAccessManager(QCoreApplication::instance());
    return network;
}

} // namespace commercedesk::testsupport
