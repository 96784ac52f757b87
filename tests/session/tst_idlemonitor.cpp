#include "idlemonitor.h"

#include <QSignalSpy>
#include <QTest>

class TestIdleMonitor : public QObject
{
    Q_OBJECT
private slots:
    void warnsThenTimesOut();
    void activityDuringTheWarningCancelsIt();
    void activityPostponesTheWarning();
    void stoppedMonitorIgnoresEverything();
    void countsDownWholeSeconds();
};

void TestIdleMonitor::warnsThenTimesOut()
{
    IdleMonitor idle;
    idle.setIdleTime(50);
    idle.setWarningTime(100);
    QSignalSpy warned(&idle, &IdleMonitor::warningStarted);
    QSignalSpy timedOut(&idle, &IdleMonitor::timedOut);
    idle.start();
    QTRY_COMPARE(warned.count(), 1);
    QVERIFY(idle.isWarning());
    QCOMPARE(timedOut.count(), 0);
    QTRY_COMPARE(timedOut.count(), 1);
    QVERIFY(!idle.isRunning());
}

void TestIdleMonitor::activityDuringTheWarningCancelsIt()
{
    IdleMonitor idle;
    idle.setIdleTime(30);
    idle.setWarningTime(5000);
    QSignalSpy cancelled(&idle, &IdleMonitor::warningCancelled);
    QSignalSpy timedOut(&idle, &IdleMonitor::timedOut);
    idle.start();
    QTRY_VERIFY(idle.isWarning());
    idle.activity();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!idle.isWarning());
    QVERIFY(idle.isRunning());
    QCOMPARE(timedOut.count(), 0);
}

void TestIdleMonitor::activityPostponesTheWarning()
{
    IdleMonitor idle;
    idle.setIdleTime(500);
    QSignalSpy warned(&idle, &IdleMonitor::warningStarted);
    idle.start();
    for (int i = 0; i < 5; ++i) {
        QTest::qWait(100);
        idle.activity();
    }
    QCOMPARE(warned.count(), 0);
    QTRY_COMPARE(warned.count(), 1);
}

void TestIdleMonitor::stoppedMonitorIgnoresEverything()
{
    IdleMonitor idle;
    idle.setIdleTime(10);
    QSignalSpy warned(&idle, &IdleMonitor::warningStarted);
    idle.activity(); // on the attract screen nothing is running
    QTest::qWait(50);
    QCOMPARE(warned.count(), 0);
    QVERIFY(!idle.isRunning());
}

void TestIdleMonitor::countsDownWholeSeconds()
{
    IdleMonitor idle;
    QCOMPARE(idle.warningTime(), 20000); // the default gives a visitor 20 seconds
    idle.setIdleTime(10);
    idle.setWarningTime(3000);
    QSignalSpy seconds(&idle, &IdleMonitor::secondsLeftChanged);
    idle.start();
    QTRY_VERIFY(!seconds.isEmpty());
    QCOMPARE(seconds.first().first().toInt(), 3);
}

QTEST_GUILESS_MAIN(TestIdleMonitor)
#include "tst_idlemonitor.moc"
