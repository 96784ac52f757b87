#include "attractscreen.h"
#include "homescreen.h"
#include "idlemonitor.h"
#include "intereststats.h"
#include "jobdetailscreen.h"
#include "joblistmodel.h"
#include "kioskfixture.h"
#include "recordingspeaker.h"
#include "tilebutton.h"
#include "vacanciesscreen.h"
#include "visitor.h"
#include "visitorsession.h"

#include <QApplication>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The counts staff read, from visitors tapping through the real window: each visitor once,
// each thing they opened or used once for them, and nothing from Back or the reset. The idle
// reset is the idle monitor's own signal, sent at once rather than waited for.
class TestVisitorCounts : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void oneVisitorThenThreeIdleResets();
    void backAndTheResetAreNoVisit();
    void homesCodesCountForEveryVisitor();
    void featuresOnceForEachVisitor();
    void aKeyThatWakesTheKioskCountsTheKeypadAndSpeech();

private:
    // "kind key" -> count, on the fixture's day.
    QMap<QString, int> counts() const;
    void start(KioskWindow::Options options = {});
    void walkAway();

    std::unique_ptr<QTemporaryDir> m_countsDir;
    std::unique_ptr<InterestStats> m_stats;
    std::unique_ptr<KioskFixture> m_kiosk;
    KioskWindow *w = nullptr;
};

void TestVisitorCounts::init()
{
    m_countsDir = std::make_unique<QTemporaryDir>();
    m_stats = std::make_unique<InterestStats>(m_countsDir->path());
    QVERIFY(m_stats->isOpen());
}

void TestVisitorCounts::cleanup()
{
    m_kiosk.reset();
    m_stats.reset();
    m_countsDir.reset();
}

void TestVisitorCounts::start(KioskWindow::Options options)
{
    options.stats = m_stats.get();
    m_kiosk = std::make_unique<KioskFixture>(nullptr, options);
    w = m_kiosk->window();
    QVERIFY(w->isAttractShowing());
}

void TestVisitorCounts::walkAway()
{
    // What the idle monitor sends once "Still there?" has counted down unanswered.
    emit w->idleMonitor()->timedOut();
    QCoreApplication::processEvents();
    QVERIFY(w->isAttractShowing());
}

QMap<QString, int> TestVisitorCounts::counts() const
{
    QMap<QString, int> map;
    for (const InterestStats::Count &count : m_stats->counts(KioskFixture::today))
        map.insert(count.kind + " " + count.key, count.count);
    return map;
}

void TestVisitorCounts::oneVisitorThenThreeIdleResets()
{
    // Issue 24's "Done when": Home, Vacancies, a job, Back, the same job again, Home's contact
    // code twice, walk away, then three idle resets with nobody there.
    start();
    Visitor visitor;
    QSignalSpy codes(w->home(), &HomeScreen::codeShown);
    QVERIFY(visitor.tap(w->attract()));
    QCOMPARE(w->currentScreen(), w->home());
    QVERIFY(visitor.tap(Visitor::tile(w->home(), "Current vacancies")));
    QCOMPARE(w->currentScreen(), w->vacancies());
    const QString reference =
        w->vacancies()->list()->model()->index(0, 0).data(JobListModel::ReferenceRole).toString();
    QVERIFY(!reference.isEmpty());
    QVERIFY(visitor.tapJob(w, 0));
    QCOMPARE(w->currentScreen(), w->jobDetail());
    QCOMPARE(w->jobDetail()->reference(), reference);
    QVERIFY(visitor.tap(w->backButton()));
    QCOMPARE(w->currentScreen(), w->vacancies());
    QVERIFY(visitor.tapJob(w, 0));
    QCOMPARE(w->jobDetail()->reference(), reference);
    QVERIFY(visitor.tap(w->homeButton()));
    QCOMPARE(w->currentScreen(), w->home());
    int contact = 0;
    for (const QList<QVariant> &shown : codes)
        contact += shown.value(0).toString() == "link:contact" ? 1 : 0;
    QCOMPARE(contact, 2); // the contact code was in sight twice
    walkAway();

    // The sample data's Home shows three codes, and a job's page its own code to apply with:
    // each is a take-away code this visitor was shown, once.
    const QMap<QString, int> expected = {{"visitors all", 1},
                                         {"hour 10", 1}, // the fixture's clock: 10:00
                                         {"screen home", 1},
                                         {"screen vacancies", 1},
                                         {"screen job", 1},
                                         {"job " + reference, 1},
                                         {"code " + reference, 1},
                                         {"code link:contact", 1},
                                         {"code link:information-pack", 1},
                                         {"code link:vacancies", 1}};
    QCOMPARE(counts(), expected);
    for (int reset = 0; reset < 3; ++reset)
        walkAway();
    QCOMPARE(counts(), expected); // nothing else grew
    // What --counts prints for the day.
    QCOMPARE(m_stats->csv(KioskFixture::today),
             QByteArray("day,kind,key,count\n"
                        "2026-11-25,visitors,\"all\",1\n"
                        "2026-11-25,hour,\"10\",1\n"
                        "2026-11-25,screen,\"home\",1\n"
                        "2026-11-25,screen,\"job\",1\n"
                        "2026-11-25,screen,\"vacancies\",1\n"
                        "2026-11-25,job,\"" +
                        reference.toUtf8() +
                        "\",1\n"
                        "2026-11-25,code,\"" +
                        reference.toUtf8() +
                        "\",1\n"
                        "2026-11-25,code,\"link:contact\",1\n"
                        "2026-11-25,code,\"link:information-pack\",1\n"
                        "2026-11-25,code,\"link:vacancies\",1\n"));
}

void TestVisitorCounts::backAndTheResetAreNoVisit()
{
    start();
    Visitor visitor;
    QSignalSpy started(w->session(), &VisitorSession::visitorStarted);
    QSignalSpy opened(w->session(), &VisitorSession::opened);
    QSignalSpy ended(w->session(), &VisitorSession::visitorEnded);
    QVERIFY(visitor.tap(w->attract()));
    QCOMPARE(started.size(), 1);
    QVERIFY(visitor.tap(Visitor::tile(w->home(), "About the unit")));
    QVERIFY(visitor.tap(w->backButton()));
    QCOMPARE(w->currentScreen(), w->home());
    QVERIFY(visitor.tap(Visitor::tile(w->home(), "Roles by capability")));
    QVERIFY(visitor.tap(w->backButton()));
    const auto screensOpened = [&opened] {
        QStringList keys;
        for (const QList<QVariant> &event : opened) {
            if (event.value(0).value<VisitorSession::Opened>() == VisitorSession::Opened::Screen)
                keys << event.value(1).toString();
        }
        return keys;
    };
    QCOMPARE(screensOpened(), QStringList({"home", "about", "capabilities"})); // Back is no visit
    walkAway();
    QCOMPARE(ended.size(), 1);
    // nor is the Home the reset shows behind the attract screen
    QCOMPARE(screensOpened(), QStringList({"home", "about", "capabilities"}));
    QCOMPARE(started.size(), 1);
    QCOMPARE(counts(), (QMap<QString, int>{{"visitors all", 1},
                                           {"hour 10", 1},
                                           {"screen home", 1},
                                           {"screen about", 1},
                                           {"screen capabilities", 1},
                                           {"code link:contact", 1},
                                           {"code link:information-pack", 1},
                                           {"code link:vacancies", 1}}));
}

void TestVisitorCounts::homesCodesCountForEveryVisitor()
{
    // Home's and About's codes come into sight for each visitor, not once a run.
    start();
    Visitor visitor;
    for (int i = 0; i < 3; ++i) {
        QVERIFY(visitor.tap(w->attract()));
        QVERIFY(visitor.tap(Visitor::tile(w->home(), "About the unit")));
        walkAway();
    }
    const QMap<QString, int> now = counts();
    QCOMPARE(now.value("visitors all"), 3);
    QCOMPARE(now.value("screen home"), 3);
    QCOMPARE(now.value("screen about"), 3);
    QCOMPARE(now.value("code link:contact"), 3);
    QCOMPARE(now.value("code link:vacancies"), 3);
}

void TestVisitorCounts::featuresOnceForEachVisitor()
{
    start();
    Visitor visitor;
    w->resize(1080, 1920); // portrait: "Within reach" is offered
    QCoreApplication::processEvents();
    QVERIFY(visitor.tap(w->attract()));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(visitor.tap(w->largeTextButton())); // 150, 200, back to 100
        QVERIFY(visitor.tap(w->contrastButton()));  // on and off
    }
    QVERIFY(visitor.tap(w->withinReachButton()));
    QVERIFY(w->withinReachButton()->isChecked());
    walkAway();
    QCOMPARE(counts().value("feature larger-text"), 1);
    QCOMPARE(counts().value("feature high-contrast"), 1);
    QCOMPARE(counts().value("feature within-reach"), 1);
    // The reset switches them all off again: no use of them. A second visitor who uses none.
    QVERIFY(visitor.tap(w->attract()));
    walkAway();
    QCOMPARE(counts().value("visitors all"), 2);
    QCOMPARE(counts().value("feature larger-text"), 1);
    QCOMPARE(counts().value("feature high-contrast"), 1);
    QCOMPARE(counts().value("feature within-reach"), 1);
    QVERIFY(!counts().contains("feature keypad"));
    QVERIFY(!counts().contains("feature read-aloud")); // no speaker: no "Read aloud"
}

void TestVisitorCounts::aKeyThatWakesTheKioskCountsTheKeypadAndSpeech()
{
    RecordingSpeaker speaker;
    KioskWindow::Options options;
    options.speaker = &speaker;
    start(options);
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    // The first key wakes the kiosk, switches speech on, and comes before the visitor.
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : w, Qt::Key_Space);
    QCoreApplication::processEvents();
    QCOMPARE(w->currentScreen(), w->home());
    QVERIFY(w->readAloudButton()->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    walkAway();
    QCOMPARE(counts().value("visitors all"), 1);
    QCOMPARE(counts().value("feature keypad"), 1);
    QCOMPARE(counts().value("feature read-aloud"), 1);
    // The next visitor touches: neither.
    Visitor visitor;
    QVERIFY(visitor.tap(w->attract()));
    walkAway();
    QCOMPARE(counts().value("visitors all"), 2);
    QCOMPARE(counts().value("feature keypad"), 1);
    QCOMPARE(counts().value("feature read-aloud"), 1);
}

QTEST_MAIN(TestVisitorCounts)
#include "tst_visitorcounts.moc"
