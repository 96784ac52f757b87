#include "bundlefactory.h"
#include "importer.h"
#include "jobstore.h"

#include <QTemporaryDir>
#include <QTest>

class TestJobStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void jobsCloseAtTheEndOfTheirClosingDay();
    void readsEveryFieldOfAJob();
    void descriptionsComeOneRowAtATime();
    void jobsComeInTheListsOrder();
    void readsTheUnitsContentInOrder();
    void shippedDataReadsBack();

private:
    QTemporaryDir m_data;
};

void TestJobStore::initTestCase()
{
    BundleContent content = BundleFactory::content(0);
    content.rows("jobs") << BundleFactory::job(1, "2026-11-24")
                         << BundleFactory::job(2, "2026-11-25")
                         << BundleFactory::job(3, "2026-11-26");
    content.rows("sections") << BundleContent::Row{"first", "First", "Shown first.", 0};
    const QString path = m_data.filePath("bundle.kioskbundle");
    BundleFactory::write(content, path);
    Importer importer(m_data.filePath("live"));
    QVERIFY2(importer.import(path, false), qPrintable(importer.error()));
}

void TestJobStore::jobsCloseAtTheEndOfTheirClosingDay()
{
    JobStore store(m_data.filePath("live"));
    QVERIFY(store.open());
    QCOMPARE(store.openJobCount(QDate(2026, 11, 24)), 3);
    QCOMPARE(store.openJobCount(QDate(2026, 11, 25)), 2); // job 1 closed last night
    QCOMPARE(store.openJobCount(QDate(2026, 11, 26)), 1);
    const QList<Job> open = store.openJobs(QDate(2026, 11, 25));
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.first().reference, QString("TEST-00002")); // soonest closing first
}

void TestJobStore::readsEveryFieldOfAJob()
{
    JobStore store(m_data.filePath("live"));
    QVERIFY(store.open());
    const std::optional<Job> job = store.job("TEST-00002");
    QVERIFY(job.has_value());
    QCOMPARE(job->title, QString("Test role 2"));
    QCOMPARE(job->kind, QString("staff"));
    QCOMPARE(job->salaryMin, 30000);
    QCOMPARE(job->salaryMax, 35000);
    QCOMPARE(job->closingDate, QDate(2026, 11, 25));
    QVERIFY(job->description.contains('\n'));
    QCOMPARE(job->applyUrl, QString("https://careers.example.org/jobs/TEST-00002"));
    QCOMPARE(store.job("TEST-00003")->salaryMin, -1); // officer pay has no band
    QVERIFY(!store.job("NOPE").has_value());
}

void TestJobStore::descriptionsComeOneRowAtATime()
{
    JobStore store(m_data.filePath("live"));
    QVERIFY(store.open());
    QStringList references;
    JobStore::readDescriptions(store.path(), [&](const QString &reference, const QString &text) {
        references << reference;
        return text == store.job(reference)->description && !text.isEmpty();
    });
    references.sort();
    QCOMPARE(references, QStringList({"TEST-00001", "TEST-00002", "TEST-00003"}));
    int rows = 0;
    JobStore::readDescriptions(store.path(), [&rows](const QString &, const QString &) {
        ++rows;
        return false; // enough
    });
    QCOMPARE(rows, 1);
}

void TestJobStore::jobsComeInTheListsOrder()
{
    // Imported out of order; read back soonest closing first, then by title (numbers as
    // numbers, case aside), then by reference, with no sort left for the list.
    BundleContent content = BundleFactory::content(0);
    const QList<QPair<QString, QString>> jobs = {{"2026-12-02", "grade 10"},
                                                 {"2026-12-01", "Zebra"},
                                                 {"2026-12-02", "Grade 9"},
                                                 {"2026-11-20", "closed already"},
                                                 {"2026-12-01", "alpha"}};
    for (int i = 0; i < jobs.size(); ++i) {
        BundleContent::Row row = BundleFactory::job(i + 1, jobs.at(i).first);
        row[1] = jobs.at(i).second;
        content.rows("jobs") << row;
    }
    QTemporaryDir dir;
    BundleFactory::write(content, dir.filePath("b.kioskbundle"));
    Importer importer(dir.filePath("live"));
    QVERIFY2(importer.import(dir.filePath("b.kioskbundle"), false), qPrintable(importer.error()));
    JobStore store(dir.filePath("live"));
    QVERIFY(store.open());
    bool inOrder = false;
    QStringList refs;
    for (const Job &job : store.openJobs(QDate(2026, 11, 25), &inOrder))
        refs << job.reference;
    QVERIFY(inOrder);
    QCOMPARE(refs, QStringList({"TEST-00005", "TEST-00002", "TEST-00003", "TEST-00001"}));
}

void TestJobStore::readsTheUnitsContentInOrder()
{
    JobStore store(m_data.filePath("live"));
    QVERIFY(store.open());
    QCOMPARE(store.sections().first().id, QString("first"));
    QCOMPARE(store.capabilities().size(), 3);
    QCOMPARE(store.capabilities().first().id, QString("intelligence"));
    QCOMPARE(store.partners().size(), 1);
    QCOMPARE(store.roles().size(), 1);
    QCOMPARE(store.info().title, QString("Test data"));
    QVERIFY(!store.info().sample);
}

void TestJobStore::shippedDataReadsBack()
{
    QTemporaryDir data;
    Importer importer(data.path());
    QVERIFY(importer.syncDefault(KIOSK_DEFAULT_BUNDLE));
    JobStore store(data.path());
    QVERIFY(store.open());
    QCOMPARE(store.capabilities().size(), 3);
    QVERIFY(store.sections().size() >= 5);
    QCOMPARE(store.partners().size(), 4);
    QVERIFY(store.roles().size() >= 9);
    QVERIFY(store.info().sample);
}

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
