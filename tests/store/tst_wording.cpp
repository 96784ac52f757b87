#include "wording.h"

#include <QTest>

class TestWording : public QObject
{
    Q_OBJECT
private slots:
    void counts();
    void timeLeft();
    void closesSoonMeansThisWeek();
    void dates();
    void importSummaryInWords();
};

void TestWording::counts()
{
    QCOMPARE(Wording::vacancies(1), QString("1 vacancy"));
    QCOMPARE(Wording::vacancies(0), QString("0 vacancies"));
    QCOMPARE(Wording::openVacancies(42), QString("42 open vacancies"));
    QCOMPARE(Wording::kindName("officer"), QString("Police officer"));
    QCOMPARE(Wording::kindName("staff"), QString("Police staff"));
}

void TestWording::timeLeft()
{
    const QDate today(2026, 11, 25);
    QCOMPARE(Wording::timeLeft(today, today), QString("Closes today: last day to apply"));
    QCOMPARE(Wording::timeLeft(today.addDays(1), today), QString("1 day left to apply"));
    QCOMPARE(Wording::timeLeft(today.addDays(30), today), QString("30 days left to apply"));
    QCOMPARE(Wording::timeLeft(today.addDays(-1), today), QString("Closed"));
}

void TestWording::closesSoonMeansThisWeek()
{
    const QDate today(2026, 11, 25);
    QVERIFY(Wording::closesSoon(today, today));
    QVERIFY(Wording::closesSoon(today.addDays(7), today));
    QVERIFY(!Wording::closesSoon(today.addDays(8), today));
    QVERIFY(!Wording::closesSoon(today.addDays(-1), today));
}

void TestWording::dates()
{
    QCOMPARE(Wording::longDate(QDate(2026, 12, 3)), QString("Thursday 3 December 2026"));
    const QTimeZone london("Europe/London");
    QCOMPARE(Wording::dateAndTime("2026-11-25T09:00:00Z", london),
             QString("25 November 2026 at 09:00"));
    // Summer time: staff read London's clock, not UTC's.
    QCOMPARE(Wording::dateAndTime("2026-06-30T23:30:00+00:00", london),
             QString("1 July 2026 at 00:30"));
    QCOMPARE(Wording::dateAndTime("yesterday", london), QString("yesterday"));
}

void TestWording::importSummaryInWords()
{
    ImportSummary summary;
    summary.publishedAt = "2026-11-25T09:00:00Z";
    summary.jobCount = 3;
    summary.added = {"A", "B", "C"};
    QCOMPARE(Wording::importSummary(summary, QTimeZone("Europe/London")),
             QString("published 25 November 2026 at 09:00: 3 jobs; 3 added, 0 removed, 0 changed"));
    QCOMPARE(summary.text(),
             QString("published 2026-11-25T09:00:00Z: 3 jobs; 3 added, 0 removed, 0 changed"));
}

QTEST_GUILESS_MAIN(TestWording)
#include "tst_wording.moc"
