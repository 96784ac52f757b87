#include "clock.h"
#include "openingwatch.h"

#include <QSignalSpy>
#include <QTest>

// Open or closed by the kiosk's clock, moved on by the test: the switch comes at the opening
// and closing times to the millisecond, over midnight, on the days the clocks change, and
// within a minute of the clock being set by hand.
class TestOpeningWatch : public QObject
{
    Q_OBJECT
private slots:
    void alwaysOpenWithoutHours();
    void switchesAtOpeningAndClosing();
    void overMidnight();
    void springForward();
    void autumnBack();
    void followsAClockSetByHand();
    void newHoursTakeEffectAtOnce();

private:
    // Each change as (UTC time, open) while the clock is moved on by `msec`.
    static QList<QPair<QDateTime, bool>> changes(Clock &clock, OpeningWatch &watch, qint64 msec);
};

namespace
{

QDateTime utc(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), QTimeZone::utc());
}

const QTimeZone london("Europe/London");
const QDate monday(2026, 11, 23);

} // namespace

QList<QPair<QDateTime, bool>> TestOpeningWatch::changes(Clock &clock, OpeningWatch &watch,
                                                        qint64 msec)
{
    QList<QPair<QDateTime, bool>> seen;
    const QMetaObject::Connection connection =
        connect(&watch, &OpeningWatch::openChanged, [&](bool open) {
            seen.append({clock.nowUtc(), open});
        });
    clock.advance(msec);
    disconnect(connection);
    return seen;
}

void TestOpeningWatch::alwaysOpenWithoutHours()
{
    Clock clock(london);
    clock.setFixedTime(utc(monday, 3));
    OpeningWatch watch(&clock);
    QSignalSpy spy(&watch, &OpeningWatch::openChanged);
    clock.advance(3LL * 24 * 3600 * 1000);
    QVERIFY(watch.isOpen());
    QCOMPARE(watch.state(), QStringLiteral("open"));
    QVERIFY(!watch.nextOpening().isValid());
    QCOMPARE(spy.count(), 0);
}

void TestOpeningWatch::switchesAtOpeningAndClosing()
{
    Clock clock(london);
    clock.setFixedTime(utc(monday, 7));
    OpeningWatch watch(&clock);
    watch.setHours(OpeningHours::parse("Mon-Fri 09:00-17:00; Sat 10:00-16:00"));
    QVERIFY(!watch.isOpen());
    QCOMPARE(watch.state(), QStringLiteral("closed"));
    QCOMPARE(watch.nextOpening(), QDateTime(monday, QTime(9, 0), london));
    // Monday 07:00 to Sunday 07:00: each weekday and the Saturday, at their times exactly.
    const auto seen = changes(clock, watch, 6LL * 24 * 3600 * 1000);
    QList<QPair<QDateTime, bool>> expected;
    for (int day = 0; day < 5; ++day)
        expected << qMakePair(utc(monday.addDays(day), 9), true)
                 << qMakePair(utc(monday.addDays(day), 17), false);
    expected << qMakePair(utc(monday.addDays(5), 10), true)
             << qMakePair(utc(monday.addDays(5), 16), false);
    QCOMPARE(seen, expected);
    QCOMPARE(watch.nextOpening(), QDateTime(monday.addDays(7), QTime(9, 0), london));
}

void TestOpeningWatch::overMidnight()
{
    Clock clock(london);
    clock.setFixedTime(utc(QDate(2026, 11, 27), 19)); // Friday
    OpeningWatch watch(&clock);
    watch.setHours(OpeningHours::parse("Fri-Sat 20:00-02:00"));
    const auto seen = changes(clock, watch, 2LL * 24 * 3600 * 1000);
    const QList<QPair<QDateTime, bool>> expected{{utc(QDate(2026, 11, 27), 20), true},
                                                 {utc(QDate(2026, 11, 28), 2), false},
                                                 {utc(QDate(2026, 11, 28), 20), true},
                                                 {utc(QDate(2026, 11, 29), 2), false}};
    QCOMPARE(seen, expected);
}

void TestOpeningWatch::springForward()
{
    // 29 March 2026: 01:00 GMT becomes 02:00 BST. Sunday's 09:00 opening is at 08:00 UTC, and
    // Saturday's late hours end at 01:00 by the wall clock as ever.
    Clock clock(london);
    clock.setFixedTime(utc(QDate(2026, 3, 28), 12));
    OpeningWatch watch(&clock);
    watch.setHours(OpeningHours::parse("Sat 20:00-01:30; Sun 09:00-17:00"));
    const auto seen = changes(clock, watch, 24LL * 3600 * 1000);
    // Saturday 20:00 GMT; 01:00 GMT is 02:00 BST, past 01:30, so it closes at the jump.
    const QList<QPair<QDateTime, bool>> expected{{utc(QDate(2026, 3, 28), 20), true},
                                                 {utc(QDate(2026, 3, 29), 1), false},
                                                 {utc(QDate(2026, 3, 29), 8), true}};
    QCOMPARE(seen, expected);
    QCOMPARE(clock.now().time(), QTime(13, 0)); // BST now
}

void TestOpeningWatch::autumnBack()
{
    // 25 October 2026: 02:00 BST becomes 01:00 GMT. Sunday's 09:00 opening is at 09:00 UTC.
    Clock clock(london);
    clock.setFixedTime(utc(QDate(2026, 10, 24), 12));
    OpeningWatch watch(&clock);
    watch.setHours(OpeningHours::parse("Sat 18:00-01:30; Sun 09:00-17:00"));
    const auto seen = changes(clock, watch, 30LL * 3600 * 1000);
    // Saturday 18:00 BST is 17:00 UTC; 01:30 BST closes it (00:30 UTC). The wall clock then
    // shows 01:00 to 01:30 again, inside the hours, so it is open for that half hour too.
    const QList<QPair<QDateTime, bool>> expected{
        {utc(QDate(2026, 10, 24), 17), true}, {utc(QDate(2026, 10, 25), 0, 30), false},
        {utc(QDate(2026, 10, 25), 1), true},  {utc(QDate(2026, 10, 25), 1, 30), false},
        {utc(QDate(2026, 10, 25), 9), true},  {utc(QDate(2026, 10, 25), 17), false}};
    QCOMPARE(seen, expected);
}

void TestOpeningWatch::followsAClockSetByHand()
{
    Clock clock(london);
    clock.setFixedTime(utc(monday, 12));
    OpeningWatch watch(&clock);
    watch.setHours(OpeningHours::parse("Mon-Fri 09:00-17:00"));
    QVERIFY(watch.isOpen());
    QSignalSpy spy(&watch, &OpeningWatch::openChanged);
    clock.setFixedTime(utc(monday, 20)); // the same day, set on by hand
    clock.advance(59 * 1000);
    QCOMPARE(spy.count(), 0);
    clock.advance(1000);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!watch.isOpen());
}

void TestOpeningWatch::newHoursTakeEffectAtOnce()
{
    Clock clock(london);
    clock.setFixedTime(utc(monday, 20));
    OpeningWatch watch(&clock);
    QSignalSpy spy(&watch, &OpeningWatch::openChanged);
    watch.setHours(OpeningHours::parse("Mon-Fri 09:00-17:00"));
    QCOMPARE(spy.count(), 1);
    QVERIFY(!watch.isOpen());
    watch.setHours({});
    QCOMPARE(spy.count(), 2);
    QVERIFY(watch.isOpen());
}

QTEST_GUILESS_MAIN(TestOpeningWatch)

#include "tst_openingwatch.moc"
