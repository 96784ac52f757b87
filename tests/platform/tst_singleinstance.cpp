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

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
