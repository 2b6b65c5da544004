// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/ResourceQuery.h"
#include "core/Message.h"
#include "core/PagedResult.h"

namespace commercedesk::api {

class Transport;

/// The Messages query API (`/messages`, scope view_messages; must be enabled on the project). For a
/// complete walk use KeysetPager over "/messages". Jobs follow the ApiJob contract.
class MessageClient
{
public:
    explicit MessageClient(Transport *transport);

    Job<core::PagedResult<core::Message>> *query(const ResourceQuery &query);
    Job<core::Message> *byId(const QString &id);

private:
    Transport *m_transport;
};

} // namespace commercedesk::api
