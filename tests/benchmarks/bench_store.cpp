#include "bundlefactory.h"
#include "importer.h"
#include "jobstore.h"

#include <QTemporaryDir>
#include <QTest>

// Budget: open the store and read the first screen's data in at most 20 ms.
class BenchStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void openAndReadFirstScreen();
    void readAllOpenJobs();

private:
    QTemporaryDir m_dir;
};

void BenchStore::initTestCase()
{
    const QString bundle = m_dir.filePath("10000.kioskbundle");
    BundleFactory::write(BundleFactory::content(10000), bundle);
    Importer importer(m_dir.filePath("data"));
    QVERIFY(importer.import(bundle, false));
}

void BenchStore::openAndReadFirstScreen()
{
    QBENCHMARK
    {
        JobStore store(m_dir.filePath("data"));
        QVERIFY(store.open());
        QCOMPARE(store.capabilities().size(), 3);
        QCOMPARE(store.openJobCount(QDate(2026, 11, 25)), 10000);
        QVERIFY(!store.info().title.isEmpty());
        QCOMPARE(store.sections().size(), 1);
    }
}

void BenchStore::readAllOpenJobs()
{
    JobStore store(m_dir.filePath("data"));
    QVERIFY(store.open());
    QBENCHMARK
    {
        QCOMPARE(store.openJobs(QDate(2026, 11, 25)).size(), 10000);
    }
}

QTEST_GUILESS_MAIN(BenchStore)
#include "bench_store.moc"
