// SPDX-License-Identifier: MIT
#include "platform/CredentialResult.h"

#include <utility>

namespace commercedesk::platform {

CredentialResult CredentialResult::success(QString secret)
{
    CredentialResult result;
    result.m_secret = std::move(secret);
    return result;
}

CredentialResult CredentialResult::failure(CredentialError error)
{
    CredentialResult result;
    result.m_error = std::move(error);
    return result;
}

CredentialResult CredentialResult::failure(CredentialError::Kind kind, QString message)
{
    return failure(CredentialError{kind, std::move(message)});
}

} // namespace commercedesk::platform
