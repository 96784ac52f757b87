#include "crashguard.h"

#include <QTemporaryDir>
#include <QTest>

class TestCrashGuard : public QObject
{
    Q_OBJECT
private slots:
    void cleanRunsNeverWait();
    void repeatedCrashesBackOff();
    void crashesFarApartDoNotAddUp();
    void countsTodaysStartsAndCrashes();
};

void TestCrashGuard::cleanRunsNeverWait()
{
    QTemporaryDir dir;
    QDateTime now(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < 5; ++i) {
        CrashGuard guard(dir.path());
        QCOMPARE(guard.beginRun(now.addSecs(i * 10)), 0);
        guard.endRun();
    }
}

void TestCrashGuard::repeatedCrashesBackOff()
{
    QTemporaryDir dir;
    QDateTime now(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
    QList<int> waits;
    for (int i = 0; i < 9; ++i) // each run "crashes": it never calls endRun()
        waits << CrashGuard(dir.path()).beginRun(now.addSecs(i * 5));
    QCOMPARE(waits, QList<int>({0, 0, 0, 2, 4, 8, 16, 32, 60}));
    CrashGuard guard(dir.path());
    QCOMPARE(guard.crashesInARow(), 8);
    guard.endRun();
    QCOMPARE(CrashGuard(dir.path()).beginRun(now.addSecs(100)), 0);
}

void TestCrashGuard::crashesFarApartDoNotAddUp()
{
    QTemporaryDir dir;
    QDateTime now(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(CrashGuard(dir.path()).beginRun(now.addSecs(i * 3600)), 0);
}

void TestCrashGuard::countsTodaysStartsAndCrashes()
{
    QTemporaryDir dir;
    const QDate today(2026, 12, 8);
    const QDateTime morning(today, QTime(9, 0), Qt::UTC);
    QCOMPARE(CrashGuard(dir.path()).runsOn(today).starts, 0);
    {
        CrashGuard guard(dir.path());
        guard.beginRun(morning, today);
        guard.endRun(); // a clean stop
    }
    CrashGuard(dir.path()).beginRun(morning.addSecs(3600), today); // never stopped: crashed
    CrashGuard(dir.path()).beginRun(morning.addSecs(7200), today);
    const CrashGuard::Day day = CrashGuard(dir.path()).runsOn(today);
    QCOMPARE(day.starts, 3);
    QCOMPARE(day.crashes, 1);
    // Another day starts from nothing; yesterday's figures are not today's.
    QCOMPARE(CrashGuard(dir.path()).runsOn(today.addDays(1)).starts, 0);
    CrashGuard(dir.path()).beginRun(morning.addDays(1), today.addDays(1));
    const CrashGuard::Day next = CrashGuard(dir.path()).runsOn(today.addDays(1));
    QCOMPARE(next.starts, 1);
    QCOMPARE(next.crashes, 1); // the run left running the day before is found this morning
}

QTEST_GUILESS_MAIN(TestCrashGuard)
#include "tst_crashguard.moc"
