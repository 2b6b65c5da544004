// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace commercedesk::core {

/// The paging contract every list model follows (docs/architecture.md rule 6): a service fetches pages, the
/// model asks for the next one and appends exactly the rows of each page. A concrete source adds the typed
/// pageLoaded() signal (OrderPageSource). The model knows nothing of how pages are fetched.
///
/// Contract: reset() is emitted synchronously when the source starts over (a new filter or sort); the model
/// then drops its rows. fetchMore() asks for the next page unless canFetchMore() is false (a page is in
/// flight or the end was reached); a page arrives asynchronously. loadingChanged() follows every start and
/// end of a page request. Thread: the source's.
class PageSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual bool canFetchMore() const = 0;
    virtual void fetchMore() = 0;

Q_SIGNALS:
    void reset();
    void loadingChanged(bool loading);
};

} // namespace commercedesk::core
