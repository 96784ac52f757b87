#include "attractscreen.h"
#include "chipgroup.h"
#include "filtersheet.h"
#include "homescreen.h"
#include "idlemonitor.h"
#include "jobdetailscreen.h"
#include "jobfiltermodel.h"
#include "keypadnavigator.h"
#include "kioskfixture.h"
#include "linkcodes.h"
#include "theme.h"
#include "tilebutton.h"
#include "touchkeyboard.h"
#include "vacanciesscreen.h"
#include "visitor.h"
#include "visitorsession.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The next visitor finds a fresh kiosk, whatever the last one did: above all the on-screen
// keyboard, which once kept the size larger text gave its keys, its last row cut off, for
// every visitor after.
class TestVisitorReset : public QObject
{
    Q_OBJECT
private slots:
    void keyboardIsFreshAfterLargerTextAndAWalkAway_data();
    void keyboardIsFreshAfterLargerTextAndAWalkAway();
    void walkingAwayLeavesAFreshSession_data();
    void walkingAwayLeavesAFreshSession();

private:
    // The keyboard as a visitor sees it: where it is, and every key's place and visible part.
    static QStringList keyboardShape(KioskWindow *w);
    // Every key in sight and whole, Space and Done too; false with what is not.
    static bool keyboardWhole(KioskWindow *w, QString *missing);
    bool openKeyboard(KioskWindow *w);
    // The visitor walks away: "Still there?", then the idle monitor's time-out, as its
    // countdown ends it, without waiting for it.
    static void walkAway(KioskWindow *w);

    Visitor m_finger;
};

static QString described(const VisitorSession::Fields &fields)
{
    QString text;
    QDebug(&text) << fields;
    return text;
}

static QRect visiblePart(const QWidget *widget)
{
    // What a finger can reach of it: clipped by every page and list it is in, and the window.
    QRect part(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget())
        part &= QRect(p->mapTo(p->window(), QPoint(0, 0)), p->size());
    return part;
}

QStringList TestVisitorReset::keyboardShape(KioskWindow *w)
{
    TouchKeyboard *keyboard = w->keyboard();
    const auto text = [](const QRect &r) {
        return QString("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    };
    QStringList shape = {QString("keyboard %1%2, %3 in sight")
                             .arg(text(QRect(keyboard->mapTo(w, QPoint()), keyboard->size())),
                                  keyboard->isCompact() ? " compact" : "",
                                  text(visiblePart(keyboard)))};
    for (QPushButton *key : keyboard->findChildren<QPushButton *>()) {
        shape << QString("%1 %2 \"%3\", %4 in sight")
                     .arg(key->objectName(), text(QRect(key->mapTo(w, QPoint()), key->size())),
                          key->text(), key->isVisible() ? text(visiblePart(key)) : "none");
    }
    return shape;
}

bool TestVisitorReset::keyboardWhole(KioskWindow *w, QString *missing)
{
    if (!w->isKeyboardShowing()) {
        *missing = "the keyboard";
        return false;
    }
    for (QPushButton *key : w->keyboard()->findChildren<QPushButton *>()) {
        const QRect whole(key->mapTo(w, QPoint()), key->size());
        if (!key->isVisible() || visiblePart(key) != whole ||
            key->height() < Theme::current().px(72)) {
            *missing = key->objectName();
            return false;
        }
    }
    return true;
}

bool TestVisitorReset::openKeyboard(KioskWindow *w)
{
    return m_finger.tap(w->attract()) &&
           m_finger.tap(Visitor::tile(w->home(), "Current vacancies")) &&
           m_finger.tap(w->vacancies()->searchField()) && w->isKeyboardShowing();
}

void TestVisitorReset::walkAway(KioskWindow *w)
{
    IdleMonitor *idle = w->idleMonitor();
    QVERIFY(idle->isRunning());
    emit idle->warningStarted();
    QVERIFY(w->isPromptShowing());
    emit idle->timedOut();
    QVERIFY(w->isAttractShowing());
}

void TestVisitorReset::keyboardIsFreshAfterLargerTextAndAWalkAway_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("withinReach");
    QTest::newRow("1920x1080, docked beside the results") << QSize(1920, 1080) << false;
    QTest::newRow("1080x1920, full width") << QSize(1080, 1920) << false;
    QTest::newRow("1080x1920 within reach, compact") << QSize(1080, 1920) << true;
}

void TestVisitorReset::keyboardIsFreshAfterLargerTextAndAWalkAway()
{
    QFETCH(QSize, size);
    QFETCH(bool, withinReach);
    KioskWindow::Options options;
    options.withinReach = withinReach;

    // What a fresh kiosk's keyboard is, at 100 %, opened by the first touch of the day.
    QStringList fresh;
    {
        KioskFixture kiosk(nullptr, options);
        kiosk.resize(size.width(), size.height());
        QVERIFY(openKeyboard(kiosk.window()));
        fresh = keyboardShape(kiosk.window());
        QString missing;
        QVERIFY2(keyboardWhole(kiosk.window(), &missing), qPrintable(missing));
    }

    KioskFixture kiosk(nullptr, options);
    kiosk.resize(size.width(), size.height());
    KioskWindow *w = kiosk.window();
    QVERIFY(openKeyboard(w));
    QCOMPARE(keyboardShape(w), fresh);
    QVERIFY(m_finger.tap(w->keyboard()->key("a")));
    // Larger text with the keyboard up, then back to normal: the button steps 150, 200, 100.
    QString missing;
    for (int percent : {150, 200, 100}) {
        QVERIFY(m_finger.tap(w->largeTextButton()));
        QCOMPARE(w->textSize(), percent);
        QCOMPARE(w->session()->textSize(), percent);
        QVERIFY(w->isKeyboardShowing());
        QVERIFY2(keyboardWhole(w, &missing),
                 qPrintable(QString("%1 at %2 %").arg(missing).arg(percent)));
    }
    QCOMPARE(keyboardShape(w), fresh); // back at 100 %, as it was

    walkAway(w);
    // Every field of the session is a fresh one's.
    VisitorSession freshSession;
    freshSession.setReachDefault(withinReach);
    QVERIFY2(w->session()->fields() == freshSession.fields(),
             qPrintable(described(w->session()->fields())));
    QVERIFY(!w->isKeyboardShowing());

    // The next visitor's keyboard is a fresh kiosk's: its size, every row in sight, Space and
    // Done whole.
    QVERIFY(openKeyboard(w));
    QVERIFY(w->vacancies()->searchField()->text().isEmpty());
    QCOMPARE(keyboardShape(w), fresh);
    QVERIFY2(keyboardWhole(w, &missing), qPrintable(missing));
    for (const char *name : {"space", "done"}) {
        QPushButton *key = w->keyboard()->key(name);
        QCOMPARE(visiblePart(key), QRect(key->mapTo(w, QPoint()), key->size()));
    }
}

void TestVisitorReset::walkingAwayLeavesAFreshSession_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("withinReach");
    QTest::newRow("1920x1080") << QSize(1920, 1080) << false;
    QTest::newRow("1080x1920") << QSize(1080, 1920) << false;
    QTest::newRow("1080x1920, within reach by default") << QSize(1080, 1920) << true;
}

void TestVisitorReset::walkingAwayLeavesAFreshSession()
{
    QFETCH(QSize, size);
    QFETCH(bool, withinReach);
    KioskWindow::Options options;
    options.withinReach = withinReach;
    KioskFixture kiosk(nullptr, options);
    kiosk.resize(size.width(), size.height());
    KioskWindow *w = kiosk.window();
    VisitorSession *session = w->session();
    VisitorSession fresh;
    fresh.setReachDefault(withinReach);
    QVERIFY2(session->fields() == fresh.fields(), qPrintable(described(session->fields())));
    QSignalSpy started(session, &VisitorSession::visitorStarted);
    QSignalSpy ended(session, &VisitorSession::visitorEnded);
    QSignalSpy opened(session, &VisitorSession::opened);

    const auto codes = [&opened] {
        int count = 0;
        for (const QList<QVariant> &signal : std::as_const(opened))
            count += signal.at(0).value<VisitorSession::Opened>() == VisitorSession::Opened::Code;
        return count;
    };
    const int homeCodes = int(w->home()->findChild<LinkCodes *>()->codes().size());
    QVERIFY(homeCodes > 0);

    // A visitor who does a bit of everything, by touch.
    QVERIFY(m_finger.tap(w->attract()));
    QCOMPARE(started.size(), 1);
    QCOMPARE(codes(), homeCodes); // Home's codes to take away, in sight as it opens
    QVERIFY(m_finger.tap(Visitor::tile(w->home(), "Current vacancies")));
    VacanciesScreen *v = w->vacancies();
    QVERIFY(m_finger.tap(v->filtersButton()));
    QVERIFY(m_finger.tap(v->kindChips()->chip("staff")));
    QVERIFY(m_finger.tap(v->filterSheet()->showButton()));
    QVERIFY(m_finger.tap(Visitor::button(v, "A to Z")));
    QVERIFY(m_finger.tapJob(w, 0));
    const QString job = w->jobDetail()->reference();
    QVERIFY(!job.isEmpty());
    QCOMPARE(session->job(), job);
    QVERIFY(m_finger.tap(w->backButton()));
    QVERIFY(m_finger.tap(v->searchField()));
    QVERIFY(m_finger.tap(w->keyboard()->key("a")));
    QVERIFY(m_finger.tap(w->contrastButton()));
    QVERIFY(m_finger.tap(w->largeTextButton()));
    if (w->withinReachButton()->isVisible())
        QVERIFY(m_finger.tap(w->withinReachButton()));
    QTest::keyClick(v->searchField(), Qt::Key_Down); // and a key
    // The screens show the session: it holds what the visitor did, and nothing else does.
    const VisitorSession::Query query{"a", {}, "staff", {}, VisitorSession::Order::Title};
    QCOMPARE(session->query(), query);
    QCOMPARE(v->searchField()->text(), QString("a"));
    QCOMPARE(v->kindChips()->value(), QString("staff"));
    QCOMPARE(v->filter()->kind(), QString("staff"));
    QCOMPARE(session->history(), QStringList({"home"}));
    QCOMPARE(w->history(), QList<Screen *>({w->home()}));
    QVERIFY(session->highContrast());
    QVERIFY(Theme::current().highContrast());
    QCOMPARE(session->textSize(), 150);
    QVERIFY(session->keypadInUse());
    QVERIFY(w->keypad()->isActive());
    QVERIFY(opened.contains(QVariantList{QVariant::fromValue(VisitorSession::Opened::Job), job}));
    QVERIFY(opened.contains(QVariantList{QVariant::fromValue(VisitorSession::Opened::Code), job}));
    QCOMPARE(codes(), homeCodes + 1); // and the job's, once

    walkAway(w);
    QCOMPARE(ended.size(), 1);
    QCOMPARE(started.size(), 1);
    QVERIFY2(session->fields() == fresh.fields(), qPrintable(described(session->fields())));
    // And the window shows a fresh session.
    QVERIFY(!w->isPromptShowing());
    QVERIFY(!w->isKeyboardShowing());
    QVERIFY(!w->keypad()->isActive());
    QCOMPARE(w->textSize(), 100);
    QVERIFY(!w->largeTextButton()->isChecked());
    QVERIFY(!w->contrastButton()->isChecked());
    QCOMPARE(w->withinReachButton()->isChecked(), withinReach);
    QCOMPARE(Theme::current(), Theme::forSize(w->width(), w->height(), 100, false));
    QVERIFY(w->history().isEmpty());
    QVERIFY(v->searchField()->text().isEmpty());
    QCOMPARE(v->kindChips()->value(), QString());
    QCOMPARE(v->orderChips()->value(), QString());
    QVERIFY(!v->filter()->isFiltered());
    QVERIFY(w->jobDetail()->reference().isEmpty());
    // The next visitor starts a visit of their own, at Home.
    QVERIFY(m_finger.tap(w->attract()));
    QCOMPARE(started.size(), 2);
    QCOMPARE(w->currentScreen(), w->home());
    QCOMPARE(codes(), 2 * homeCodes + 1); // seen by this visitor too
}

QTEST_MAIN(TestVisitorReset)
#include "tst_visitorreset.moc"
