// SPDX-License-Identifier: MIT
// ImageLoader against the sandbox's generated product images on loopback: asynchronous load, one request per
// URL, memory LRU by bytes, the disk cache serving a new loader without the network, failures reported once.
#include "checkout/ImageLoader.h"
#include "sandbox/Sandbox.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;

class TestImageLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QNetworkAccessManager m_network;
    QTemporaryDir m_cache;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;

    QUrl imageUrl(const QString &file) const
    {
        QUrl url = m_sandbox->credentials().apiUrl;
        url.setPath(u"/images/"_s + file);
        return url;
    }

private Q_SLOTS:
    void initTestCase()
    {
        sandbox::SandboxConfig config;
        config.dataDir = m_data.path();
        m_sandbox = std::make_unique<sandbox::Sandbox>(config);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_sandbox.reset(); }

    void loadsOnceCachesInMemoryAndOnDisk()
    {
        const QString dir = m_cache.filePath(u"disk"_s);
        const QUrl url = imageUrl(u"app-tshirt-classic-nav-s.png"_s);
        {
            checkout::ImageLoader loader(&m_network, dir);
            QSignalSpy ready(&loader, &checkout::ImageLoader::imageReady);
            QSignalSpy failed(&loader, &checkout::ImageLoader::imageFailed);
            QVERIFY(loader.image(url).isNull()); // never synchronous
            QVERIFY(loader.isLoading(url));
            QVERIFY(loader.image(url).isNull()); // a second ask while in flight starts nothing
            QVERIFY2(ready.wait(10000) || !failed.isEmpty(), "no answer");
            QVERIFY2(failed.isEmpty(), qPrintable(url.toString()));
            QCOMPARE(ready.count(), 1);
            QCOMPARE(loader.networkLoads(), 1);
            const QImage image = loader.image(url);
            QVERIFY(!image.isNull());
            QVERIFY(loader.memoryUsed() >= image.sizeInBytes());
            QVERIFY(QFile::exists(loader.diskPath(url)));
        }
        checkout::ImageLoader second(&m_network, dir);
        QSignalSpy ready(&second, &checkout::ImageLoader::imageReady);
        QVERIFY(second.image(url).isNull());
        QVERIFY(ready.wait(10000));
        QVERIFY(!second.image(url).isNull());
        QCOMPARE(second.networkLoads(), 0); // served from the disk cache
    }

    void memoryIsBoundedByBytes()
    {
        checkout::ImageLoader loader{&m_network, QString()}; // no disk cache
        QSignalSpy ready(&loader, &checkout::ImageLoader::imageReady);
        const QList<QUrl> urls{imageUrl(u"app-tshirt-classic-nav-s.png"_s),
                               imageUrl(u"app-tshirt-classic-nav-m.png"_s),
                               imageUrl(u"app-tshirt-classic-nav-l.png"_s)};
        QVERIFY(loader.image(urls.at(0)).isNull());
        QVERIFY(ready.wait(10000));
        const qint64 one = loader.memoryUsed();
        QVERIFY(one > 0);
        loader.setMemoryLimit(one * 2); // room for two
        for (const QUrl &url : urls.mid(1))
            loader.image(url);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 3, 10000);
        QVERIFY(loader.memoryUsed() <= one * 2);
        QVERIFY(loader.cachedImage(urls.at(0)).isNull()); // the least recently used went
        QVERIFY(!loader.cachedImage(urls.at(2)).isNull());
    }

    void aMissingImageFailsOnceAndIsNotRetried()
    {
        checkout::ImageLoader loader(&m_network, m_cache.filePath(u"failures"_s));
        QSignalSpy failed(&loader, &checkout::ImageLoader::imageFailed);
        const QUrl url = imageUrl(u"Not_A_Product.png"_s); // not a valid image name: 404
        loader.image(url);
        QVERIFY(failed.wait(10000));
        QVERIFY(loader.image(url).isNull());
        QVERIFY(!loader.isLoading(url));
        // Barrier: a good image loaded after it. A retry or a second failure of the missing one would have
        // been processed by the time this one is ready.
        QSignalSpy ready(&loader, &checkout::ImageLoader::imageReady);
        const QUrl good = imageUrl(u"app-tshirt-classic-nav-s.png"_s);
        QVERIFY(loader.image(good).isNull());
        QVERIFY2(ready.wait(10000), "the barrier image did not load");
        QCOMPARE(failed.count(), 1);
        QCOMPARE(loader.networkLoads(), 2); // the missing image once, the good one once
    }
};

QTEST_GUILESS_MAIN(TestImageLoader)
#include "TestImageLoader.moc"
