// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/CustomerDraft.h"
#include "api/CustomerSignInResult.h"
#include "api/CustomerSignin.h"
#include "api/ResourceQuery.h"
#include "core/Customer.h"
#include "core/PagedResult.h"

namespace commercedesk::api {

class Transport;

/// The buyer's own customer account: `/me`, `/me/signup`, `/me/login` (needs a token with manage_my_profile;
/// login and signup take an anonymous-session token and merge its cart). Passwords are sent once in the
/// request body and never kept or logged. Jobs follow the ApiJob contract. Through an orchestrator only me()
/// is offered (`/v1/me`); sign-in and sign-up are the session provider's
/// (checkout::OrchestratorTokenProvider).
class CustomerClient
{
public:
    explicit CustomerClient(Transport *transport);

    Job<core::Customer> *me();
    /// GET /customers with `query` (a seller's client with view_customers), e.g. the buyers of orders.
    Job<core::PagedResult<core::Customer>> *customers(const ResourceQuery &query);
    /// POST — never retried by the transport.
    Job<CustomerSignInResult> *signUp(const CustomerDraft &draft);
    /// POST /me/login; a wrong password is 400 InvalidCredentials.
    Job<CustomerSignInResult> *signIn(const CustomerSignin &signin);

private:
    Transport *m_transport;
};

} // namespace commercedesk::api
