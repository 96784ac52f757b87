#include "aboutscreen.h"
#include "attractscreen.h"
#include "capabilitiesscreen.h"
#include "capabilityscreen.h"
#include "chipgroup.h"
#include "filtersheet.h"
#include "homescreen.h"
#include "jobdetailscreen.h"
#include "kioskfixture.h"
#include "processmemory.h"
#include "qrcodewidget.h"
#include "stillthereprompt.h"
#include "tilebutton.h"
#include "touchkeyboard.h"
#include "vacanciesscreen.h"
#include "validationlimits.h"
#include "visitor.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTest>

#include <cstdio>
#include <cstdlib>

// A whole event in one process: visitor after visitor taps through the real window (screens,
// search on the on-screen keyboard, filters, jobs and their QR codes, larger text and high
// contrast), then walks away or answers "Still there?" first, and the kiosk resets. Resident
// memory is recorded at checkpoints and must stay flat after the first; any Qt warning fails.
// Idle times and the countdown pass on the fixture's clock, which the visitor moves on: the
// run takes as long as the taps do, and a busy machine cannot make a visitor miss the prompt.
// KIOSK_SOAK_SESSIONS sets the number of visitors (CI: 500; an event: 10000).
// KIOSK_SOAK_KEEP_HEAP=1 is for finding growth with heaptrack: the run ends without freeing
// anything, so all that is still allocated counts as leaked, and runs of two lengths can be
// diffed (README.md, "What the soak found").
class TestSoak : public QObject
{
    Q_OBJECT
public:
    TestSoak();

private slots:
    void initTestCase();
    void cleanupTestCase();
    void visitorsLeaveNothingBehind();

private:
    bool visit(int session);
    bool aboutTheUnit(int session);
    bool capabilityToJob(int session);
    bool searchOnTheKeyboard(int session);
    bool filterSortAndClear(int session);
    bool openJob(int row);
    bool walkAway(bool answerFirst);
    bool step(bool ok, const char *what);

    std::unique_ptr<KioskFixture> m_kiosk;
    std::unique_ptr<Visitor> m_finger;
    KioskWindow *m_w = nullptr;
    QString m_failure;
};

// AddressSanitizer keeps freed memory in quarantine, so resident memory grows by design there;
// that build looks for leaks and memory errors instead, and this one judges the memory.
#if defined(__SANITIZE_ADDRESS__)
#define KIOSK_MEMORY_IS_JUDGED 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KIOSK_MEMORY_IS_JUDGED 0
#endif
#endif
#ifndef KIOSK_MEMORY_IS_JUDGED
#define KIOSK_MEMORY_IS_JUDGED 1
#endif

namespace
{

// Long enough that no visitor is interrupted while tapping; each walk-away shortens it.
constexpr int browsingIdleMsec = 600000;
constexpr qint64 allowedGrowthKb = 2048;

QStringList warnings;
QtMessageHandler previousHandler = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // The offscreen test platform says so whenever a window's size limits change; a real
    // screen's platform passes them on. Any other warning is the kiosk's.
    const bool platformNote =
        message.endsWith(QLatin1String("does not support propagateSizeHints()"));
    if (platformNote)
        return;
    if (type != QtDebugMsg && type != QtInfoMsg)
        warnings << message;
    previousHandler(type, context, message);
}

bool keepHeap()
{
    return qEnvironmentVariableIntValue("KIOSK_SOAK_KEEP_HEAP") == 1;
}

int sessionsWanted()
{
    bool ok = false;
    const int wanted = qEnvironmentVariableIntValue("KIOSK_SOAK_SESSIONS", &ok);
    return ok && wanted > 0 ? wanted : 500;
}

} // namespace

TestSoak::TestSoak()
{
    // Qt Test stops a test function after five minutes; a whole event takes longer. Read
    // when the first test function starts, so it is set here, before any.
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(60000 + sessionsWanted() * 1000));
}

void TestSoak::initTestCase()
{
    previousHandler = qInstallMessageHandler(recordWarnings);
    if (keepHeap()) // heaptrack slows the built-in data's check past its usual budget
        ValidationLimits::setBudgetForTesting(60000);
    KioskWindow::Options options;
    options.idleMsec = browsingIdleMsec;
    // Short, so that even 10,000 visitors' walks away keep the clock within the day the data
    // was made for; the countdown itself is tested elsewhere.
    options.warningMsec = 30;
    m_kiosk = std::make_unique<KioskFixture>(nullptr, options);
    m_w = m_kiosk->window();
    m_finger = std::make_unique<Visitor>();
}

void TestSoak::cleanupTestCase()
{
    m_finger.reset();
    m_kiosk.reset();
    qInstallMessageHandler(previousHandler);
}

bool TestSoak::step(bool ok, const char *what)
{
    if (!ok && m_failure.isEmpty())
        m_failure = QString::fromLatin1(what);
    return ok;
}

bool TestSoak::openJob(int row)
{
    const int rows = m_w->vacancies()->list()->model()->rowCount();
    if (rows == 0)
        return true; // an empty result is a screen too
    return step(m_finger->tapJob(m_w, row % rows), "tap a job") &&
           step(m_w->currentScreen() == m_w->jobDetail(), "the job opens") &&
           step(!m_w->jobDetail()->qrCode()->code().isNull(), "its QR code is drawn") &&
           step(m_finger->tap(m_w->backButton()), "Back from the job");
}

bool TestSoak::aboutTheUnit(int)
{
    return step(m_finger->tap(Visitor::tile(m_w->home(), "About the unit")), "About") &&
           step(m_w->currentScreen() == m_w->about(), "About opens") &&
           step(m_finger->tap(m_w->backButton()), "Back from About");
}

bool TestSoak::capabilityToJob(int session)
{
    if (!step(m_finger->tap(Visitor::tile(m_w->home(), "Roles by capability")), "Roles"))
        return false;
    const QList<TileButton *> tiles = m_w->capabilities()->findChildren<TileButton *>();
    return step(!tiles.isEmpty(), "capability tiles") &&
           step(m_finger->tap(tiles.at(session % tiles.size())), "a capability") &&
           step(m_finger->tap(m_w->capability()->findChild<QPushButton *>()), "its vacancies") &&
           step(m_w->currentScreen() == m_w->vacancies(), "the vacancies open") && openJob(session);
}

bool TestSoak::searchOnTheKeyboard(int session)
{
    static const QStringList words = {"an", "in", "off", "cy", "re", "zq"};
    VacanciesScreen *v = m_w->vacancies();
    if (!step(m_finger->tap(Visitor::tile(m_w->home(), "Current vacancies")), "Vacancies") ||
        !step(m_finger->tap(v->searchField()), "the search field"))
        return false;
    for (const QChar letter : words.at(session % words.size())) {
        if (!step(m_finger->tap(m_w->keyboard()->key(QString(letter))), "a key"))
            return false;
    }
    return step(m_finger->tap(m_w->keyboard()->key("delete")), "delete") &&
           step(m_finger->tap(m_w->keyboard()->key("done")), "done") && openJob(session);
}

bool TestSoak::filterSortAndClear(int session)
{
    VacanciesScreen *v = m_w->vacancies();
    if (!step(m_finger->tap(Visitor::tile(m_w->home(), "Current vacancies")), "Vacancies"))
        return false;
    const QList<QPushButton *> places = v->locationChips()->findChildren<QPushButton *>();
    const bool filtered =
        step(m_finger->tap(v->filtersButton()), "Filters") &&
        step(m_finger->tap(v->kindChips()->chip(session % 2 ? "officer" : "staff")), "kind") &&
        step(m_finger->tap(places.at(session % places.size())), "a location") &&
        step(m_finger->tap(v->filterSheet()->showButton()), "Show the results") &&
        step(m_finger->tap(Visitor::button(v, "A to Z")), "A to Z") && openJob(session);
    QPushButton *clear = Visitor::button(v, "Clear all");
    return filtered && step(!clear || m_finger->tap(clear), "Clear all");
}

bool TestSoak::walkAway(bool answerFirst)
{
    IdleMonitor *idle = m_w->idleMonitor();
    Clock *clock = m_kiosk->clock();
    idle->setIdleTime(1);
    // After each move of the clock the event loop runs, as it would after a real timer.
    const auto pass = [clock](qint64 msec) {
        clock->advance(msec);
        QCoreApplication::processEvents();
    };
    if (answerFirst) {
        pass(1);
        if (!step(m_w->isPromptShowing(), "the prompt") ||
            !step(m_finger->tap(m_w->prompt()->button()), "I'm still here") ||
            !step(!m_w->isAttractShowing() && !m_w->isPromptShowing(),
                  "the answer keeps the visitor"))
            return false;
    }
    pass(idle->warningTime()); // 1 ms of idle time, all but 1 ms of the warning
    const bool prompted =
        step(m_w->isPromptShowing() && !m_w->isAttractShowing(), "the prompt after walking away");
    pass(1);
    const bool reset = step(prompted && m_w->isAttractShowing(), "the reset");
    idle->setIdleTime(browsingIdleMsec);
    return reset;
}

bool TestSoak::visit(int session)
{
    using Flow = bool (TestSoak::*)(int);
    static const Flow flows[] = {&TestSoak::aboutTheUnit, &TestSoak::capabilityToJob,
                                 &TestSoak::searchOnTheKeyboard, &TestSoak::filterSortAndClear};
    if (!step(m_finger->tap(m_w->attract()), "wake") ||
        !step(m_w->currentScreen() == m_w->home() && m_w->history().isEmpty(), "a fresh home"))
        return false;
    if (session % 20 == 0 && !(step(m_finger->tap(m_w->largeTextButton()), "Larger text") &&
                               step(m_finger->tap(m_w->contrastButton()), "High contrast")))
        return false;
    if (!(this->*flows[session % 4])(session))
        return false;
    // Home has no Home button: a flow that ends there (Back from About) needs none.
    const bool home = m_w->currentScreen() == m_w->home() || m_finger->tap(m_w->homeButton());
    return step(home, "Home") && walkAway(session % 3 == 0);
}

void TestSoak::visitorsLeaveNothingBehind()
{
    const int sessions = sessionsWanted();
    const int checkpoint = qMax(100, sessions / 10);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> curve;
    for (int session = 1; session <= sessions; ++session) {
        QVERIFY2(visit(session), qPrintable(QString("visitor %1: %2").arg(session).arg(m_failure)));
        QVERIFY2(warnings.isEmpty(),
                 qPrintable(QString("visitor %1: %2").arg(session).arg(warnings.join('\n'))));
        if (session % checkpoint == 0) {
            curve << ProcessMemory::residentKb();
            qInfo("%d visitors: %lld KB resident, %.1f s", session, curve.last(),
                  clock.elapsed() / 1000.0);
        }
    }
    qInfo("%d visitors in %.1f s (%.1f ms each)", sessions, clock.elapsed() / 1000.0,
          double(clock.elapsed()) / sessions);
    if (keepHeap()) {
        std::fflush(nullptr);
        std::_Exit(0);
    }
    if (!KIOSK_MEMORY_IS_JUDGED)
        return;
    QVERIFY2(curve.size() >= 2, "too few visitors to compare two checkpoints");
    for (qint64 kb : curve)
        QVERIFY2(
            kb - curve.first() <= allowedGrowthKb,
            qPrintable(
                QString("resident memory grew from %1 KB to %2 KB").arg(curve.first()).arg(kb)));
}

QTEST_MAIN(TestSoak)
#include "tst_soak.moc"
