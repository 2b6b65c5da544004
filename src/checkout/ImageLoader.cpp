// SPDX-License-Identifier: MIT
#include "checkout/ImageLoader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace commercedesk::checkout {

namespace {

constexpr int kRequestTimeoutMs = 15000;

QImage decode(const QByteArray &bytes)
{
    QImage image = QImage::fromData(bytes);
    if (image.width() > ImageLoader::kMaxSide || image.height() > ImageLoader::kMaxSide)
        image = image.scaled(ImageLoader::kMaxSide, ImageLoader::kMaxSide, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    return image;
}

} // namespace

ImageLoader::ImageLoader(QNetworkAccessManager *network, QString diskCacheDir, QObject *parent)
    : QObject(parent)
    , m_diskDir(std::move(diskCacheDir))
    , m_network(network)
{
    m_pool.setMaxThreadCount(2);
    m_memory.setMaxCost(kDefaultMemoryLimit);
    if (!m_diskDir.isEmpty())
        QDir().mkpath(m_diskDir);
}

ImageLoader::~ImageLoader()
{
    m_pool.waitForDone();
}

void ImageLoader::setMemoryLimit(qint64 bytes)
{
    m_memory.setMaxCost(bytes);
}

QImage ImageLoader::cachedImage(const QUrl &url) const
{
    const QImage *image = m_memory.object(url);
    return image ? *image : QImage();
}

QImage ImageLoader::image(const QUrl &url)
{
    if (const QImage *cached = m_memory.object(url))
        return *cached;
    if (url.isValid() && !m_inFlight.contains(url) && !m_failed.contains(url)) {
        m_inFlight.insert(url);
        if (m_diskDir.isEmpty())
            download(url);
        else
            readFromDisk(url);
    }
    return {};
}

QString ImageLoader::diskPath(const QUrl &url) const
{
    const QByteArray hash = QCryptographicHash::hash(url.toEncoded(), QCryptographicHash::Sha1).toHex();
    return m_diskDir + u'/' + QString::fromLatin1(hash) + u".img"_s;
}

void ImageLoader::readFromDisk(const QUrl &url)
{
    const QString path = diskPath(url);
    m_pool.start([this, url, path] {
        QImage image;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            image = decode(file.readAll());
        QMetaObject::invokeMethod(
            this,
            [this, url, image] {
                if (image.isNull())
                    download(url);
                else
                    finish(url, image);
            },
            Qt::QueuedConnection);
    });
}

void ImageLoader::download(const QUrl &url)
{
    ++m_networkLoads;
    QNetworkRequest request(url);
    request.setTransferTimeout(kRequestTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
            finish(url, {});
            return;
        }
        decodeDownloaded(url, reply->readAll());
    });
}

void ImageLoader::decodeDownloaded(const QUrl &url, const QByteArray &bytes)
{
    const QString path = m_diskDir.isEmpty() ? QString() : diskPath(url);
    m_pool.start([this, url, bytes, path] {
        const QImage image = decode(bytes);
        if (!image.isNull() && !path.isEmpty()) {
            QSaveFile file(path);
            if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size())
                file.commit();
        }
        QMetaObject::invokeMethod(
            this, [this, url, image] { finish(url, image); }, Qt::QueuedConnection);
    });
}

void ImageLoader::finish(const QUrl &url, const QImage &image)
{
    m_inFlight.remove(url);
    if (image.isNull()) {
        m_failed.insert(url);
        Q_EMIT imageFailed(url);
        return;
    }
    m_memory.insert(url, new QImage(image), qMax<qsizetype>(1, image.sizeInBytes()));
    Q_EMIT imageReady(url);
}

} // namespace commercedesk::checkout
