#include "crashguard.h"
#include "shutdownsignals.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// A stop asked for by the system (systemctl stop, a shutdown, Ctrl+C, a closed session) ends
// the kiosk cleanly: it is logged and recorded as a clean run, so it never counts towards the
// crash back-off. A kill -9 still does.
class TestShutdownSignals : public QObject
{
    Q_OBJECT
private slots:
    void signalsArriveOnTheEventLoop_data();
    void signalsArriveOnTheEventLoop();
    void termStopsTheKioskCleanly();
    void fourStopsInARowLeaveTheNextStartImmediate();
    void killNineStillCountsAsACrash();

private:
    bool startKiosk(QProcess &kiosk, const QString &dataDir);
    void terminate(QProcess &kiosk);
    QString log(const QString &dataDir) const;
};

void TestShutdownSignals::signalsArriveOnTheEventLoop_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("name");
    QTest::newRow("SIGTERM") << int(SIGTERM) << "SIGTERM";
    QTest::newRow("SIGINT") << int(SIGINT) << "SIGINT";
    QTest::newRow("SIGHUP") << int(SIGHUP) << "SIGHUP";
}

void TestShutdownSignals::signalsArriveOnTheEventLoop()
{
    QFETCH(int, number);
    QFETCH(QString, name);
    ShutdownSignals bridge;
    QVERIFY2(bridge.isWatching(), qPrintable(bridge.error()));
    QSignalSpy stop(&bridge, &ShutdownSignals::stopRequested);
    std::raise(number); // without the bridge this would end the test process
    QTRY_COMPARE(stop.count(), 1);
    QCOMPARE(stop.first().first().toString(), name);
}

QString TestShutdownSignals::log(const QString &dataDir) const
{
    QFile file(dataDir + "/careers-kiosk.log");
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool TestShutdownSignals::startKiosk(QProcess &kiosk, const QString &dataDir)
{
    const int starts = int(log(dataDir).count(" start "));
    kiosk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    kiosk.start(KIOSK_EXECUTABLE, {"--data-dir", dataDir, "--windowed"});
    if (!kiosk.waitForStarted())
        return false;
    QElapsedTimer clock;
    clock.start();
    while (log(dataDir).count(" start ") == starts && clock.elapsed() < 20000)
        QTest::qWait(20);
    QTest::qWait(200);
    // processId() is 0 once the process has ended, and kill(0) would signal this whole
    // process group, the test runner included.
    return log(dataDir).count(" start ") > starts && kiosk.state() == QProcess::Running &&
           kiosk.processId() > 0;
}

void TestShutdownSignals::terminate(QProcess &kiosk)
{
    const qint64 pid = kiosk.processId();
    QVERIFY(pid > 0);
    ::kill(pid_t(pid), SIGTERM);
}

void TestShutdownSignals::termStopsTheKioskCleanly()
{
    QTemporaryDir dir;
    QProcess kiosk;
    QVERIFY(startKiosk(kiosk, dir.path()));
    terminate(kiosk);
    QVERIFY(kiosk.waitForFinished(10000));
    QCOMPARE(kiosk.exitStatus(), QProcess::NormalExit);
    QCOMPARE(kiosk.exitCode(), 0);
    QVERIFY2(log(dir.path()).contains("stopped by SIGTERM"), qPrintable(log(dir.path())));
    QVERIFY(log(dir.path()).contains("stop, exit status 0"));
    QSettings runs(dir.filePath("runs.ini"), QSettings::IniFormat);
    QCOMPARE(runs.value("running").toBool(), false);
    QCOMPARE(runs.value("crashes").toInt(), 0);
}

void TestShutdownSignals::fourStopsInARowLeaveTheNextStartImmediate()
{
    QTemporaryDir dir;
    for (int i = 0; i < 4; ++i) {
        QProcess kiosk;
        QVERIFY(startKiosk(kiosk, dir.path()));
        terminate(kiosk);
        QVERIFY(kiosk.waitForFinished(10000));
        QCOMPARE(kiosk.exitCode(), 0);
    }
    QCOMPARE(CrashGuard(dir.path()).beginRun(), 0); // no wait before the fifth start
    QVERIFY(!log(dir.path()).contains("waiting"));
    QCOMPARE(log(dir.path()).count("stopped by SIGTERM"), 4);
}

void TestShutdownSignals::killNineStillCountsAsACrash()
{
    QTemporaryDir dir;
    for (int i = 0; i < 2; ++i) {
        QProcess kiosk;
        QVERIFY(startKiosk(kiosk, dir.path()));
        kiosk.kill(); // SIGKILL: no handler runs
        QVERIFY(kiosk.waitForFinished(10000));
    }
    QSettings runs(dir.filePath("runs.ini"), QSettings::IniFormat);
    QCOMPARE(runs.value("running").toBool(), true);
    QCOMPARE(runs.value("crashes").toInt(), 1); // the second start followed one crash
}

QTEST_GUILESS_MAIN(TestShutdownSignals)
#include "tst_shutdownsignals.moc"
