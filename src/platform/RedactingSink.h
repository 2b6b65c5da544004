// SPDX-License-Identifier: MIT
#pragma once

// Internal to commercedesk_platform: includes spdlog. Other layers log through Qt categories instead.

#include <memory>
#include <mutex>
#include <spdlog/sinks/base_sink.h>
#include <vector>

namespace commercedesk::platform {

class Redactor;

// A spdlog sink that redacts every message's payload and then hands it to its child sinks, so no child can
// see unredacted text. The pattern/formatter set on it is forwarded to the children (like spdlog's
// dist_sink), and each child keeps its own level. Thread-safe (base_sink<std::mutex>); the children are only
// reached through it.
class RedactingSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    RedactingSink(std::shared_ptr<const Redactor> redactor, std::vector<spdlog::sink_ptr> children);

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override;
    void flush_() override;
    void set_pattern_(const std::string &pattern) override;
    void set_formatter_(std::unique_ptr<spdlog::formatter> formatter) override;

private:
    std::shared_ptr<const Redactor> m_redactor;
    std::vector<spdlog::sink_ptr> m_children;
};

} // namespace commercedesk::platform
