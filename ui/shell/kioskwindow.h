#pragma once

#include "aboutscreen.h"
#include "capabilitiesscreen.h"
#include "capabilityscreen.h"
#include "finderscreen.h"
#include "homescreen.h"
#include "idlemonitor.h"
#include "jobdetailscreen.h"
#include "keyboardhost.h"
#include "kiosklayout.h"
#include "officerorstaffscreen.h"
#include "questionsscreen.h"
#include "screen.h"
#include "screenregistry.h"
#include "speechhost.h"
#include "staffpin.h"
#include "theme.h"
#include "topbar.h"
#include "vacanciesscreen.h"
#include "visitorsession.h"
#include "wordsscreen.h"

#include <QWidget>

class AttractScreen;
class Catalogue;
class ClosedHost;
class InputRouter;
class InterestStats;
class KeyboardHost;
class KioskSettings;
class RegionStyler;
class StaffArea;
class StaffHint;
class StaffHost;
class KeypadNavigator;
class KioskPages;
class Narrator;
class Speaker;
class SpeechControls;
class SpeechHost;
class PlainLabel;
class QBoxLayout;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class Screen;
class StillTherePrompt;
class TopBar;
class TouchKeyboard;
class VisitorCounter;

// The visitor's kiosk: the attract screen, then screens with Home and Back, larger text and
// high contrast, the on-screen keyboard, and the reset when a visitor walks away. What the
// visitor sees and has chosen is its VisitorSession's: the window and the screens render the
// session and send it what the visitor does, and a reset is the session's reset.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    struct Options {
        int idleMsec = IdleMonitor::defaultIdleSeconds * 1000;
        int warningMsec = IdleMonitor::defaultWarningSeconds * 1000;
        QString dataDir; // where staff mode keeps its PIN; none: no staff mode
        int pinRounds = StaffPin::defaultRounds; // PBKDF2 rounds for a PIN set here
        InterestStats *stats = nullptr;          // where the anonymous counts go
        int staffIdleMsec = 0;                   // none: StaffArea's own
        bool kiosk = false;         // frameless, on top, and the window cannot be closed
        QString staffNotice;        // what staff should know about the data folder, if anything
        Speaker *speaker = nullptr; // none: no speech, and no "Read aloud" switch
        bool withinReach = false;   // each visitor starts with "Within reach" on
        // What staff change there; the window follows its signals. None: staff mode keeps its
        // own over dataDir.
        KioskSettings *settings = nullptr;
        // The Qt platform whose display is switched off while closed; none: this one's.
        QString displaySession;
    };

    explicit KioskWindow(Catalogue *catalogue, const Options &options, QWidget *parent = nullptr);
    ~KioskWindow() override;
    void setVisible(bool visible) override;

    VisitorSession *session() const { return m_session; }
    // The visitor's intents, as the session takes them. showAttract() is resetVisitor().
    void showAttract() { resetVisitor(); }
    void goHome();
    void open(Screen *screen) { m_session->open(screen->key()); }
    void back();
    void showCapability(const QString &id) { m_session->showCapability(id); }
    // False, and nothing opened, for a job the catalogue does not have.
    bool showJob(const QString &reference);
    void resetVisitor();
    // The watched folder's last check, for the staff screen.
    void setWatchStatus(const QString &text);

    Screen *currentScreen() const;
    QList<Screen *> screens() const { return m_registry.all(); }
    bool isAttractShowing() const;
    bool isKeyboardShowing() const { return m_keys->isShowing(); }
    bool isPromptShowing() const;
    // The screens Back returns to, the session's history.
    QList<Screen *> history() const;
    Screen *screenFor(const QString &key) const { return m_registry.byKey(key); }

    AttractScreen *attract() const { return m_attract; }
    // The screens by type, for tests and for the connections that open them.
    template <class T> T *findScreen() const { return m_registry.find<T>(); }
    HomeScreen *home() const { return findScreen<HomeScreen>(); }
    AboutScreen *about() const { return findScreen<AboutScreen>(); }
    CapabilitiesScreen *capabilities() const { return findScreen<CapabilitiesScreen>(); }
    CapabilityScreen *capability() const { return findScreen<CapabilityScreen>(); }
    VacanciesScreen *vacancies() const { return findScreen<VacanciesScreen>(); }
    JobDetailScreen *jobDetail() const { return findScreen<JobDetailScreen>(); }
    WordsScreen *words() const { return findScreen<WordsScreen>(); }
    OfficerOrStaffScreen *officerOrStaff() const { return findScreen<OfficerOrStaffScreen>(); }
    FinderScreen *finder() const { return findScreen<FinderScreen>(); }
    QuestionsScreen *questions() const { return findScreen<QuestionsScreen>(); }
    TouchKeyboard *keyboard() const { return m_keys->keyboard(); }
    StillTherePrompt *prompt() const { return m_prompt; }
    StaffArea *staffArea() const { return m_staff; }
    StaffHint *staffHint() const { return m_staffHint; }
    bool isStaffShowing() const;
    void openStaffMode();
    IdleMonitor *idleMonitor() const { return m_idle; }
    // The opening hours and the closed screen; none without a data folder.
    ClosedHost *closedHost() const { return m_closedHost; }
    // None without stats.
    VisitorCounter *counter() const { return m_counter; }
    TopBar *topBar() const { return m_bar; }
    KeyboardHost *keyboardHost() const { return m_keys; }
    QPushButton *backButton() const { return m_bar->backButton(); }
    QPushButton *homeButton() const { return m_bar->homeButton(); }
    QPushButton *largeTextButton() const { return m_bar->largeTextButton(); }
    // 100, 150 or 200 per cent; the "Larger text" button steps through them in turn.
    int textSize() const { return m_session->textSize(); }
    void setTextSize(int percent) { m_session->setTextSize(percent); }
    QPushButton *contrastButton() const { return m_bar->contrastButton(); }
    QPushButton *withinReachButton() const { return m_bar->withinReachButton(); }
    // Where the interface is drawn: the whole window, or its lower part within reach.
    QRect reachArea() const { return m_layout->reachArea(); }
    // "Within reach" for each new visitor, as staff choose it.
    void setWithinReachDefault(bool on) { m_session->setReachDefault(on); }
    PlainLabel *sampleBanner() const { return m_banner; }
    QPushButton *readAloudButton() const { return m_bar->readAloudButton(); }
    SpeechControls *speechControls() const { return m_speech ? m_speech->controls() : nullptr; }
    Narrator *narrator() const { return m_speech ? m_speech->narrator() : nullptr; }
    KeypadNavigator *keypad() const { return m_keypad; }
    void showKeyboard(QLineEdit *target) { m_keys->show(target); }
    void hideKeyboard() { m_keys->hide(); }
    void showSwitches(bool shown) { m_keys->showSwitches(shown); }

signals:
    void screenOpened(const QString &name);
    // Once, just after the window's first frame (the attract screen's) has been painted.
    void firstFrameShown();
    void exitRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void registerScreens();
    void buildWindow();
    QWidget *buildMainPage();
    void connectIdle();
    void connectInput();
    void addPages();
    void connectSession();
    void renderPage(bool back);
    void renderAttract();
    void renderStaff();
    void renderSpeech(bool on);
    void renderKeypad(bool inUse);
    void connectScreens();
    void showScreen(Screen *screen);
    void refreshContent();
    void reloadIfOutOfDate();
    void connectInterest();
    void buildKeypad();
    void connectSpeech();
    void help();

    Catalogue *m_catalogue;
    Options m_options;
    VisitorSession *m_session;
    IdleMonitor *m_idle;
    RegionStyler *m_styler;
    KioskLayout *m_layout;
    AttractScreen *m_attract;
    KioskPages *m_root;
    QStackedWidget *m_screens;
    ScreenRegistry m_registry;
    StillTherePrompt *m_prompt;
    QWidget *m_aboveReach = nullptr; // the space over the interface drawn within reach
    TopBar *m_bar = nullptr;
    KeyboardHost *m_keys = nullptr;
    InputRouter *m_input = nullptr;
    SpeechHost *m_speech = nullptr; // none without a speaker
    KeypadNavigator *m_keypad = nullptr;
    PlainLabel *m_banner;
    StaffHost *m_staffHost = nullptr; // none without a data folder
    StaffArea *m_staff = nullptr;     // its area
    ClosedHost *m_closedHost = nullptr;
    VisitorCounter *m_counter = nullptr;
    StaffHint *m_staffHint;
};
