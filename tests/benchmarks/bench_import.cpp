#include "bundlefactory.h"
#include "importer.h"

#include <QTemporaryDir>
#include <QTest>

// Budget: validate and import a 10,000-job bundle in at most 1 s on a 2-core machine.
class BenchImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void validate();
    void validateAndImport();

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

QTEST_GUILESS_MAIN(BenchImport)
#include "bench_import.moc"
