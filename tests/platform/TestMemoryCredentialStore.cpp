// SPDX-License-Identifier: MIT
#include "CallbackRecorder.h"
#include "platform/MemoryCredentialStore.h"

#include <QScopeGuard>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace commercedesk::platform;

class TestMemoryCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversQueuedExactlyOnce();
    void roundTripInCallOrder();
    void keysDoNotCollide();
    void removingMissingKeySucceeds();
    void noCallbackAfterContextDestroyed();
    void deliversInContextThread();
    void rejectsInvalidKey();
    void acceptsNullCallback();
};

void TestMemoryCredentialStore::deliversQueuedExactlyOnce()
{
    MemoryCredentialStore store;
    CallbackRecorder first;
    store.write(CredentialKey::clientSecret(u"p"_s, u"c"_s), u"s1"_s, &first, first.callback());
    QCOMPARE(first.results.size(), 0); // never from inside the call

    QTRY_COMPARE(first.results.size(), 1);
    QVERIFY(first.results.at(0).isOk());

    // Deliveries are queued in order: once a later call has called back, a duplicate of the first would have
    // too.
    CallbackRecorder sentinel;
    store.read(CredentialKey::clientSecret(u"p"_s, u"c"_s), &sentinel, sentinel.callback());
    QTRY_COMPARE(sentinel.results.size(), 1);
    QCOMPARE(first.results.size(), 1);
    QCOMPARE(sentinel.results.at(0).secret(), u"s1"_s);
}

void TestMemoryCredentialStore::roundTripInCallOrder()
{
    MemoryCredentialStore store;
    CallbackRecorder recorder;
    const auto key = CredentialKey::refreshToken(u"prod"_s, u"storefront"_s);
    store.write(key, u"first"_s, &recorder, recorder.callback());
    store.read(key, &recorder, recorder.callback());
    store.write(key, u"second"_s, &recorder, recorder.callback());
    store.read(key, &recorder, recorder.callback());
    store.remove(key, &recorder, recorder.callback());
    store.read(key, &recorder, recorder.callback());

    QTRY_COMPARE(recorder.results.size(), 6);
    QVERIFY(recorder.results.at(0).isOk());
    QCOMPARE(recorder.results.at(1).secret(), u"first"_s);
    QVERIFY(recorder.results.at(2).isOk());
    QCOMPARE(recorder.results.at(3).secret(), u"second"_s);
    QVERIFY(recorder.results.at(4).isOk());
    QVERIFY(recorder.results.at(5).is(CredentialError::Kind::NotFound));
    QVERIFY(recorder.results.at(5).error().message.contains(key.name()));
    QCOMPARE(store.size(), 0);
}

void TestMemoryCredentialStore::keysDoNotCollide()
{
    MemoryCredentialStore store;
    CallbackRecorder recorder;
    const auto secret = CredentialKey::clientSecret(u"prod"_s, u"merchant"_s);
    const auto token = CredentialKey::refreshToken(u"prod"_s, u"merchant"_s);
    const auto otherProfile = CredentialKey::clientSecret(u"staging"_s, u"merchant"_s);
    store.write(secret, u"A"_s, &recorder, recorder.callback());
    store.write(token, u"B"_s, &recorder, recorder.callback());
    store.read(secret, &recorder, recorder.callback());
    store.read(token, &recorder, recorder.callback());
    store.read(otherProfile, &recorder, recorder.callback());

    QTRY_COMPARE(recorder.results.size(), 5);
    QCOMPARE(recorder.results.at(2).secret(), u"A"_s);
    QCOMPARE(recorder.results.at(3).secret(), u"B"_s);
    QVERIFY(recorder.results.at(4).is(CredentialError::Kind::NotFound));
}

void TestMemoryCredentialStore::removingMissingKeySucceeds()
{
    MemoryCredentialStore store;
    CallbackRecorder recorder;
    store.remove(CredentialKey::clientSecret(u"p"_s, u"missing"_s), &recorder, recorder.callback());
    QTRY_COMPARE(recorder.results.size(), 1);
    QVERIFY(recorder.results.at(0).isOk());
}

void TestMemoryCredentialStore::noCallbackAfterContextDestroyed()
{
    MemoryCredentialStore store;
    int lateCalls = 0;
    auto context = std::make_unique<QObject>();
    store.write(CredentialKey::clientSecret(u"p"_s, u"c"_s), u"s"_s, context.get(),
                [&lateCalls](const CredentialResult &) { ++lateCalls; });
    store.read(CredentialKey::clientSecret(u"p"_s, u"c"_s), context.get(),
               [&lateCalls](const CredentialResult &) { ++lateCalls; });
    context.reset(); // the pane closes while both calls are pending

    CallbackRecorder sentinel;
    store.read(CredentialKey::clientSecret(u"p"_s, u"c"_s), &sentinel, sentinel.callback());
    QTRY_COMPARE(sentinel.results.size(), 1);
    QCOMPARE(sentinel.results.at(0).secret(), u"s"_s); // the write itself did happen
    QCOMPARE(lateCalls, 0);
}

void TestMemoryCredentialStore::deliversInContextThread()
{
    MemoryCredentialStore store;
    QThread worker;
    worker.start();
    QObject context;
    context.moveToThread(&worker);
    const auto stopWorker = qScopeGuard([&worker] {
        worker.quit();
        worker.wait();
    });
    std::atomic<QThread *> callbackThread = nullptr;
    store.write(CredentialKey::clientSecret(u"p"_s, u"c"_s), u"s"_s, &context,
                [&callbackThread](const CredentialResult &) { callbackThread = QThread::currentThread(); });
    QTRY_VERIFY(callbackThread.load() != nullptr);
    QCOMPARE(callbackThread.load(), &worker);
}

void TestMemoryCredentialStore::rejectsInvalidKey()
{
    MemoryCredentialStore store;
    CallbackRecorder recorder;
    store.write(CredentialKey(), u"s"_s, &recorder, recorder.callback());
    QCOMPARE(recorder.results.size(), 0);
    QTRY_COMPARE(recorder.results.size(), 1);
    QVERIFY(recorder.results.at(0).is(CredentialError::Kind::Other));
    QCOMPARE(store.size(), 0);
}

void TestMemoryCredentialStore::acceptsNullCallback()
{
    MemoryCredentialStore store;
    CallbackRecorder recorder;
    const auto key = CredentialKey::clientSecret(u"p"_s, u"c"_s);
    store.write(key, u"fire-and-forget"_s, &recorder, {});
    store.read(key, &recorder, recorder.callback());
    QTRY_COMPARE(recorder.results.size(), 1);
    QCOMPARE(recorder.results.at(0).secret(), u"fire-and-forget"_s);
}

QTEST_GUILESS_MAIN(TestMemoryCredentialStore)
#include "TestMemoryCredentialStore.moc"
