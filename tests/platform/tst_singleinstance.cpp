#include "scratchmount.h"
#include "singleinstance.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void secondClaimHandsOverToTheFirst();
    void otherDataFoldersAreOtherKiosks();
    void secondLaunchOfTheRealKioskExits();
    void readOnlyOrFullDataFolderStillShowsTheData_data();
    void readOnlyOrFullDataFolderStillShowsTheData();
    void aStartThatCannotGoOnExitsWithAnError();
    void aLockLeftByAnotherMachineIsTakenOver_data();
    void aLockLeftByAnotherMachineIsTakenOver();
};

void TestSingleInstance::secondClaimHandsOverToTheFirst()
{
    QTemporaryDir dir;
    SingleInstance first(dir.path());
    QVERIFY(first.claim());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    bool secondWon = true;
    // The second instance asks from another thread, as another process would, while this
    // thread's event loop serves the first.
    QThread *asker = QThread::create([&] {
        SingleInstance second(dir.path());
        secondWon = second.claim();
    });
    asker->start();
    QTRY_VERIFY(asker->isFinished());
    delete asker;
    QVERIFY(!secondWon);
    QTRY_COMPARE(activated.count(), 1);
}

void TestSingleInstance::otherDataFoldersAreOtherKiosks()
{
    QTemporaryDir a;
    QTemporaryDir b;
    SingleInstance first(a.path());
    SingleInstance second(b.path());
    QVERIFY(first.claim());
    QVERIFY(second.claim());
}

void TestSingleInstance::secondLaunchOfTheRealKioskExits()
{
    QTemporaryDir dir;
    QProcess kiosk;
    kiosk.start(KIOSK_EXECUTABLE, {"--data-dir", dir.path(), "--windowed"});
    QVERIFY(kiosk.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath("live-store")), 10000);
    QProcess second;
    second.start(KIOSK_EXECUTABLE, {"--data-dir", dir.path(), "--windowed"});
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitCode(), 0);
    QVERIFY(second.readAllStandardOutput().contains("already running"));
    QCOMPARE(kiosk.state(), QProcess::Running);
    const auto logged = [&] {
        QFile log(dir.filePath("careers-kiosk.log"));
        return log.open(QIODevice::ReadOnly) &&
               log.readAll().contains("a second launch handed over to this one");
    };
    QTRY_VERIFY(logged());
    kiosk.kill();
    kiosk.waitForFinished();
}

void TestSingleInstance::readOnlyOrFullDataFolderStillShowsTheData_data()
{
    QTest::addColumn<bool>("full");
    QTest::newRow("read-only") << false;
    QTest::newRow("full") << true;
}

void TestSingleInstance::readOnlyOrFullDataFolderStillShowsTheData()
{
    QFETCH(bool, full);
    if (!ScratchMount::available())
        QSKIP("needs root to mount a small disk (CI runs as root)");
    QTemporaryDir dir;
    ScratchMount disk(dir.filePath("data"), 4096);
    QVERIFY(disk.isMounted());
    { // a first start fills the folder with the built-in data
        QProcess kiosk;
        kiosk.start(KIOSK_EXECUTABLE,
                    {"--data-dir", disk.path(), "--windowed", "--quit-after-first-frame"});
        QVERIFY(kiosk.waitForFinished(30000));
        QCOMPARE(kiosk.exitCode(), 0);
    }
    QVERIFY(full ? disk.fill() : disk.makeReadOnly());
    QProcess kiosk;
    kiosk.start(KIOSK_EXECUTABLE,
                {"--data-dir", disk.path(), "--windowed", "--quit-after-first-frame"});
    QVERIFY(kiosk.waitForFinished(30000));
    const QString out = QString::fromUtf8(kiosk.readAllStandardOutput());
    QVERIFY2(!out.contains("already running"), qPrintable(out));
    QCOMPARE(kiosk.exitCode(), 0);
    QVERIFY2(out.contains("first frame"), qPrintable(out)); // it showed the data
}

void TestSingleInstance::aStartThatCannotGoOnExitsWithAnError()
{
    if (!ScratchMount::available())
        QSKIP("needs root to mount a small disk (CI runs as root)");
    QTemporaryDir dir;
    ScratchMount disk(dir.filePath("data"), 1024);
    QVERIFY(disk.makeReadOnly()); // empty and read-only: no data to show, none can be loaded
    QProcess kiosk;
    kiosk.start(KIOSK_EXECUTABLE, {"--data-dir", disk.path(), "--windowed"});
    QVERIFY(kiosk.waitForFinished(30000));
    QVERIFY(kiosk.exitCode() != 0); // so that the service manager restarts it, with back-off
    const QString err = QString::fromUtf8(kiosk.readAllStandardError());
    QVERIFY2(err.contains("cannot open the job data"), qPrintable(err));
}

void TestSingleInstance::aLockLeftByAnotherMachineIsTakenOver_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("another machine") << QByteArray("4242\ncareers-kiosk\nkiosk-07\n");
}

void TestSingleInstance::aLockLeftByAnotherMachineIsTakenOver()
{
    QFETCH(QByteArray, content);
    // A data folder copied from another kiosk, or a lock that cannot be read: no kiosk answers,
    // so it must not keep this one from starting.
    QTemporaryDir dir;
    QFile lock(dir.filePath("instance.lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(content);
    lock.close();
    SingleInstance instance(dir.path());
    QVERIFY(instance.claim());
    QVERIFY2(instance.lockProblem().contains("took over"), qPrintable(instance.lockProblem()));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
