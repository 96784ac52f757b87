#include "idlemonitor.h"

#include <QSignalSpy>
#include <QTest>

// On a fixed clock that the tests move on: nothing here waits for real time.
class TestIdleMonitor : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void warnsThenTimesOut();
    void activityDuringTheWarningCancelsIt();
    void activityPostponesTheWarning();
    void stoppedMonitorIgnoresEverything();
    void countsDownWholeSeconds();
    void aNewIdleTimeCountsFromNow();
    void ownRealClockByDefault();

private:
    std::unique_ptr<Clock> m_clock;
};

void TestIdleMonitor::init()
{
    m_clock = std::make_unique<Clock>();
    m_clock->setFixedTime(QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
}

void TestIdleMonitor::warnsThenTimesOut()
{
    IdleMonitor idle(m_clock.get());
    idle.setIdleTime(50);
    idle.setWarningTime(100);
    QSignalSpy warned(&idle, &IdleMonitor::warningStarted);
    QSignalSpy timedOut(&idle, &IdleMonitor::timedOut);
    idle.start();
    m_clock->advance(49);
    QCOMPARE(warned.count(), 0);
    m_clock->advance(1);
    QCOMPARE(warned.count(), 1);
    QVERIFY(idle.isWarning());
    m_clock->advance(99);
    QCOMPARE(timedOut.count(), 0);
    m_clock->advance(1);
    QCOMPARE(timedOut.count(), 1);
    QVERIFY(!idle.isRunning());
    m_clock->advance(3600 * 1000);
    QCOMPARE(warned.count(), 1); // once timed out, it waits to be started again
}

void TestIdleMonitor::activityDuringTheWarningCancelsIt()
{
    IdleMonitor idle(m_clock.get());
    idle.setIdleTime(30);
    idle.setWarningTime(5000);
    QSignalSpy cancelled(&idle, &IdleMonitor::warningCancelled);
    QSignalSpy timedOut(&idle, &IdleMonitor::timedOut);
    idle.start();
    m_clock->advance(30);
    QVERIFY(idle.isWarning());
    m_clock->advance(4999);
    idle.activity();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!idle.isWarning());
    QVERIFY(idle.isRunning());
    m_clock->advance(29); // the idle time starts again in full
    QCOMPARE(timedOut.count(), 0);
    QVERIFY(!idle.isWarning());
}

void TestIdleMonitor::activityPostponesTheWarning()
{
    IdleMonitor idle(m_clock.get());
    idle.setIdleTime(500);
    QSignalSpy warned(&idle, &IdleMonitor::warningStarted);
    idle.start();
    for (int i = 0; i < 5; ++i) {
        m_clock->advance(499);
        idle.activity();
    }
    QCOMPARE(warned.count(), 0);
    m_clock->advance(500);
    QCOMPARE(warned.count(), 1);
}

void TestIdleMonitor::stoppedMonitorIgnoresEverything()
{
    IdleMonitor idle(m_clock.get());
    idle.setIdleTime(10);
    QSignalSpy warned(&idle, &IdleMonitor::warningStarted);
    idle.activity(); // on the attract screen nothing is running
    m_clock->advance(3600 * 1000);
    QCOMPARE(warned.count(), 0);
    QVERIFY(!idle.isRunning());
    idle.start();
    idle.stop();
    m_clock->advance(3600 * 1000);
    QCOMPARE(warned.count(), 0);
}

void TestIdleMonitor::countsDownWholeSeconds()
{
    IdleMonitor idle(m_clock.get());
    QCOMPARE(idle.warningTime(), 20000); // the default gives a visitor 20 seconds
    QCOMPARE(idle.idleTime(), 90000);
    idle.setIdleTime(10);
    idle.setWarningTime(2500);
    QSignalSpy seconds(&idle, &IdleMonitor::secondsLeftChanged);
    QSignalSpy timedOut(&idle, &IdleMonitor::timedOut);
    idle.start();
    m_clock->advance(10);
    QCOMPARE(idle.secondsLeft(), 3); // rounded up: never "0 seconds" while time is left
    QCOMPARE(seconds.count(), 1);
    QCOMPARE(seconds.last().first().toInt(), 3);
    m_clock->advance(499);
    QCOMPARE(seconds.count(), 1);
    m_clock->advance(1); // 2 s left
    QCOMPARE(seconds.count(), 2);
    QCOMPARE(seconds.last().first().toInt(), 2);
    m_clock->advance(1999); // 1 ms left: once a second, not at each check
    QCOMPARE(seconds.count(), 3);
    QCOMPARE(seconds.last().first().toInt(), 1);
    QCOMPARE(idle.secondsLeft(), 1);
    QCOMPARE(timedOut.count(), 0);
    m_clock->advance(1);
    QCOMPARE(timedOut.count(), 1);
    QCOMPARE(seconds.count(), 3);
    QCOMPARE(idle.secondsLeft(), 2); // not warning: the whole warning time again
}

void TestIdleMonitor::aNewIdleTimeCountsFromNow()
{
    // As the staff screen sets it, and as the soak shortens it to walk away.
    IdleMonitor idle(m_clock.get());
    QSignalSpy warned(&idle, &IdleMonitor::warningStarted);
    idle.start();
    m_clock->advance(80000);
    idle.setIdleTime(180000);
    m_clock->advance(179999);
    QCOMPARE(warned.count(), 0);
    idle.setIdleTime(1);
    QCOMPARE(warned.count(), 0);
    m_clock->advance(1);
    QCOMPARE(warned.count(), 1);
}

void TestIdleMonitor::ownRealClockByDefault()
{
    // Callers that give it no clock get a real one: real time, real timers (short ones here).
    IdleMonitor idle;
    idle.setIdleTime(5);
    idle.setWarningTime(10);
    QSignalSpy timedOut(&idle, &IdleMonitor::timedOut);
    idle.start();
    QVERIFY(idle.isRunning());
    QVERIFY(timedOut.wait(5000)); // about 15 ms
    QVERIFY(!idle.isRunning());
}

QTEST_GUILESS_MAIN(TestIdleMonitor)
#include "tst_idlemonitor.moc"
