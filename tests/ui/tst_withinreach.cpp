#include "attractscreen.h"
#include "capabilitiesscreen.h"
#include "capabilityscreen.h"
#include "chipgroup.h"
#include "filtersheet.h"
#include "homescreen.h"
#include "idlemonitor.h"
#include "jobdetailscreen.h"
#include "kioskfixture.h"
#include "kiosksettings.h"
#include "plainlabel.h"
#include "staffarea.h"
#include "staffscreen.h"
#include "stillthereprompt.h"
#include "tilebutton.h"
#include "touchkeyboard.h"
#include "vacanciesscreen.h"
#include "visitor.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>

// A seated visitor at a portrait stand: the bar and the search at the bottom, and with
// "Within reach" the whole interface in the lower 60 % of the screen, every screen of it.
class TestWithinReach : public QObject
{
    Q_OBJECT
private slots:
    void barAndSearchAtTheBottomInPortrait();
    void everythingTappableWithinReach_data()
    {
        QTest::addColumn<bool>("largeText");
        QTest::newRow("text 100 %") << false;
        QTest::newRow("larger text") << true;
    }
    void everythingTappableWithinReach();
    void onlyForTallScreens();
    void idleResetTurnsItOffUnlessStaffChoseIt();

private:
    // Every tappable thing in sight ends within the lower part of the screen.
    static void verifyWithinReach(KioskWindow *w, const QString &where);
    static QRect visiblePart(const QWidget *widget);

    Visitor m_finger;
};

QRect TestWithinReach::visiblePart(const QWidget *widget)
{
    // What a finger can reach of it: clipped by every scrolled page and list it is in.
    QRect part(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
    for (const QWidget *p = widget->parentWidget(); p && !p->isWindow(); p = p->parentWidget())
        part &= QRect(p->mapTo(p->window(), QPoint(0, 0)), p->size());
    return part;
}

void TestWithinReach::verifyWithinReach(KioskWindow *w, const QString &where)
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    const int zoneTop = w->height() * 2 / 5; // 60 % of the height from the bottom
    int checked = 0;
    for (QWidget *widget : w->findChildren<QWidget *>()) {
        const bool tappable = qobject_cast<QAbstractButton *>(widget) ||
                              qobject_cast<QLineEdit *>(widget) ||
                              qobject_cast<QAbstractItemView *>(widget);
        if (!tappable || !widget->isVisible())
            continue;
        const QRect part = visiblePart(widget);
        if (part.isEmpty())
            continue; // scrolled out of sight: a finger cannot reach it either
        ++checked;
        QVERIFY2(part.top() >= zoneTop && part.bottom() < w->height(),
                 qPrintable(QString("%1: %2 '%3' spans y %4..%5, the zone starts at %6")
                                .arg(where, widget->metaObject()->className(),
                                     widget->property("text").toString().left(30))
                                .arg(part.top())
                                .arg(part.bottom())
                                .arg(zoneTop)));
    }
    QVERIFY2(checked > 0, qPrintable(where + ": nothing to check"));
}

void TestWithinReach::barAndSearchAtTheBottomInPortrait()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    kiosk.startAtHome(QSize(1080, 1920));
    QVERIFY(m_finger.tap(Visitor::tile(w->home(), "Current vacancies")));
    QCoreApplication::processEvents();
    const auto top = [w](const QWidget *widget) { return widget->mapTo(w, QPoint(0, 0)).y(); };
    for (QPushButton *button :
         {w->backButton(), w->homeButton(), w->largeTextButton(), w->contrastButton()})
        QVERIFY2(top(button) >= 1920 * 4 / 5, qPrintable(button->text()));
    QVERIFY(top(w->vacancies()->searchField()) >= 1920 * 3 / 5);
    QVERIFY(top(w->vacancies()->searchField()) > top(w->vacancies()->list()));
    QVERIFY(top(w->vacancies()->countLabel()) < 1920 / 5); // the content starts at the top
    kiosk.resize(1920, 1080);
    QVERIFY(top(w->backButton()) < 100); // a landscape screen keeps its bar at the top
}

void TestWithinReach::everythingTappableWithinReach()
{
    QFETCH(bool, largeText);
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    kiosk.startAtHome(QSize(1080, 1920), largeText);
    QVERIFY(w->withinReachButton()->isVisible());
    QVERIFY(m_finger.tap(w->withinReachButton()));
    QVERIFY(w->withinReachButton()->isChecked());
    verifyWithinReach(w, "home");
    QVERIFY(m_finger.tap(Visitor::tile(w->home(), "About the unit")));
    verifyWithinReach(w, "about");
    QVERIFY(m_finger.tap(w->homeButton()));
    QVERIFY(m_finger.tap(Visitor::tile(w->home(), "Roles by capability")));
    verifyWithinReach(w, "capabilities");
    QVERIFY(m_finger.tap(Visitor::tile(w->capabilities(), "Covert capabilities")));
    verifyWithinReach(w, "capability");
    QVERIFY(m_finger.tap(w->capability()->findChild<QPushButton *>()));
    verifyWithinReach(w, "vacancies");
    VacanciesScreen *v = w->vacancies();
    QVERIFY(m_finger.tap(v->filtersButton()));
    verifyWithinReach(w, "filter sheet");
    for (ChipGroup *group : {v->capabilityChips(), v->kindChips(), v->locationChips()}) {
        for (QPushButton *chip : group->findChildren<QPushButton *>()) {
            // At 200 % the chips scroll within the reach zone, as a page would.
            v->filterSheet()->chipArea()->ensureWidgetVisible(chip, 0, 0);
            const QRect whole(chip->mapTo(w, QPoint(0, 0)), chip->size());
            QVERIFY2(visiblePart(chip) == whole, qPrintable(chip->text() + " is cut off"));
        }
    }
    QVERIFY(m_finger.tap(v->filterSheet()->showButton()));
    QVERIFY(m_finger.tap(v->searchField()));
    QVERIFY(m_finger.tap(w->keyboard()->key("t")));
    QVERIFY(w->isKeyboardShowing());
    verifyWithinReach(w, "vacancies with the keyboard");
    const QRect search(v->searchField()->mapTo(w, QPoint(0, 0)), v->searchField()->size());
    QCOMPARE(visiblePart(v->searchField()), search); // typed into in full sight
    QVERIFY(!visiblePart(v->list()).isEmpty());
    QVERIFY(m_finger.tap(w->keyboard()->key("done")));
    QVERIFY(m_finger.tapJob(w, 0));
    verifyWithinReach(w, "job");
    w->idleMonitor()->setIdleTime(1);
    kiosk.clock()->advance(1);
    QVERIFY(w->isPromptShowing());
    verifyWithinReach(w, "still there");
}

void TestWithinReach::onlyForTallScreens()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    kiosk.startAtHome(QSize(1080, 1920));
    QVERIFY(m_finger.tap(w->withinReachButton()));
    QCOMPARE(w->reachArea().top(), 1920 * 2 / 5);
    kiosk.resize(1920, 1080);
    QVERIFY(!w->withinReachButton()->isVisible());
    QCOMPARE(w->reachArea(), w->rect()); // a wide screen is within reach already
    QVERIFY(w->home()->mapTo(w, QPoint(0, 0)).y() < 300);
}

void TestWithinReach::idleResetTurnsItOffUnlessStaffChoseIt()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    kiosk.startAtHome(QSize(1080, 1920));
    QVERIFY(m_finger.tap(w->withinReachButton()));
    w->idleMonitor()->setIdleTime(1);
    w->idleMonitor()->setWarningTime(1);
    kiosk.clock()->advance(2);
    QVERIFY(w->isAttractShowing());
    w->idleMonitor()->setIdleTime(60000);
    QVERIFY(!w->withinReachButton()->isChecked());
    QCOMPARE(w->reachArea(), w->rect());

    // Staff choose it for every visitor: each reset then starts with it on.
    QSignalSpy chosen(w->staffArea()->settings(), &KioskSettings::withinReachDefaultChanged);
    auto *reach = w->staffArea()->screen()->findChild<ChipGroup *>("withinReachDefault");
    QVERIFY(reach);
    reach->chip("on")->click();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toBool(), true);
    w->resetVisitor();
    QVERIFY(w->withinReachButton()->isChecked());
    QVERIFY(m_finger.tap(w->attract()));
    verifyWithinReach(w, "home for the next visitor");
}

QTEST_MAIN(TestWithinReach)
#include "tst_withinreach.moc"
