// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace commercedesk::core {

struct ImageDimensions
{
    int w = 0;
    int h = 0;

    friend bool operator==(const ImageDimensions &, const ImageDimensions &) = default;
};

// A product image hosted elsewhere; url is absolute (https://...).
struct Image
{
    QString url;
    ImageDimensions dimensions;
    std::optional<QString> label;

    friend bool operator==(const Image &, const Image &) = default;
};

} // namespace commercedesk::core
