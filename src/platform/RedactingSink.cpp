// SPDX-License-Identifier: MIT
#include "platform/RedactingSink.h"

#include "platform/Redactor.h"

#include <spdlog/pattern_formatter.h>
#include <string>
#include <utility>

namespace commercedesk::platform {

RedactingSink::RedactingSink(std::shared_ptr<const Redactor> redactor, std::vector<spdlog::sink_ptr> children)
    : m_redactor(std::move(redactor))
    , m_children(std::move(children))
{}

void RedactingSink::sink_it_(const spdlog::details::log_msg &msg)
{
    const std::string redacted =
        m_redactor->redactUtf8(std::string_view(msg.payload.data(), msg.payload.size()));
    spdlog::details::log_msg safe = msg;
    safe.payload = spdlog::string_view_t(redacted.data(), redacted.size());
    for (const auto &child : m_children) {
        if (child->should_log(safe.level))
            child->log(safe);
    }
}

void RedactingSink::flush_()
{
    for (const auto &child : m_children)
        child->flush();
}

void RedactingSink::set_pattern_(const std::string &pattern)
{
    set_formatter_(std::make_unique<spdlog::pattern_formatter>(pattern));
}

void RedactingSink::set_formatter_(std::unique_ptr<spdlog::formatter> formatter)
{
    for (const auto &child : m_children)
        child->set_formatter(formatter->clone());
    formatter_ = std::move(formatter);
}

} // namespace commercedesk::platform
