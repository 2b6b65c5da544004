// SPDX-License-Identifier: MIT
#pragma once
// Which server a shared scenario runs against. The scenarios check the real API's behaviour
// (api.yaml) and loosen a check ONLY for the LabdMock peer and only for a known deviation of that mock,
// named by `Deviation` (and in a comment) where it is tolerated. Against the Sandbox every check is strict.

#include "api/ConnectionConfig.h"

namespace commercedesk::conformance {

enum class Peer { Sandbox, LabdMock };

/// The deviations of @labdigital/commercetools-mock 4.4.0 that the scenarios tolerate, each in the words it
/// is known by.
enum class Deviation {
    VersionPerAction,             ///< "The version goes up by one per action"
    TotalPriceExcludesShipping,   ///< "totalPrice excludes the shipping price"
    CartStaysActiveAfterOrder,    ///< "the cart stays Active (real: Ordered)"
    SortIgnored,                  ///< "sort is ignored on every generic query endpoint"
    MeEndpointsNotScoped,         ///< "/me* endpoints are not scoped to the token's customer or anonymous id"
    BusinessUnitNotCopiedToOrder, ///< "businessUnit is not copied from the cart"
    /// NOT in the reference yet (found by this test, reported to the lead): `POST /me/payments` drops the
    /// MyPaymentDraft `transaction` (the mock's my-payment service reuses the admin repository, whose
    /// create() reads `draft.transactions`). Recorded with QEXPECT_FAIL, so the test turns red once the mock
    /// is fixed.
    MyPaymentTransactionDropped,
};

struct ScenarioSetup
{
    Peer peer = Peer::Sandbox;
    api::ConnectionConfig storefront; ///< a buyer client: anonymous sessions, manage_my_* scopes
    api::ConnectionConfig merchant;   ///< a merchant client: manage_orders
    QString shippingMethodKey;        ///< the method to choose among the matching ones (empty = default one)

    bool tolerates(Deviation) const { return peer == Peer::LabdMock; }
};

} // namespace commercedesk::conformance
