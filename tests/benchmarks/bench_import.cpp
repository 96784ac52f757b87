#include "bundlefactory.h"
#include "importer.h"
#include "processmemory.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// Budgets: validate and import a 10,000-job bundle in at most 1 s on a 2-core machine; at most
// 1.5 times a 20,000-job bundle's size in memory, above what the process held before, while it
// is imported over live data of the same size.
class BenchImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void validate();
    void validateAndImport();
    void peakMemoryOfTheLargestImport();

private:
    QTemporaryDir m_dir;
    QString m_bundle;
};

void BenchImport::initTestCase()
{
    m_bundle = m_dir.filePath("10000.kioskbundle");
    BundleFactory::write(BundleFactory::content(10000), m_bundle);
}

void BenchImport::validate()
{
    Importer importer(m_dir.filePath("validate-only"));
    QBENCHMARK
    {
        QVERIFY(importer.check(m_bundle));
    }
}

void BenchImport::validateAndImport()
{
    Importer importer(m_dir.filePath("data"));
    QBENCHMARK
    {
        QVERIFY2(importer.import(m_bundle, true), qPrintable(importer.error()));
    }
    QCOMPARE(importer.summary().jobCount, 10000);
}

void BenchImport::peakMemoryOfTheLargestImport()
{
    if (ProcessMemory::peakKb() < 0)
        QSKIP("peak memory is read from /proc on Linux");
    // As many jobs as a bundle may hold, each with a description of some 1,300 characters.
    const QString bundle = m_dir.filePath("20000.kioskbundle");
    {
        BundleContent content = BundleFactory::content(20000);
        const QString description = QString("A long description of the role. ").repeated(40);
        for (BundleContent::Row &job : content.rows("jobs"))
            job[13] = description + job.at(0).toString();
        BundleFactory::write(content, bundle);
    }
    // Staff replace one event's jobs with the next's: the live data is as large.
    {
        Importer first(m_dir.filePath("largest"));
        QVERIFY2(first.import(bundle, false), qPrintable(first.error()));
    }
    QVERIFY(ProcessMemory::resetPeak());
    const qint64 before = ProcessMemory::residentKb();
    Importer importer(m_dir.filePath("largest")); // as a staff task makes one
    QVERIFY2(importer.import(bundle, true), qPrintable(importer.error()));
    const qint64 above = ProcessMemory::peakKb() - before;
    const double bundleKb = double(QFileInfo(bundle).size()) / 1024;
    qInfo("a %.1f MB bundle of 20,000 jobs imported over as many: peak %.1f MB above the "
          "%.1f MB before, %.2f times the bundle",
          bundleKb / 1024, double(above) / 1024, double(before) / 1024, double(above) / bundleKb);
    // Rows are streamed from the checked copy into the new store, so the peak is a fraction of
    // the bundle (0.3 times); holding every row again would take twice the bundle.
    QVERIFY2(double(above) <= 1.5 * bundleKb, "the import's memory is over its budget");
}

QTEST_GUILESS_MAIN(BenchImport)
#include "bench_import.moc"
