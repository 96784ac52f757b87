#include "clock.h"

#include <QSignalSpy>
#include <QTest>

class TestClock : public QObject
{
    Q_OBJECT
private slots:
    void todayIsLondonsWhateverTheMachinesZone();
    void movingPastMidnightSaysTheDayChanged();
    void clockMovedBackSaysSoToo();
    void midnightIsNoticedOnTime();
    void elapsedTimeIgnoresTheSystemClock();
    void timersFireInOrderAsTheClockMovesOn();
    void timersCanBeStoppedRestartedAndDeletedAsTheyFire();
    void runningTimersWaitOutTheirTimeWhenTheClockIsFixed();
    void realClockRunsRealTimers();
};

void TestClock::todayIsLondonsWhateverTheMachinesZone()
{
    Clock clock;
    QCOMPARE(clock.zone().id(), QByteArray("Europe/London"));
    // 23:30 UTC in summer is already the next day in London (BST); in winter it is not.
    clock.setFixedTime(QDateTime(QDate(2026, 6, 30), QTime(23, 30), Qt::UTC));
    QCOMPARE(clock.today(), QDate(2026, 7, 1));
    QCOMPARE(clock.now().time(), QTime(0, 30));
    clock.setFixedTime(QDateTime(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC));
    QCOMPARE(clock.today(), QDate(2026, 12, 31));
    QCOMPARE(clock.nowUtc(), QDateTime(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC));
}

void TestClock::movingPastMidnightSaysTheDayChanged()
{
    Clock clock;
    clock.setFixedTime(QDateTime(QDate(2026, 11, 25), QTime(23, 59, 58), Qt::UTC));
    QSignalSpy changed(&clock, &Clock::dayChanged);
    clock.setFixedTime(QDateTime(QDate(2026, 11, 25), QTime(23, 59, 59), Qt::UTC));
    QCOMPARE(changed.count(), 0);
    clock.setFixedTime(QDateTime(QDate(2026, 11, 26), QTime(0, 0, 1), Qt::UTC));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toDate(), QDate(2026, 11, 26));
}

void TestClock::clockMovedBackSaysSoToo()
{
    Clock clock;
    clock.setFixedTime(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    QSignalSpy changed(&clock, &Clock::dayChanged);
    clock.setFixedTime(QDateTime(QDate(2025, 11, 25), QTime(12, 0), Qt::UTC));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toDate(), QDate(2025, 11, 25));
}

void TestClock::midnightIsNoticedOnTime()
{
    // Noticed as a real clock notices it, by its own timer, without waiting for a real night:
    // within 50 ms of midnight, in the kiosk's zone.
    Clock clock;
    clock.setFixedTime(QDateTime(QDate(2026, 11, 25), QTime(23, 59, 58), Qt::UTC));
    QSignalSpy changed(&clock, &Clock::dayChanged);
    clock.advance(2000);
    QCOMPARE(clock.now().time(), QTime(0, 0));
    QCOMPARE(changed.count(), 0);
    clock.advance(50);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toDate(), QDate(2026, 11, 26));
    // In summer London's midnight is 23:00 UTC; and a day later, once only.
    clock.setFixedTime(QDateTime(QDate(2026, 6, 30), QTime(22, 59), Qt::UTC));
    changed.clear();
    clock.advance(60 * 1000 + 50);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toDate(), QDate(2026, 7, 1));
    clock.advance(24 * 3600 * 1000);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(clock.today(), QDate(2026, 7, 2));
}

void TestClock::elapsedTimeIgnoresTheSystemClock()
{
    Clock clock;
    const qint64 start = clock.elapsed();
    QVERIFY(start >= 0);
    clock.setFixedTime(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    const qint64 fixed = clock.elapsed();
    QVERIFY(fixed >= start);
    clock.setFixedTime(QDateTime(QDate(2025, 11, 25), QTime(12, 0), Qt::UTC)); // a year back
    QCOMPARE(clock.elapsed(), fixed);
    clock.advance(1500);
    QCOMPARE(clock.elapsed(), fixed + 1500);
    QCOMPARE(clock.nowUtc(), QDateTime(QDate(2025, 11, 25), QTime(12, 0, 1, 500), Qt::UTC));
    clock.advance(-10); // time does not go back
    QCOMPARE(clock.elapsed(), fixed + 1500);
}

void TestClock::timersFireInOrderAsTheClockMovesOn()
{
    Clock clock;
    clock.setFixedTime(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    const qint64 start = clock.elapsed();
    QList<QPair<QString, qint64>> fired;
    const auto record = [&](ClockTimer *timer, const QString &name) {
        connect(timer, &ClockTimer::timeout, timer, [&fired, &clock, start, name] {
            fired << qMakePair(name, clock.elapsed() - start);
        });
    };
    ClockTimer once(&clock);
    once.setSingleShot(true);
    once.setInterval(250);
    record(&once, "once");
    ClockTimer again(&clock);
    again.setInterval(100);
    record(&again, "again");
    ClockTimer alsoAt200(&clock);
    alsoAt200.setSingleShot(true);
    record(&alsoAt200, "also at 200");
    once.start();
    again.start();
    alsoAt200.start(200);
    QVERIFY(once.isActive());
    QCOMPARE(once.remainingTime(), 250);
    clock.advance(99);
    QVERIFY(fired.isEmpty()); // nothing on its own, however long a test takes
    QCOMPARE(once.remainingTime(), 151);
    clock.advance(201);
    // At the same moment, the one started first ("again" started again at 100) fires first.
    const QList<QPair<QString, qint64>> expected = {
        {"again", 100}, {"also at 200", 200}, {"again", 200}, {"once", 250}, {"again", 300}};
    QCOMPARE(fired, expected);
    QVERIFY(!once.isActive());
    QCOMPARE(once.remainingTime(), -1);
    QVERIFY(again.isActive());
    // Each at its own time: what a timer reads of the clock as it fires.
    ClockTimer late(&clock);
    late.setSingleShot(true);
    QDateTime firedAt;
    connect(&late, &ClockTimer::timeout, &late, [&] { firedAt = clock.nowUtc(); });
    late.start(60 * 1000);
    again.stop();
    clock.advance(10 * 60 * 1000);
    QCOMPARE(firedAt, QDateTime(QDate(2026, 11, 25), QTime(12, 1, 0, 300), Qt::UTC));
}

void TestClock::timersCanBeStoppedRestartedAndDeletedAsTheyFire()
{
    Clock clock;
    clock.advance(0); // fixed at the present moment
    QVERIFY(clock.isFixed());
    ClockTimer first(&clock);
    first.setSingleShot(true);
    auto *second = new ClockTimer(&clock);
    second->setSingleShot(true);
    ClockTimer restarted(&clock);
    restarted.setSingleShot(true);
    int secondFired = 0;
    int restartedFired = 0;
    connect(&first, &ClockTimer::timeout, &first, [&] {
        delete second; // due at the same moment, and gone before its turn
        second = nullptr;
        restarted.start(30); // was due later: now 30 ms from here
    });
    connect(second, &ClockTimer::timeout, &clock, [&] { ++secondFired; });
    connect(&restarted, &ClockTimer::timeout, &clock, [&] { ++restartedFired; });
    first.start(10);
    second->start(10);
    restarted.start(100);
    clock.advance(39);
    QCOMPARE(secondFired, 0);
    QCOMPARE(restartedFired, 0);
    clock.advance(1);
    QCOMPARE(restartedFired, 1);
    clock.advance(1000);
    QCOMPARE(restartedFired, 1);
    // A new interval starts a running timer again, as QTimer's does; no wait is due at once.
    ClockTimer idle(&clock);
    idle.setSingleShot(true);
    idle.start(60000);
    clock.advance(59000);
    idle.setInterval(1);
    QCOMPARE(idle.remainingTime(), 1);
    idle.start(0);
    QVERIFY(idle.isActive());
    clock.advance(0);
    QVERIFY(!idle.isActive());
}

void TestClock::runningTimersWaitOutTheirTimeWhenTheClockIsFixed()
{
    Clock clock;
    ClockTimer timer(&clock);
    timer.setSingleShot(true);
    QSignalSpy fired(&timer, &ClockTimer::timeout);
    timer.start(60000);
    clock.setFixedTime(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    QVERIFY(timer.isActive());
    const qint64 left = timer.remainingTime();
    QVERIFY2(left > 55000 && left <= 60000, qPrintable(QString::number(left)));
    clock.advance(left - 1);
    QCOMPARE(fired.count(), 0);
    clock.advance(1);
    QCOMPARE(fired.count(), 1);
    // A timer that outlives its clock stops, and works on real time if started again.
    auto *shortLived = new Clock;
    ClockTimer orphan(shortLived);
    orphan.start(60000);
    delete shortLived;
    QVERIFY(!orphan.isActive());
    orphan.start(60000);
    QVERIFY(orphan.isActive());
}

void TestClock::realClockRunsRealTimers()
{
    Clock clock;
    QVERIFY(!clock.isFixed());
    ClockTimer timer(&clock);
    timer.setSingleShot(true);
    QSignalSpy fired(&timer, &ClockTimer::timeout);
    const qint64 start = clock.elapsed();
    timer.start(5);
    QVERIFY(timer.isActive());
    // 5 ms on an idle machine, and never early.
    QVERIFY(fired.wait(5000));
    QVERIFY(clock.elapsed() - start >= 5);
    QVERIFY(clock.nowUtc().isValid());
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
