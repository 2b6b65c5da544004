// SPDX-License-Identifier: MIT
#pragma once
// A minimal text extractor for the PDFs Qt's QPdfWriter produces (test code only): inflates every
// FlateDecode stream, reads each font's ToUnicode CMap (bfchar/bfrange), and decodes the hex glyph strings
// of the content streams with each map in turn. Good enough to assert that a phrase is on the page.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QtEndian>

namespace commercedesk::testsupport {

inline QList<QByteArray> pdfStreams(const QByteArray &pdf)
{
    QList<QByteArray> streams;
    qsizetype pos = 0;
    while ((pos = pdf.indexOf("stream", pos)) >= 0) {
        if (pos >= 3 && pdf.mid(pos - 3, 3) == "end") {
            pos += 6;
            continue;
        }
        qsizetype start = pos + 6;
        if (pdf.at(start) == '\r')
            ++start;
        if (pdf.at(start) == '\n')
            ++start;
        const qsizetype end = pdf.indexOf("endstream", start);
        if (end < 0)
            break;
        const QByteArray raw = pdf.mid(start, end - start);
        // Only streams whose dictionary names FlateDecode are compressed (the CMaps are plain text).
        const qsizetype dictStart = pdf.lastIndexOf(" obj", pos);
        const bool flate = dictStart >= 0 && pdf.mid(dictStart, pos - dictStart).contains("/FlateDecode");
        QByteArray inflated;
        if (flate) {
            QByteArray sized(4, '\0');
            qToBigEndian<quint32>(quint32(raw.size() * 20 + 1024), sized.data());
            inflated = qUncompress(sized + raw);
        }
        streams.append(inflated.isEmpty() ? raw : inflated);
        pos = end + 9;
    }
    return streams;
}

inline QString pdfText(const QByteArray &pdf)
{
    const QList<QByteArray> streams = pdfStreams(pdf);
    QList<QHash<quint32, QString>> maps;
    static const QRegularExpression pair(u"<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>"_qs);
    static const QRegularExpression range(
        u"<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*(\\[[^\\]]*\\]|<[0-9A-Fa-f]+>)"_qs);
    static const QRegularExpression hexToken(u"<([0-9A-Fa-f]+)>"_qs);
    for (const QByteArray &stream : streams) {
        if (!stream.contains("begincmap"))
            continue;
        QHash<quint32, QString> map;
        const QString text = QString::fromLatin1(stream);
        for (const QString &block : text.split(u"beginbfchar"_qs).mid(1)) {
            auto it = pair.globalMatch(block.section(u"endbfchar"_qs, 0, 0));
            while (it.hasNext()) {
                const auto match = it.next();
                map.insert(match.captured(1).toUInt(nullptr, 16),
                           QChar(char16_t(match.captured(2).toUInt(nullptr, 16))));
            }
        }
        for (const QString &block : text.split(u"beginbfrange"_qs).mid(1)) {
            auto it = range.globalMatch(block.section(u"endbfrange"_qs, 0, 0));
            while (it.hasNext()) {
                const auto match = it.next();
                const quint32 first = match.captured(1).toUInt(nullptr, 16);
                const quint32 last = match.captured(2).toUInt(nullptr, 16);
                const QString targets = match.captured(3);
                if (targets.startsWith(u'[')) { // one destination per code
                    auto t = hexToken.globalMatch(targets);
                    for (quint32 code = first; code <= last && t.hasNext(); ++code)
                        map.insert(code, QChar(char16_t(t.next().captured(1).toUInt(nullptr, 16))));
                    continue;
                }
                const quint32 target = targets.mid(1, targets.size() - 2).toUInt(nullptr, 16);
                for (quint32 code = first; code <= last && code - first < 4096; ++code)
                    map.insert(code, QChar(char16_t(target + code - first)));
            }
        }
        maps.append(map);
    }
    static const QRegularExpression glyphs(u"<([0-9A-Fa-f]+)>"_qs);
    QString out;
    for (const QByteArray &stream : streams) {
        if (stream.contains("begincmap") || !stream.contains("BT"))
            continue;
        for (const auto &map : std::as_const(maps)) {
            auto it = glyphs.globalMatch(QString::fromLatin1(stream));
            while (it.hasNext()) {
                const QString hex = it.next().captured(1);
                for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
                    out += map.value(hex.mid(i, 4).toUInt(nullptr, 16), u"?"_qs);
            }
            out += u'\n';
        }
    }
    return out;
}

} // namespace commercedesk::testsupport
