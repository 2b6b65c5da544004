// SPDX-License-Identifier: MIT
#include "api/json/JsonReader.h"

using namespace Qt::StringLiterals;

namespace commercedesk::api::json {

JsonReader::JsonReader(const JsonCursor &cursor)
    : m_cursor(cursor)
{
    if (m_cursor.isMissing())
        m_cursor.fail(u"missing required field"_s);
    else
        m_cursor.object();
}

} // namespace commercedesk::api::json
