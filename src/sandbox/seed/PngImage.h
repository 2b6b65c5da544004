// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace commercedesk::sandbox {

// Tiny PNG encoder (8-bit RGB, zlib via qCompress) so the sandbox can serve product images without
// Qt Gui or downloads. Stateless and deterministic: the same name always gives the same bytes.
class PngImage
{
public:
    static constexpr int Size = 160;

    // A placeholder product picture tinted by the colour word in `name` ("…-navy-m" → navy), or by
    // a hash of the name when it has none.
    static QByteArray productImage(const QString &name);
    // Encodes `rgb` (width*height*3 bytes, row-major) as PNG.
    static QByteArray encode(int width, int height, const QByteArray &rgb);
};

} // namespace commercedesk::sandbox
