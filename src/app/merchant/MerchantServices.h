// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace commercedesk::merchant {
class MerchantContext;
}

namespace commercedesk::app {

class DeskPrompter;

/// What the seller's pane works with, built by the composition root (app::Backend) and handed to the
/// MerchantPane's constructor. Nothing is owned by the pane; each must outlive it. Without `context` the
/// pane shows `unavailableReason` (or that it is connecting) and offers no desk; without `prompter` it
/// asks with its own DeskPrompter.
struct MerchantServices
{
    merchant::MerchantContext *context = nullptr;
    DeskPrompter *prompter = nullptr;
    QString unavailableReason;
};

} // namespace commercedesk::app
