#include "searchindex.h"

#include <QTest>

#include <algorithm>

class TestSearchIndex : public QObject
{
    Q_OBJECT
private slots:
    void wordsStartingWithWhatWasTypedAreFound();
    void everyWordIsNeededAndTitleWordsCount();
    void textsAddedLaterInAnyOrderFindWhatABuildFinds();
    void aWordInSeveralTextsOfAJobRanksItOnce();
    void knownWordsAreOnlyRanked();
    void aStoppedBuildSaysSo();
};

namespace
{

Job job(const QString &title, const QString &description = {})
{
    Job j;
    j.reference = QStringLiteral("REF-") + title.left(3).toUpper();
    j.title = title;
    j.kind = QStringLiteral("staff");
    j.location = QStringLiteral("Reading");
    j.description = description;
    return j;
}

// For each job, by number, what match() says for the search `text`.
QList<int> ranks(const SearchIndex &index, const QString &text, const QStringList &known = {})
{
    const SearchIndex::Search search = index.prepare(SearchIndex::words(text), known);
    QList<int> list;
    for (int number = 0; number < index.jobCount(); ++number)
        list << index.match(search, number);
    return list;
}

const QList<Job> &described()
{
    static const QList<Job> jobs = {
        job("Fraud Investigator", "Follow the money behind organised fraud."),
        job("Cyber Crime Analyst", "Trace online fraud and ransomware."),
        job("Investment Adviser", "Investigations of money laundering."),
        job("Data Officer", "Cyber security for the unit's data."),
    };
    return jobs;
}

} // namespace

void TestSearchIndex::wordsStartingWithWhatWasTypedAreFound()
{
    SearchIndex index;
    index.build(described(), {});
    QCOMPARE(index.jobCount(), 4);
    QCOMPARE(ranks(index, "inv"), QList<int>({1, -1, 1, -1}));
    QCOMPARE(ranks(index, "invest"), QList<int>({1, -1, 1, -1}));
    QCOMPARE(ranks(index, "investm"), QList<int>({-1, -1, 1, -1}));
    QCOMPARE(ranks(index, "nvest"), QList<int>({-1, -1, -1, -1})); // not the start of a word
    QCOMPARE(ranks(index, "ransom"), QList<int>({-1, 0, -1, -1}));
    QCOMPARE(ranks(index, "zebra"), QList<int>({-1, -1, -1, -1})); // after every word
    QCOMPARE(ranks(index, "aaa"), QList<int>({-1, -1, -1, -1}));   // before every word
    QCOMPARE(ranks(index, "police staff read"), QList<int>({0, 0, 0, 0}));
}

void TestSearchIndex::everyWordIsNeededAndTitleWordsCount()
{
    SearchIndex index;
    index.build(described(), {});
    QCOMPARE(ranks(index, "fraud"), QList<int>({1, 0, -1, -1}));
    QCOMPARE(ranks(index, "cyber fraud"), QList<int>({-1, 1, -1, -1}));
    QCOMPARE(ranks(index, "cyber crime"), QList<int>({-1, 2, -1, -1}));
    QCOMPARE(ranks(index, "money inv"), QList<int>({1, -1, 1, -1}));
    QCOMPARE(ranks(index, "data cyber"), QList<int>({-1, -1, -1, 1}));
}

void TestSearchIndex::textsAddedLaterInAnyOrderFindWhatABuildFinds()
{
    SearchIndex whole;
    whole.build(described(), {});
    QList<Job> bare = described();
    for (Job &j : bare)
        j.description.clear();
    SearchIndex steps;
    QVERIFY(steps.addJobs(bare, {}));
    for (int number = int(bare.size()) - 1; number >= 0; --number)
        steps.addText(number, described().at(number).description);
    steps.finish();
    for (const QString text : {"f", "fraud", "mon", "cyber", "inv", "trace ransom", "the", "d"})
        QCOMPARE(ranks(steps, text), ranks(whole, text));
    // Without the texts, only the jobs' own fields are found.
    SearchIndex without;
    without.build(bare, {});
    QCOMPARE(ranks(without, "fraud"), QList<int>({1, -1, -1, -1}));
}

void TestSearchIndex::aWordInSeveralTextsOfAJobRanksItOnce()
{
    SearchIndex index;
    QVERIFY(index.addJobs({job("Fraud Officer"), job("Analyst")}, {}));
    index.addText(1, "Fraud, fraud and more fraud.");
    index.addText(0, "Fraud again.");
    index.addText(1, "A second text with fraud in it.");
    index.finish();
    QCOMPARE(ranks(index, "fraud"), QList<int>({1, 0}));
    QCOMPARE(ranks(index, "fraud fr"), QList<int>({2, 0}));
    QCOMPARE(ranks(index, "second"), QList<int>({-1, 0}));
}

void TestSearchIndex::knownWordsAreOnlyRanked()
{
    // A known word is one every job asked about has already: its jobs are not gathered again,
    // so a job without it still matches, and its place in the titles still ranks.
    SearchIndex index;
    index.build(described(), {});
    QCOMPARE(ranks(index, "cyber fraud", {"cyber"}), QList<int>({1, 1, -1, -1}));
    QCOMPARE(ranks(index, "cyber", {"cyber"}), QList<int>({0, 1, 0, 0}));
    QCOMPARE(ranks(index, "cyber zebra", {"cyber"}), QList<int>({-1, -1, -1, -1}));
}

void TestSearchIndex::aStoppedBuildSaysSo()
{
    const std::atomic_bool stop = true;
    SearchIndex index;
    QVERIFY(!index.addJobs(described(), {}, &stop));
    const std::atomic_bool go = false;
    SearchIndex another;
    QVERIFY(another.addJobs(described(), {}, &go));
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
