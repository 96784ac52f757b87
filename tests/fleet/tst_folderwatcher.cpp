#include "bundlefactory.h"
#include "countsmerger.h"
#include "crashguard.h"
#include "fleetreport.h"
#include "datafolder.h"
#include "folderwatcher.h"
#include "intereststats.h"
#include "kiosksettings.h"
#include "minisigntool.h"
#include "specialfiles.h"
#include "storedirectory.h"
#include "trustedkeys.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

// Kiosks sharing one watched folder, as three kiosks on one Syncthing folder do: each loads a
// new signed bundle, writes its status and its day's counts back, and the office merges them.
class TestFolderWatcher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void twoKiosksLoadReportAndMerge();
    void reportsNeverFollowALink();
    void theStatusCarriesTheKiosksHealth();

private:
    std::unique_ptr<FolderWatcher> watcher(const QString &dataDir, const QString &id,
                                           const QString &folder);

    MinisignTool m_tool;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC);
};

void TestFolderWatcher::initTestCase()
{
    QVERIFY2(m_tool.isReady(), qPrintable(m_tool.error()));
}

std::unique_ptr<FolderWatcher> TestFolderWatcher::watcher(const QString &dataDir, const QString &id,
                                                          const QString &folder)
{
    QString error;
    TrustedKeys(dataDir).add(MinisignKey::fromText(m_tool.publicKeyFile(), &error), &error);
    FolderWatcher::Options options;
    options.dataDir = dataDir;
    options.folder = folder;
    options.kioskId = id;
    options.version = QStringLiteral("9.9.9");
    options.settleMsecs = 0;
    const QDateTime now = m_now;
    options.now = [now] { return now; };
    return std::make_unique<FolderWatcher>(options);
}

void TestFolderWatcher::twoKiosksLoadReportAndMerge()
{
    QTemporaryDir folder;
    QTemporaryDir first;
    QTemporaryDir second;
    const QString bundle = folder.filePath("serocu.kioskbundle");
    BundleFactory::write(BundleFactory::content(4, "2026-11-24T09:00:00Z"), bundle);
    QVERIFY(m_tool.sign(bundle));
    {
        InterestStats stats(first.path());
        stats.record(InterestStats::Kind::Job, QStringLiteral("TEST-00001"), m_now.date());
        stats.record(InterestStats::Kind::Job, QStringLiteral("TEST-00001"), m_now.date());
        InterestStats other(second.path());
        other.record(InterestStats::Kind::Job, QStringLiteral("TEST-00001"), m_now.date());
    }
    // Stand A is closed at 14:00 and was tested by staff; stand B has no hours and no test.
    QVERIFY(KioskSettings(first.path()).setOpeningHours(QStringLiteral("Mon-Fri 09:00-12:00")));
    QVERIFY(DataFolder(first.path())
                .write(DataFolder::File::SelfTest, R"({"passed": false, "checks": []})"));
    auto a = watcher(first.path(), QStringLiteral("stand-a"), folder.path());
    auto b = watcher(second.path(), QStringLiteral("stand-b"), folder.path());
    QSignalSpy checkedA(a.get(), &FolderWatcher::checked);
    QSignalSpy checkedB(b.get(), &FolderWatcher::checked);
    a->start();
    b->start();
    // The first look only notes the files; the next finds them unchanged and checks them. A
    // look asked for while one is under way is not made: asked again until one is.
    QTRY_VERIFY_WITH_TIMEOUT((a->pollNow(), checkedA.size() == 1), 10000);
    QTRY_VERIFY_WITH_TIMEOUT((b->pollNow(), checkedB.size() == 1), 10000);
    for (const QSignalSpy *spy : {&checkedA, &checkedB}) {
        const auto result = spy->first().first().value<WatchedFolder::Result>();
        QVERIFY2(result.applied, qPrintable(result.text));
    }
    QVERIFY(!StoreDirectory(first.path()).livePath().isEmpty());
    QVERIFY(!StoreDirectory(second.path()).livePath().isEmpty());

    QFile status(folder.filePath("status/stand-a.json"));
    QTRY_VERIFY_WITH_TIMEOUT(status.exists(), 5000);
    QVERIFY(status.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(status.readAll()).object();
    QCOMPARE(json.value("kiosk").toString(), QStringLiteral("stand-a"));
    QCOMPARE(json.value("version").toString(), QStringLiteral("9.9.9"));
    QCOMPARE(json.value("live").toObject().value("published_at").toString(),
             QStringLiteral("2026-11-24T09:00:00Z"));
    QCOMPARE(json.value("live").toObject().value("signed_by").toString(), m_tool.keyId());
    QVERIFY(json.value("last_check").toObject().value("ok").toBool());
    const QJsonObject opening = json.value("opening_hours").toObject();
    QCOMPARE(opening.value("state").toString(), QStringLiteral("closed"));
    QCOMPARE(opening.value("hours").toString(), QStringLiteral("Mon-Fri 09:00-12:00"));
    QCOMPARE(json.value("self_test").toObject().value("passed"), QJsonValue(false));
    QFile statusB(folder.filePath("status/stand-b.json"));
    QVERIFY(statusB.open(QIODevice::ReadOnly));
    const QJsonObject jsonB = QJsonDocument::fromJson(statusB.readAll()).object();
    QCOMPARE(jsonB.value("opening_hours").toObject().value("state").toString(),
             QStringLiteral("open"));
    QVERIFY(jsonB.contains("self_test") && jsonB.value("self_test").isNull());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(folder.filePath("counts/stand-b-2026-11-25.csv")), 5000);
    QVERIFY(QFile::exists(folder.filePath("counts/stand-a-2026-11-25.csv")));

    CountsMerger merger;
    QVERIFY(merger.read(folder.path()));
    QCOMPARE(merger.filesRead(), 4); // two kiosks, yesterday and today
    const QByteArray csv = merger.csv();
    QVERIFY2(csv.startsWith("day,kind,key,stand-a,stand-b,all kiosks\n"), csv.constData());
    QVERIFY2(csv.contains("2026-11-25,job,\"TEST-00001\",2,1,3\n"), csv.constData());
}

void TestFolderWatcher::reportsNeverFollowALink()
{
    QTemporaryDir folder;
    QTemporaryDir data;
    QTemporaryDir elsewhere;
    QVERIFY(SpecialFiles::makeLink(elsewhere.path(), folder.filePath("status")));
    auto kiosk = watcher(data.path(), QStringLiteral("stand-c"), folder.path());
    QSignalSpy failed(kiosk.get(), &FolderWatcher::reportFailed);
    kiosk->start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY(QDir(elsewhere.path()).isEmpty());

    // Another machine's folder in the way of the status file does not stop the counts.
    QTemporaryDir shared;
    QVERIFY(QDir(shared.path()).mkpath("status/stand-d.json"));
    {
        InterestStats stats(data.path());
        stats.record(InterestStats::Kind::Screen, QStringLiteral("home"), m_now.date());
    }
    auto blocked = watcher(data.path(), QStringLiteral("stand-d"), shared.path());
    QSignalSpy blockedFailed(blocked.get(), &FolderWatcher::reportFailed);
    blocked->start();
    QTRY_COMPARE_WITH_TIMEOUT(blockedFailed.size(), 1, 10000);
    QVERIFY(QFile::exists(shared.filePath("counts/stand-d-2026-11-25.csv")));
}

void TestFolderWatcher::theStatusCarriesTheKiosksHealth()
{
    QTemporaryDir folder;
    QTemporaryDir data;
    // Two starts today, the first never stopped: one crash.
    CrashGuard(data.path()).beginRun(m_now.toUTC(), m_now.date());
    CrashGuard(data.path()).beginRun(m_now.toUTC(), m_now.date());
    FolderWatcher::Options options;
    options.dataDir = data.path();
    options.folder = folder.path();
    options.kioskId = QStringLiteral("stand-e");
    options.reportMsecs = 0; // every look reports
    const QDateTime now = m_now;
    options.now = [now] { return now; };
    std::atomic<int> pages = 0;
    options.afterReport = [&pages](const QString &shared) {
        ++pages;
        FleetReport report(shared);
        return report.writeFile(QStringLiteral("reports"), QStringLiteral("fleet.html"), "page")
                   ? QString()
                   : report.error();
    };
    FolderWatcher watcher(options);
    watcher.setSpeech(QStringLiteral("failed: no audio device"));
    watcher.start();
    watcher.writeScreenshot("picture");
    const QString status = folder.filePath("status/stand-e.json");
    const auto health = [&status] {
        QFile file(status);
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object().value("health").toObject();
    };
    // The picture's time reaches the status at the first report after it was written.
    QTRY_VERIFY_WITH_TIMEOUT(
        (watcher.pollNow(), !health().value("screenshot_at").toString().isEmpty()), 10000);
    const QJsonObject h = health();
    QCOMPARE(h.value("reported_at").toString(), m_now.toUTC().toString(Qt::ISODate));
    QCOMPARE(h.value("screenshot_at").toString(), m_now.toUTC().toString(Qt::ISODate));
    QCOMPARE(h.value("day").toString(), m_now.date().toString(Qt::ISODate));
    QCOMPARE(h.value("starts_today").toInt(), 2);
    QCOMPARE(h.value("crashes_today").toInt(), 1);
    QVERIFY(h.value("disk_free_bytes").toDouble() > 0);
    QCOMPARE(h.value("speech").toString(), QStringLiteral("failed: no audio device"));
    QCOMPARE(h.value("watch_errors").toArray(), QJsonArray());
    QFile picture(folder.filePath("status/stand-e.png"));
    QVERIFY(picture.open(QIODevice::ReadOnly));
    QCOMPARE(picture.readAll(), QByteArray("picture"));
    QVERIFY(pages > 0);
    QVERIFY(QFile::exists(folder.filePath("reports/fleet.html")));
}

QTEST_GUILESS_MAIN(TestFolderWatcher)
#include "tst_folderwatcher.moc"
