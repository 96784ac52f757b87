#include "fleetreport.h"
#include "kioskstatus.h"
#include "specialfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// A status file from another machine, read and judged: fine, amber or red, and why.
class TestKioskStatus : public QObject
{
    Q_OBJECT
private slots:
    void aRecentReportIsFine();
    void lateReportsTurnAmberThenRed();
    void closedIsANormalState();
    void crashesDiskSpeechAndFolderErrorsNeedALook();
    void unreadableFilesAreRed();
    void fieldsOfTheWrongTypeAreUnknown();
    void anOlderKiosksStatusUsesTheFilesTime();

private:
    QString write(const QByteArray &bytes, const QString &name = "stand.json");
    static QJsonObject status(const QDateTime &reportedAt);
    static QByteArray json(const QJsonObject &object);

    QTemporaryDir m_dir;
    const QDateTime m_now{QDate(2026, 12, 8), QTime(12, 0), Qt::UTC};
};

QString TestKioskStatus::write(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

QJsonObject TestKioskStatus::status(const QDateTime &reportedAt)
{
    const QJsonObject health{{"reported_at", reportedAt.toString(Qt::ISODate)},
                             {"day", "2026-12-08"},
                             {"starts_today", 1},
                             {"crashes_today", 0},
                             {"disk_free_bytes", 20.0e9},
                             {"speech", "working"},
                             {"watch_errors", QJsonArray()}};
    return {{"kiosk", "stand"},
            {"version", "0.1.0"},
            {"uptime_seconds", 3600},
            {"live", QJsonObject{{"title", "Careers fair"},
                                 {"published_at", "2026-12-01T09:00:00Z"},
                                 {"signed_by", "Recruitment"}}},
            {"last_check", QJsonObject{{"ok", true}, {"result", "made live"}}},
            {"health", health}};
}

QByteArray TestKioskStatus::json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

void TestKioskStatus::aRecentReportIsFine()
{
    KioskStatus s = KioskStatus::read(write(json(status(m_now.addSecs(-120)))), "stand");
    QVERIFY(s.readable);
    s.assess(m_now);
    QCOMPARE(s.level, KioskStatus::Level::Fine);
    QVERIFY(s.reasons.isEmpty());
    QCOMPARE(s.liveSignedBy, QString("Recruitment"));
    QCOMPARE(s.diskFreeBytes, qint64(20e9));
    QCOMPARE(s.startsToday, 1);
}

void TestKioskStatus::lateReportsTurnAmberThenRed()
{
    KioskStatus s = KioskStatus::read(write(json(status(m_now.addSecs(-16 * 60)))), "stand");
    s.assess(m_now);
    QCOMPARE(s.level, KioskStatus::Level::Look);
    QCOMPARE(s.reasons, QStringList{"no report for 16 min"});
    s.assess(m_now.addSecs(-60)); // 15 minutes exactly is still fine
    QCOMPARE(s.level, KioskStatus::Level::Fine);
    s.assess(m_now.addSecs(45 * 60));
    QCOMPARE(s.level, KioskStatus::Level::Down);
    QCOMPARE(s.reasons, QStringList{"no report for 1 h 1 min"});
}

void TestKioskStatus::closedIsANormalState()
{
    QJsonObject object = status(m_now.addSecs(-60));
    object.insert("opening_hours", QJsonObject{{"state", "closed"}});
    KioskStatus s = KioskStatus::read(write(json(object)), "stand");
    s.assess(m_now);
    QCOMPARE(s.state, QString("closed"));
    QCOMPARE(s.level, KioskStatus::Level::Fine);

    // As a closed kiosk writes it.
    FleetReport::Status status;
    status.kioskId = "stand";
    status.openingState = "closed";
    status.openingHours = "Mon-Fri 09:00-17:00";
    status.health.reportedAt = m_now.addSecs(-60);
    s = KioskStatus::read(write(FleetReport::statusJson(status)), "stand");
    s.assess(m_now);
    QCOMPARE(s.state, QString("closed"));
    QCOMPARE(s.level, KioskStatus::Level::Fine);
}

void TestKioskStatus::crashesDiskSpeechAndFolderErrorsNeedALook()
{
    QJsonObject object = status(m_now.addSecs(-60));
    QJsonObject health = object.value("health").toObject();
    health.insert("crashes_today", 2);
    health.insert("disk_free_bytes", 300.0 * 1024 * 1024);
    health.insert("speech", "failed: no audio device");
    health.insert("watch_errors", QJsonArray{"cannot write status: disk full"});
    object.insert("health", health);
    object.insert("last_check", QJsonObject{{"ok", false}, {"result", "x.kioskbundle refused"}});
    object.insert("kiosk", "another");
    KioskStatus s = KioskStatus::read(write(json(object)), "stand");
    s.assess(m_now);
    QCOMPARE(s.level, KioskStatus::Level::Look);
    QCOMPARE(s.reasons, QStringList({"its status file names it \"another\"",
                                     "starts after a crash or power cut today: 2",
                                     "only 300 MB free for its data",
                                     "speech is not working (failed: no audio device)",
                                     "watched folder: cannot write status: disk full",
                                     "watched folder: x.kioskbundle refused"}));
    // Yesterday's crashes are yesterday's.
    s.assess(m_now.addDays(1).addSecs(-3600 * 12));
    QVERIFY(!s.reasons.join(" ").contains("crash"));
    health.insert("disk_free_bytes", 10.0 * 1024 * 1024);
    object.insert("health", health);
    s = KioskStatus::read(write(json(object)), "stand");
    s.assess(m_now);
    QCOMPARE(s.level, KioskStatus::Level::Down); // nearly full: red
}

void TestKioskStatus::unreadableFilesAreRed()
{
    const auto readAs = [this](const QString &path) {
        KioskStatus s = KioskStatus::read(path, "stand");
        s.assess(m_now);
        return s;
    };
    KioskStatus s = readAs(write("{\"kiosk\": \"st\xff\xfe\"}"));
    QCOMPARE(s.level, KioskStatus::Level::Down);
    QVERIFY2(s.reasons.first().startsWith("its status file is not JSON"),
             qPrintable(s.reasons.first()));
    s = readAs(write("[1, 2]"));
    QCOMPARE(s.reasons, QStringList{"its status file is not a JSON object"});
    s = readAs(write("{\"kiosk\": \"" + QByteArray(10 * 1024 * 1024, 'a') + "\"}"));
    QVERIFY2(s.reasons.first().startsWith("its status file is larger than a status can be"),
             qPrintable(s.reasons.first()));
    const QString target = write(json(status(m_now)), "elsewhere.json");
    const QString link = m_dir.filePath("link.json");
    if (SpecialFiles::makeLink(target, link)) {
        s = readAs(link);
        QCOMPARE(s.level, KioskStatus::Level::Down);
        QVERIFY(s.reasons.first().startsWith("its status file cannot be read"));
    }
    const QString fifo = m_dir.filePath("fifo.json");
    if (SpecialFiles::makeFifo(fifo)) {
        s = readAs(fifo); // returns at once: a FIFO is never opened to wait for a writer
        QCOMPARE(s.level, KioskStatus::Level::Down);
    }
}

void TestKioskStatus::fieldsOfTheWrongTypeAreUnknown()
{
    QJsonObject object = status(m_now.addSecs(-60));
    object.insert("version", 7);
    object.insert("uptime_seconds", "forever");
    QJsonObject health = object.value("health").toObject();
    health.insert("disk_free_bytes", -5);
    health.insert("watch_errors", QJsonArray{1, "a", "b", "c", "d", "e", "f", "g"});
    object.insert("health", health);
    object.insert("live", QJsonObject{{"signed_by", QString(5000, 'x') + "\n<b>"}});
    KioskStatus s = KioskStatus::read(write(json(object)), "stand");
    QVERIFY(s.version.isEmpty());
    QCOMPARE(s.uptimeSeconds, -1);
    QCOMPARE(s.diskFreeBytes, -1);
    QCOMPARE(s.watchErrors.size(), KioskStatus::maxErrors);
    QCOMPARE(s.liveSignedBy.size(), KioskStatus::maxText);
}

void TestKioskStatus::anOlderKiosksStatusUsesTheFilesTime()
{
    QJsonObject object = status(m_now);
    object.remove("health");
    const QString path = write(json(object));
    KioskStatus s = KioskStatus::read(path, "stand");
    QVERIFY(s.reportedAtFromFile);
    QCOMPARE(s.reportedAt, QFileInfo(path).lastModified());
}

QTEST_GUILESS_MAIN(TestKioskStatus)
#include "tst_kioskstatus.moc"
