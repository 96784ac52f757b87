#include "bundlefactory.h"
#include "jobfiltermodel.h"
#include "joblistmodel.h"
#include "searchindex.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <atomic>

class TestJobFilterModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void modelsPassTheModelTester();
    void filtersNarrowDown();
    void searchNeedsEveryWord();
    void searchFindsKindAndCapabilityNames();
    void searchMatchesWordStartsInEveryField();
    void searchIgnoresCaseAndAccents();
    void titleMatchesComeFirst();
    void typingOnGivesWhatAFreshSearchGives();
    void searchFollowsNewJobsAndOrder();
    void searchFindsTextsHandedToTheIndex();
    void newJobsStopTheTextsOfTheOldOnes();
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

Job described(Job j, const QString &summary, const QString &description)
{
    j.summary = summary;
    j.description = description;
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
    m_filter.setSearchText("c");
    m_filter.setSearchText("cr");
    m_filter.setSearchText("c");
    m_filter.setKind({});
    m_jobs.removeClosed({2026, 12, 2});
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
    m_filter.setSearchText("read"); // the start of a word, in the location
    QCOMPARE(shown(), QStringList({"B", "C"}));
    m_filter.setSearchText("eading"); // the middle of a word is not a word
    QVERIFY(shown().isEmpty());
}

void TestJobFilterModel::searchFindsKindAndCapabilityNames()
{
    // B is one; C has "Officer" in its title, so it comes first.
    m_filter.setSearchText("police officer");
    QCOMPARE(shown(), QStringList({"C", "B"}));
    m_filter.setSearchText("staff reading");
    QCOMPARE(shown(), QStringList({"C"}));
    m_filter.setSearchText("covert");
    QCOMPARE(shown(), QStringList({"C"}));
}

void TestJobFilterModel::searchMatchesWordStartsInEveryField()
{
    m_jobs.setJobs(
        {described(job("A", "Cyber Crime Investigator", "investigation", "staff", "Reading",
                       {2026, 12, 3}),
                   "Investigate crime online.",
                   "You will trace online fraud, ransomware and the people behind them."),
         described(
             job("B", "Fraud Investigator", "investigation", "officer", "Guildford", {2026, 12, 1}),
             "Economic crime.", "Follow the money behind organised fraud."),
         described(job("C", "Senior Cyber Crime Investigator", "investigation", "officer", "Oxford",
                       {2026, 12, 2}),
                   "Lead cyber investigations.", "Cases of FRAUD, extortion and theft."),
         described(
             job("D", "Intelligence Analyst", "intelligence", "staff", "Oxford", {2026, 12, 4}),
             "Cyber-enabled crime patterns.", "Assessments for the unit.")},
        {{"intelligence", "Intelligence"}, {"investigation", "Specialist investigation"}});
    // Both words, anywhere, in any order: the two cyber posts are about online fraud.
    m_filter.setSearchText("cyber fraud");
    QCOMPARE(shown(), QStringList({"C", "A"}));
    m_filter.setSearchText("fraud cyber");
    QCOMPARE(shown(), QStringList({"C", "A"}));
    m_filter.setSearchText("fraud");
    QCOMPARE(shown(), QStringList({"B", "C", "A"}));
    m_filter.setSearchText("ransom"); // the start of a word in the description
    QCOMPARE(shown(), QStringList({"A"}));
    m_filter.setSearchText("patt"); // in the summary
    QCOMPARE(shown(), QStringList({"D"}));
    m_filter.setSearchText("speciali inv oxf"); // capability, title and location
    QCOMPARE(shown(), QStringList({"C"}));
    m_filter.setSearchText("cyber-crime"); // punctuation splits words on both sides
    QCOMPARE(shown(), QStringList({"C", "A", "D"}));
    m_filter.setSearchText("fraudster");
    QVERIFY(shown().isEmpty());
}

void TestJobFilterModel::searchIgnoresCaseAndAccents()
{
    m_jobs.setJobs({described(job("A", "Analyste en criminalité", "intelligence", "staff", "Sürrey",
                                  {2026, 12, 3}),
                              "Enquêtes numériques.", "Zoë leads the ÉQUIPE.")},
                   {});
    for (const char *typed :
         {"criminalite", "CRIMINALITÉ", "surrey", "enquete", "zoe", "equipe", "NUMÉR"}) {
        m_filter.setSearchText(QString::fromUtf8(typed));
        QVERIFY2(shown() == QStringList({"A"}), typed);
    }
    QCOMPARE(SearchIndex::words(QString::fromUtf8("  Cyber-Crime  ENQUÊTES, l'équipe ")),
             QStringList({"cyber", "crime", "enquetes", "l", "equipe"}));
}

void TestJobFilterModel::titleMatchesComeFirst()
{
    m_jobs.setJobs(
        {described(
             job("A", "Intelligence Researcher", "intelligence", "staff", "Oxford", {2026, 12, 1}),
             "Work with the analyst team.", {}),
         described(job("B", "Analyst", "intelligence", "staff", "Oxford", {2026, 12, 5}),
                   "Analysis.", {}),
         described(job("C", "Data Officer", "intelligence", "staff", "Oxford", {2026, 12, 2}),
                   "Supports every analyst.", {}),
         described(job("D", "Senior Analyst", "intelligence", "staff", "Oxford", {2026, 12, 3}),
                   "Leads.", {})},
        {{"intelligence", "Intelligence"}});
    QAbstractItemModelTester tester(&m_filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Titles with the word first, each group in the list's own order (closing soonest).
    m_filter.setSearchText("analy");
    QCOMPARE(shown(), QStringList({"D", "B", "A", "C"}));
    m_jobs.setOrder(JobListModel::Order::Title);
    QCOMPARE(shown(), QStringList({"B", "D", "C", "A"}));
    // More of the words in the title ranks higher still.
    m_filter.setSearchText("intelligence res");
    QCOMPARE(shown(), QStringList({"A"}));
    m_filter.setSearchText("intel");
    QCOMPARE(shown(), QStringList({"A", "B", "C", "D"}));
    m_filter.setSearchText({});
    QCOMPARE(shown(), QStringList({"B", "C", "A", "D"}));
    m_jobs.setOrder(JobListModel::Order::ClosingDate);
    m_filter.setSearchText("analy");
    QCOMPARE(shown(), QStringList({"D", "B", "A", "C"}));
    m_jobs.removeClosed({2026, 12, 4}); // rows that the ranking set apart close together
    QCOMPARE(shown(), QStringList({"B"}));
}

void TestJobFilterModel::typingOnGivesWhatAFreshSearchGives()
{
    // Titles, summaries and places from a few words each, so that searches overlap.
    const QStringList words = {"cyber",   "crime",  "analyst", "analysis",    "investigator",
                               "invest",  "fraud",  "oxford",  "oxfordshire", "crimestoppers",
                               "digital", "digits", "an",      "in"};
    QList<Job> list;
    for (int i = 0; i < 300; ++i) {
        const auto word = [&](int salt) { return words.at((i * 7 + salt * 13 + i / 5) % 14); };
        list << described(job(QString("R%1").arg(i), word(1) + " " + word(2),
                              i % 3 ? "intelligence" : "covert", i % 2 ? "staff" : "officer",
                              word(3), QDate(2026, 12, 1).addDays(i % 17)),
                          word(4) + " " + word(5), word(6));
    }
    m_jobs.setJobs(list, {{"intelligence", "Intelligence"}, {"covert", "Covert"}});
    QAbstractItemModelTester tester(&m_filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    JobFilterModel fresh;
    fresh.setJobs(&m_jobs);
    const auto freshShown = [&fresh](const QString &text) {
        fresh.clear();
        fresh.setKind("staff");
        fresh.setSearchText(text);
        QStringList refs;
        for (int row = 0; row < fresh.rowCount(); ++row)
            refs << fresh.index(row, 0).data(JobListModel::ReferenceRole).toString();
        return refs;
    };
    m_filter.setKind("staff");
    int narrowed = 0;
    for (const QString typed :
         {"cyber fraud", "invest oxfordshire", "an in digit", "crime crimes"}) {
        for (int length = 1; length <= typed.size(); ++length) {
            const QString text = typed.left(length);
            m_filter.setSearchText(text);
            const QStringList expected = freshShown(text);
            QCOMPARE(shown(), expected);
            narrowed += !expected.isEmpty() && expected.size() < 150;
        }
        m_filter.setSearchText({});
    }
    QVERIFY(narrowed > 10); // the searches found something, and not everything
    // Widening again (deleting letters) and a new first word start from every job.
    m_filter.setSearchText("cyber fr");
    m_filter.setSearchText("cyber f");
    QCOMPARE(shown(), freshShown("cyber f"));
    m_filter.setSearchText("fraud");
    QCOMPARE(shown(), freshShown("fraud"));
}

void TestJobFilterModel::searchFollowsNewJobsAndOrder()
{
    QAbstractItemModelTester tester(&m_filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filter.setSearchText("investigator");
    QCOMPARE(shown(), QStringList({"D"}));
    m_jobs.setJobs(
        {job("X", "Financial Investigator", "investigation", "officer", "Oxford", {2026, 12, 5}),
         job("Y", "Investigator", "investigation", "staff", "Oxford", {2026, 12, 4}),
         job("Z", "Analyst", "intelligence", "staff", "Oxford", {2026, 12, 3})},
        {});
    QCOMPARE(shown(), QStringList({"Y", "X"}));
    m_jobs.removeClosed({2026, 12, 5});
    QCOMPARE(shown(), QStringList({"X"}));
    m_filter.setSearchText("investigator   "); // a space typed after a word changes nothing
    QCOMPARE(shown(), QStringList({"X"}));
}

void TestJobFilterModel::searchFindsTextsHandedToTheIndex()
{
    // As the store hands them over: in its own order, and with jobs the list does not show.
    m_jobs.setJobs({job("A", "Analyst", "intelligence", "staff", "Oxford", {2026, 12, 3}),
                    job("B", "Investigator", "investigation", "staff", "Oxford", {2026, 12, 1})},
                   {}, false, [](const JobListModel::Text &text) {
                       text("B", "Trace ransomware payments.");
                       text("CLOSED", "Ransomware and fraud.");
                       text("A", "Fraud patterns and ransomware groups.");
                   });
    m_filter.setSearchText("ransom");
    QCOMPARE(shown(), QStringList({"B", "A"}));
    m_filter.setSearchText("fraud");
    QCOMPARE(shown(), QStringList({"A"}));
    QVERIFY(m_jobs.jobAt(0).description.isEmpty()); // indexed, not kept
}

void TestJobFilterModel::newJobsStopTheTextsOfTheOldOnes()
{
    // A store that would hand over texts for ever: new jobs must not wait for it.
    std::atomic_bool reading = false;
    std::atomic_bool stopped = false;
    const auto endless = [&](const JobListModel::Text &text) {
        reading = true;
        const QDeadlineTimer enough(30000);
        while (!enough.hasExpired()) {
            if (!text("A", "more")) {
                stopped = true;
                return;
            }
        }
    };
    m_jobs.setJobs({job("A", "Analyst", "intelligence", "staff", "Oxford", {2026, 12, 3})}, {},
                   false, endless);
    QTRY_VERIFY(reading);
    m_jobs.setJobs({job("B", "Investigator", "investigation", "staff", "Oxford", {2026, 12, 1})},
                   {});
    QVERIFY(stopped);
    m_filter.setSearchText("inv");
    QCOMPARE(shown(), QStringList({"B"}));
}

void TestJobFilterModel::orderByClosingDateOrTitle()
{
    QCOMPARE(shown(), QStringList({"B", "D", "A", "C"}));
    m_jobs.setOrder(JobListModel::Order::Title);
    QCOMPARE(shown(), QStringList({"D", "B", "A", "C"}));
    // The order not shown is worked out ahead; going back and forth undoes each move.
    for (int round = 0; round < 3; ++round) {
        m_jobs.setOrder(JobListModel::Order::ClosingDate);
        QCOMPARE(shown(), QStringList({"B", "D", "A", "C"}));
        m_jobs.setOrder(JobListModel::Order::Title);
        QCOMPARE(shown(), QStringList({"D", "B", "A", "C"}));
    }
    // Once jobs close and go, the order worked out ahead is worked out again without them.
    m_jobs.setOrder(JobListModel::Order::ClosingDate);
    m_jobs.removeClosed({2026, 12, 2});
    m_jobs.setOrder(JobListModel::Order::Title);
    QCOMPARE(shown(), QStringList({"D", "A", "C"}));
    m_jobs.setOrder(JobListModel::Order::ClosingDate);
    QCOMPARE(shown(), QStringList({"D", "A", "C"}));
    m_jobs.removeClosed({2026, 12, 3});
    m_jobs.setOrder(JobListModel::Order::Title);
    QCOMPARE(shown(), QStringList({"A", "C"}));
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
