// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace commercedesk::sandbox {

enum class HttpMethod { Get, Head, Post, Put, Delete, Patch, Options, Other };

// "GET", "POST", ... (for Allow headers and messages).
QString methodName(HttpMethod method);

} // namespace commercedesk::sandbox
