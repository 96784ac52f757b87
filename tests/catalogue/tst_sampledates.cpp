#include "catalogue.h"
#include "clock.h"
#include "importer.h"
#include "sampledates.h"

#include <QTemporaryDir>
#include <QTest>

// The shipped sample shows a realistic spread of open vacancies whatever the date, while a
// real bundle's closing dates stay as written.
class TestSampleDates : public QObject
{
    Q_OBJECT
private slots:
    void sampleDatesFollowToday();
    void realDatesStay();
    void shippedSampleNeverRunsOut_data();
    void shippedSampleNeverRunsOut();
    void jobDetailShowsTheMovedDate();

private:
    static QDateTime at(const QDate &day) { return QDateTime(day, QTime(10, 0), Qt::UTC); }
};

void TestSampleDates::sampleDatesFollowToday()
{
    StoreInfo info{"t", "2026-11-25T09:00:00Z", "p", true};
    const QTimeZone london("Europe/London");
    const SampleDates dates(info, QDate(2028, 11, 25), london);
    QCOMPARE(dates.shift(), int(QDate(2026, 11, 25).daysTo(QDate(2028, 11, 25))));
    QCOMPARE(dates.storeDay(QDate(2028, 11, 25)), QDate(2026, 11, 25));
    Job job;
    job.closingDate = QDate(2026, 11, 30);
    QCOMPARE(dates.shown(job).closingDate, QDate(2028, 11, 30));
    // Published late in the evening in summer: the publication day is London's, not UTC's.
    info.publishedAt = "2026-06-30T23:30:00Z";
    QCOMPARE(SampleDates(info, QDate(2026, 7, 2), london).shift(), 1);
}

void TestSampleDates::realDatesStay()
{
    const StoreInfo info{"t", "2026-11-25T09:00:00Z", "p", false};
    const SampleDates dates(info, QDate(2028, 11, 25), QTimeZone("Europe/London"));
    QCOMPARE(dates.shift(), 0);
    QCOMPARE(dates.storeDay(QDate(2028, 11, 25)), QDate(2028, 11, 25));
}

void TestSampleDates::shippedSampleNeverRunsOut_data()
{
    QTest::addColumn<QDate>("today");
    QTest::newRow("publication day") << QDate(2026, 11, 25);
    QTest::newRow("a year ahead") << QDate(2027, 11, 29);
    QTest::newRow("two years ahead") << QDate(2028, 11, 29);
    QTest::newRow("ten years ahead, in summer") << QDate(2036, 7, 14);
}

void TestSampleDates::shippedSampleNeverRunsOut()
{
    QFETCH(QDate, today);
    QTemporaryDir dir;
    Importer importer(dir.path());
    QVERIFY2(importer.syncDefault(KIOSK_DEFAULT_BUNDLE), qPrintable(importer.error()));
    Clock clock;
    clock.setFixedTime(at(today));
    Catalogue catalogue(dir.path(), &clock);
    QVERIFY(catalogue.load());
    const JobListModel *jobs = catalogue.jobs();
    int thisWeek = 0;
    int withinThreeMonths = 0;
    for (int row = 0; row < jobs->rowCount(); ++row) {
        const qint64 days = today.daysTo(jobs->jobAt(row).closingDate);
        QVERIFY(days >= 0);
        thisWeek += days <= 7;
        withinThreeMonths += days <= 92;
    }
    QCOMPARE(jobs->rowCount(), 46); // every sample vacancy is open
    QVERIFY2(thisWeek >= 3, qPrintable(QString::number(thisWeek)));
    QVERIFY2(thisWeek <= 10, qPrintable(QString::number(thisWeek)));
    QVERIFY2(withinThreeMonths * 4 >= jobs->rowCount() * 3,
             qPrintable(QString::number(withinThreeMonths)));
    // The next day, the list is still full: the dates moved with it.
    clock.setFixedTime(at(today.addDays(1)));
    QCOMPARE(jobs->rowCount(), 46);
    QVERIFY(jobs->jobAt(0).closingDate >= today.addDays(1));
}

void TestSampleDates::jobDetailShowsTheMovedDate()
{
    QTemporaryDir dir;
    Importer importer(dir.path());
    QVERIFY2(importer.syncDefault(KIOSK_DEFAULT_BUNDLE), qPrintable(importer.error()));
    Clock clock;
    clock.setFixedTime(at(QDate(2028, 11, 29)));
    Catalogue catalogue(dir.path(), &clock);
    QVERIFY(catalogue.load());
    const Job first = catalogue.jobs()->jobAt(0);
    const std::optional<Job> detail = catalogue.job(first.reference);
    QVERIFY(detail);
    QCOMPARE(detail->closingDate, first.closingDate);
    QVERIFY(detail->closingDate >= QDate(2028, 11, 29));
}

QTEST_GUILESS_MAIN(TestSampleDates)
#include "tst_sampledates.moc"
