#include "bundlefactory.h"
#include "catalogue.h"
#include "clock.h"
#include "importer.h"
#include "jobfiltermodel.h"

#include <QTemporaryDir>
#include <QTest>

// Budget: from the live store to a usable vacancy list of 20,000 jobs in at most 150 ms: the
// rows read, the list model set and the filter's rows ready for a view.
class BenchCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loadTwentyThousandJobs();
    void loadTwentyThousandJobsUntilSearchable();

private:
    QTemporaryDir m_dir;
    Clock m_clock;
};

void BenchCatalogue::initTestCase()
{
    // Closing over three months, so that the list's order is by date and then by title.
    BundleContent content = BundleFactory::content(0);
    for (int i = 1; i <= 20000; ++i) {
        const QDate closing = QDate(2027, 1, 1).addDays((i * 37) % 90);
        content.rows("jobs") << BundleFactory::job(i, closing.toString(Qt::ISODate));
    }
    const QString bundle = m_dir.filePath("20000.kioskbundle");
    BundleFactory::write(content, bundle);
    Importer importer(m_dir.filePath("data"));
    QVERIFY2(importer.import(bundle, false), qPrintable(importer.error()));
    m_clock.setFixedTime(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
}

void BenchCatalogue::loadTwentyThousandJobs()
{
    Catalogue catalogue(m_dir.filePath("data"), &m_clock);
    QVERIFY(catalogue.loadContent());
    JobFilterModel filter;
    filter.setJobs(catalogue.jobs());
    QBENCHMARK
    {
        catalogue.loadJobs();
        QCOMPARE(filter.rowCount(), 20000);
        filter.index(19999, 0).data();
    }
}

// The same, until the first search can run without waiting for the word index, which is
// built on a worker thread meanwhile.
void BenchCatalogue::loadTwentyThousandJobsUntilSearchable()
{
    Catalogue catalogue(m_dir.filePath("data"), &m_clock);
    QVERIFY(catalogue.loadContent());
    QBENCHMARK
    {
        catalogue.loadJobs();
        QCOMPARE(catalogue.jobs()->searchIndex().jobCount(), 20000);
    }
}

QTEST_GUILESS_MAIN(BenchCatalogue)
#include "bench_catalogue.moc"
