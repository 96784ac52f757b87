#include "bundlefactory.h"
#include "jobfiltermodel.h"
#include "joblistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestJobFilterModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void modelsPassTheModelTester();
    void filtersNarrowDown();
    void searchNeedsEveryWord();
    void searchFindsKindAndCapabilityNames();
    void orderByClosingDateOrTitle();
    void clearShowsEverything();
    void locationsAreListedOnce();

private:
    QStringList shown() const;
    JobListModel m_jobs;
    JobFilterModel m_filter;
};

namespace
{
Job job(const QString &ref, const QString &title, const QString &capability, const QString &kind,
        const QString &location, const QDate &closing)
{
    Job j;
    j.reference = ref;
    j.title = title;
    j.capabilityId = capability;
    j.kind = kind;
    j.location = location;
    j.closingDate = closing;
    j.summary = QStringLiteral("About ") + title;
    return j;
}
} // namespace

void TestJobFilterModel::init()
{
    m_jobs.setOrder(JobListModel::Order::ClosingDate);
    m_jobs.setJobs(
        {job("A", "Intelligence Analyst", "intelligence", "staff", "Oxford", {2026, 12, 3}),
         job("B", "Detective Constable", "investigation", "officer", "Reading", {2026, 12, 1}),
         job("C", "Technical Support Officer", "covert", "staff", "Reading", {2026, 12, 9}),
         job("D", "Cyber Crime Investigator", "investigation", "staff", "Guildford",
             {2026, 12, 2})},
        {{"intelligence", "Intelligence"},
         {"investigation", "Specialist investigation"},
         {"covert", "Covert capabilities"}});
    m_filter.setJobs(&m_jobs);
    m_filter.clear();
}

QStringList TestJobFilterModel::shown() const
{
    QStringList refs;
    for (int row = 0; row < m_filter.rowCount(); ++row)
        refs << m_filter.index(row, 0).data(JobListModel::ReferenceRole).toString();
    return refs;
}

void TestJobFilterModel::modelsPassTheModelTester()
{
    QAbstractItemModelTester listTester(&m_jobs,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&m_filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filter.setSearchText("investigator");
    m_filter.setKind("staff");
    m_jobs.setOrder(JobListModel::Order::Title);
    m_filter.clear();
    m_jobs.setJobs({}, {});
}

void TestJobFilterModel::filtersNarrowDown()
{
    QSignalSpy changed(&m_filter, &JobFilterModel::filterChanged);
    m_filter.setKind("staff");
    QCOMPARE(shown(), QStringList({"D", "A", "C"}));
    m_filter.setLocation("Reading");
    QCOMPARE(shown(), QStringList({"C"}));
    m_filter.setCapability("intelligence");
    QVERIFY(shown().isEmpty());
    QCOMPARE(changed.count(), 3);
    QVERIFY(m_filter.isFiltered());
}

void TestJobFilterModel::searchNeedsEveryWord()
{
    m_filter.setSearchText("  CRIME   cyber ");
    QCOMPARE(shown(), QStringList({"D"}));
    m_filter.setSearchText("crime analyst");
    QVERIFY(shown().isEmpty());
    m_filter.setSearchText("read"); // part of a word, in the location
    QCOMPARE(shown(), QStringList({"B", "C"}));
}

void TestJobFilterModel::searchFindsKindAndCapabilityNames()
{
    m_filter.setSearchText("police officer"); // B is one; C has "Officer" in its title
    QCOMPARE(shown(), QStringList({"B", "C"}));
    m_filter.setSearchText("staff reading");
    QCOMPARE(shown(), QStringList({"C"}));
    m_filter.setSearchText("covert");
    QCOMPARE(shown(), QStringList({"C"}));
}

void TestJobFilterModel::orderByClosingDateOrTitle()
{
    QCOMPARE(shown(), QStringList({"B", "D", "A", "C"}));
    m_jobs.setOrder(JobListModel::Order::Title);
    QCOMPARE(shown(), QStringList({"D", "B", "A", "C"}));
}

void TestJobFilterModel::clearShowsEverything()
{
    m_filter.setKind("officer");
    m_filter.setSearchText("nothing like this");
    m_filter.clear();
    QCOMPARE(shown().size(), 4);
    QVERIFY(!m_filter.isFiltered());
    QVERIFY(m_filter.searchText().isEmpty());
}

void TestJobFilterModel::locationsAreListedOnce()
{
    QCOMPARE(m_jobs.locations(), QStringList({"Guildford", "Oxford", "Reading"}));
}

QTEST_GUILESS_MAIN(TestJobFilterModel)
#include "tst_jobfiltermodel.moc"
