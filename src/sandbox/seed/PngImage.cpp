// SPDX-License-Identifier: MIT
#include "sandbox/seed/PngImage.h"

#include <QCryptographicHash>
#include <QList>
#include <QStringList>
#include <QtEndian>

#include <array>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xffffffffu;
    for (char byte : data)
        c = table[(c ^ static_cast<quint8>(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

QByteArray be32(quint32 v)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(v, out.data());
    return out;
}

QByteArray chunk(const char *type, const QByteArray &data)
{
    const QByteArray typed = QByteArray(type, 4) + data;
    return be32(static_cast<quint32>(data.size())) + typed + be32(crc32(typed));
}

struct Rgb
{
    int r, g, b;
};

Rgb tintFor(const QString &name)
{
    static const QList<QPair<QString, Rgb>> colours{
        {u"black"_s, {40, 40, 44}},   {u"white"_s, {236, 236, 230}}, {u"navy"_s, {30, 50, 110}},
        {u"red"_s, {200, 40, 45}},    {u"green"_s, {50, 140, 70}},   {u"grey"_s, {140, 140, 145}},
        {u"blue"_s, {50, 110, 200}},  {u"yellow"_s, {240, 200, 40}}, {u"orange"_s, {240, 130, 30}},
        {u"sand"_s, {210, 190, 150}}, {u"oak"_s, {170, 120, 70}},    {u"silver"_s, {190, 195, 200}}};
    const QStringList parts = name.split(u'-');
    for (const auto &c : colours) {
        if (parts.contains(c.first))
            return c.second;
    }
    const QByteArray h = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5);
    return {80 + static_cast<quint8>(h.at(0)) % 150, 80 + static_cast<quint8>(h.at(1)) % 150,
            80 + static_cast<quint8>(h.at(2)) % 150};
}

} // namespace

QByteArray PngImage::encode(int width, int height, const QByteArray &rgb)
{
    QByteArray raw;
    raw.reserve((width * 3 + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw.append('\0'); // filter: none
        raw.append(rgb.constData() + qsizetype(y) * width * 3, width * 3);
    }
    QByteArray ihdr = be32(static_cast<quint32>(width)) + be32(static_cast<quint32>(height));
    ihdr.append(char(8)).append(char(2)).append(char(0)).append(char(0)).append(char(0));
    const QByteArray zlib = qCompress(raw, 6).mid(4); // drop Qt's 4-byte length prefix
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) + chunk("IDAT", zlib) + chunk("IEND", {});
}

QByteArray PngImage::productImage(const QString &name)
{
    const Rgb tint = tintFor(name);
    QByteArray rgb(Size * Size * 3, Qt::Uninitialized);
    for (int y = 0; y < Size; ++y) {
        for (int x = 0; x < Size; ++x) {
            const bool inner = x > Size / 5 && x < Size * 4 / 5 && y > Size / 5 && y < Size * 4 / 5;
            const int shade = inner ? 0 : 40 + (x + y) % 24;
            const int mix = inner ? 0 : 1;
            char *px = rgb.data() + (qsizetype(y) * Size + x) * 3;
            px[0] = static_cast<char>(mix ? 245 - shade / 2 : tint.r);
            px[1] = static_cast<char>(mix ? 245 - shade / 2 : tint.g);
            px[2] = static_cast<char>(mix ? 245 - shade / 2 : tint.b);
        }
    }
    return encode(Size, Size, rgb);
}

} // namespace commercedesk::sandbox
