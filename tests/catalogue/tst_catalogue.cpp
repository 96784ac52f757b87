#include "bundlefactory.h"
#include "catalogue.h"
#include "clock.h"
#include "importer.h"
#include "jobfiltermodel.h"
#include "sqlconnection.h"
#include "storedirectory.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The catalogue follows the clock and the live store: vacancies that close leave the list at
// midnight, and data made live by another process is noticed.
class TestCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void loadAnnouncesOnce();
    void midnightDropsTheJobsThatClosed();
    void clockMovedBackReadsTheListAgain();
    void noticesAnImportByAnotherProcess();
    void listIsInOrderFromNewAndOlderStores();
    void searchLooksInTheDescriptions();

private:
    void importJobs(const QList<QString> &closingDates, const QString &publishedAt);

    std::unique_ptr<QTemporaryDir> m_dir;
    Clock m_clock;
};

void TestCatalogue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock.setFixedTime(QDateTime(QDate(2026, 11, 25), QTime(18, 0), Qt::UTC));
    importJobs({"2026-11-24", "2026-11-25", "2026-11-25", "2026-11-26", "2027-01-10"},
               "2026-11-20T10:00:00Z");
}

void TestCatalogue::importJobs(const QList<QString> &closingDates, const QString &publishedAt)
{
    BundleContent content = BundleFactory::content(0, publishedAt);
    for (int i = 0; i < closingDates.size(); ++i)
        content.rows("jobs") << BundleFactory::job(i + 1, closingDates.at(i));
    const QString path = m_dir->filePath(publishedAt.left(10) + ".kioskbundle");
    BundleFactory::write(content, path);
    Importer importer(m_dir->filePath("data"));
    QVERIFY2(importer.import(path, true), qPrintable(importer.error()));
}

void TestCatalogue::loadAnnouncesOnce()
{
    Catalogue catalogue(m_dir->filePath("data"), &m_clock);
    QSignalSpy loaded(&catalogue, &Catalogue::loaded);
    QVERIFY(catalogue.load());
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(catalogue.jobs()->rowCount(), 4); // the one that closed yesterday is not open
}

void TestCatalogue::midnightDropsTheJobsThatClosed()
{
    Catalogue catalogue(m_dir->filePath("data"), &m_clock);
    QVERIFY(catalogue.load());
    QAbstractItemModelTester tester(catalogue.jobs(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(catalogue.jobs(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(catalogue.jobs(), &QAbstractItemModel::rowsRemoved);
    m_clock.setFixedTime(QDateTime(QDate(2026, 11, 25), QTime(23, 59, 59), Qt::UTC));
    QCOMPARE(catalogue.jobs()->rowCount(), 4);
    // Midnight in London (GMT in November).
    m_clock.setFixedTime(QDateTime(QDate(2026, 11, 26), QTime(0, 0, 1), Qt::UTC));
    QCOMPARE(catalogue.today(), QDate(2026, 11, 26));
    QCOMPARE(catalogue.jobs()->rowCount(), 2);
    for (int row = 0; row < catalogue.jobs()->rowCount(); ++row)
        QVERIFY(catalogue.jobs()->jobAt(row).closingDate >= QDate(2026, 11, 26));
    QCOMPARE(reset.count(), 0); // rows leave in place: a list on screen keeps its position
    QCOMPARE(removed.count(), 1);
}

void TestCatalogue::clockMovedBackReadsTheListAgain()
{
    Catalogue catalogue(m_dir->filePath("data"), &m_clock);
    QVERIFY(catalogue.load());
    m_clock.setFixedTime(QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC));
    QCOMPARE(catalogue.jobs()->rowCount(), 5);
}

void TestCatalogue::noticesAnImportByAnotherProcess()
{
    Catalogue catalogue(m_dir->filePath("data"), &m_clock);
    QVERIFY(catalogue.load());
    QVERIFY(!catalogue.isOutOfDate());
    QSignalSpy changed(&catalogue, &Catalogue::liveDataChanged);
    importJobs({"2027-02-01"}, "2026-11-22T10:00:00Z");
    // The folder's change comes from the system when it comes; the settling is on the clock.
    QVERIFY(QTest::qWaitFor([&] {
        m_clock.advance(Catalogue::settleMsec);
        return !changed.isEmpty();
    }));
    QVERIFY(catalogue.isOutOfDate());
    QCOMPARE(catalogue.info().publishedAt, QString("2026-11-20T10:00:00Z")); // not yet shown
    QVERIFY(catalogue.load());
    QCOMPARE(catalogue.info().publishedAt, QString("2026-11-22T10:00:00Z"));
    QVERIFY(!catalogue.isOutOfDate());
}

namespace
{
QStringList references(JobListModel *jobs)
{
    QStringList refs;
    for (int row = 0; row < jobs->rowCount(); ++row)
        refs << jobs->jobAt(row).reference;
    return refs;
}
} // namespace

void TestCatalogue::listIsInOrderFromNewAndOlderStores()
{
    // Written out of order: by date, then titles as a reader sorts them (numbers as numbers,
    // case aside), then by reference.
    const QList<QPair<QString, QString>> jobs = {{"2026-12-02", "analyst 10"},
                                                 {"2026-12-01", "Zebra handler"},
                                                 {"2026-12-02", "Analyst 9"},
                                                 {"2026-12-02", "analyst 10"},
                                                 {"2026-12-01", "alpha team"}};
    BundleContent content = BundleFactory::content(0, "2026-11-21T10:00:00Z");
    for (int i = 0; i < jobs.size(); ++i) {
        BundleContent::Row row = BundleFactory::job(i + 1, jobs.at(i).first);
        row[1] = jobs.at(i).second;
        content.rows("jobs") << row;
    }
    const QString path = m_dir->filePath("ordered.kioskbundle");
    BundleFactory::write(content, path);
    Importer importer(m_dir->filePath("data"));
    QVERIFY2(importer.import(path, true), qPrintable(importer.error()));
    const QStringList expected = {"TEST-00005", "TEST-00002", "TEST-00003", "TEST-00001",
                                  "TEST-00004"};
    {
        Catalogue catalogue(m_dir->filePath("data"), &m_clock);
        QVERIFY(catalogue.load());
        QCOMPARE(references(catalogue.jobs()), expected);
        // The list's own sort agrees with the store's order.
        catalogue.jobs()->setOrder(JobListModel::Order::Title);
        catalogue.jobs()->setOrder(JobListModel::Order::ClosingDate);
        QCOMPARE(references(catalogue.jobs()), expected);
    }
    // A store written before the order was kept: its rows come as they are, the list sorts.
    {
        SqlConnection older(StoreDirectory(m_dir->filePath("data")).livePath(),
                            SqlConnection::Mode::ReadWrite);
        QVERIFY2(older.exec("DROP TABLE jobs_in_list_order"), qPrintable(older.errorText()));
        QVERIFY(older.exec("UPDATE jobs SET rowid = 100 - rowid"));
    }
    Catalogue catalogue(m_dir->filePath("data"), &m_clock);
    QVERIFY(catalogue.load());
    QCOMPARE(references(catalogue.jobs()), expected);
}

void TestCatalogue::searchLooksInTheDescriptions()
{
    Catalogue catalogue(m_dir->filePath("data"), &m_clock);
    QVERIFY(catalogue.load());
    JobFilterModel filter;
    filter.setJobs(catalogue.jobs());
    QVERIFY(catalogue.jobs()->jobAt(0).description.isEmpty()); // the list does not hold them
    filter.setSearchText("second paragraph");                  // only in the descriptions
    QCOMPARE(filter.rowCount(), 4);
    filter.setSearchText("second paragraphs");
    QCOMPARE(filter.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
