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
    void realMidnightIsNoticedOnTime();
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

void TestClock::realMidnightIsNoticedOnTime()
{
    // A zone whose local midnight is one second away, so the real timer is tested without
    // waiting for a real night.
    const int secondsToday = QDateTime::currentDateTimeUtc().time().msecsSinceStartOfDay() / 1000;
    int offset = (86400 - 1 - secondsToday) % 86400;
    if (offset > 14 * 3600)
        offset -= 86400;
    Clock clock{QTimeZone(offset)};
    const QDate before = clock.today();
    QSignalSpy changed(&clock, &Clock::dayChanged);
    QVERIFY(changed.wait(3000));
    QCOMPARE(changed.first().first().toDate(), before.addDays(1));
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
