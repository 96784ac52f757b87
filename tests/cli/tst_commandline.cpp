#include "bundlefactory.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
    void kioskModeQuitsAfterItsFirstFrame();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run {
        int code;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments);
};

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
    for (const char *option : {"--data-dir", "--build-bundle", "--output", "--validate", "--import",
                               "--force", "--rollback", "--windowed"})
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

    r = run({"--data-dir", data, "--validate", bundle});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("46 added"));
    QVERIFY(!QDir(data).exists() || QDir(data).isEmpty());

    r = run({"--data-dir", data, "--import", bundle});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("published 2026-11-25T09:00:00Z (sample data): 46 jobs; 46 added, "
                            "0 removed, 0 changed"),
             qPrintable(r.out));

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

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("two commands") << QStringList{"--validate", "a", "--rollback"} << "one command";
    QTest::newRow("output alone") << QStringList{"--output", "x"} << "go together";
    QTest::newRow("force alone") << QStringList{"--force"} << "--force goes with --import";
    QTest::newRow("unknown") << QStringList{"--frobnicate"} << "Unknown option";
    QTest::newRow("stray") << QStringList{"stray"} << "unexpected argument";
    QTest::newRow("idle") << QStringList{"--idle-timeout", "2"} << "at least 10";
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(arguments);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
