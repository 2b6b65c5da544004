// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <vector>

namespace commercedesk::app {

/// The translated texts of one widget: bind() runs a setter now and again on every retranslate(), so a
/// language change re-sets each text in place — the widget is not rebuilt, and whatever the user typed,
/// chose or opened stays. Setters capture widgets owned by the same widget as the binder.
class TextBinder
{
public:
    void bind(std::function<void()> setter)
    {
        setter();
        m_setters.push_back(std::move(setter));
    }
    void retranslate() const
    {
        for (const auto &setter : m_setters)
            setter();
    }

private:
    std::vector<std::function<void()>> m_setters;
};

} // namespace commercedesk::app
