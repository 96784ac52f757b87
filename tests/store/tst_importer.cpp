#include "bundlefactory.h"
#include "bundleschema.h"
#include "importer.h"
#include "jobstore.h"
#include "scratchmount.h"
#include "storedirectory.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestImporter : public QObject
{
    Q_OBJECT
private slots:
    void summaryCountsAddedRemovedChanged();
    void olderBundleIsRefusedUnlessForced();
    void validateChangesNothing();
    void defaultDataIsLoadedOnFirstStart();
    void newerDefaultDataReplacesOlderSampleData();
    void sampleDataNeverReplacesRealData();
    void lostDataIsRefilledDespiteTheNote();
    void killedImportLeavesOldOrNewData();
    void damagedPointerAtStartKeepsStaffData();
    void unreadableLiveDataNeverBlocksAnImport();
    void builtInDataShowsWhenTheClockIsBehind();
    void installCheckedInstallsOnlyWhatPassed();
    void installCheckedWritesTheCopyItChecked();
    void fullOrReadOnlyDataDiskKeepsTheLiveData_data();
    void fullOrReadOnlyDataDiskKeepsTheLiveData();

private:
    QString bundle(const BundleContent &content, const QString &name);
    QTemporaryDir m_dir;
};

QString TestImporter::bundle(const BundleContent &content, const QString &name)
{
    const QString path = m_dir.filePath(name + ".kioskbundle");
    BundleFactory::write(content, path);
    return path;
}

namespace
{
BundleContent withSample(BundleContent content, bool sample)
{
    content.rows("meta")[3][1] = sample ? "1" : "0";
    return content;
}
} // namespace

void TestImporter::summaryCountsAddedRemovedChanged()
{
    QTemporaryDir data;
    Importer importer(data.path());
    QVERIFY(importer.import(bundle(BundleFactory::content(5), "five"), false));
    QCOMPARE(importer.summary().added.size(), 5);

    BundleContent next = BundleFactory::content(7, "2026-11-21T10:00:00Z");
    next.rows("jobs").removeAt(0);              // TEST-00001 removed
    next.rows("jobs")[0][1] = "A better title"; // TEST-00002 changed
    QVERIFY(importer.import(bundle(next, "next"), false));
    QCOMPARE(importer.summary().added, QStringList({"TEST-00006", "TEST-00007"}));
    QCOMPARE(importer.summary().removed, QStringList({"TEST-00001"}));
    QCOMPARE(importer.summary().changed, QStringList({"TEST-00002"}));
    QCOMPARE(importer.summary().text(),
             QString("published 2026-11-21T10:00:00Z: 6 jobs; 2 added, 1 removed, 1 changed"));
}

void TestImporter::olderBundleIsRefusedUnlessForced()
{
    QTemporaryDir data;
    Importer importer(data.path());
    QVERIFY(
        importer.import(bundle(BundleFactory::content(2, "2026-11-20T10:00:00Z"), "new"), false));
    const QString older = bundle(BundleFactory::content(3, "2026-11-19T10:00:00+00:00"), "old");
    const auto before = BundleFactory::snapshot(data.path());
    QVERIFY(!importer.import(older, false));
    QVERIFY2(importer.error().contains("before the live data"), qPrintable(importer.error()));
    QVERIFY(importer.error().contains("--force"));
    QCOMPARE(BundleFactory::snapshot(data.path()), before);

    QVERIFY2(importer.import(older, true), qPrintable(importer.error()));
    JobStore store(data.path());
    QVERIFY(store.open());
    QCOMPARE(store.info().publishedAt, QString("2026-11-19T10:00:00+00:00"));
}

void TestImporter::validateChangesNothing()
{
    QTemporaryDir data;
    Importer importer(data.path());
    QVERIFY(importer.import(bundle(BundleFactory::content(2), "two"), false));
    const auto before = BundleFactory::snapshot(data.path());
    QVERIFY(importer.check(bundle(BundleFactory::content(4, "2026-11-27T00:00:00Z"), "four")));
    QCOMPARE(importer.summary().added.size(), 2);
    QCOMPARE(BundleFactory::snapshot(data.path()), before);
}

void TestImporter::defaultDataIsLoadedOnFirstStart()
{
    QTemporaryDir data;
    Importer importer(data.path());
    QVERIFY2(importer.syncDefault(KIOSK_DEFAULT_BUNDLE), qPrintable(importer.error()));
    QVERIFY(importer.changedAnything());
    JobStore store(data.path());
    QVERIFY(store.open());
    QVERIFY(store.info().sample);
    // A second start changes nothing.
    const auto before = BundleFactory::snapshot(data.path());
    QVERIFY(importer.syncDefault(KIOSK_DEFAULT_BUNDLE));
    QVERIFY(!importer.changedAnything());
    QCOMPARE(BundleFactory::snapshot(data.path()), before);
}

void TestImporter::newerDefaultDataReplacesOlderSampleData()
{
    QTemporaryDir data;
    Importer importer(data.path());
    QVERIFY(importer.import(
        bundle(withSample(BundleFactory::content(1, "2020-01-01T00:00:00Z"), true), "old-sample"),
        false));
    QVERIFY(importer.syncDefault(KIOSK_DEFAULT_BUNDLE));
    QVERIFY(importer.changedAnything());
    JobStore store(data.path());
    QVERIFY(store.open());
    QVERIFY(store.openJobCount(QDate(2020, 1, 1)) >= 40);
}

void TestImporter::sampleDataNeverReplacesRealData()
{
    QTemporaryDir data;
    Importer importer(data.path());
    QVERIFY(
        importer.import(bundle(BundleFactory::content(3, "2020-01-01T00:00:00Z"), "real"), false));
    const auto before = BundleFactory::snapshot(data.path());
    QVERIFY(importer.syncDefault(KIOSK_DEFAULT_BUNDLE));
    QVERIFY(!importer.changedAnything());
    auto after = BundleFactory::snapshot(data.path());
    QVERIFY(after.remove(data.filePath("default-checked")) == 1); // only a note was added
    QCOMPARE(after, before);
}

void TestImporter::lostDataIsRefilledDespiteTheNote()
{
    QTemporaryDir data;
    Importer importer(data.path());
    QVERIFY(importer.syncDefault(KIOSK_DEFAULT_BUNDLE));
    QVERIFY(QFile::exists(data.filePath("default-checked")));
    for (const QString &name : QDir(data.path()).entryList({"store-*", "live-store"}))
        QVERIFY(QFile::remove(data.filePath(name)));
    QVERIFY(importer.syncDefault(KIOSK_DEFAULT_BUNDLE));
    QVERIFY(importer.changedAnything());
    JobStore store(data.path());
    QVERIFY(store.open());
}

void TestImporter::damagedPointerAtStartKeepsStaffData()
{
    QTemporaryDir data;
    Importer importer(data.path());
    QVERIFY(importer.import(bundle(BundleFactory::content(3, "2026-11-20T10:00:00Z"), "a"), false));
    QVERIFY(importer.import(bundle(BundleFactory::content(4, "2026-11-21T10:00:00Z"), "b"), false));
    const QStringList stores = QDir(data.path()).entryList({"store-*"});
    QFile pointer(data.filePath("live-store"));
    QVERIFY(pointer.open(QIODevice::WriteOnly | QIODevice::Truncate)); // emptied
    pointer.close();
    // The next start: the staff data comes back, the sample data does not replace it.
    QVERIFY(importer.syncDefault(KIOSK_DEFAULT_BUNDLE));
    QVERIFY2(importer.recovery().contains("now showing"), qPrintable(importer.recovery()));
    QVERIFY(!importer.changedAnything());
    JobStore store(data.path());
    QVERIFY(store.open());
    QCOMPARE(store.info().publishedAt, QString("2026-11-21T10:00:00Z"));
    for (const QString &name : stores)
        QVERIFY(QFile::exists(data.filePath(name)));
}

void TestImporter::unreadableLiveDataNeverBlocksAnImport()
{
    QTemporaryDir data;
    Importer importer(data.path());
    QVERIFY(importer.import(bundle(BundleFactory::content(3, "2026-11-20T10:00:00Z"), "a"), false));
    QFile live(StoreDirectory(data.path()).livePath());
    QVERIFY(live.resize(live.size() / 2));
    QVERIFY2(importer.import(bundle(BundleFactory::content(2, "2026-11-19T10:00:00Z"), "b"), false),
             qPrintable(importer.error())); // older, but there is nothing readable to be older than
    JobStore store(data.path());
    QVERIFY(store.open());
    QCOMPARE(store.info().publishedAt, QString("2026-11-19T10:00:00Z"));
}

void TestImporter::builtInDataShowsWhenTheClockIsBehind()
{
    // A flat clock battery at a venue without network: the built-in sample still loads, while
    // a bundle from a stick dated "in the future" is still refused, with a hint about the clock.
    BundleSchema::setNowForTesting(QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC));
    QTemporaryDir data;
    Importer importer(data.path());
    const bool synced = importer.syncDefault(KIOSK_DEFAULT_BUNDLE);
    const QString syncError = importer.error();
    const bool imported =
        importer.import(bundle(BundleFactory::content(2, "2026-11-20T10:00:00Z"), "f"), true);
    BundleSchema::setNowForTesting({});
    QVERIFY2(synced, qPrintable(syncError));
    QVERIFY(!imported);
    QVERIFY2(importer.error().contains("check the clock"), qPrintable(importer.error()));
}

void TestImporter::killedImportLeavesOldOrNewData()
{
    // Real processes, killed with SIGKILL at different moments of a large import.
    const QString big = bundle(BundleFactory::content(8000, "2026-11-22T10:00:00Z"), "big");
    const QString small = bundle(BundleFactory::content(3, "2026-11-20T10:00:00Z"), "small");
    int sawOld = 0;
    int sawNew = 0;
    for (int delay = 0; delay <= 450; delay += 50) {
        QTemporaryDir data;
        Importer importer(data.path());
        QVERIFY(importer.import(small, false));
        QProcess process;
        process.start(KIOSK_EXECUTABLE, {"--data-dir", data.path(), "--import", big});
        QVERIFY(process.waitForStarted());
        QTest::qWait(delay);
        process.kill();
        process.waitForFinished();
        JobStore store(data.path());
        QVERIFY2(store.open(), qPrintable(store.error()));
        const int jobs = store.openJobCount(QDate(2026, 1, 1));
        QVERIFY2(jobs == 3 || jobs == 8000, qPrintable(QString::number(jobs)));
        (jobs == 3 ? sawOld : sawNew) += 1;
    }
    qInfo("killed imports: %d kept the old data, %d had finished", sawOld, sawNew);
    QVERIFY(sawOld > 0);
}

void TestImporter::installCheckedInstallsOnlyWhatPassed()
{
    QTemporaryDir data;
    Importer importer(data.path());
    QVERIFY(!importer.installChecked()); // nothing checked yet
    QVERIFY(importer.check(bundle(BundleFactory::content(3), "good")));
    QFile::remove(m_dir.filePath("bad.kioskbundle"));
    QFile bad(m_dir.filePath("bad.kioskbundle"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray(4096, 'x'));
    bad.close();
    QVERIFY(!importer.check(bad.fileName()));
    QVERIFY(!importer.installChecked()); // the earlier good check does not count
    QVERIFY(StoreDirectory(data.path()).livePath().isEmpty());
    QVERIFY(importer.check(bundle(BundleFactory::content(3), "good")));
    QVERIFY(importer.installChecked());
    QCOMPARE(JobStore(data.path()).open() ? 1 : 0, 1);
}

void TestImporter::installCheckedWritesTheCopyItChecked()
{
    // The file is swapped for another valid one between the check and "Make it live": what
    // goes live is what was checked, read from the private copy, not the file.
    QTemporaryDir data;
    const QString path = bundle(BundleFactory::content(3), "swapped");
    Importer importer(data.path());
    QVERIFY(importer.check(path));
    BundleContent other = BundleFactory::content(6);
    other.rows("jobs")[0][1] = "Not what was checked";
    QVERIFY(QFile::remove(path));
    BundleFactory::write(other, path);
    QVERIFY2(importer.installChecked(), qPrintable(importer.error()));
    JobStore store(data.path());
    QVERIFY(store.open());
    QCOMPARE(store.openJobCount(QDate(2026, 11, 25)), 3);
    QCOMPARE(store.job("TEST-00001")->title, QString("Test role 1"));
}

void TestImporter::fullOrReadOnlyDataDiskKeepsTheLiveData_data()
{
    QTest::addColumn<QString>("disk");
    QTest::newRow("full") << "full";
    QTest::newRow("read-only") << "read-only";
    QTest::newRow("runs out part way") << "small";
}

void TestImporter::fullOrReadOnlyDataDiskKeepsTheLiveData()
{
    // The new store is written row by row from the checked copy: a disk that gives out part
    // way must leave the live data whole and say why.
    QFETCH(QString, disk);
    if (!ScratchMount::available())
        QSKIP("needs root to mount a small disk (CI runs as root)");
    QTemporaryDir dir;
    ScratchMount mount(dir.filePath("data"), 4096);
    QVERIFY(mount.isMounted());
    {
        Importer importer(mount.path());
        QVERIFY2(importer.import(bundle(BundleFactory::content(5), "five"), false),
                 qPrintable(importer.error()));
    }
    // Twice the disk's size once in the store: it fills while the new store is written.
    const int jobs = disk == "small" ? 8000 : 3000;
    const QString larger = bundle(BundleFactory::content(jobs, "2026-11-21T10:00:00Z"), "larger");
    if (disk == "full")
        QVERIFY(mount.fill());
    else if (disk == "read-only")
        QVERIFY(mount.makeReadOnly());
    const auto before = BundleFactory::snapshot(mount.path());
    Importer importer(mount.path());
    QVERIFY(!importer.import(larger, false));
    QVERIFY2(importer.error().contains("full or read-only"), qPrintable(importer.error()));
    QCOMPARE(BundleFactory::snapshot(mount.path()), before);
    JobStore store(mount.path());
    QVERIFY(store.open());
    QCOMPARE(store.openJobCount(QDate(2026, 11, 20)), 5);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
