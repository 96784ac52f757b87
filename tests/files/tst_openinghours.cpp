#include "openinghours.h"

#include <QTest>
#include <QTimeZone>

// The opening hours as staff write them: every form that reads, each mistake with a message
// that says what is wrong and how to write it, and open or closed at a wall-clock time in
// Europe/London, across midnight and the clock changes.
class TestOpeningHours : public QObject
{
    Q_OBJECT
private slots:
    void readsEveryForm_data();
    void readsEveryForm();
    void refusesWithAClearMessage_data();
    void refusesWithAClearMessage();
    void openAtWallClockTimes();
    void nextChangeAndOpening();
    void springForwardSkipsTheMissingHour();
    void autumnRepeatsTheHour();
};

namespace
{

const QTimeZone london("Europe/London");

// 2026-11-23 is a Monday.
QDateTime at(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), london);
}

} // namespace

void TestOpeningHours::readsEveryForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("ranges");
    QTest::addColumn<QDateTime>("open");   // a moment it is open
    QTest::addColumn<QDateTime>("closed"); // and one it is closed
    QTest::newRow("weekdays and Saturday") << "Mon-Fri 09:00-17:00; Sat 10:00-16:00" << 6
                                           << at(2026, 11, 28, 10) << at(2026, 11, 28, 16);
    QTest::newRow("daily") << "Daily 10:00-16:00" << 7 << at(2026, 11, 29, 15, 59)
                           << at(2026, 11, 29, 9, 59);
    QTest::newRow("a list and two ranges") << "Mon,Wed 09:00-12:00, 13:00-17:00" << 4
                                           << at(2026, 11, 25, 13) << at(2026, 11, 25, 12, 30);
    QTest::newRow("days round the weekend")
        << "Fri-Mon 10:00-16:00" << 4 << at(2026, 11, 29, 11) << at(2026, 11, 24, 11);
    QTest::newRow("over midnight")
        << "Sat 22:00-02:00" << 1 << at(2026, 11, 29, 1, 59) << at(2026, 11, 29, 2);
    QTest::newRow("over the week's end")
        << "Sun 20:00-02:00" << 1 << at(2026, 11, 23, 1) << at(2026, 11, 23, 3);
    QTest::newRow("a whole day") << "Mon 00:00-24:00" << 1 << at(2026, 11, 23, 23, 59)
                                 << at(2026, 11, 24, 0);
    QTest::newRow("full names, lower case, one-digit hours")
        << "monday-friday 9:00-17:00" << 5 << at(2026, 11, 27, 9) << at(2026, 11, 27, 8, 59);
    QTest::newRow("ranges that touch")
        << "Mon 22:00-24:00; Tue 00:00-06:00" << 2 << at(2026, 11, 24, 0) << at(2026, 11, 24, 6);
}

void TestOpeningHours::readsEveryForm()
{
    QFETCH(QString, text);
    QFETCH(int, ranges);
    QFETCH(QDateTime, open);
    QFETCH(QDateTime, closed);
    QString error = "stale";
    const OpeningHours hours = OpeningHours::parse(text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!hours.isAlwaysOpen());
    QCOMPARE(hours.text(), text.trimmed());
    QCOMPARE(hours.ranges().size(), ranges);
    QVERIFY(hours.isOpenAt(open));
    QVERIFY(!hours.isOpenAt(closed));
}

void TestOpeningHours::refusesWithAClearMessage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << "  "
                             << "no opening hours given";
    QTest::newRow("25:00") << "Mon 09:00-25:00"
                           << "25:00 is not a time of day: hours run from 00 to 23";
    QTest::newRow("minutes") << "Mon 09:00-17:60"
                             << "17:60 is not a time of day: minutes run";
    QTest::newRow("opening at 24:00") << "Mon 24:00-02:00"
                                      << "24:00 only as a closing time";
    QTest::newRow("overlapping ranges")
        << "Mon-Fri 09:00-17:00; Wed 12:00-18:00"
        << "Wed 09:00-17:00 and Wed 12:00-18:00 overlap: join them into one range";
    QTest::newRow("overlapping over midnight") << "Fri 20:00-02:00; Sat 01:00-05:00"
                                               << "Fri 20:00-02:00 and Sat 01:00-05:00 overlap";
    QTest::newRow("overlapping over the week's end")
        << "Sun 22:00-03:00; Mon 02:00-05:00"
        << "Sun 22:00-03:00 and Mon 02:00-05:00 overlap";
    QTest::newRow("an empty day") << "Mon-Fri 09:00-17:00; Sat"
                                  << "Sat has no opening times: write them after the day";
    QTest::newRow("an empty part") << "Mon 09:00-17:00;; Sat 10:00-16:00"
                                   << "part 2 of the opening hours is empty";
    QTest::newRow("not a day") << "Mnd 09:00-17:00"
                               << "'Mnd' is not a day";
    QTest::newRow("not a range of days") << "Mon-Tue-Wed 09:00-17:00"
                                         << "is not a day";
    QTest::newRow("not times") << "Mon 9-5"
                               << "'9-5' is not a range of times";
    QTest::newRow("no length") << "Mon 09:00-09:00"
                               << "opens and closes at the same time";
    QTest::newRow("a control character") << "Mon 09:00-17:00\x1b"
                                         << "control character";
    QTest::newRow("too long") << QString("Mon 09:00-10:00; ").repeated(40) << "longer than 500";
}

void TestOpeningHours::refusesWithAClearMessage()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    const OpeningHours hours = OpeningHours::parse(text, &error);
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(hours.isAlwaysOpen());
    QVERIFY(hours.text().isEmpty());
}

void TestOpeningHours::openAtWallClockTimes()
{
    const OpeningHours hours = OpeningHours::parse("Mon-Fri 09:00-17:00; Sat 10:00-16:00");
    QVERIFY(!hours.isOpenAt(at(2026, 11, 23, 8, 59)));
    QVERIFY(hours.isOpenAt(at(2026, 11, 23, 9, 0)));
    QVERIFY(hours.isOpenAt(at(2026, 11, 23, 16, 59)));
    QVERIFY(!hours.isOpenAt(at(2026, 11, 23, 17, 0)));
    QVERIFY(!hours.isOpenAt(at(2026, 11, 29, 12, 0))); // Sunday
    // Summer time: 09:00 is 08:00 UTC, and still 09:00 on the kiosk's clock.
    QVERIFY(hours.isOpenAt(
        QDateTime(QDate(2026, 7, 6), QTime(8, 0), QTimeZone::utc()).toTimeZone(london)));
    QVERIFY(!hours.isOpenAt(
        QDateTime(QDate(2026, 7, 6), QTime(7, 59), QTimeZone::utc()).toTimeZone(london)));
}

void TestOpeningHours::nextChangeAndOpening()
{
    const OpeningHours hours = OpeningHours::parse("Mon-Fri 09:00-17:00; Sat 10:00-16:00");
    QCOMPARE(hours.nextChange(at(2026, 11, 23, 8, 0)), at(2026, 11, 23, 9));
    QCOMPARE(hours.nextChange(at(2026, 11, 23, 9, 0)), at(2026, 11, 23, 17));
    QCOMPARE(hours.nextOpening(at(2026, 11, 23, 12, 0)), at(2026, 11, 24, 9));
    QCOMPARE(hours.nextOpening(at(2026, 11, 28, 17, 0)), at(2026, 11, 30, 9));  // Saturday
    QCOMPARE(hours.nextOpening(at(2026, 11, 27, 18, 0)), at(2026, 11, 28, 10)); // Friday
    const OpeningHours night = OpeningHours::parse("Sat 22:00-02:00");
    QCOMPARE(night.nextChange(at(2026, 11, 28, 23, 0)), at(2026, 11, 29, 2));
    QVERIFY(!OpeningHours().nextChange(at(2026, 11, 23, 8)).isValid());
    QVERIFY(!OpeningHours().nextOpening(at(2026, 11, 23, 8)).isValid());
}

void TestOpeningHours::springForwardSkipsTheMissingHour()
{
    // 29 March 2026: at 01:00 GMT the clocks go to 02:00 BST. Hours from 01:30 open when the
    // wall clock jumps to 02:00; hours from 09:00 open at 09:00 BST, 08:00 UTC.
    const OpeningHours early = OpeningHours::parse("Sun 01:30-03:00");
    const QDateTime before = QDateTime(QDate(2026, 3, 29), QTime(0, 30), QTimeZone::utc());
    const QDateTime change = early.nextChange(before.toTimeZone(london));
    QCOMPARE(change.toUTC(), QDateTime(QDate(2026, 3, 29), QTime(1, 0), QTimeZone::utc()));
    QCOMPARE(change.time(), QTime(2, 0));
    const OpeningHours day = OpeningHours::parse("Sun 09:00-17:00");
    QCOMPARE(day.nextOpening(before.toTimeZone(london)).toUTC(),
             QDateTime(QDate(2026, 3, 29), QTime(8, 0), QTimeZone::utc()));
}

void TestOpeningHours::autumnRepeatsTheHour()
{
    // 25 October 2026: at 02:00 BST the clocks go back to 01:00 GMT, so 01:00-01:30 comes
    // twice, and is open both times.
    const OpeningHours hours = OpeningHours::parse("Sun 01:00-01:30");
    QDateTime now =
        QDateTime(QDate(2026, 10, 24), QTime(23, 0), QTimeZone::utc()).toTimeZone(london);
    QList<QDateTime> changes;
    for (int i = 0; i < 4; ++i) {
        now = hours.nextChange(now);
        changes << now.toUTC();
    }
    const auto utc = [](int hour, int minute) {
        return QDateTime(QDate(2026, 10, 25), QTime(hour, minute), QTimeZone::utc());
    };
    QCOMPARE(changes, (QList<QDateTime>{utc(0, 0), utc(0, 30), utc(1, 0), utc(1, 30)}));
}

QTEST_GUILESS_MAIN(TestOpeningHours)

#include "tst_openinghours.moc"
