#include "kioskwindow.h"

#include "attractscreen.h"
#include "catalogue.h"
#include "clock.h"
#include "closedhost.h"
#include "inputrouter.h"
#include "intereststats.h"
#include "keyboardhost.h"
#include "keypadnavigator.h"
#include "kiosklayout.h"
#include "kioskpages.h"
#include "plainlabel.h"
#include "regionstyler.h"
#include "speechhost.h"
#include "staffarea.h"
#include "staffhint.h"
#include "staffhost.h"
#include "staffscreen.h"
#include "stillthereprompt.h"
#include "topbar.h"
#include "touchkeyboard.h"
#include "visitorcounter.h"

#include <QApplication>
#include <QCloseEvent>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QPaintEvent>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

KioskWindow::KioskWindow(Catalogue *catalogue, const Options &options, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_options(options),
      m_session(new VisitorSession(this)), m_idle(new IdleMonitor(catalogue->clock(), this)),
      m_styler(new RegionStyler(this)), m_layout(new KioskLayout(this, catalogue, m_styler)),
      m_attract(new AttractScreen(catalogue)), m_root(new KioskPages(m_attract)),
      m_screens(new QStackedWidget), m_prompt(new StillTherePrompt(this)),
      m_aboveReach(new QWidget),
      m_banner(new PlainLabel(tr("Sample data: the vacancies shown are examples, not real "
                                 "jobs you can apply for."),
                              "banner"))
{
    static_assert(std::equal(std::begin(Theme::textSizes), std::end(Theme::textSizes),
                             std::begin(VisitorSession::textSizes),
                             std::end(VisitorSession::textSizes)));
    m_session->setReachDefault(options.withinReach);
    Theme::loadFonts();
    registerScreens();
    buildKeypad();
    buildWindow();
    m_staffHint = new StaffHint(this, m_catalogue->clock());
    m_styler->setContainers({this, m_root}); // the main page's, once it is in the window
    if (m_staff)
        m_styler->setShownFirst(m_staff);
    connectIdle();
    connect(m_catalogue, &Catalogue::loaded, this, &KioskWindow::refreshContent);
    connect(m_catalogue, &Catalogue::liveDataChanged, this, [this] {
        if (isAttractShowing())
            m_catalogue->load(); // nobody is using the kiosk: show the new data at once
    });
    m_banner->setVisible(m_catalogue->info().sample);
    connectScreens();
    connectSpeech();
    connectSession();
    connectInterest();
    connectInput();
    renderAttract();
    if (m_staff) // the opening hours are in the settings staff change
        m_closedHost =
            new ClosedHost(this, m_staff->settings(), m_catalogue->clock(), options.displaySession);
}

void KioskWindow::registerScreens()
{
    // Every screen a visitor can open, one line each; the window loops over them.
    m_registry.add(new HomeScreen(m_catalogue));
    m_registry.add(new AboutScreen(m_catalogue));
    m_registry.add(new CapabilitiesScreen(m_catalogue));
    m_registry.add(new CapabilityScreen(m_catalogue, m_session));
    m_registry.add(new VacanciesScreen(m_catalogue, m_session));
    m_registry.add(new JobDetailScreen(m_catalogue, m_session));
    m_registry.add(new WordsScreen(m_catalogue));
    m_registry.add(new OfficerOrStaffScreen(m_catalogue));
    m_registry.add(new FinderScreen(m_catalogue, m_session));
    m_registry.add(new QuestionsScreen(m_catalogue, m_session));
}

void KioskWindow::buildWindow()
{
    setObjectName(QStringLiteral("kioskRoot"));
    // paintEvent fills the background behind every screen, once a frame; Qt need not first.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setContextMenuPolicy(Qt::NoContextMenu);
    setWindowTitle(tr("Careers Kiosk"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_aboveReach);
    layout->addWidget(m_root);
    m_aboveReach->setLayout(new QVBoxLayout);
    m_aboveReach->layout()->setContentsMargins(0, 0, 0, 0);
    m_aboveReach->hide();
    QWidget *mainPage = buildMainPage();
    if (!m_options.dataDir.isEmpty()) {
        m_staffHost = new StaffHost(this, m_catalogue, m_options);
        m_staff = m_staffHost->area();
    }
    m_root->hold(mainPage, m_staff);
}

void KioskWindow::connectIdle()
{
    m_prompt->hide();
    m_idle->setIdleTime(m_options.idleMsec);
    m_idle->setWarningTime(m_options.warningMsec);
    // The keyboard stays up under the prompt, so that a visitor who answers it carries on
    // typing where they were.
    connect(m_idle, &IdleMonitor::warningStarted, this,
            [this] { m_prompt->setGeometry(reachArea()); });
    m_prompt->follow(m_idle);
    connect(m_idle, &IdleMonitor::timedOut, this, &KioskWindow::resetVisitor);
    connect(m_idle, &IdleMonitor::warningCancelled, this, [this] {
        if (m_keys->target() && isKeyboardShowing())
            m_keys->target()->setFocus(Qt::OtherFocusReason); // the next key types on
    });
}

void KioskWindow::connectInput()
{
    m_input = new InputRouter(this, m_keys, m_catalogue->clock());
    connect(m_input, &InputRouter::firstPaint, this, [this] {
        QTimer::singleShot(0, this, &KioskWindow::firstFrameShown);
        QTimer::singleShot(0, this, &KioskWindow::addPages);
    });
    connect(m_input, &InputRouter::helpWanted, this, &KioskWindow::help);
}

KioskWindow::~KioskWindow()
{
    delete m_input; // no event reaches a window half taken apart
    m_root->deleteHeld();
}

void KioskWindow::addPages()
{
    // The screens behind the attract screen are styled and laid out only once they are in
    // the window: after its first frame, or sooner if a visitor or staff want one of them.
    if (!m_root->addHeld())
        return;
    QList<QWidget *> containers{this, m_root, m_root->mainPage(), m_screens};
    QList<QWidget *> themed;
    for (Screen *screen : screens()) {
        containers << screen->containers();
        if (containers.contains(screen))
            themed << screen;
    }
    m_styler->setContainers(containers);
    m_styler->setThemed(themed);
    if (!m_styler->sheet().isEmpty())
        m_styler->apply(m_styler->sheet());
}

void KioskWindow::setVisible(bool visible)
{
    // Styled once, at the size it is shown at, before anything in it is polished or laid out.
    if (visible)
        m_layout->applyTheme();
    QWidget::setVisible(visible);
}

QWidget *KioskWindow::buildMainPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_bar = new TopBar(m_session, speechControls());
    connect(m_bar->backButton(), &QPushButton::clicked, this, &KioskWindow::back);
    connect(m_bar->homeButton(), &QPushButton::clicked, this, &KioskWindow::goHome);
    layout->addWidget(m_bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_screens, 1);
    m_layout->setPage(layout, m_aboveReach);
    m_keys = new KeyboardHost(this, m_bar);
    m_keys->setHome(layout);
    for (Screen *screen : screens())
        m_screens->addWidget(screen);
    return page;
}

void KioskWindow::connectScreens()
{
    connect(m_attract, &AttractScreen::woken, m_session, &VisitorSession::wake);
    HomeScreen *home = this->home();
    VacanciesScreen *vacancies = this->vacancies();
    connect(home, &HomeScreen::aboutChosen, this, [this] { open(about()); });
    connect(home, &HomeScreen::capabilitiesChosen, this, [this] { open(capabilities()); });
    const auto showKind = [this](const QString &kind) { m_session->openVacancies({}, kind); };
    connect(home, &HomeScreen::vacanciesChosen, this, showKind);
    connect(officerOrStaff(), &OfficerOrStaffScreen::vacanciesChosen, this, showKind);
    connect(home, &HomeScreen::officerOrStaffChosen, this, [this] { open(officerOrStaff()); });
    connect(vacancies, &VacanciesScreen::officerOrStaffChosen, this,
            [this] { open(officerOrStaff()); });
    connect(about(), &AboutScreen::wordsChosen, this, [this] { open(words()); });
    connect(home, &HomeScreen::finderChosen, m_session, &VisitorSession::startFinder);
    connect(home, &HomeScreen::questionsChosen, this,
            [this] { m_session->openQuestions(QStringLiteral("home")); });
    connect(jobDetail(), &JobDetailScreen::questionsChosen, this,
            [this] { m_session->openQuestions(QStringLiteral("job")); });
    connect(capabilities(), &CapabilitiesScreen::capabilityChosen, this,
            &KioskWindow::showCapability);
    connect(capability(), &CapabilityScreen::vacanciesChosen, this,
            [this](const QString &id) { m_session->openVacancies(id, {}); });
    connect(vacancies, &VacanciesScreen::jobChosen, this, [this](const QString &reference) {
        hideKeyboard();
        showJob(reference);
    });
    // A code to take away came into the visitor's sight: the session's event, once a visit.
    connect(home, &HomeScreen::codeShown, m_session, &VisitorSession::showCode);
    connect(about(), &AboutScreen::codeShown, m_session, &VisitorSession::showCode);
    connect(jobDetail(), &JobDetailScreen::qrCodeShown, m_session, &VisitorSession::showCode);
    connect(vacancies, &VacanciesScreen::keyboardWanted, this, &KioskWindow::showKeyboard);
    connect(vacancies, &VacanciesScreen::filtersOpened, this, &KioskWindow::hideKeyboard);
}

void KioskWindow::connectInterest()
{
    if (!m_options.stats)
        return;
    // The session says what a visitor did, once a visit; the counter keeps the day's totals.
    auto *counter = m_counter = new VisitorCounter(m_options.stats, m_catalogue->clock(), this);
    connect(m_session, &VisitorSession::visitorStarted, counter, &VisitorCounter::visitorStarted);
    connect(m_session, &VisitorSession::visitorEnded, counter, &VisitorCounter::visitorEnded);
    connect(m_session, &VisitorSession::featureUsed, counter, &VisitorCounter::featureUsed);
    connect(m_session, &VisitorSession::opened, counter,
            [counter](VisitorSession::Opened kind, const QString &key) {
                counter->opened(VisitorSession::openedName(kind), key);
            });
}

bool KioskWindow::isStaffShowing() const
{
    return m_root->isShowing(m_staff);
}

void KioskWindow::openStaffMode()
{
    if (!m_staff || isStaffShowing())
        return;
    addPages();
    // The visitor's session ends: staff see the staff screens in one text size, and a visitor
    // after them a fresh kiosk.
    m_session->openStaff();
}

void KioskWindow::renderStaff()
{
    m_idle->stop();
    m_prompt->hide();
    hideKeyboard();
    m_root->setCurrentWidget(m_staff);
    m_staffHost->start(m_idle->idleTime() / 1000, m_session->reachDefault());
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (m_options.kiosk) {
        event->ignore(); // Alt+F4 and the like: a visitor cannot close the kiosk
        return;
    }
    QWidget::closeEvent(event);
}

void KioskWindow::paintEvent(QPaintEvent *event)
{
    // The theme's sheet is given to the regions, not to the window (see RegionStyler).
    QPainter(this).fillRect(event->rect(), Theme::current().background());
}

void KioskWindow::goHome()
{
    Screen *home = this->home();
    const bool atHome = m_session->isVisiting() && m_session->screen() == home->key();
    m_session->goHome();
    if (atHome) {
        // Home again (the keypad's Home key): from its top, and heard again.
        home->scrollToTop();
        showScreen(home);
    }
}

void KioskWindow::back()
{
    if (currentScreen() && currentScreen()->back())
        return; // a sheet the screen opened closes first
    m_session->back();
}

bool KioskWindow::showJob(const QString &reference)
{
    if (!m_catalogue->job(reference))
        return false;
    m_session->showJob(reference);
    return true;
}

void KioskWindow::connectSession()
{
    using Session = VisitorSession;
    connect(m_session, &Session::pageChanged, this, &KioskWindow::renderPage);
    connect(m_session, &Session::textSizeChanged, m_layout, &KioskLayout::textSizeChanged);
    // The bar's buttons have followed the session already (see TopBar).
    connect(m_session, &Session::contrastChanged, m_layout, &KioskLayout::applyTheme);
    connect(m_session, &Session::reachChanged, m_layout, &KioskLayout::applyReach);
    connect(m_session, &Session::speechChanged, this, &KioskWindow::renderSpeech);
    connect(m_session, &Session::keypadInUseChanged, this, &KioskWindow::renderKeypad);
    connect(m_session, &Session::visitorEnded, this, [this] {
        m_registry.reset();
        if (m_speech)
            m_speech->reset();
    });
}

void KioskWindow::renderPage(bool back)
{
    switch (m_session->page()) {
    case VisitorSession::Page::Attract:
        renderAttract();
        return;
    case VisitorSession::Page::Staff:
        renderStaff();
        return;
    case VisitorSession::Page::Screen:
        break;
    }
    Screen *screen = screenFor(m_session->screen());
    if (!screen)
        return;
    const bool arriving = !m_root->isShowing(m_root->mainPage()); // from attract or staff
    addPages();
    m_root->setCurrentWidget(m_root->mainPage());
    // Entered from elsewhere, a screen starts at its first items; only Back returns to the
    // place a visitor left.
    if (!back)
        screen->scrollToTop();
    showScreen(screen);
    if (arriving || screen == home())
        m_idle->start();
}

void KioskWindow::renderAttract()
{
    m_idle->stop();
    m_prompt->hide();
    hideKeyboard();
    reloadIfOutOfDate();
    m_root->setCurrentWidget(m_attract);
    m_attract->setFocus();
    emit screenOpened(QStringLiteral("attract"));
}

void KioskWindow::showScreen(Screen *screen)
{
    addPages();
    hideKeyboard();
    // After a touch nothing keeps the focus from one screen to the next: Qt would hand it to
    // the new screen's first item, and a list would make its first card current.
    if (!m_session->keypadInUse() && QApplication::focusWidget() &&
        isAncestorOf(QApplication::focusWidget()))
        QApplication::focusWidget()->clearFocus();
    m_screens->setCurrentWidget(screen);
    if (screen->keyboardDock())
        m_keys->dockAhead();
    m_bar->showScreen(screen->title(), screen == home());
    if (m_speech)
        m_speech->arrive(screen);
    // A keypad user lands on the screen's first item; a touch leaves the focus alone.
    if (m_session->keypadInUse())
        m_keypad->focusFirst(screen);
    emit screenOpened(screen->key());
}

void KioskWindow::resetVisitor()
{
    // The next visitor sees and hears nothing of the last one: every field of the session
    // back to a fresh one's, and the window showing it. On the attract screen already, the
    // page does not change: it is shown again all the same (new data waits for it).
    const bool attract = m_session->page() == VisitorSession::Page::Attract;
    m_session->reset();
    if (attract)
        renderAttract();
}

QList<Screen *> KioskWindow::history() const
{
    QList<Screen *> screens;
    for (const QString &key : m_session->history())
        screens << screenFor(key);
    return screens;
}

Screen *KioskWindow::currentScreen() const
{
    return m_root->currentIndex() == 1 ? static_cast<Screen *>(m_screens->currentWidget())
                                       : nullptr;
}

bool KioskWindow::isAttractShowing() const
{
    return m_root->currentWidget() == m_attract;
}

bool KioskWindow::isPromptShowing() const
{
    return m_prompt->isVisible();
}

void KioskWindow::setWatchStatus(const QString &text)
{
    if (m_staffHost)
        m_staffHost->setWatchStatus(text);
}

void KioskWindow::reloadIfOutOfDate()
{
    // New data made live by another process waits for the attract screen, so that no
    // visitor's screen changes under their finger.
    if (m_catalogue->isOutOfDate())
        m_catalogue->load();
}

void KioskWindow::refreshContent()
{
    m_attract->refresh();
    m_registry.refresh();
    m_banner->setVisible(m_catalogue->info().sample);
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    m_layout->resized();
    QWidget::resizeEvent(event);
}

void KioskWindow::contextMenuEvent(QContextMenuEvent *event)
{
    event->accept(); // no context menus anywhere in the kiosk
}

void KioskWindow::buildKeypad()
{
    m_keypad = new KeypadNavigator(this);
    m_keypad->setScope([this]() -> QList<QWidget *> {
        if (isPromptShowing())
            return {m_prompt};
        Screen *screen = currentScreen();
        if (screen && screen->isAncestorOf(keyboard()))
            return {m_bar, screen}; // docked beside the results, read with the screen
        return {m_bar, screen, keyboard()};
    });
    if (m_options.speaker)
        m_speech = new SpeechHost(this, m_options.speaker);
}

void KioskWindow::connectSpeech()
{
    connect(m_keypad, &KeypadNavigator::typingWanted, this, [this](QWidget *field) {
        showKeyboard(static_cast<QLineEdit *>(field));
        m_keypad->focusFirst(keyboard());
    });
    if (m_speech)
        m_speech->listenTo(m_idle, m_keypad, vacancies());
}

void KioskWindow::renderSpeech(bool on)
{
    if (m_speech)
        m_speech->render(on);
}

void KioskWindow::renderKeypad(bool inUse)
{
    m_keypad->setActive(inUse);
    // A keypad is how a visitor who cannot see starts: speech comes on with it, unless this
    // visitor has switched it off.
    if (inUse && m_speech && !m_session->speechDeclined())
        m_session->setSpeech(true);
}

void KioskWindow::help()
{
    if (!m_speech)
        return;
    m_session->setSpeech(true); // asking for help is asking to hear it
    m_speech->help();
}
