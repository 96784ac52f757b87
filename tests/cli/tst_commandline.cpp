#include "bundlefactory.h"
#include "clock.h"
#include "intereststats.h"
#include "minisigntool.h"
#include "specialfiles.h"
#include "sqlconnection.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

// Runs the real executable, as event staff and build scripts do.
class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void helpNamesEveryCommand();
    void buildValidateImportRollback();
    void badCsvWritesNoBundle();
    void rejectedImportIsOneLineOnStderr();
    void setPinFromStandardInput();
    void trustKeysAndSignedImport();
    void damagedSettingsStillRefuseUnsigned_data();
    void damagedSettingsStillRefuseUnsigned();
    void outputsAreNeverWrittenThroughALink();
    void everyEntryPointKeepsTheDataFolderPrivate();
    void linkHostsFromTheCommandLine();
    void watchFolderKioskIdAndMerge();
    void kioskModeQuitsAfterItsFirstFrame();
    void countsOfADayAsCsv();
    void countsOfAnOldOrDamagedFile();
    void usageErrors_data();
    void usageErrors();
    void eventReportOfThisKioskAndOfAFleet();
    void fleetReportOfAWatchedFolder();

private:
    struct Run {
        int code;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments);
    Run setPin(const QString &dataDir, const QByteArray &input);
    // Every entry in `dir` whose permissions are not the kiosk user's alone, with its mode.
    static QStringList notPrivate(const QString &dir);
};

TestCommandLine::Run TestCommandLine::setPin(const QString &dataDir, const QByteArray &input)
{
    QProcess process;
    process.start(KIOSK_EXECUTABLE, {"--data-dir", dataDir, "--set-pin"});
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QStringList TestCommandLine::notPrivate(const QString &dir)
{
    QStringList found;
#ifdef Q_OS_UNIX
    struct stat info;
    if (::stat(QFile::encodeName(dir).constData(), &info) != 0 || (info.st_mode & 07777) != 0700)
        found << QString("the folder: %1").arg(info.st_mode & 07777, 0, 8);
    for (const QString &name : QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                                   QDir::NoDotAndDotDot)) {
        const QByteArray path = QFile::encodeName(QDir(dir).filePath(name));
        // Files 0600; the one folder, tmp/ for private copies, 0700.
        if (::lstat(path.constData(), &info) != 0 ||
            (name == "tmp" ? !S_ISDIR(info.st_mode) : !S_ISREG(info.st_mode)) ||
            (info.st_mode & 07777) != (name == "tmp" ? 0700 : 0600))
            found << QString("%1: %2").arg(name).arg(info.st_mode & 07777, 0, 8);
    }
#else
    Q_UNUSED(dir);
#endif
    return found;
}

TestCommandLine::Run TestCommandLine::run(const QStringList &arguments)
{
    QProcess process;
    process.start(KIOSK_EXECUTABLE, arguments);
    if (!process.waitForFinished(60000))
        return {-1, {}, "timed out"};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCommandLine::helpNamesEveryCommand()
{
    const Run r = run({"--help"});
    QCOMPARE(r.code, 0);
    for (const char *option : {"--data-dir",
                               "--build-bundle",
                               "--output",
                               "--validate",
                               "--import",
                               "--force",
                               "--rollback",
                               "--windowed",
                               "--trust-key",
                               "--untrust-key",
                               "--list-keys",
                               "--allow-unsigned",
                               "--allow-link-host",
                               "--remove-link-host",
                               "--list-link-hosts",
                               "--watch-folder",
                               "--kiosk-id",
                               "--merge-counts",
                               "--counts",
                               "YYYY-MM-DD",
                               "--event-report",
                               "--from",
                               "--to",
                               "--counts-folder",
                               "--fleet-report"})
        QVERIFY2(r.out.contains(option), option);
}

void TestCommandLine::buildValidateImportRollback()
{
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    const QString bundle = dir.filePath("events.kioskbundle");
    Run r = run({"--build-bundle", KIOSK_SOURCE_DATA, "--output", bundle});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("46 jobs"));
    // People read these lines: times in words, as on the staff screen, never ISO 8601.
    QVERIFY2(r.out.contains("published 25 November 2026 at 09:00"), qPrintable(r.out));

    r = run({"--data-dir", data, "--validate", bundle});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("46 added"));
    QVERIFY2(r.out.contains("published 25 November 2026 at 09:00 (sample data)"),
             qPrintable(r.out));
    QVERIFY(!QDir(data).exists() || QDir(data).isEmpty());

    r = run({"--data-dir", data, "--import", bundle});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("published 25 November 2026 at 09:00 (sample data): 46 jobs; 46 "
                            "added, 0 removed, 0 changed"),
             qPrintable(r.out));
    QVERIFY2(!r.out.contains("2026-11-25T"), qPrintable(r.out));

    const QString smaller = dir.filePath("smaller.kioskbundle");
    BundleFactory::write(BundleFactory::content(2, "2026-11-27T08:00:00Z"), smaller);
    r = run({"--data-dir", data, "--import", smaller});
    QVERIFY(r.out.contains("2 added, 46 removed"));

    r = run({"--data-dir", data, "--rollback"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({"--data-dir", data, "--validate", bundle});
    QVERIFY2(r.out.contains("0 added, 0 removed, 0 changed"), qPrintable(r.out));
}

void TestCommandLine::badCsvWritesNoBundle()
{
    QTemporaryDir dir;
    const QDir source(KIOSK_SOURCE_DATA);
    for (const QString &name : source.entryList({"*.csv"}))
        QFile::copy(source.filePath(name), dir.filePath(name));
    QFile jobs(dir.filePath("jobs.csv"));
    QVERIFY(jobs.open(QIODevice::ReadOnly));
    const int line = int(jobs.readAll().count('\n')) + 1;
    jobs.close();
    QVERIFY(jobs.open(QIODevice::Append));
    jobs.write("X-1,Title,covert,staff,Here,Pay,,,Hours,Contract,Vetting,2026-13-01,S,D,"
               "https://a.example/\n");
    jobs.close();
    const QString out = dir.filePath("out.kioskbundle");
    const Run r = run({"--build-bundle", dir.path(), "--output", out});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, QString("careers-kiosk: %1:%2: closing_date: '2026-13-01' is not a date "
                            "(yyyy-mm-dd)\n")
                        .arg(dir.filePath("jobs.csv"))
                        .arg(line));
    QVERIFY(!QFile::exists(out));
}

void TestCommandLine::rejectedImportIsOneLineOnStderr()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath("bad.kioskbundle");
    BundleFactory::writeLoose(BundleFactory::content(2), bad,
                              {"CREATE TRIGGER t AFTER INSERT ON jobs BEGIN SELECT 1; END"});
    const Run r = run({"--data-dir", dir.filePath("data"), "--import", bad});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err, QString("careers-kiosk: %1 rejected: it contains a trigger (t); bundles may "
                            "not\n")
                        .arg(bad));
}

void TestCommandLine::setPinFromStandardInput()
{
    QTemporaryDir dir;
    const auto setPin = [&](const QByteArray &input) {
        QProcess process;
        process.start(KIOSK_EXECUTABLE, {"--data-dir", dir.path(), "--set-pin"});
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(30000);
        return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
    };
    Run r = setPin("12ab\n");
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("8 to 12 digits"));
    QVERIFY(!QFile::exists(dir.filePath("staff-pin.ini")));
    r = setPin("86420975\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile stored(dir.filePath("staff-pin.ini"));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QVERIFY(!stored.readAll().contains("86420975"));
}

void TestCommandLine::trustKeysAndSignedImport()
{
    MinisignTool tool;
    QVERIFY2(tool.isReady(), qPrintable(tool.error()));
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    const QString bundle = dir.filePath("signed.kioskbundle");
    BundleFactory::write(BundleFactory::content(3), bundle);
    Run r = run({"--data-dir", data, "--list-keys"});
    QVERIFY(r.out.contains("not signed on this kiosk"));
    r = run({"--data-dir", data, "--trust-key", tool.publicKeyPath()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(tool.keyId()));
    r = run({"--data-dir", data, "--trust-key", "RWQnot-a-key"});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("not a minisign public key"));
    r = run({"--data-dir", data, "--list-keys"});
    QVERIFY(r.out.contains(tool.keyId() + "  " + tool.publicKeyLine()));

    r = run({"--data-dir", data, "--import", bundle});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("not signed"), qPrintable(r.err));
    QVERIFY(tool.sign(bundle));
    r = run({"--data-dir", data, "--import", bundle});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("signed by key " + tool.keyId()));

    const QString other = dir.filePath("other.kioskbundle");
    BundleFactory::write(BundleFactory::content(4, "2026-11-21T10:00:00Z"), other);
    r = run({"--data-dir", data, "--import", other, "--allow-unsigned"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile log(data + "/careers-kiosk.log");
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("--allow-unsigned"));

    r = run({"--data-dir", data, "--untrust-key", tool.keyId()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({"--data-dir", data, "--untrust-key", tool.keyId()});
    QCOMPARE(r.code, 1);
}

void TestCommandLine::damagedSettingsStillRefuseUnsigned_data()
{
    QTest::addColumn<QString>("how");
    for (const char *how : {"corrupted key line", "truncated file", "deleted file",
                            "folder in its place", "garbage bytes"})
        QTest::newRow(how) << how;
}

void TestCommandLine::damagedSettingsStillRefuseUnsigned()
{
    QFETCH(QString, how);
    MinisignTool tool;
    QVERIFY2(tool.isReady(), qPrintable(tool.error()));
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    const QString ini = data + "/kiosk.ini";
    const QString bundle = dir.filePath("unsigned.kioskbundle");
    BundleFactory::write(BundleFactory::content(3), bundle);
    Run r = run({"--data-dir", data, "--trust-key", tool.publicKeyPath()});
    QVERIFY2(r.code == 0, qPrintable(r.err));

    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    file.close();
    const qsizetype key = text.indexOf("trustedKeys=");
    QVERIFY(key >= 0);
    if (how == "deleted file" || how == "folder in its place") {
        QVERIFY(QFile::remove(ini));
        if (how == "folder in its place")
            QVERIFY(QDir().mkdir(ini));
    } else {
        QByteArray damaged = text.left(key + 15); // truncated in the middle of the key
        if (how == "corrupted key line")
            damaged = QByteArray(text).replace(key + 16, 4, "!!!!");
        else if (how == "garbage bytes")
            damaged = QByteArray::fromHex("8f00ff13c3281b5b324a") + text.mid(key + 30);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(damaged);
        file.close();
    }

    // Neither "No trusted keys" nor a quiet import: the damage is named, with its repair.
    r = run({"--data-dir", data, "--list-keys"});
    QCOMPARE(r.code, 1);
    QVERIFY2(!r.out.contains("No trusted keys"), qPrintable(r.out));
    QVERIFY2(r.out.contains("damaged") && r.err.contains("--trust-key"), qPrintable(r.err));
    r = run({"--data-dir", data, "--import", bundle});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("damaged") && r.err.contains("--trust-key"), qPrintable(r.err));
    QFile log(data + "/careers-kiosk.log");
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("signing settings in"));
    r = run({"--data-dir", data, "--watch-folder", "status"});
    QVERIFY(!r.out.contains("trusts no signing key"));

    // Trusting the key again repairs it: unsigned data is refused as unsigned, signed loads.
    r = run({"--data-dir", data, "--trust-key", tool.publicKeyPath()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("repaired"), qPrintable(r.out));
    // The host list was in the damaged file too: none is allowed until it is set again.
    QVERIFY2(r.out.contains("--allow-link-host"), qPrintable(r.out));
    r = run({"--data-dir", data, "--list-link-hosts"});
    QVERIFY2(r.out.startsWith("No host is allowed"), qPrintable(r.out));
    r = run({"--data-dir", data, "--allow-link-host", "careers.example.org"});
    QVERIFY2(r.out.contains("may only be on: careers.example.org"), qPrintable(r.out));
    r = run({"--data-dir", data, "--list-keys"});
    QVERIFY2(r.code == 0 && r.out.contains(tool.keyId()), qPrintable(r.out + r.err));
    r = run({"--data-dir", data, "--import", bundle});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("not signed"), qPrintable(r.err));
    QVERIFY(tool.sign(bundle));
    r = run({"--data-dir", data, "--import", bundle});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestCommandLine::outputsAreNeverWrittenThroughALink()
{
    QTemporaryDir dir;
    const QString target = dir.filePath("precious.txt");
    QFile precious(target);
    QVERIFY(precious.open(QIODevice::WriteOnly));
    precious.write("keep me");
    precious.close();
    if (!SpecialFiles::makeLink(target, dir.filePath("link.csv")) ||
        !SpecialFiles::makeLink(target, dir.filePath("link.kioskbundle")))
        QSKIP("no symbolic links here");
    QVERIFY(QDir(dir.path()).mkdir("counts"));
    QFile counts(dir.filePath("counts/stand-1-2026-11-25.csv"));
    QVERIFY(counts.open(QIODevice::WriteOnly));
    counts.write("day,kind,key,count\n2026-11-25,screen,\"home\",4\n");
    counts.close();

    Run r = run({"--merge-counts", dir.path(), "--output", dir.filePath("link.csv")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("symbolic link"), qPrintable(r.err));
    r = run({"--build-bundle", KIOSK_SOURCE_DATA, "--output", dir.filePath("link.kioskbundle")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("symbolic link"), qPrintable(r.err));
    QVERIFY(precious.open(QIODevice::ReadOnly));
    QCOMPARE(precious.readAll(), QByteArray("keep me"));
    QVERIFY(QFileInfo(dir.filePath("link.csv")).isSymLink());

    // A plain new file, or a plain file to replace, is written as before.
    r = run({"--merge-counts", dir.path(), "--output", dir.filePath("fleet.csv")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({"--merge-counts", dir.path(), "--output", dir.filePath("fleet.csv")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestCommandLine::everyEntryPointKeepsTheDataFolderPrivate()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions only");
#else
    QTemporaryDir dir;
    const QString bundle = dir.filePath("events.kioskbundle");
    BundleFactory::write(BundleFactory::content(3), bundle);

    const QString imported = dir.filePath("imported/data");
    Run r = run({"--data-dir", imported, "--import", bundle});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(imported + "/careers-kiosk.log"));
    QCOMPARE(notPrivate(imported), QStringList());

    const QString pinned = dir.filePath("pinned/data");
    r = setPin(pinned, "86420975\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(pinned + "/staff-pin.ini"));
    QCOMPARE(notPrivate(pinned), QStringList());

    const QString trusted = dir.filePath("trusted/data");
    MinisignTool tool;
    QVERIFY2(tool.isReady(), qPrintable(tool.error()));
    r = run({"--data-dir", trusted, "--trust-key", tool.publicKeyPath()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(trusted + "/signing-required"));
    QCOMPARE(notPrivate(trusted), QStringList());

    const QString started = dir.filePath("started/data");
    QProcess kiosk;
    kiosk.start(KIOSK_EXECUTABLE, {"--data-dir", started, "--quit-after-first-frame"});
    QVERIFY(kiosk.waitForFinished(20000));
    QCOMPARE(kiosk.exitCode(), 0);
    QVERIFY(QFile::exists(started + "/runs.ini") && QFile::exists(started + "/interest.sqlite"));
    QCOMPARE(notPrivate(started), QStringList());
#endif
}

void TestCommandLine::linkHostsFromTheCommandLine()
{
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    Run r = run({"--data-dir", data, "--list-link-hosts"});
    QVERIFY(r.out.contains("Any host"));
    r = run({"--data-dir", data, "--allow-link-host", "jobs.example.net"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const char *bad : {"10.1.2.3", "localhost", "xn--e1afmkfd.example", "a b.example"}) {
        r = run({"--data-dir", data, "--allow-link-host", bad});
        QVERIFY2(r.code == 1, bad);
    }
    const QString bundle = dir.filePath("hosts.kioskbundle");
    BundleFactory::write(BundleFactory::content(3), bundle);
    r = run({"--data-dir", data, "--validate", bundle});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("careers.example.org, a host this kiosk does not allow"),
             qPrintable(r.err));
    r = run({"--data-dir", data, "--remove-link-host", "jobs.example.net"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("Any host"));
    QCOMPARE(run({"--data-dir", data, "--validate", bundle}).code, 0);
}

void TestCommandLine::watchFolderKioskIdAndMerge()
{
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    Run r = run({"--data-dir", data, "--watch-folder", dir.filePath("missing")});
    QCOMPARE(r.code, 1);
    for (const char *bad : {"../escape", "CON", "lpt1.x", ".hidden", "a b"}) {
        r = run({"--data-dir", data, "--kiosk-id", bad});
        QVERIFY2(r.code == 1, bad);
    }
    r = run({"--data-dir", data, "--kiosk-id", "stand-1"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({"--data-dir", data, "--watch-folder", dir.path()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("Watched folder: " + dir.path() + " (kiosk id stand-1)"),
             qPrintable(r.out));
    QVERIFY(r.out.contains("trusts no signing key"));
    r = run({"--data-dir", data, "--watch-folder", "off"});
    QVERIFY(r.out.contains("No watched folder"));

    QVERIFY(QDir(dir.path()).mkdir("counts"));
    QFile counts(dir.filePath("counts/stand-1-2026-11-25.csv"));
    QVERIFY(counts.open(QIODevice::WriteOnly));
    counts.write("day,kind,key,count\n2026-11-25,screen,\"home\",4\nbad\n");
    counts.close();
    r = run({"--merge-counts", dir.path(), "--output", dir.filePath("fleet.csv")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.err.contains("skipped stand-1-2026-11-25.csv line 3"));
    QFile merged(dir.filePath("fleet.csv"));
    QVERIFY(merged.open(QIODevice::ReadOnly));
    QCOMPARE(merged.readAll(),
             QByteArray("day,kind,key,stand-1,all kiosks\n2026-11-25,screen,\"home\",4,4\n"));
}

void TestCommandLine::kioskModeQuitsAfterItsFirstFrame()
{
    // Kiosk mode refuses to close its window; the start must still be measurable.
    QTemporaryDir dir;
    QProcess kiosk;
    kiosk.start(KIOSK_EXECUTABLE, {"--data-dir", dir.path(), "--quit-after-first-frame"});
    QVERIFY2(kiosk.waitForFinished(20000), "kiosk mode did not quit after its first frame");
    QCOMPARE(kiosk.exitStatus(), QProcess::NormalExit);
    QCOMPARE(kiosk.exitCode(), 0);
    QVERIFY(kiosk.readAllStandardOutput().contains("first frame"));
}

void TestCommandLine::countsOfADayAsCsv()
{
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    // Nothing counted yet: the header alone, and no file made.
    Run r = run({"--data-dir", data, "--counts", "2026-11-25"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("day,kind,key,count\n"));
    QVERIFY(!QFile::exists(InterestStats::path(data)));

    const QDate day(2026, 11, 25);
    const QDate today = Clock().today();
    {
        InterestStats stats(data);
        using Kind = InterestStats::Kind;
        for (const QDate &on : {day, day, today}) {
            stats.record(Kind::Visitors, InterestStats::visitorsKey(), on);
            stats.record(Kind::Screen, "home", on);
        }
        stats.record(Kind::Code, "link:contact", day);
        stats.record(Kind::Feature, "keypad", day);
        stats.record(Kind::Job, "SAMPLE-S-0124", day.addDays(1));
    }
    r = run({"--data-dir", data, "--counts", "2026-11-25"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("day,kind,key,count\n"
                            "2026-11-25,visitors,\"all\",2\n"
                            "2026-11-25,feature,\"keypad\",1\n"
                            "2026-11-25,screen,\"home\",2\n"
                            "2026-11-25,code,\"link:contact\",1\n"));
    // The very rows the watched folder's counts file carries for that day.
    const InterestStats stats(data, InterestStats::Access::ReadOnly);
    QCOMPARE(r.out.toUtf8(), stats.csv(day));
    // The day after the option, wherever the data folder is given.
    r = run({"--counts", "2026-11-26", "--data-dir", data});
    QCOMPARE(r.out, QString("day,kind,key,count\n2026-11-26,job,\"SAMPLE-S-0124\",1\n"));

    // No day: today, by the kiosk's clock (the test may straddle midnight).
    r = run({"--data-dir", data, "--counts"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QDate after = Clock().today();
    QVERIFY2(r.out.toUtf8() == stats.csv(today) || r.out.toUtf8() == stats.csv(after),
             qPrintable(r.out));
    if (after == today)
        QVERIFY2(r.out.contains(today.toString(Qt::ISODate) + ",visitors,\"all\","),
                 qPrintable(r.out));
}

void TestCommandLine::countsOfAnOldOrDamagedFile()
{
    // A file kept before visitors were counted is read as it will be migrated, and not
    // changed; a damaged one is named, and left as it is.
    QTemporaryDir dir;
    {
        SqlConnection db(InterestStats::path(dir.path()), SqlConnection::Mode::ReadWrite);
        QVERIFY(db.exec("CREATE TABLE counts (day TEXT NOT NULL, kind TEXT NOT NULL, key TEXT "
                        "NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (day, kind, key))"));
        QVERIFY(db.exec("INSERT INTO counts VALUES ('2026-11-20', 'screen', 'home', 14), "
                        "('2026-11-20', 'qr-code', 'SER-1', 2)"));
    }
    QFile file(InterestStats::path(dir.path()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    Run r = run({"--data-dir", dir.path(), "--counts", "2026-11-20"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("day,kind,key,count\n2026-11-20,screen-opens,\"home\",14\n"
                            "2026-11-20,qr-code,\"SER-1\",2\n"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    file.close();

    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    r = run({"--data-dir", dir.path(), "--counts", "2026-11-20"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith("careers-kiosk: cannot read the counts in " +
                              InterestStats::path(dir.path()) + ": "),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(4096, 'x'));
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("two commands") << QStringList{"--validate", "a", "--rollback"} << "one command";
    QTest::newRow("output alone") << QStringList{"--output", "x"} << "--output goes with";
    QTest::newRow("merge alone") << QStringList{"--merge-counts", "x"} << "--output goes with";
    QTest::newRow("unsigned alone")
        << QStringList{"--allow-unsigned"} << "--allow-unsigned goes with --import";
    QTest::newRow("force alone") << QStringList{"--force"} << "--force goes with --import";
    QTest::newRow("unknown") << QStringList{"--frobnicate"} << "Unknown option";
    QTest::newRow("stray") << QStringList{"stray"} << "unexpected argument";
    QTest::newRow("idle") << QStringList{"--idle-timeout", "2"} << "at least 10";
    QTest::newRow("counts day") << QStringList{"--counts", "25/11/2026"}
                                << "--counts takes a day as YYYY-MM-DD, not '25/11/2026'";
    QTest::newRow("counts no such day")
        << QStringList{"--counts", "2026-02-30"} << "--counts takes a day as YYYY-MM-DD";
    QTest::newRow("counts two days") << QStringList{"--counts", "2026-11-25", "2026-11-26"}
                                     << "unexpected argument '2026-11-26'";
    QTest::newRow("counts and merge")
        << QStringList{"--counts", "--merge-counts", "x", "--output", "y"} << "one command";
    QTest::newRow("report alone") << QStringList{"--event-report"} << "--output goes with";
    QTest::newRow("report as text") << QStringList{"--event-report", "--output", "r.txt"}
                                    << "--event-report writes a .pdf or a .csv file, not 'r.txt'";
    QTest::newRow("from alone") << QStringList{"--from", "2026-12-07"}
                                << "--from goes with --event-report";
    QTest::newRow("from no day") << QStringList{"--event-report", "--from", "7/12", "--output",
                                                "r.csv"}
                                 << "--from takes a day as YYYY-MM-DD, not '7/12'";
    QTest::newRow("to before from")
        << QStringList{"--event-report", "--from",   "2026-12-08", "--to",
                       "2026-12-07",     "--output", "r.csv"}
        << "--to comes before --from";
    QTest::newRow("fleet as pdf") << QStringList{"--fleet-report", "x", "--output", "f.pdf"}
                                  << "--fleet-report writes an .html file";
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(arguments);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCommandLine::eventReportOfThisKioskAndOfAFleet()
{
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    const QDate day(2026, 12, 7);
    {
        InterestStats stats(data);
        using Kind = InterestStats::Kind;
        for (const QDate &on : {day, day, day.addDays(1), day.addDays(9)})
            stats.record(Kind::Visitors, InterestStats::visitorsKey(), on);
        stats.record(Kind::Hour, "14", day);
        stats.record(Kind::Capability, "covert", day);
    }
    const QString csv = dir.filePath("report.csv");
    Run r = run({"--data-dir", data, "--kiosk-id", "stand-1"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({"--data-dir", data, "--event-report", "--from", "2026-12-07", "--to", "2026-12-08",
             "--output", csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("7 December 2026 to 8 December 2026 (visitors: 3, kiosks: 1)"),
             qPrintable(r.out));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString table = QString::fromUtf8(file.readAll());
    QVERIFY2(table.startsWith("section,key,name,\"stand-1\",all kiosks\n"
                              "visitors,\"2026-12-07\",\"Mon 7 Dec\",2,2\n"
                              "visitors,\"2026-12-08\",\"Tue 8 Dec\",1,1\n"
                              "hour,\"14\",\"14:00 to 14:59\",1,1\n"
                              "capability,\"covert\",\"covert\",1,1\n"),
             qPrintable(table));
    file.close();

    // With live data the report names what was looked at, as the staff screen does.
    const QString bundle = dir.filePath("events.kioskbundle");
    r = run({"--build-bundle", KIOSK_SOURCE_DATA, "--output", bundle});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({"--data-dir", data, "--import", bundle});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({"--data-dir", data, "--event-report", "--from", "2026-12-07", "--output", csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString named = QString::fromUtf8(file.readAll());
    file.close();
    QVERIFY2(named.contains("capability,\"covert\",\"Covert capabilities\",1,1\n"),
             qPrintable(named));

    const QString pdf = dir.filePath("report.pdf");
    r = run({"--data-dir", data, "--event-report", "--from", "2026-12-07", "--output", pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");

    // A fleet: the watched folder's counts files, a column per kiosk.
    const QString folder = dir.filePath("sync/counts");
    QVERIFY(QDir().mkpath(folder));
    for (const char *name : {"hall-2026-12-07.csv", "foyer-2026-12-07.csv"}) {
        QFile counts(folder + "/" + name);
        QVERIFY(counts.open(QIODevice::WriteOnly));
        counts.write("day,kind,key,count\n2026-12-07,visitors,\"all\",4\n");
    }
    r = run({"--event-report", "--counts-folder", dir.filePath("sync"), "--from", "2026-12-07",
             "--output", csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("(visitors: 8, kiosks: 2)"), qPrintable(r.out));
    r = run({"--event-report", "--counts-folder", dir.filePath("nowhere"), "--output", csv});
    QCOMPARE(r.code, 1);
}

void TestCommandLine::fleetReportOfAWatchedFolder()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath("sync/status")));
    QFile status(dir.filePath("sync/status/hall.json"));
    QVERIFY(status.open(QIODevice::WriteOnly));
    status.write("{\"kiosk\": \"hall\", \"health\": {\"reported_at\": \"2020-01-01T00:00:00Z\"}}");
    status.close();
    const QString page = dir.filePath("fleet.html");
    Run r = run({"--fleet-report", dir.filePath("sync"), "--output", page});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith("1 kiosk: 0 fine, 1 needs a look."), qPrintable(r.out));
    QFile file(page);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("<section class=\"card down\">"));
    r = run({"--fleet-report", dir.filePath("nowhere"), "--output", page});
    QCOMPARE(r.code, 1);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
