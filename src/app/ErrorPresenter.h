// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QString>

namespace commercedesk::app {

/// The one place where an ApiError becomes words for the user (architecture rule 5): what went wrong and
/// what the user can do, translated. The correlation id is appended so support can find the request.
class ErrorPresenter
{
    Q_DECLARE_TR_FUNCTIONS(ErrorPresenter)

public:
    static QString describe(const api::ApiError &error);

private:
    static QString headline(const api::ApiError &error);
    /// The words for a `code` of the orchestrator's error shape (docs/orchestrator-api.yaml `Error`),
    /// including the commercetools codes it passes through; empty for a code without words of its own.
    static QString forCode(const api::ApiError &error);
};

} // namespace commercedesk::app
