#include "rolefinder.h"

#include <QTest>

// The finder's scoring: weights add up, ties go to what an earlier question spoke for, "Not
// sure" adds nothing, and the results do not depend on open vacancies.
class TestRoleFinder : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void weightsAddUpAcrossAnswers();
    void tiesGoToTheEarlierQuestion();
    void tiesWithinOneAnswerGoToTheWeightWrittenFirst();
    void reasonIsTheAnswerThatGaveTheMost();
    void allNotSureGivesNoResult();
    void unknownAnswersAndZeroWeightsCountForNothing();
    void atMostThreeResults();
    void aRoleWithNoOpenVacanciesStillShows();
    void questionsAndTheirAnswers();

private:
    static QStringList ids(const QList<RoleFinder::Result> &results);
    RoleFinder m_finder;
};

void TestRoleFinder::init()
{
    const QList<Capability> capabilities = {{"intelligence", "Intelligence", {}, {}},
                                            {"investigation", "Investigation", {}, {}},
                                            {"covert", "Covert", {}, {}}};
    const QList<Role> roles = {{"analyst", "intelligence", "Analyst", "staff", {}, {}},
                               {"detective", "investigation", "Detective", "officer", {}, {}},
                               {"undercover", "covert", "Undercover officer", "officer", {}, {}}};
    const QList<FinderQuestion> questions = {
        {"q1", "One?", {}}, {"q2", "Two?", {}}, {"q3", "Three?", {}}};
    const QList<FinderAnswer> answers = {
        {"patterns", "q1", "Patterns", {{"intelligence", 3}, {"analyst", 2}}},
        {"evidence", "q1", "Evidence", {{"detective", 2}, {"investigation", 2}}},
        {"q1-unsure", "q1", "Not sure", {}},
        {"calm", "q2", "Calm", {{"covert", 3}}},
        {"reports", "q2", "Reports", {{"analyst", 3}, {"intelligence", 1}}},
        {"secret", "q3", "Secrets", {{"undercover", 2}, {"covert", 1}}},
        {"nothing", "q3", "Nothing", {{"covert", 0}}},
    };
    m_finder = RoleFinder(questions, answers, capabilities, roles);
}

QStringList TestRoleFinder::ids(const QList<RoleFinder::Result> &results)
{
    QStringList list;
    for (const RoleFinder::Result &r : results)
        list << QStringLiteral("%1=%2").arg(r.target.id).arg(r.score);
    return list;
}

void TestRoleFinder::weightsAddUpAcrossAnswers()
{
    const auto results = m_finder.results({"patterns", "reports", ""});
    QCOMPARE(ids(results), QStringList({"analyst=5", "intelligence=4"}));
    QCOMPARE(results.at(0).target.type, RoleFinder::Target::Type::Role);
    QCOMPARE(results.at(0).target.kind, QString("staff"));
    QCOMPARE(results.at(1).target.type, RoleFinder::Target::Type::Capability);
    QCOMPARE(results.at(1).target.name, QString("Intelligence"));
}

void TestRoleFinder::tiesGoToTheEarlierQuestion()
{
    // "calm" then "secret": covert 3 + 1, undercover 2.
    QCOMPARE(ids(m_finder.results({"", "calm", "secret"})),
             QStringList({"covert=4", "undercover=2"}));
    // intelligence 3 from q1 and covert 3 from q2: level, and q1 came first.
    QCOMPARE(ids(m_finder.results({"patterns", "calm", ""})),
             QStringList({"intelligence=3", "covert=3", "analyst=2"}));
    // Detective and investigation level at 2 and so is undercover: detective's answer was
    // first, and within it detective's weight.
    QCOMPARE(ids(m_finder.results({"evidence", "calm", "secret"})),
             QStringList({"covert=4", "detective=2", "investigation=2"}));
}

void TestRoleFinder::tiesWithinOneAnswerGoToTheWeightWrittenFirst()
{
    QCOMPARE(ids(m_finder.results({"evidence", "", ""})),
             QStringList({"detective=2", "investigation=2"}));
}

void TestRoleFinder::reasonIsTheAnswerThatGaveTheMost()
{
    const auto results = m_finder.results({"patterns", "reports", ""});
    QCOMPARE(results.at(0).reason, QString("Reports"));  // analyst: 2 then 3
    QCOMPARE(results.at(1).reason, QString("Patterns")); // intelligence: 3 then 1
    // A tie between answers keeps the earlier one's words.
    const auto covert = m_finder.results({"", "calm", "secret"});
    QCOMPARE(covert.at(0).reason, QString("Calm"));
}

void TestRoleFinder::allNotSureGivesNoResult()
{
    QVERIFY(m_finder.results({"", "", ""}).isEmpty());
    QVERIFY(m_finder.results({"q1-unsure", "", ""}).isEmpty());
    QVERIFY(m_finder.results({}).isEmpty());
}

void TestRoleFinder::unknownAnswersAndZeroWeightsCountForNothing()
{
    QVERIFY(m_finder.results({"no-such-answer", "", "nothing"}).isEmpty());
    // An answer naming a target the catalogue no longer has counts for nothing, not a crash.
    RoleFinder stale({{"q", "Q?", {}}}, {{"a", "q", "A", {{"gone", 5}, {"x", 1}}}}, {}, {});
    QVERIFY(stale.results({"a"}).isEmpty());
}

void TestRoleFinder::atMostThreeResults()
{
    const auto results = m_finder.results({"patterns", "calm", "secret"});
    QCOMPARE(results.size(), RoleFinder::shownResults);
    QCOMPARE(ids(results), QStringList({"covert=4", "intelligence=3", "analyst=2"}));
    QCOMPARE(m_finder.results({"patterns", "calm", "secret"}, 10).size(), 4); // all that scored
}

void TestRoleFinder::aRoleWithNoOpenVacanciesStillShows()
{
    // Scoring knows nothing of vacancies: a role with none open is still a kind of work that
    // suits the visitor, and the screen says none are open now.
    const auto results = m_finder.results({"", "", "secret"});
    QCOMPARE(results.first().target.id, QString("undercover"));
    QCOMPARE(results.first().target.capabilityId, QString("covert"));
    QCOMPARE(results.first().target.kind, QString("officer"));
}

void TestRoleFinder::questionsAndTheirAnswers()
{
    QVERIFY(!m_finder.isEmpty());
    QVERIFY(RoleFinder().isEmpty());
    QCOMPARE(m_finder.questions().size(), 3);
    QCOMPARE(m_finder.answersTo("q2").size(), 2);
    QVERIFY(m_finder.hasOwnNotSure("q1"));
    QVERIFY(!m_finder.hasOwnNotSure("q2"));
    QCOMPARE(m_finder.answer("calm")->text, QString("Calm"));
    QVERIFY(!m_finder.answer("nope"));
}

QTEST_GUILESS_MAIN(TestRoleFinder)
#include "tst_rolefinder.moc"
