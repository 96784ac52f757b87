#include "aboutscreen.h"
#include "capabilitiesscreen.h"
#include "capabilityscreen.h"
#include "chipgroup.h"
#include "filtersheet.h"
#include "focusring.h"
#include "homescreen.h"
#include "jobdetailscreen.h"
#include "jobfiltermodel.h"
#include "joblistmodel.h"
#include "keypadnavigator.h"
#include "kioskfixture.h"
#include "narration.h"
#include "narrator.h"
#include "recordingspeaker.h"
#include "speechcontrols.h"
#include "speechguide.h"
#include "staffarea.h"
#include "stillthereprompt.h"
#include "theme.h"
#include "tilebutton.h"
#include "touchkeyboard.h"
#include "vacanciesscreen.h"
#include "wording.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>

// A visitor who cannot see the screen: a keypad or keyboard alone, and what the kiosk says
// through a recording speaker, path by path.
class TestKeypad : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void covertStaffVacancyWithItsDetailsAndWhereToApply();
    void aboutTheUnitSectionBySection();
    void rolesByCapability();
    void searchWithTheOnScreenKeyboardFromTheKeypad();
    void backspaceInTheSearchFieldDeletesAndStays();
    void helpKeyAndHomeKey();
    void stillThereAnsweredByAKey();
    void walkingAwaySwitchesSpeechOff();
    void speechOffByDefaultAndTheToggleWorks();
    void visitorWhoSwitchesSpeechOffIsNotOverruled();
    void rateAndVolumeFromTheSamePanel();
    void everyFocusableItemReachableNamedAndNoTrap();
    void focusRingOnlyForKeys();
    void focusRingContrastInBothThemes();
    void noSpeakerNoToggle();

private:
    struct Kiosk {
        RecordingSpeaker speaker;
        std::unique_ptr<KioskFixture> fixture;
        KioskWindow *w = nullptr;
    };
    static void open(Kiosk &kiosk, KioskWindow::Options options = {});
    // Opens the kiosk and wakes it with a key, as a visitor with a keypad does.
    static KioskWindow *wake(Kiosk &kiosk, KioskWindow::Options options = {});
    static void press(KioskWindow *w, int key);
    static QWidget *focus() { return QApplication::focusWidget(); }
    static QString spokenName(QWidget *widget);
    // Presses Down until the focus is on what is wanted; false if it never gets there.
    static bool downTo(KioskWindow *w, const std::function<bool(QWidget *)> &wanted);
};

void TestKeypad::initTestCase()
{
    QApplication::setEffectEnabled(Qt::UI_AnimateCombo, false);
}

void TestKeypad::open(Kiosk &kiosk, KioskWindow::Options options)
{
    options.speaker = &kiosk.speaker;
    kiosk.fixture = std::make_unique<KioskFixture>(nullptr, options);
    kiosk.w = kiosk.fixture->window();
    kiosk.w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(kiosk.w));
}

KioskWindow *TestKeypad::wake(Kiosk &kiosk, KioskWindow::Options options)
{
    open(kiosk, options);
    press(kiosk.w, Qt::Key_Space);
    return kiosk.w;
}

void TestKeypad::press(KioskWindow *w, int key)
{
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : w, Qt::Key(key));
    QCoreApplication::processEvents();
}

QString TestKeypad::spokenName(QWidget *widget)
{
    return SpeechGuide::itemFor(widget).name;
}

bool TestKeypad::downTo(KioskWindow *w, const std::function<bool(QWidget *)> &wanted)
{
    for (int i = 0; i < 80; ++i) {
        if (focus() && wanted(focus()))
            return true;
        press(w, Qt::Key_Down);
    }
    return false;
}

void TestKeypad::covertStaffVacancyWithItsDetailsAndWhereToApply()
{
    Kiosk kiosk;
    open(kiosk);
    KioskWindow *w = kiosk.w;
    press(w, Qt::Key_Down); // the first key wakes the kiosk and switches speech on
    QCOMPARE(w->currentScreen(), w->home());
    QVERIFY(w->narrator()->isEnabled());
    QStringList said = kiosk.speaker.current();
    QCOMPARE(said.value(0), Narration::speechOn());
    QVERIFY2(said.value(1).startsWith("Home. Careers at SEROCU."), qPrintable(said.join('|')));
    QVERIFY2(said.value(2).startsWith("About the unit, button, 1 of 3. What we do"),
             qPrintable(said.join('|')));

    for (int i = 0; i < 4; ++i)
        press(w, Qt::Key_Down);
    QVERIFY2(kiosk.speaker.current().join('|').startsWith("Police staff careers, button, 2 of 3"),
             qPrintable(kiosk.speaker.current().join('|')));
    press(w, Qt::Key_Return);
    QCOMPARE(w->currentScreen(), w->vacancies());
    said = kiosk.speaker.current();
    QVERIFY2(said.value(0).startsWith("Current vacancies. Search, filter or sort"),
             qPrintable(said.join('|')));
    QCOMPARE(said.value(1), QString("Search the vacancies, text field, empty. Press Enter to type "
                                    "with the on-screen keyboard."));

    QPushButton *filters = w->vacancies()->filtersButton();
    QVERIFY(downTo(w, [filters](QWidget *f) { return f == filters; }));
    press(w, Qt::Key_Return); // the filter sheet, in place of the list
    QVERIFY(w->vacancies()->isFilterSheetShowing());
    QVERIFY(downTo(w, [](QWidget *f) { return spokenName(f) == "Covert capabilities"; }));
    QCOMPARE(kiosk.speaker.current().value(0),
             QString("Covert capabilities, filter, not selected, 4 of 4. Capability"));
    press(w, Qt::Key_Return);
    const int covertStaff = w->vacancies()->filter()->rowCount();
    QVERIFY(covertStaff > 0);
    QCOMPARE(kiosk.speaker.current().value(0),
             QString("Covert capabilities, filter, selected, 4 of 4. Capability. %1 of %2 "
                     "vacancies")
                 .arg(covertStaff)
                 .arg(kiosk.fixture->catalogue()->jobs()->rowCount()));

    QPushButton *show = w->vacancies()->filterSheet()->showButton();
    QVERIFY(downTo(w, [show](QWidget *f) { return f == show; }));
    press(w, Qt::Key_Return);
    QVERIFY(!w->vacancies()->isFilterSheetShowing());
    QListView *list = w->vacancies()->list();
    QVERIFY(downTo(w, [list](QWidget *f) { return f == list; }));
    const QModelIndex first = list->model()->index(0, 0);
    said = kiosk.speaker.current();
    QVERIFY2(said.value(0).startsWith(first.data().toString() +
                                      QString(", vacancy, 1 of %1. Police staff, Covert "
                                              "capabilities, ")
                                          .arg(covertStaff)),
             qPrintable(said.join('|')));
    QVERIFY(said.value(0).contains("Closes "));

    press(w, Qt::Key_Return);
    QCOMPARE(w->currentScreen(), w->jobDetail());
    const Job job = *kiosk.fixture->catalogue()->job(w->jobDetail()->reference());
    said = kiosk.speaker.current();
    QVERIFY2(
        said.value(0).startsWith("Vacancy. " + job.title + ". Police staff, Covert capabilities. "),
        qPrintable(said.join('|')));
    // The fields in the order a visitor needs them: what the job is, then when it closes,
    // where, pay, hours, contract, vetting and the reference.
    const QString details = said.value(1);
    QVERIFY2(details.startsWith("Job details, section, 1 of 3. " + job.summary),
             qPrintable(details));
    qsizetype at = 0;
    for (const QString &part :
         {QString("Closing date."), Wording::longDate(job.closingDate), QString("Location."),
          job.location, QString("Salary."), job.salary, QString("Hours."), QString("Contract."),
          QString("Vetting."), QString("Reference."), job.reference}) {
        const qsizetype next = details.indexOf(part, at);
        QVERIFY2(next >= at, qPrintable(part + " in " + details));
        at = next;
    }

    press(w, Qt::Key_Down);
    said = kiosk.speaker.current();
    QCOMPARE(said.value(0),
             "Apply on your phone, section, 2 of 3. " + Narration::qrCode(job.applyUrl));
    QVERIFY(said.value(0).contains("careers dot example dot org slash serocu slash sample dash "));
    press(w, Qt::Key_Down);
    QVERIFY(kiosk.speaker.current().value(0).startsWith("About the job, section, 3 of 3. "));

    press(w, Qt::Key_Escape);
    QCOMPARE(w->currentScreen(), w->vacancies());
    press(w, Qt::Key_Home);
    QCOMPARE(w->currentScreen(), w->home());
}

void TestKeypad::aboutTheUnitSectionBySection()
{
    Kiosk kiosk;
    KioskWindow *w = wake(kiosk);
    press(w, Qt::Key_Return); // the focus starts on "About the unit"
    QCOMPARE(w->currentScreen(), w->about());
    QStringList said = kiosk.speaker.current();
    QVERIFY2(said.value(0).startsWith("About the unit. What the unit does"),
             qPrintable(said.join('|')));
    const QList<Section> sections = kiosk.fixture->catalogue()->sections();
    const QList<Partner> partners = kiosk.fixture->catalogue()->partners();
    QCOMPARE(said.value(1), QString("%1, section, 1 of %2. %3")
                                .arg(sections.first().heading)
                                .arg(sections.size())
                                .arg(sections.first().body.simplified()));
    for (int i = 1; i < sections.size(); ++i)
        press(w, Qt::Key_Down);
    press(w, Qt::Key_Down);
    QVERIFY2(kiosk.speaker.current().value(0).startsWith(
                 QString("%1, section, 1 of %2. ").arg(partners.first().name).arg(partners.size())),
             qPrintable(kiosk.speaker.current().join('|')));
    press(w, Qt::Key_Backspace);
    QCOMPARE(w->currentScreen(), w->home());
}

void TestKeypad::rolesByCapability()
{
    Kiosk kiosk;
    KioskWindow *w = wake(kiosk);
    press(w, Qt::Key_Down);
    QCOMPARE(spokenName(focus()), QString("Roles by capability"));
    press(w, Qt::Key_Return);
    QStringList said = kiosk.speaker.current();
    QVERIFY2(said.value(0).startsWith("Roles by capability. Police officers and police staff"),
             qPrintable(said.join('|')));
    QVERIFY2(said.value(1).startsWith("Intelligence, button, 1 of 3. "),
             qPrintable(said.join('|')));
    press(w, Qt::Key_Return);
    QCOMPARE(w->currentScreen(), w->capability());
    said = kiosk.speaker.current();
    QVERIFY2(said.value(0).startsWith("Intelligence. Intelligence teams build"),
             qPrintable(said.join('|')));
    QVERIFY2(said.value(1).startsWith("See the vacancies ("), qPrintable(said.join('|')));
    press(w, Qt::Key_Down);
    QVERIFY2(
        kiosk.speaker.current().value(0).startsWith("Roles for police officers, section, 1 of 2. "),
        qPrintable(kiosk.speaker.current().join('|')));
    press(w, Qt::Key_Down);
    QVERIFY(
        kiosk.speaker.current().value(0).startsWith("Roles for police staff, section, 2 of 2. "));
    press(w, Qt::Key_Up);
    press(w, Qt::Key_Up);
    press(w, Qt::Key_Return);
    QCOMPARE(w->currentScreen(), w->vacancies());
    QCOMPARE(w->vacancies()->capabilityChips()->value(), QString("intelligence"));
}

void TestKeypad::searchWithTheOnScreenKeyboardFromTheKeypad()
{
    Kiosk kiosk;
    KioskWindow *w = wake(kiosk);
    QVERIFY(downTo(w, [](QWidget *f) { return spokenName(f) == "Current vacancies"; }));
    press(w, Qt::Key_Return);
    QLineEdit *search = w->vacancies()->searchField();
    QCOMPARE(focus(), search);
    press(w, Qt::Key_Return);
    QVERIFY(w->isKeyboardShowing());
    QCOMPARE(focus(), w->keyboard()->key("1"));
    QVERIFY(downTo(w, [w](QWidget *f) { return f == w->keyboard()->key("a"); }));
    QCOMPARE(kiosk.speaker.current().value(0), QString("A, button, 21 of 39"));
    press(w, Qt::Key_Return);
    QCOMPARE(search->text(), QString("a"));
    QVERIFY2(kiosk.speaker.current().value(0).startsWith("Search: a. "),
             qPrintable(kiosk.speaker.current().join('|')));
    press(w, Qt::Key_Backspace); // deletes the letter; the screen stays
    QCOMPARE(search->text(), QString());
    QCOMPARE(w->currentScreen(), w->vacancies());
    press(w, Qt::Key_Escape); // closes the keyboard, back in the search field
    QVERIFY(!w->isKeyboardShowing());
    QCOMPARE(focus(), search);
}

void TestKeypad::backspaceInTheSearchFieldDeletesAndStays()
{
    Kiosk kiosk;
    KioskWindow *w = wake(kiosk);
    QVERIFY(downTo(w, [](QWidget *f) { return spokenName(f) == "Current vacancies"; }));
    press(w, Qt::Key_Return);
    QCOMPARE(focus(), w->vacancies()->searchField());
    QTest::keyClicks(focus(), "ab?");
    QCOMPARE(w->vacancies()->searchField()->text(), QString("ab?"));
    press(w, Qt::Key_Backspace);
    press(w, Qt::Key_Left);
    QCOMPARE(w->vacancies()->searchField()->text(), QString("ab"));
    QCOMPARE(w->vacancies()->searchField()->cursorPosition(), 1);
    QCOMPARE(w->currentScreen(), w->vacancies());
    press(w, Qt::Key_Down); // the search field never traps the focus
    QVERIFY(focus() != w->vacancies()->searchField());
}

void TestKeypad::helpKeyAndHomeKey()
{
    Kiosk kiosk;
    KioskWindow *w = wake(kiosk);
    press(w, Qt::Key_F1);
    QCOMPARE(kiosk.speaker.current(), QStringList({Narration::keypadHelp()}));
    press(w, Qt::Key_Down);
    press(w, Qt::Key_Return);
    QCOMPARE(w->currentScreen(), w->capabilities());
    press(w, Qt::Key_Question);
    QCOMPARE(kiosk.speaker.current(), QStringList({Narration::keypadHelp()}));
    press(w, Qt::Key_Home);
    QCOMPARE(w->currentScreen(), w->home());
    QVERIFY(w->history().isEmpty());
}

void TestKeypad::stillThereAnsweredByAKey()
{
    Kiosk kiosk;
    KioskWindow::Options options;
    options.idleMsec = 200;
    options.warningMsec = 20000;
    KioskWindow *w = wake(kiosk, options);
    press(w, Qt::Key_Down);
    QWidget *before = focus();
    kiosk.fixture->clock()->advance(200);
    QCoreApplication::processEvents(); // the event loop runs on, as after a real timer
    QVERIFY(w->isPromptShowing());
    QCOMPARE(kiosk.speaker.current().value(0), Narration::stillThere(20));
    press(w, Qt::Key_Return); // answers the prompt and does nothing else
    QVERIFY(!w->isPromptShowing());
    QCOMPARE(w->currentScreen(), w->home());
    QCOMPARE(focus(), before);
    QVERIFY(kiosk.speaker.current().value(0).startsWith("Roles by capability, button, 2 of 3"));
}

void TestKeypad::walkingAwaySwitchesSpeechOff()
{
    Kiosk kiosk;
    KioskWindow::Options options;
    options.idleMsec = 300;
    options.warningMsec = 300;
    KioskWindow *w = wake(kiosk, options);
    w->speechControls()->faster()->click();
    QVERIFY(w->narrator()->isEnabled());
    QVERIFY(w->keypad()->ring()->isVisible());
    kiosk.fixture->clock()->advance(300 + 300);
    QVERIFY(w->isAttractShowing());
    QVERIFY(!w->narrator()->isEnabled());
    QVERIFY(!w->readAloudButton()->isChecked());
    QVERIFY(!w->speechControls()->isVisible());
    QCOMPARE(w->narrator()->rate(), Narrator::defaultRate);
    QVERIFY(kiosk.speaker.current().isEmpty()); // silenced, not left talking
    QVERIFY(!w->keypad()->ring()->isVisible());
    // The next visitor's first key switches it on again.
    press(w, Qt::Key_Space);
    QVERIFY(w->narrator()->isEnabled());
}

void TestKeypad::speechOffByDefaultAndTheToggleWorks()
{
    Kiosk kiosk;
    open(kiosk);
    KioskWindow *w = kiosk.w;
    w->goHome();
    QVERIFY(!w->narrator()->isEnabled());
    QVERIFY(kiosk.speaker.all().isEmpty());
    QVERIFY(w->readAloudButton()->isVisible());
    QVERIFY(!w->speechControls()->isVisible());
    w->readAloudButton()->click();
    QVERIFY(w->speechControls()->isVisible());
    QCOMPARE(kiosk.speaker.current().value(0), Narration::speechOn());
    QVERIFY(kiosk.speaker.current().value(1).startsWith("Home. "));
    w->readAloudButton()->click();
    QVERIFY(kiosk.speaker.current().isEmpty());
    w->open(w->about());
    QCOMPARE(kiosk.speaker.all().size(), 2); // nothing more once it is off
}

void TestKeypad::visitorWhoSwitchesSpeechOffIsNotOverruled()
{
    Kiosk kiosk;
    KioskWindow *w = wake(kiosk);
    QVERIFY(w->narrator()->isEnabled());
    w->readAloudButton()->click();
    press(w, Qt::Key_Down);
    press(w, Qt::Key_Return);
    QVERIFY(!w->narrator()->isEnabled());
}

void TestKeypad::rateAndVolumeFromTheSamePanel()
{
    Kiosk kiosk;
    KioskWindow *w = wake(kiosk);
    SpeechControls *controls = w->speechControls();
    QCOMPARE(controls->parentWidget(), w->readAloudButton()->parentWidget());
    const double rate = kiosk.speaker.rate();
    controls->faster()->click();
    QVERIFY(kiosk.speaker.rate() > rate);
    QCOMPARE(kiosk.speaker.current(), QStringList({"Speed 4 of 5"}));
    controls->quieter()->click();
    QCOMPARE(kiosk.speaker.current(), QStringList({"Volume 3 of 5"}));
    // The controls are reached from the keypad too: up from the first tile.
    press(w, Qt::Key_Up);
    QCOMPARE(focus(), controls->louder());
    press(w, Qt::Key_Return);
    QCOMPARE(w->narrator()->volume(), Narrator::defaultVolume);
}

void TestKeypad::everyFocusableItemReachableNamedAndNoTrap()
{
    Kiosk kiosk;
    KioskWindow *w = wake(kiosk);
    const auto walk = [&](const char *where) {
        const QList<QWidget *> items = w->keypad()->items();
        QVERIFY2(items.size() > 3, where);
        // Every widget that can take the focus from a key is in the walk.
        for (QWidget *widget : w->findChildren<QWidget *>()) {
            const bool inScope = w->currentScreen()->isAncestorOf(widget) ||
                                 w->readAloudButton()->parentWidget()->isAncestorOf(widget) ||
                                 w->keyboard()->isAncestorOf(widget);
            const auto *button = qobject_cast<QAbstractButton *>(widget);
            const bool focusable =
                (widget->focusPolicy() & Qt::TabFocus) || (button && button->group());
            if (inScope && widget->isVisible() && widget->isEnabled() && focusable &&
                !qobject_cast<QScrollArea *>(widget))
                QVERIFY2(items.contains(widget),
                         qPrintable(QString(where) + ": " + widget->metaObject()->className()));
        }
        QSet<QWidget *> reached;
        QWidget *start = focus();
        for (int i = 0; i < items.size(); ++i) {
            press(w, Qt::Key_Tab);
            reached << focus();
            QVERIFY2(!Narration::item(SpeechGuide::itemFor(focus())).isEmpty(), where);
            QVERIFY2(!spokenName(focus()).isEmpty(),
                     qPrintable(QString(where) + ": " + focus()->metaObject()->className()));
            QVERIFY(!w->staffArea()->isAncestorOf(focus()));
        }
        QCOMPARE(reached.size(), items.size());
        QCOMPARE(focus(), start); // round and back: no trap
        for (int i = 0; i < items.size(); ++i)
            press(w, Qt::Key_Backtab);
        QCOMPARE(focus(), start);
    };
    walk("home");
    press(w, Qt::Key_Return);
    walk("about");
    press(w, Qt::Key_Home);
    press(w, Qt::Key_Down);
    press(w, Qt::Key_Return);
    walk("capabilities");
    press(w, Qt::Key_Return);
    walk("capability");
    press(w, Qt::Key_Return);
    walk("vacancies");
    press(w, Qt::Key_Return);
    walk("keyboard");
    press(w, Qt::Key_Escape);
    QVERIFY(downTo(w, [w](QWidget *f) { return f == w->vacancies()->list(); }));
    press(w, Qt::Key_Return);
    walk("job");
    QVERIFY(!w->isStaffShowing());
}

void TestKeypad::focusRingOnlyForKeys()
{
    Kiosk kiosk;
    open(kiosk);
    KioskWindow *w = kiosk.w;
    w->goHome();
    TileButton *about = w->home()->findChild<TileButton *>();
    QTest::mouseClick(w->windowHandle(), Qt::LeftButton, {},
                      about->mapTo(w, about->rect().center()));
    QCOMPARE(w->currentScreen(), w->about());
    QVERIFY(!w->keypad()->ring()->isVisible()); // a touch shows no ring
    press(w, Qt::Key_Down);
    FocusRing *ring = w->keypad()->ring();
    QVERIFY(ring->isVisible());
    const QRect item(focus()->mapTo(w, QPoint(0, 0)), focus()->size());
    QVERIFY(ring->ringRect().contains(item.intersected(w->rect())));
    QTest::mouseClick(w->windowHandle(), Qt::LeftButton, {}, w->rect().center());
    QVERIFY(!ring->isVisible());
}

namespace
{
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        v /= 255.0;
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

void TestKeypad::focusRingContrastInBothThemes()
{
    QVERIFY(contrast(Qt::black, Qt::white) > 20.9); // the formula itself, WCAG 2
    for (const bool high : {false, true}) {
        const Theme theme = Theme::forSize(1920, 1080, false, high);
        // The ring's two bands stand out from each other, and against everything a ring
        // can lie on at least one of them does, at 3:1 (WCAG 1.4.11).
        QVERIFY(contrast(theme.focusRing(), theme.focusRingInner()) >= 3);
        for (const QColor &around : {theme.background(), theme.surface(), theme.chrome(),
                                     theme.accent(), theme.colours().soon, theme.border()}) {
            const double best = std::max(contrast(theme.focusRing(), around),
                                         contrast(theme.focusRingInner(), around));
            QVERIFY2(best >= 3,
                     qPrintable(QString("%1 theme, ring on %2: %3")
                                    .arg(high ? "high contrast" : "normal", around.name())
                                    .arg(best)));
        }
    }
}

void TestKeypad::noSpeakerNoToggle()
{
    KioskFixture fixture;
    KioskWindow *w = fixture.window();
    w->goHome();
    QVERIFY(!w->readAloudButton()->isVisible());
    QVERIFY(!w->narrator());
    QTest::keyClick(w->home()->findChild<TileButton *>(), Qt::Key_Down); // the keypad still works
    QVERIFY(w->keypad()->isActive());
}

QTEST_MAIN(TestKeypad)
#include "tst_keypad.moc"
