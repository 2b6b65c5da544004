// SPDX-License-Identifier: MIT
// app.ErrorPresenter: the orchestrator's error codes (docs/orchestrator-api.yaml `Error`) become clear words,
// read from the orchestrator's real error bodies by the api layer, and the status fallbacks stay.

#include "api/NetworkReplies.h"
#include "app/ErrorPresenter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;

namespace {

/// What the transport makes of an orchestrator error answer.
api::ApiError fromOrchestrator(int status, const QString &code, const QByteArray &details = "{}")
{
    api::HttpResponse response;
    response.status = status;
    response.correlationId = u"corr-1"_s;
    response.body = "{\"status\":" + QByteArray::number(status) + ",\"code\":\"" + code.toLatin1() +
                    "\",\"message\":\"English detail\",\"correlationId\":\"corr-1\",\"details\":" + details +
                    "}";
    return api::errorFromHttp(response);
}

} // namespace

class TestErrorPresenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orchestratorShapeIsRead()
    {
        const api::ApiError error =
            fromOrchestrator(409, u"ConcurrentModification"_s, "{\"currentVersion\":7}");
        QVERIFY(error.kind == api::ApiError::Kind::Http);
        QCOMPARE(error.code, u"ConcurrentModification"_s);
        QCOMPARE(error.message, u"English detail"_s);
        QCOMPARE(error.currentVersion, std::optional<qint64>(7));
        QVERIFY(error.isConcurrentModification());
        QVERIFY(fromOrchestrator(401, u"InvalidSession"_s).isInvalidToken());
        QVERIFY(!fromOrchestrator(401, u"InvalidCredentials"_s).isInvalidToken());
    }

    void codesHaveTheirOwnWords_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("details");
        QTest::addColumn<QString>("expected");
        QTest::newRow("session") << 401 << u"InvalidSession"_s << "{}"_ba << u"Sign in again"_s;
        QTest::newRow("credentials") << 401 << u"InvalidCredentials"_s << "{}"_ba << u"password is wrong"_s;
        QTest::newRow("sign in") << 403 << u"SignInRequired"_s << "{}"_ba << u"Sign in to do that"_s;
        QTest::newRow("associate") << 403 << u"AssociateMissingPermission"_s << "{}"_ba
                                   << u"role in this business unit"_s;
        QTest::newRow("declined") << 409 << u"AuthorizationNotApproved"_s << "{}"_ba << u"not approved"_s;
        QTest::newRow("mismatch") << 409 << u"AuthorizationMismatch"_s << "{}"_ba << u"Pay again"_s;
        QTest::newRow("no auth") << 404 << u"AuthorizationNotFound"_s << "{}"_ba
                                 << u"not found at the payment"_s;
        QTest::newRow("gateway") << 502 << u"GatewayUnavailable"_s << "{}"_ba << u"Card payments are not"_s;
        QTest::newRow("ordered") << 409 << u"CartAlreadyOrdered"_s << "{}"_ba << u"already been ordered"_s;
        QTest::newRow("action") << 403 << u"ActionNotAllowed"_s << "{}"_ba << u"does not allow this change"_s;
        QTest::newRow("rate") << 429 << u"RateLimited"_s << "{\"retryAfterSeconds\":30}"_ba << u"Wait 30"_s;
        QTest::newRow("upstream") << 504 << u"UpstreamTimeout"_s << "{}"_ba << u"commerce platform is busy"_s;
        QTest::newRow("refused") << 502 << u"UpstreamRefused"_s << "{}"_ba << u"setup needs attention"_s;
        QTest::newRow("email taken") << 400 << u"DuplicateField"_s << "{\"field\":\"email\"}"_ba
                                     << u"already exists"_s;
        // Codes without words of their own keep the status's words.
        QTest::newRow("not found") << 404 << u"NotFound"_s << "{}"_ba << u"no longer exists"_s;
        QTest::newRow("conflict") << 409 << u"ConcurrentModification"_s << "{}"_ba << u"changed it"_s;
    }

    void codesHaveTheirOwnWords()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QByteArray, details);
        QFETCH(QString, expected);
        const QString text = app::ErrorPresenter::describe(fromOrchestrator(status, code, details));
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY2(text.contains(u"corr-1"_s), qPrintable(text)); // the reference for support
        QVERIFY2(!text.contains(u"English detail"_s) || code == u"NotFound"_s, qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestErrorPresenter)
#include "TestErrorPresenter.moc"
