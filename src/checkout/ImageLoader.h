// SPDX-License-Identifier: MIT
#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QUrl>

class QNetworkAccessManager;

namespace commercedesk::checkout {

/// Product images for the storefront, loaded asynchronously and cached twice:
/// - in memory: an LRU of decoded images bounded by bytes (setMemoryLimit(); default 32 MiB);
/// - on disk: the downloaded bytes in `diskCacheDir` (one file per URL; empty = no disk cache).
/// Reading the disk, decoding and writing happen on this object's worker pool, never in the caller's
/// thread; the network request runs on the given QNetworkAccessManager (plain, no API token: image URLs
/// are public). Callers only ever see QImage values — never a network reply.
///
/// image() answers from memory at once; on a miss it starts one load per URL (repeated calls while it is in
/// flight do not start another) and imageReady(url) follows once, after which image(url) has it (until
/// evicted). A URL that failed to load is not retried until clearFailures(); imageFailed(url) fires once.
/// Create, use and destroy in one thread; the destructor waits for running workers (short file work).
class ImageLoader final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kDefaultMemoryLimit = 32 * 1024 * 1024;
    /// Images larger than this (either side) are scaled down before caching.
    static constexpr int kMaxSide = 512;

    /// `network` (not owned; must outlive the loader) carries the downloads.
    ImageLoader(QNetworkAccessManager *network, QString diskCacheDir, QObject *parent = nullptr);
    ~ImageLoader() override;

    /// The cached image, or a null QImage (a load is then started unless one is in flight or it failed).
    QImage image(const QUrl &url);
    /// Only the memory cache; never starts a load.
    QImage cachedImage(const QUrl &url) const;
    bool isLoading(const QUrl &url) const { return m_inFlight.contains(url); }

    void setMemoryLimit(qint64 bytes);
    qint64 memoryLimit() const { return m_memory.maxCost(); }
    qint64 memoryUsed() const { return m_memory.totalCost(); }
    void clearFailures() { m_failed.clear(); }

    /// The disk file that holds `url`'s bytes (whether or not it exists yet).
    QString diskPath(const QUrl &url) const;
    /// How many loads went to the network (not served from disk); for tests and diagnostics.
    int networkLoads() const { return m_networkLoads; }

Q_SIGNALS:
    void imageReady(const QUrl &url);
    void imageFailed(const QUrl &url);

private:
    void readFromDisk(const QUrl &url);
    void download(const QUrl &url);
    void decodeDownloaded(const QUrl &url, const QByteArray &bytes);
    void finish(const QUrl &url, const QImage &image);

    QString m_diskDir;
    QNetworkAccessManager *m_network;
    QThreadPool m_pool;
    QCache<QUrl, QImage> m_memory;
    QSet<QUrl> m_inFlight;
    QSet<QUrl> m_failed;
    int m_networkLoads = 0;
};

} // namespace commercedesk::checkout
