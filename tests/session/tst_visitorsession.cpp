#include "visitorsession.h"

#include <QDebug>
#include <QSignalSpy>
#include <QTest>

using Session = VisitorSession;
using Page = VisitorSession::Page;
using Opened = VisitorSession::Opened;
using Order = VisitorSession::Order;

// The visitor session alone: every field, every intent, the events and their once-a-visit
// rules, and a reset that leaves nothing of the visitor behind.
class TestVisitorSession : public QObject
{
    Q_OBJECT
private slots:
    void freshSessionShowsTheAttractScreen();
    void wakingOpensHomeAndStartsAVisit();
    void openAndBackWalkTheHistory();
    void backWithNoHistoryGoesHome();
    void homeClearsTheHistory();
    void capabilityAndJobOpenTheirScreens();
    void vacanciesOpenNarrowedDown();
    void textSizeStepsThroughTheSizes();
    void contrastReachSpeechAndKeypad();
    void switchingSpeechOffDeclinesIt();
    void theVacancyQuery();
    void changedSignalsOnlyOnChange();
    void openedOnceAVisitForEachThing();
    void featuresOnceAVisit();
    void noEventsWithoutAVisitor();
    void whatTheWakingKeyTurnedOnCountsAsTheVisitStarts();
    void reachDefault();
    void staffEndTheVisit();
    void finderAnswersAndQuestionsAreTheVisitors();
    void resetReturnsEveryFieldToAFreshSessions_data();
    void resetReturnsEveryFieldToAFreshSessions();
    void resetOfAFreshSessionSaysNothing();
    void aListenersOwnIntentIsAnnouncedOnce();

private:
    // Every intent at least once, so that every field holds something a fresh session's
    // does not.
    static void visitEverything(Session &session);
    static QList<QPair<Opened, QString>> openings(const QSignalSpy &spy);
};

static QString described(const Session::Fields &fields)
{
    QString text;
    QDebug(&text) << fields;
    return text;
}

void TestVisitorSession::freshSessionShowsTheAttractScreen()
{
    const Session session;
    QCOMPARE(session.page(), Page::Attract);
    QVERIFY(!session.isVisiting());
    QVERIFY(session.screen().isEmpty());
    QVERIFY(session.history().isEmpty());
    QCOMPARE(session.textSize(), 100);
    QVERIFY(!session.highContrast());
    QVERIFY(!session.withinReach());
    QVERIFY(!session.reachDefault());
    QVERIFY(!session.speechOn());
    QVERIFY(!session.speechDeclined());
    QVERIFY(!session.keypadInUse());
    QCOMPARE(session.query(), Session::Query());
    QVERIFY(session.query().search.isEmpty());
    QVERIFY(session.query().capability.isEmpty());
    QVERIFY(session.query().kind.isEmpty());
    QVERIFY(session.query().location.isEmpty());
    QCOMPARE(session.query().order, Order::ClosingSoonest);
    QVERIFY(session.capability().isEmpty());
    QVERIFY(session.job().isEmpty());
    QVERIFY(session.fields().opened.isEmpty());
    QVERIFY(session.fields().featuresUsed.isEmpty());
    QCOMPARE(session.fields(), Session().fields());
}

void TestVisitorSession::wakingOpensHomeAndStartsAVisit()
{
    Session session;
    QSignalSpy started(&session, &Session::visitorStarted);
    QSignalSpy opened(&session, &Session::opened);
    QSignalSpy page(&session, &Session::pageChanged);
    QStringList order;
    connect(&session, &Session::pageChanged, this, [&] { order << "page"; });
    connect(&session, &Session::visitorStarted, this, [&] { order << "started"; });
    connect(&session, &Session::opened, this, [&] { order << "opened"; });
    session.wake();
    QCOMPARE(session.page(), Page::Screen);
    QCOMPARE(session.screen(), QString("home"));
    QVERIFY(session.isVisiting());
    QCOMPARE(started.size(), 1);
    QCOMPARE(page.size(), 1);
    QCOMPARE(page.at(0).at(0).toBool(), false);
    QCOMPARE(openings(opened), (QList<QPair<Opened, QString>>{{Opened::Screen, "home"}}));
    // The visit begins before its first page shows: what Home shows is this visit's.
    QCOMPARE(order, QStringList({"started", "page", "opened"}));
    // The kiosk is awake: another wake (a touch on Home) does nothing.
    session.open("about");
    session.wake();
    QCOMPARE(session.screen(), QString("about"));
    QCOMPARE(started.size(), 1);
}

void TestVisitorSession::openAndBackWalkTheHistory()
{
    Session session;
    session.wake();
    QSignalSpy history(&session, &Session::historyChanged);
    QSignalSpy page(&session, &Session::pageChanged);
    QSignalSpy opened(&session, &Session::opened);
    session.open("capabilities");
    session.open("about");
    QCOMPARE(session.history(), QStringList({"home", "capabilities"}));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.last().at(0).toStringList(), QStringList({"home", "capabilities"}));
    session.open("about"); // the screen shown: nothing
    QCOMPARE(session.history(), QStringList({"home", "capabilities"}));
    QCOMPARE(page.size(), 2);
    QCOMPARE(opened.size(), 2);

    session.back();
    QCOMPARE(session.screen(), QString("capabilities"));
    QCOMPARE(session.history(), QStringList({"home"}));
    QCOMPARE(page.size(), 3);
    QCOMPARE(page.last().at(0).toBool(), true); // shown as it was left
    QCOMPARE(opened.size(), 2);                 // Back opens nothing
    session.back();
    QCOMPARE(session.screen(), QString("home"));
    QVERIFY(session.history().isEmpty());
    QCOMPARE(page.last().at(0).toBool(), true);
    QCOMPARE(opened.size(), 2);
    // Nothing opens a screen by an empty key.
    session.open({});
    QCOMPARE(session.screen(), QString("home"));
}

void TestVisitorSession::backWithNoHistoryGoesHome()
{
    Session session;
    session.open("words"); // straight from the attract screen: a visit, with no history
    QVERIFY(session.isVisiting());
    QVERIFY(session.history().isEmpty());
    QSignalSpy page(&session, &Session::pageChanged);
    session.back();
    QCOMPARE(session.screen(), QString("home"));
    QCOMPARE(page.size(), 1);
    session.back(); // Home with nothing behind it: Back stays
    QCOMPARE(session.screen(), QString("home"));
    QCOMPARE(page.size(), 1);
    // On the attract screen Back does nothing at all.
    Session asleep;
    asleep.back();
    QCOMPARE(asleep.page(), Page::Attract);
}

void TestVisitorSession::homeClearsTheHistory()
{
    Session session;
    session.wake();
    session.startFinder();
    session.answerFinder("patterns");
    session.answerFinder({});
    session.openQuestions("job");
    session.toggleAnswer("degree");
    session.open("capabilities");
    session.showCapability("covert");
    QSignalSpy page(&session, &Session::pageChanged);
    session.goHome();
    QCOMPARE(session.screen(), QString("home"));
    QVERIFY(session.history().isEmpty());
    QCOMPARE(page.size(), 1);
    QCOMPARE(page.at(0).at(0).toBool(), false);
    QCOMPARE(session.capability(), QString("covert")); // what a screen shows stays
}

void TestVisitorSession::capabilityAndJobOpenTheirScreens()
{
    Session session;
    session.wake();
    QSignalSpy capability(&session, &Session::capabilityChanged);
    QSignalSpy job(&session, &Session::jobChanged);
    QSignalSpy page(&session, &Session::pageChanged);
    QSignalSpy opened(&session, &Session::opened);
    QStringList order;
    connect(&session, &Session::capabilityChanged, this, [&] { order << "capability"; });
    connect(&session, &Session::pageChanged, this, [&] { order << "page"; });
    session.open("capabilities");
    session.showCapability("covert");
    QCOMPARE(session.screen(), QString("capability"));
    QCOMPARE(session.capability(), QString("covert"));
    QCOMPARE(capability.size(), 1);
    QCOMPARE(capability.at(0).at(0).toString(), QString("covert"));
    // What the screen shows is in place before it is shown.
    QCOMPARE(order, QStringList({"page", "capability", "page"}));
    session.openVacancies("covert", {});
    session.showJob("JOB-1");
    QCOMPARE(session.screen(), QString("job"));
    QCOMPARE(session.job(), QString("JOB-1"));
    QCOMPARE(job.size(), 1);
    QCOMPARE(session.history(), QStringList({"home", "capabilities", "capability", "vacancies"}));
    QCOMPARE(openings(opened), (QList<QPair<Opened, QString>>{{Opened::Screen, "capabilities"},
                                                              {Opened::Capability, "covert"},
                                                              {Opened::Screen, "capability"},
                                                              {Opened::Screen, "vacancies"},
                                                              {Opened::Job, "JOB-1"},
                                                              {Opened::Screen, "job"}}));
    // Another job from the job's screen: the same screen, but another page to show.
    const qsizetype pages = page.size();
    session.showJob("JOB-2");
    QCOMPARE(page.size(), pages + 1);
    QCOMPARE(session.history().size(), 4);
    session.back();
    QCOMPARE(session.screen(), QString("vacancies"));
    QCOMPARE(session.job(), QString("JOB-2")); // Back leaves it; a reset clears it
}

void TestVisitorSession::vacanciesOpenNarrowedDown()
{
    Session session;
    session.wake();
    session.open("vacancies");
    session.setQuerySearch("analyst");
    session.setQueryLocation("Reading");
    session.setQueryCapability("intelligence");
    session.setQueryOrder(Order::Title);
    session.goHome();
    QSignalSpy page(&session, &Session::pageChanged);
    session.openVacancies({}, "staff");
    QCOMPARE(session.screen(), QString("vacancies"));
    QCOMPARE(page.size(), 1);
    const Session::Query expected{{}, {}, "staff", {}, Order::Title}; // the order is kept
    QCOMPARE(session.query(), expected);
}

void TestVisitorSession::textSizeStepsThroughTheSizes()
{
    Session session;
    session.wake();
    QSignalSpy changed(&session, &Session::textSizeChanged);
    QList<int> sizes;
    for (int i = 0; i < 4; ++i) {
        session.stepTextSize();
        sizes << session.textSize();
    }
    QCOMPARE(sizes, QList<int>({150, 200, 100, 150}));
    QCOMPARE(changed.size(), 4);
    QCOMPARE(changed.last().at(0).toInt(), 150);
    session.setTextSize(200);
    QCOMPARE(session.textSize(), 200);
    for (int wrong : {0, 99, 120, 250, -100}) {
        session.setTextSize(wrong);
        QCOMPARE(session.textSize(), 200);
    }
    QCOMPARE(changed.size(), 5);
}

void TestVisitorSession::contrastReachSpeechAndKeypad()
{
    Session session;
    session.wake();
    QSignalSpy contrast(&session, &Session::contrastChanged);
    QSignalSpy reach(&session, &Session::reachChanged);
    QSignalSpy speech(&session, &Session::speechChanged);
    QSignalSpy keypad(&session, &Session::keypadInUseChanged);
    session.setContrast(true);
    session.setReach(true);
    session.setSpeech(true);
    session.setKeypadInUse(true);
    QVERIFY(session.highContrast());
    QVERIFY(session.withinReach());
    QVERIFY(session.speechOn());
    QVERIFY(session.keypadInUse());
    for (QSignalSpy *spy : {&contrast, &reach, &speech, &keypad}) {
        QCOMPARE(spy->size(), 1);
        QCOMPARE(spy->at(0).at(0).toBool(), true);
    }
    session.setContrast(false);
    session.setReach(false);
    session.setKeypadInUse(false);
    QVERIFY(!session.highContrast());
    QVERIFY(!session.withinReach());
    QVERIFY(!session.keypadInUse());
    for (QSignalSpy *spy : {&contrast, &reach, &keypad}) {
        QCOMPARE(spy->size(), 2);
        QCOMPARE(spy->at(1).at(0).toBool(), false);
    }
}

void TestVisitorSession::switchingSpeechOffDeclinesIt()
{
    Session session;
    session.wake();
    QSignalSpy declined(&session, &Session::speechDeclinedChanged);
    session.setSpeech(false); // off already: nothing declined
    QVERIFY(!session.speechDeclined());
    session.setSpeech(true);
    QVERIFY(!session.speechDeclined());
    session.setSpeech(false);
    QVERIFY(session.speechDeclined());
    QCOMPARE(declined.size(), 1);
    QCOMPARE(declined.at(0).at(0).toBool(), true);
    // Switched on again by the visitor, it is on; declined stays for the visit.
    session.setSpeech(true);
    QVERIFY(session.speechOn());
    QVERIFY(session.speechDeclined());
    session.reset();
    QVERIFY(!session.speechDeclined());
    QCOMPARE(declined.size(), 2);
}

void TestVisitorSession::theVacancyQuery()
{
    Session session;
    session.wake();
    QSignalSpy search(&session, &Session::querySearchChanged);
    QSignalSpy capability(&session, &Session::queryCapabilityChanged);
    QSignalSpy kind(&session, &Session::queryKindChanged);
    QSignalSpy location(&session, &Session::queryLocationChanged);
    QSignalSpy order(&session, &Session::queryOrderChanged);
    session.setQuerySearch("cyber");
    session.setQueryCapability("covert");
    session.setQueryKind("officer");
    session.setQueryLocation("Reading");
    session.setQueryOrder(Order::Title);
    const Session::Query all{"cyber", "covert", "officer", "Reading", Order::Title};
    QCOMPARE(session.query(), all);
    QCOMPARE(search.last().at(0).toString(), QString("cyber"));
    QCOMPARE(capability.last().at(0).toString(), QString("covert"));
    QCOMPARE(kind.last().at(0).toString(), QString("officer"));
    QCOMPARE(location.last().at(0).toString(), QString("Reading"));
    QCOMPARE(order.last().at(0).value<Order>(), Order::Title);

    session.clearQueryFilters(); // the sheet's "Clear the filters": the words stay
    QCOMPARE(session.query(), (Session::Query{"cyber", {}, {}, {}, Order::Title}));
    QCOMPARE(capability.size(), 2);
    QCOMPARE(kind.size(), 2);
    QCOMPARE(location.size(), 2);
    QCOMPARE(search.size(), 1);
    session.setQueryKind("staff");
    session.clearQuerySearchAndFilters(); // "Clear all": the order stays
    QCOMPARE(session.query(), (Session::Query{{}, {}, {}, {}, Order::Title}));
    QCOMPARE(search.size(), 2);
    QCOMPARE(order.size(), 1);
    session.setQueryOrder(Order::ClosingSoonest);
    QCOMPARE(session.query(), Session::Query());
    QCOMPARE(order.size(), 2);
}

void TestVisitorSession::changedSignalsOnlyOnChange()
{
    Session session;
    QList<QSignalSpy *> spies;
    for (const char *signal :
         {SIGNAL(pageChanged(bool)), SIGNAL(historyChanged(QStringList)),
          SIGNAL(textSizeChanged(int)), SIGNAL(contrastChanged(bool)), SIGNAL(reachChanged(bool)),
          SIGNAL(speechChanged(bool)), SIGNAL(speechDeclinedChanged(bool)),
          SIGNAL(keypadInUseChanged(bool)), SIGNAL(querySearchChanged(QString)),
          SIGNAL(queryCapabilityChanged(QString)), SIGNAL(queryKindChanged(QString)),
          SIGNAL(queryLocationChanged(QString)), SIGNAL(queryOrderChanged(VisitorSession::Order)),
          SIGNAL(capabilityChanged(QString)), SIGNAL(jobChanged(QString))})
        spies << new QSignalSpy(&session, signal);
    session.setTextSize(100);
    session.setContrast(false);
    session.setReach(false);
    session.setSpeech(false);
    session.setKeypadInUse(false);
    session.setQuerySearch({});
    session.setQueryCapability({});
    session.setQueryKind({});
    session.setQueryLocation({});
    session.setQueryOrder(Order::ClosingSoonest);
    session.clearQueryFilters();
    session.clearQuerySearchAndFilters();
    session.back();
    session.reset();
    session.setReachDefault(false);
    for (QSignalSpy *spy : std::as_const(spies)) {
        QVERIFY2(spy->isValid(), spy->signal().constData());
        QVERIFY2(spy->isEmpty(), spy->signal().constData());
    }
    qDeleteAll(spies);
}

void TestVisitorSession::openedOnceAVisitForEachThing()
{
    Session session;
    QSignalSpy opened(&session, &Session::opened);
    session.wake();
    session.open("vacancies");
    session.showJob("JOB-1");
    session.showCode("JOB-1");
    session.back();
    session.showJob("JOB-1"); // a second look: not a second opening
    session.showCode("JOB-1");
    session.back();
    session.showJob("JOB-2");
    session.goHome(); // Home again: opened once already
    session.showCode("link:website");
    session.showCode("link:website");
    session.showCode({}); // no key, no code
    QCOMPARE(openings(opened), (QList<QPair<Opened, QString>>{{Opened::Screen, "home"},
                                                              {Opened::Screen, "vacancies"},
                                                              {Opened::Job, "JOB-1"},
                                                              {Opened::Screen, "job"},
                                                              {Opened::Code, "JOB-1"},
                                                              {Opened::Job, "JOB-2"},
                                                              {Opened::Code, "link:website"}}));
    // The next visitor opens each thing afresh; the reset's return to attract opens nothing.
    session.reset();
    QCOMPARE(opened.size(), 7);
    session.wake();
    session.showJob("JOB-1");
    QCOMPARE(openings(opened).mid(7),
             (QList<QPair<Opened, QString>>{
                 {Opened::Screen, "home"}, {Opened::Job, "JOB-1"}, {Opened::Screen, "job"}}));
}

void TestVisitorSession::featuresOnceAVisit()
{
    Session session;
    QSignalSpy used(&session, &Session::featureUsed);
    session.wake();
    for (int round = 0; round < 2; ++round) {
        session.stepTextSize(); // 150, then 100 in the second round: on once only
        session.stepTextSize();
        session.setContrast(true);
        session.setContrast(false);
        session.setReach(true);
        session.setReach(false);
        session.setSpeech(true);
        session.setSpeech(false);
        session.setKeypadInUse(true);
        session.setKeypadInUse(false);
    }
    QStringList names;
    for (const QList<QVariant> &signal : std::as_const(used))
        names << signal.at(0).toString();
    const QStringList all = {"larger-text", "high-contrast", "within-reach", "read-aloud",
                             "keypad"};
    QCOMPARE(names, all);
    // Switching a thing off, or back to normal, uses nothing.
    session.setTextSize(100);
    QCOMPARE(used.size(), 5);
    // The next visitor's uses count again.
    session.reset();
    session.wake();
    session.setTextSize(200);
    session.setKeypadInUse(true);
    QCOMPARE(used.size(), 7);
    QCOMPARE(used.at(5).at(0).toString(), QString("larger-text"));
    QCOMPARE(used.at(6).at(0).toString(), QString("keypad"));
    // Each name is the feature's own.
    using Feature = Session::Feature;
    QStringList named;
    for (Feature feature : {Feature::LargerText, Feature::HighContrast, Feature::WithinReach,
                            Feature::ReadAloud, Feature::Keypad})
        named << Session::featureName(feature);
    QCOMPARE(named, all);
}

void TestVisitorSession::noEventsWithoutAVisitor()
{
    Session session;
    QSignalSpy used(&session, &Session::featureUsed);
    QSignalSpy opened(&session, &Session::opened);
    QSignalSpy started(&session, &Session::visitorStarted);
    QSignalSpy ended(&session, &Session::visitorEnded);
    // On the attract screen (a test, or the staff's setting): a field, not an event.
    session.setContrast(true);
    session.setContrast(false);
    session.showCode("link:website");
    session.reset();
    QVERIFY(used.isEmpty());
    QVERIFY(opened.isEmpty());
    QVERIFY(started.isEmpty());
    QVERIFY(ended.isEmpty());
    // In the staff area neither, and no screen opens there.
    session.openStaff();
    session.setTextSize(150);
    session.open("about");
    session.showJob("JOB-1");
    session.showCapability("covert");
    session.openVacancies("covert", {});
    session.goHome();
    session.wake();
    session.back();
    QCOMPARE(session.page(), Page::Staff);
    QVERIFY(session.job().isEmpty());
    QVERIFY(session.capability().isEmpty());
    QVERIFY(session.query().capability.isEmpty());
    QVERIFY(used.isEmpty());
    QVERIFY(opened.isEmpty());
    QVERIFY(started.isEmpty());
    session.reset();
    QVERIFY(ended.isEmpty());
}

void TestVisitorSession::whatTheWakingKeyTurnedOnCountsAsTheVisitStarts()
{
    Session session;
    session.setReachDefault(true); // the staff's, not a visitor's use
    QSignalSpy used(&session, &Session::featureUsed);
    QStringList order;
    connect(&session, &Session::visitorStarted, this, [&] { order << "started"; });
    connect(&session, &Session::featureUsed, this, [&](const QString &name) { order << name; });
    connect(&session, &Session::opened, this, [&] { order << "opened"; });
    // A key on the attract screen: the keypad, and speech with it, then the wake.
    session.setKeypadInUse(true);
    session.setSpeech(true);
    QVERIFY(used.isEmpty());
    session.wake();
    QCOMPARE(order, QStringList({"started", "read-aloud", "keypad", "opened"}));
    session.setKeypadInUse(false);
    session.setKeypadInUse(true);
    QCOMPARE(used.size(), 2);
}

void TestVisitorSession::reachDefault()
{
    Session session;
    QSignalSpy reach(&session, &Session::reachChanged);
    session.setReachDefault(true); // nobody is using the kiosk: at once
    QVERIFY(session.reachDefault());
    QVERIFY(session.withinReach());
    QCOMPARE(reach.size(), 1);
    session.wake();
    session.setReachDefault(false); // a visitor is: theirs stays
    QVERIFY(session.withinReach());
    QCOMPARE(reach.size(), 1);
    session.reset();
    QVERIFY(!session.withinReach());
    QCOMPARE(reach.size(), 2);
    session.setReachDefault(true);
    session.wake();
    session.setReach(false);
    session.reset();
    QVERIFY(session.withinReach()); // each visitor starts with the staff's choice
    QVERIFY(session.reachDefault());
}

void TestVisitorSession::staffEndTheVisit()
{
    Session session;
    session.setReachDefault(true);
    visitEverything(session);
    QSignalSpy ended(&session, &Session::visitorEnded);
    QSignalSpy page(&session, &Session::pageChanged);
    session.openStaff();
    QCOMPARE(ended.size(), 1);
    QCOMPARE(page.size(), 1);
    QCOMPARE(session.page(), Page::Staff);
    QVERIFY(!session.isVisiting());
    // Staff see one text size and nothing of the visitor's: every field but the page fresh.
    Session::Fields staff = session.fields();
    staff.page = Page::Attract;
    Session fresh;
    fresh.setReachDefault(true);
    QVERIFY2(staff == fresh.fields(), qPrintable(described(staff)));
    session.reset(); // staff leave: the attract screen, and no visit to end
    QCOMPARE(session.page(), Page::Attract);
    QCOMPARE(ended.size(), 1);
    QCOMPARE(session.fields(), fresh.fields());
}

void TestVisitorSession::finderAnswersAndQuestionsAreTheVisitors()
{
    Session session;
    session.wake();
    QSignalSpy opened(&session, &Session::opened);
    QSignalSpy answers(&session, &Session::finderAnswersChanged);
    session.answerFinder("x"); // not on the finder: nothing to answer
    QVERIFY(session.finderAnswers().isEmpty());
    session.startFinder();
    QCOMPARE(session.screen(), QString("finder"));
    session.answerFinder("patterns");
    session.answerFinder({}); // "Not sure"
    QCOMPARE(session.finderAnswers(), QStringList({"patterns", ""}));
    QVERIFY(session.unanswerFinder());
    QCOMPARE(session.finderAnswers(), QStringList({"patterns"}));
    QCOMPARE(answers.size(), 3);
    session.showFinderResults({"intelligence", "analyst"});
    session.showFinderResults({"intelligence"});
    session.startFinder(); // again: no answers, and not started twice for the counts
    QVERIFY(session.finderAnswers().isEmpty());
    QVERIFY(!session.unanswerFinder());
    session.openQuestions("job");
    QCOMPARE(session.faqPlace(), QString("job"));
    session.toggleAnswer("degree");
    QCOMPARE(session.faqOpen(), QString("degree"));
    session.toggleAnswer("age");
    session.toggleAnswer("age");
    QVERIFY(session.faqOpen().isEmpty());
    session.toggleAnswer("degree");
    const QList<QPair<Opened, QString>> expected = {
        {Opened::Screen, "finder"},        {Opened::Finder, "started"},
        {Opened::Finder, "finished"},      {Opened::FinderResult, "intelligence"},
        {Opened::FinderResult, "analyst"}, {Opened::Screen, "questions"},
        {Opened::Faq, "degree"},           {Opened::Faq, "age"}};
    QCOMPARE(openings(opened), expected);
    session.reset();
    QVERIFY(session.finderAnswers().isEmpty());
    QVERIFY(session.faqPlace().isEmpty());
}

void TestVisitorSession::resetReturnsEveryFieldToAFreshSessions_data()
{
    QTest::addColumn<bool>("reachDefault");
    QTest::newRow("within reach off by default") << false;
    QTest::newRow("within reach on by default") << true;
}

void TestVisitorSession::resetReturnsEveryFieldToAFreshSessions()
{
    QFETCH(bool, reachDefault);
    Session session;
    session.setReachDefault(reachDefault);
    Session fresh;
    fresh.setReachDefault(reachDefault);
    visitEverything(session);

    // Field by field, by name: a field added to Fields stops this from compiling until the
    // test gives it a visitor's value here and checks it after the reset.
    const auto &[page, screen, history, textSize, highContrast, withinReach, speechOn,
                 speechDeclined, keypadInUse, query, capability, job, finderAnswers, faqPlace,
                 faqOpen, opened, featuresUsed] = session.fields();
    const auto &[page0, screen0, history0, textSize0, highContrast0, withinReach0, speechOn0,
                 speechDeclined0, keypadInUse0, query0, capability0, job0, finderAnswers0,
                 faqPlace0, faqOpen0, opened0, featuresUsed0] = fresh.fields();
    const auto &[search, capabilityFilter, kind, location, order] = query;
    const auto &[search0, capabilityFilter0, kind0, location0, order0] = query0;
    // Before: every field is the visitor's, none a fresh session's.
#define DIFFERS(field) QVERIFY2(field != field##0, #field " was never changed by the visit")
    DIFFERS(page);
    DIFFERS(screen);
    DIFFERS(history);
    DIFFERS(textSize);
    DIFFERS(highContrast);
    DIFFERS(withinReach);
    DIFFERS(speechOn);
    DIFFERS(speechDeclined);
    DIFFERS(keypadInUse);
    DIFFERS(search);
    DIFFERS(capabilityFilter);
    DIFFERS(kind);
    DIFFERS(location);
    DIFFERS(order);
    DIFFERS(capability);
    DIFFERS(job);
    DIFFERS(finderAnswers);
    DIFFERS(faqPlace);
    DIFFERS(faqOpen);
    DIFFERS(opened);
    DIFFERS(featuresUsed);
#undef DIFFERS

    QSignalSpy ended(&session, &Session::visitorEnded);
    Session::Fields atEnd;
    connect(&session, &Session::visitorEnded, this, [&] { atEnd = session.fields(); });
    const Session::Fields before = session.fields();
    session.reset();
    QCOMPARE(ended.size(), 1);
    QVERIFY(atEnd == before); // told while the fields still hold the visit

    // After: every field a fresh session's (the references above now read the reset one).
#define FRESH(field) QVERIFY2(field == field##0, #field " is not a fresh session's after reset")
    FRESH(page);
    FRESH(screen);
    FRESH(history);
    FRESH(textSize);
    FRESH(highContrast);
    FRESH(withinReach);
    FRESH(speechOn);
    FRESH(speechDeclined);
    FRESH(keypadInUse);
    FRESH(search);
    FRESH(capabilityFilter);
    FRESH(kind);
    FRESH(location);
    FRESH(order);
    FRESH(capability);
    FRESH(job);
    FRESH(finderAnswers);
    FRESH(faqPlace);
    FRESH(faqOpen);
    FRESH(opened);
    FRESH(featuresUsed);
#undef FRESH
    // And as one: the whole record, whatever it holds.
    QVERIFY2(session.fields() == fresh.fields(),
             qPrintable(described(session.fields()) + "\n" + described(fresh.fields())));
    QCOMPARE(session.reachDefault(), reachDefault); // a setting, not the visitor's
}

void TestVisitorSession::resetOfAFreshSessionSaysNothing()
{
    Session session;
    session.wake();
    session.reset();
    QSignalSpy anything(&session, &Session::visitorEnded);
    QSignalSpy page(&session, &Session::pageChanged);
    session.reset();
    QVERIFY(anything.isEmpty());
    QVERIFY(page.isEmpty());
}

void TestVisitorSession::aListenersOwnIntentIsAnnouncedOnce()
{
    // As the window does: the keypad brings speech with it. Speech's change is announced by
    // its own intent, once, and not again by the keypad's.
    Session session;
    session.wake();
    connect(&session, &Session::keypadInUseChanged, this, [&](bool inUse) {
        if (inUse)
            session.setSpeech(true);
    });
    QSignalSpy speech(&session, &Session::speechChanged);
    QSignalSpy keypad(&session, &Session::keypadInUseChanged);
    session.setKeypadInUse(true);
    QCOMPARE(speech.size(), 1);
    QCOMPARE(keypad.size(), 1);
    QVERIFY(session.speechOn());
}

void TestVisitorSession::visitEverything(Session &session)
{
    session.wake();
    session.startFinder();
    session.answerFinder("patterns");
    session.answerFinder({});
    session.openQuestions("job");
    session.toggleAnswer("degree");
    session.open("capabilities");
    session.showCapability("covert");
    session.openVacancies("covert", "staff");
    session.setQuerySearch("analyst");
    session.setQueryLocation("Reading");
    session.setQueryOrder(Order::Title);
    session.showJob("SAMPLE-S-0124");
    session.showCode("SAMPLE-S-0124");
    session.setTextSize(150);
    session.setContrast(true);
    session.setReach(!session.reachDefault());
    session.setSpeech(true);
    session.setSpeech(false);
    session.setSpeech(true);
    session.setKeypadInUse(true);
}

QList<QPair<Opened, QString>> TestVisitorSession::openings(const QSignalSpy &spy)
{
    QList<QPair<Opened, QString>> list;
    for (const QList<QVariant> &signal : spy)
        list.append({signal.at(0).value<Opened>(), signal.at(1).toString()});
    return list;
}

QTEST_GUILESS_MAIN(TestVisitorSession)
#include "tst_visitorsession.moc"
