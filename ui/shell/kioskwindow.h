#pragma once

#include "idlemonitor.h"
#include "staffgesture.h"
#include "staffpin.h"
#include "theme.h"
#include "visitorsession.h"

#include <QWidget>

class AboutScreen;
class AttractScreen;
class Catalogue;
class CapabilitiesScreen;
class CapabilityScreen;
class FlowLayout;
class HomeScreen;
class InterestStats;
class KioskSettings;
class RegionStyler;
class StaffArea;
class StaffHint;
class JobDetailScreen;
class OfficerOrStaffScreen;
class KeypadNavigator;
class Narrator;
class QKeyEvent;
class Speaker;
class SpeechControls;
class SpeechGuide;
class PlainLabel;
class QBoxLayout;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class Screen;
class StillTherePrompt;
class TouchKeyboard;
class VacanciesScreen;
class WordsScreen;

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
    };

    explicit KioskWindow(Catalogue *catalogue, const Options &options, QWidget *parent = nullptr);
    ~KioskWindow() override;
    void setVisible(bool visible) override;

    VisitorSession *session() const { return m_session; }
    // The visitor's intents, as the session takes them. showAttract() is resetVisitor().
    void showAttract();
    void goHome();
    void open(Screen *screen);
    void back();
    void showCapability(const QString &id);
    // False, and nothing opened, for a job the catalogue does not have.
    bool showJob(const QString &reference);
    void resetVisitor();
    // For measuring start-up: prints "first frame" once the attract screen is painted, then
    // quits the application.
    void quitAfterFirstFrame();
    // The watched folder's last check, for the staff screen.
    void setWatchStatus(const QString &text);

    Screen *currentScreen() const;
    QList<Screen *> screens() const;
    bool isAttractShowing() const;
    bool isKeyboardShowing() const;
    bool isPromptShowing() const;
    // The screens Back returns to, the session's history.
    QList<Screen *> history() const;
    Screen *screenFor(const QString &key) const;

    AttractScreen *attract() const { return m_attract; }
    HomeScreen *home() const { return m_home; }
    AboutScreen *about() const { return m_about; }
    CapabilitiesScreen *capabilities() const { return m_capabilities; }
    CapabilityScreen *capability() const { return m_capability; }
    VacanciesScreen *vacancies() const { return m_vacancies; }
    JobDetailScreen *jobDetail() const { return m_jobDetail; }
    WordsScreen *words() const { return m_words; }
    OfficerOrStaffScreen *officerOrStaff() const { return m_officerOrStaff; }
    TouchKeyboard *keyboard() const { return m_keyboard; }
    StillTherePrompt *prompt() const { return m_prompt; }
    StaffArea *staffArea() const { return m_staff; }
    StaffHint *staffHint() const { return m_staffHint; }
    bool isStaffShowing() const;
    void openStaffMode();
    IdleMonitor *idleMonitor() const { return m_idle; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *homeButton() const { return m_homeButton; }
    QPushButton *largeTextButton() const { return m_largeText; }
    // 100, 150 or 200 per cent; the "Larger text" button steps through them in turn.
    int textSize() const { return m_session->textSize(); }
    void setTextSize(int percent);
    QPushButton *contrastButton() const { return m_contrast; }
    QPushButton *withinReachButton() const { return m_reach; }
    // Where the interface is drawn: the whole window, or its lower part within reach.
    QRect reachArea() const;
    // "Within reach" for each new visitor, as staff choose it.
    void setWithinReachDefault(bool on);
    PlainLabel *sampleBanner() const { return m_banner; }
    QPushButton *readAloudButton() const { return m_readAloud; }
    SpeechControls *speechControls() const { return m_speechControls; }
    Narrator *narrator() const { return m_narrator; }
    KeypadNavigator *keypad() const { return m_keypad; }
    void showKeyboard(QLineEdit *target);
    void hideKeyboard();
    void showSwitches(bool shown);

signals:
    void screenOpened(const QString &name);
    // Once, just after the window's first frame (the attract screen's) has been painted.
    void firstFrameShown();
    void exitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QWidget *buildMainPage();
    QWidget *buildTopBar();
    void buildStaffArea();
    void addPages();
    void onlyShownPageTakesRoom();
    void placeTitle();
    void placeKeyboard();
    QBoxLayout *keyboardDock() const;
    void moveKeyboardTo(QBoxLayout *place);
    void keyboardToDockAhead();
    void placeBar();
    void applyReach();
    void connectSession();
    void renderPage(bool back);
    void renderAttract();
    void renderStaff();
    void renderTextSize(int percent);
    void renderSpeech(bool on);
    void renderKeypad(bool inUse);
    void connectScreens();
    void showScreen(Screen *screen);
    void applyTheme();
    void refreshContent();
    void reloadIfOutOfDate();
    void connectInterest();
    void watchForStaffGesture(QEvent *event);
    void buildSpeech();
    void connectSpeech();
    bool keyPressed(QWidget *receiver, const QKeyEvent *key);
    void keypadAction(int action, const QKeyEvent *key);

    Catalogue *m_catalogue;
    Options m_options;
    VisitorSession *m_session;
    IdleMonitor *m_idle;
    Theme m_theme;
    RegionStyler *m_styler;
    QStackedWidget *m_root;
    QWidget *m_mainPage = nullptr; // the bar and the screens; in m_root once m_pagesAdded
    bool m_pagesAdded = false;
    AttractScreen *m_attract;
    QStackedWidget *m_screens;
    HomeScreen *m_home;
    AboutScreen *m_about;
    CapabilitiesScreen *m_capabilities;
    CapabilityScreen *m_capability;
    VacanciesScreen *m_vacancies;
    JobDetailScreen *m_jobDetail;
    WordsScreen *m_words;
    OfficerOrStaffScreen *m_officerOrStaff;
    TouchKeyboard *m_keyboard;
    StillTherePrompt *m_prompt;
    QPushButton *m_back;
    QPushButton *m_homeButton;
    QPushButton *m_largeText;
    QPushButton *m_contrast;
    QPushButton *m_readAloud;
    QPushButton *m_reach;
    QWidget *m_aboveReach = nullptr; // the space over the interface drawn within reach
    QWidget *m_topBar = nullptr;
    Narrator *m_narrator = nullptr;
    SpeechGuide *m_guide = nullptr;
    SpeechControls *m_speechControls = nullptr;
    KeypadNavigator *m_keypad;
    PlainLabel *m_title;
    QBoxLayout *m_buttonRow = nullptr;
    FlowLayout *m_switchRow = nullptr; // narrow and larger text: the other switches, wrapped
    QBoxLayout *m_titleRow = nullptr;  // narrow or larger text: the title and "Read aloud"
    PlainLabel *m_banner;
    QLineEdit *m_keyTarget = nullptr;
    QBoxLayout *m_keyboardPlace = nullptr;  // under the screens, full width
    QBoxLayout *m_page = nullptr;           // the bar, the banner, the screens, the keyboard
    QBoxLayout *m_keyboardLayout = nullptr; // where the keyboard is now
    bool m_swallowGesture = false;
    bool m_tapped = false; // a visitor's tap on "Larger text" or "High contrast" is under way
    bool m_firstFrameShown = false;
    StaffArea *m_staff = nullptr;
    StaffGesture m_gesture;
    StaffHint *m_staffHint;
};
