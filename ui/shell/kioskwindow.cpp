#include "kioskwindow.h"

#include "aboutscreen.h"
#include "attractscreen.h"
#include "capabilitiesscreen.h"
#include "capabilityscreen.h"
#include "catalogue.h"
#include "clock.h"
#include "fleetpanel.h"
#include "flowlayout.h"
#include "homescreen.h"
#include "intereststats.h"
#include "jobdetailscreen.h"
#include "keypadnavigator.h"
#include "kiosksettings.h"
#include "narration.h"
#include "narrator.h"
#include "officerorstaffscreen.h"
#include "plainlabel.h"
#include "regionstyler.h"
#include "speechcontrols.h"
#include "speechguide.h"
#include "staffarea.h"
#include "staffhint.h"
#include "staffscreen.h"
#include "stillthereprompt.h"
#include "touchkeyboard.h"
#include "vacanciesscreen.h"
#include "visitorcounter.h"
#include "wordsscreen.h"

#include <QApplication>
#include <QCloseEvent>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <array>
#include <cstdio>

KioskWindow::KioskWindow(Catalogue *catalogue, const Options &options, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_options(options),
      m_session(new VisitorSession(this)), m_idle(new IdleMonitor(catalogue->clock(), this)),
      m_styler(new RegionStyler(this)), m_root(new QStackedWidget),
      m_attract(new AttractScreen(catalogue)), m_screens(new QStackedWidget),
      m_home(new HomeScreen(catalogue)), m_about(new AboutScreen(catalogue)),
      m_capabilities(new CapabilitiesScreen(catalogue)),
      m_capability(new CapabilityScreen(catalogue, m_session)),
      m_vacancies(new VacanciesScreen(catalogue, m_session)),
      m_jobDetail(new JobDetailScreen(catalogue, m_session)), m_words(new WordsScreen(catalogue)),
      m_officerOrStaff(new OfficerOrStaffScreen(catalogue)), m_keyboard(new TouchKeyboard),
      m_prompt(new StillTherePrompt(this)), m_back(new QPushButton(tr("Back"))),
      m_homeButton(new QPushButton(tr("Home"))), m_largeText(new QPushButton(tr("Larger text"))),
      m_contrast(new QPushButton(tr("High contrast"))),
      m_readAloud(new QPushButton(tr("Read aloud"))), m_reach(new QPushButton(tr("Within reach"))),
      m_aboveReach(new QWidget), m_keypad(nullptr), m_title(new PlainLabel({}, "heading")),
      m_banner(new PlainLabel(tr("Sample data: the vacancies shown are examples, not real "
                                 "jobs you can apply for."),
                              "banner"))
{
    static_assert(std::equal(std::begin(Theme::textSizes), std::end(Theme::textSizes),
                             std::begin(VisitorSession::textSizes),
                             std::end(VisitorSession::textSizes)));
    m_session->setReachDefault(options.withinReach);
    Theme::loadFonts();
    setObjectName(QStringLiteral("kioskRoot"));
    // paintEvent fills the background behind every screen, once a frame; Qt need not first.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setContextMenuPolicy(Qt::NoContextMenu);
    setWindowTitle(tr("Careers Kiosk"));
    buildSpeech();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_aboveReach);
    layout->addWidget(m_root);
    m_aboveReach->setLayout(new QVBoxLayout);
    m_aboveReach->layout()->setContentsMargins(0, 0, 0, 0);
    m_aboveReach->hide();
    m_root->addWidget(m_attract);
    m_mainPage = buildMainPage();
    connect(m_root, &QStackedWidget::currentChanged, this, &KioskWindow::onlyShownPageTakesRoom);
    if (!options.dataDir.isEmpty())
        buildStaffArea();
    onlyShownPageTakesRoom();
    m_staffHint = new StaffHint(this, m_catalogue->clock());
    m_styler->setContainers({this, m_root}); // the main page's, once it is in the window
    if (m_staff)
        m_styler->setShownFirst(m_staff);
    m_prompt->hide();
    m_idle->setIdleTime(options.idleMsec);
    m_idle->setWarningTime(options.warningMsec);
    // The keyboard stays up under the prompt, so that a visitor who answers it carries on
    // typing where they were.
    connect(m_idle, &IdleMonitor::warningStarted, this, [this] {
        m_prompt->setGeometry(reachArea());
        m_prompt->show();
        m_prompt->raise();
    });
    connect(m_idle, &IdleMonitor::secondsLeftChanged, m_prompt, &StillTherePrompt::setSecondsLeft);
    connect(m_idle, &IdleMonitor::warningCancelled, m_prompt, &QWidget::hide);
    connect(m_idle, &IdleMonitor::timedOut, this, &KioskWindow::resetVisitor);
    connect(m_prompt, &StillTherePrompt::stillHere, m_idle, &IdleMonitor::activity);
    connect(m_idle, &IdleMonitor::warningCancelled, this, [this] {
        if (m_keyTarget && m_keyboard->isVisible())
            m_keyTarget->setFocus(Qt::OtherFocusReason); // the next key types on
    });
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
    qApp->installEventFilter(this);
    renderAttract();
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
    if (!m_pagesAdded) {
        delete m_mainPage;
        delete m_staff;
    }
}

void KioskWindow::buildStaffArea()
{
    m_staff = new StaffArea(m_options.dataDir, m_catalogue, m_options.stats, m_options.settings,
                            m_options.pinRounds);
    if (m_options.staffIdleMsec > 0)
        m_staff->setIdleTime(m_options.staffIdleMsec);
    m_staff->setKioskMode(m_options.kiosk);
    m_staff->screen()->setNotice(m_options.staffNotice);
    connect(m_staff, &StaffArea::left, this, &KioskWindow::resetVisitor);
    connect(m_staff, &StaffArea::exitRequested, this, &KioskWindow::exitRequested);
    connect(m_staff, &StaffArea::dataChanged, m_catalogue, &Catalogue::load);
    // Staff write the settings; the window follows them.
    connect(m_staff->settings(), &KioskSettings::idleSecondsChanged, this,
            [this](int seconds) { m_idle->setIdleTime(seconds * 1000); });
    connect(m_staff->settings(), &KioskSettings::withinReachDefaultChanged, this,
            &KioskWindow::setWithinReachDefault);
}

void KioskWindow::addPages()
{
    // The screens behind the attract screen are styled and laid out only once they are in
    // the window: after its first frame, or sooner if a visitor or staff want one of them.
    if (m_pagesAdded)
        return;
    m_pagesAdded = true;
    m_root->addWidget(m_mainPage);
    if (m_staff)
        m_root->addWidget(m_staff);
    onlyShownPageTakesRoom();
    QList<QWidget *> containers{this, m_root, m_mainPage, m_screens};
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

void KioskWindow::onlyShownPageTakesRoom()
{
    // Only the page shown asks for room: the attract screen's invitation or the staff
    // screen's buttons, laid out for larger text while hidden, must not widen the window.
    for (int i = 0; i < m_root->count(); ++i) {
        const auto policy = m_root->widget(i) == m_root->currentWidget() ? QSizePolicy::Preferred
                                                                         : QSizePolicy::Ignored;
        m_root->widget(i)->setSizePolicy(policy, policy);
    }
}

void KioskWindow::setVisible(bool visible)
{
    // Styled once, at the size it is shown at, before anything in it is polished or laid out.
    if (visible)
        applyTheme();
    QWidget::setVisible(visible);
}

QWidget *KioskWindow::buildTopBar()
{
    auto *bar = new QWidget;
    m_topBar = bar;
    bar->setObjectName(QStringLiteral("topBar"));
    bar->setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QVBoxLayout(bar);
    m_buttonRow = new QHBoxLayout;
    layout->addLayout(m_buttonRow);
    // Empty, and so taking no room, until placeTitle() fills them.
    m_switchRow = new FlowLayout;
    layout->addLayout(m_switchRow);
    m_titleRow = new QHBoxLayout;
    layout->addLayout(m_titleRow);
    for (QPushButton *button :
         {m_back, m_homeButton, m_largeText, m_contrast, m_readAloud, m_reach}) {
        button->setProperty("kiosk", QStringLiteral("nav"));
        button->setAccessibleName(button->text());
    }
    m_largeText->setCheckable(true); // shown as on while the text is larger than normal
    m_contrast->setCheckable(true);
    m_readAloud->setCheckable(true);
    m_readAloud->setVisible(m_narrator != nullptr);
    m_reach->setCheckable(true);
    m_reach->setChecked(m_session->withinReach());
    m_reach->setAccessibleDescription(tr("Draws everything in the lower part of the screen"));
    placeTitle();
    if (m_speechControls)
        layout->addWidget(m_speechControls);
    connect(m_back, &QPushButton::clicked, this, &KioskWindow::back);
    connect(m_homeButton, &QPushButton::clicked, this, &KioskWindow::goHome);
    connect(m_largeText, &QPushButton::clicked, this, [this] {
        m_tapped = true;
        m_session->stepTextSize();
        m_tapped = false;
    });
    // A tap toggles the button between its pressed and released signals.
    connect(m_contrast, &QPushButton::pressed, this, [this] { m_tapped = true; });
    connect(m_contrast, &QPushButton::released, this, [this] { m_tapped = false; });
    connect(m_contrast, &QPushButton::toggled, m_session, &VisitorSession::setContrast);
    connect(m_reach, &QPushButton::toggled, m_session, &VisitorSession::setReach);
    return bar;
}

QWidget *KioskWindow::buildMainPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildTopBar());
    layout->addWidget(m_banner);
    layout->addWidget(m_screens, 1);
    layout->addWidget(m_keyboard);
    m_page = layout;
    m_keyboardPlace = layout;
    m_keyboardLayout = layout;
    m_keyboard->hide();
    for (Screen *screen : screens())
        m_screens->addWidget(screen);
    return page;
}

void KioskWindow::connectScreens()
{
    connect(m_attract, &AttractScreen::woken, m_session, &VisitorSession::wake);
    connect(m_home, &HomeScreen::aboutChosen, this, [this] { open(m_about); });
    connect(m_home, &HomeScreen::capabilitiesChosen, this, [this] { open(m_capabilities); });
    const auto showKind = [this](const QString &kind) { m_session->openVacancies({}, kind); };
    connect(m_home, &HomeScreen::vacanciesChosen, this, showKind);
    connect(m_officerOrStaff, &OfficerOrStaffScreen::vacanciesChosen, this, showKind);
    connect(m_home, &HomeScreen::officerOrStaffChosen, this, [this] { open(m_officerOrStaff); });
    connect(m_vacancies, &VacanciesScreen::officerOrStaffChosen, this,
            [this] { open(m_officerOrStaff); });
    connect(m_about, &AboutScreen::wordsChosen, this, [this] { open(m_words); });
    connect(m_capabilities, &CapabilitiesScreen::capabilityChosen, this,
            &KioskWindow::showCapability);
    connect(m_capability, &CapabilityScreen::vacanciesChosen, this,
            [this](const QString &id) { m_session->openVacancies(id, {}); });
    connect(m_vacancies, &VacanciesScreen::jobChosen, this, [this](const QString &reference) {
        hideKeyboard();
        showJob(reference);
    });
    // A code to take away came into the visitor's sight: the session's event, once a visit.
    connect(m_home, &HomeScreen::codeShown, m_session, &VisitorSession::showCode);
    connect(m_about, &AboutScreen::codeShown, m_session, &VisitorSession::showCode);
    connect(m_jobDetail, &JobDetailScreen::qrCodeShown, m_session, &VisitorSession::showCode);
    connect(m_vacancies, &VacanciesScreen::keyboardWanted, this, &KioskWindow::showKeyboard);
    connect(m_vacancies, &VacanciesScreen::filtersOpened, this, &KioskWindow::hideKeyboard);
    connect(m_keyboard, &TouchKeyboard::typed, this, [this](const QString &text) {
        if (m_keyTarget)
            m_keyTarget->insert(text);
    });
    connect(m_keyboard, &TouchKeyboard::backspace, this, [this] {
        if (m_keyTarget)
            m_keyTarget->backspace();
    });
    connect(m_keyboard, &TouchKeyboard::done, this, &KioskWindow::hideKeyboard);
}

void KioskWindow::connectInterest()
{
    if (!m_options.stats)
        return;
    // The session says what a visitor did, once a visit; the counter keeps the day's totals.
    auto *counter = new VisitorCounter(m_options.stats, m_catalogue->clock(), this);
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
    return m_staff && m_root->currentWidget() == m_staff;
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
    m_staff->screen()->setIdleSeconds(m_idle->idleTime() / 1000);
    m_staff->screen()->setWithinReachDefault(m_session->reachDefault());
    m_staff->start();
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

void KioskWindow::watchForStaffGesture(QEvent *event)
{
    const auto *mouse = static_cast<QMouseEvent *>(event);
    // Big enough to find without looking (96 px at 1080p); a touch there still reaches what
    // it lands on, since the gesture only watches.
    m_gesture.setArea(size(), qMax(96, Theme::current().px(96)));
    const QPoint at = mouse->position().toPoint();
    const bool press = event->type() == QEvent::MouseButtonPress;
    const qint64 now = m_catalogue->clock()->elapsed();
    const bool done = press ? m_gesture.press(at, now) : m_gesture.release(at, now);
    m_staffHint->follow(m_gesture, !press);
    if (done)
        QTimer::singleShot(0, this, &KioskWindow::openStaffMode);
}

void KioskWindow::showAttract()
{
    resetVisitor();
}

void KioskWindow::goHome()
{
    const bool atHome = m_session->isVisiting() && m_session->screen() == m_home->key();
    m_session->goHome();
    if (atHome) {
        // Home again (the keypad's Home key): from its top, and heard again.
        m_home->scrollToTop();
        showScreen(m_home);
    }
}

void KioskWindow::open(Screen *screen)
{
    m_session->open(screen->key());
}

void KioskWindow::back()
{
    if (currentScreen() && currentScreen()->back())
        return; // a sheet the screen opened closes first
    m_session->back();
}

void KioskWindow::showCapability(const QString &id)
{
    m_session->showCapability(id);
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
    connect(m_session, &Session::textSizeChanged, this, &KioskWindow::renderTextSize);
    connect(m_session, &Session::contrastChanged, this, [this](bool on) {
        m_contrast->setChecked(on);
        applyTheme();
    });
    connect(m_session, &Session::reachChanged, this, [this](bool on) {
        m_reach->setChecked(on);
        applyReach();
    });
    connect(m_session, &Session::speechChanged, this, &KioskWindow::renderSpeech);
    connect(m_session, &Session::keypadInUseChanged, this, &KioskWindow::renderKeypad);
    connect(m_session, &Session::visitorEnded, this, [this] {
        if (m_narrator)
            m_narrator->reset(); // silenced, its rate and volume back to normal
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
    const bool arriving = m_root->currentWidget() != m_mainPage; // from attract or staff
    addPages();
    m_root->setCurrentWidget(m_mainPage);
    // Entered from elsewhere, a screen starts at its first items; only Back returns to the
    // place a visitor left.
    if (!back)
        screen->scrollToTop();
    showScreen(screen);
    if (arriving || screen == m_home)
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
        keyboardToDockAhead();
    m_title->setText(screen->title());
    m_back->setVisible(screen != m_home);
    m_homeButton->setVisible(screen != m_home);
    if (m_guide)
        m_guide->arrive(screen->title(), screen->purpose());
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

Screen *KioskWindow::screenFor(const QString &key) const
{
    const QList<Screen *> all = screens();
    const auto found = std::find_if(all.cbegin(), all.cend(),
                                    [&key](const Screen *screen) { return screen->key() == key; });
    return found == all.cend() ? nullptr : *found;
}

QList<Screen *> KioskWindow::screens() const
{
    return {m_home,      m_about,     m_capabilities, m_capability,
            m_vacancies, m_jobDetail, m_words,        m_officerOrStaff};
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

bool KioskWindow::isKeyboardShowing() const
{
    return m_keyboard->isVisible();
}

bool KioskWindow::isPromptShowing() const
{
    return m_prompt->isVisible();
}

void KioskWindow::showKeyboard(QLineEdit *target)
{
    m_keyTarget = target;
    target->setFocus();
    placeKeyboard();
    m_keyboard->show();
}

void KioskWindow::placeKeyboard()
{
    QBoxLayout *dock = keyboardDock();
    moveKeyboardTo(dock ? dock : m_keyboardPlace);
    // Within reach, the full keyboard would leave the screen above it no room.
    m_keyboard->setCompact(dock != nullptr || reachArea() != rect());
    showSwitches(!(height() > width() && m_session->textSize() > 100));
    if (currentScreen())
        currentScreen()->setKeyboardUp(true);
}

QBoxLayout *KioskWindow::keyboardDock() const
{
    // In landscape a screen that has room beside its results keeps a compact keyboard
    // there, so the count and the first cards stay in sight while the visitor types.
    return width() > height() && currentScreen() ? currentScreen()->keyboardDock() : nullptr;
}

void KioskWindow::moveKeyboardTo(QBoxLayout *place)
{
    if (place == m_keyboardLayout)
        return;
    const bool shown = m_keyboard->isVisible();
    m_keyboardLayout->removeWidget(m_keyboard);
    place->addWidget(m_keyboard); // a new parent, which hides it
    m_keyboardLayout = place;
    m_keyboard->setVisible(shown);
}

void KioskWindow::keyboardToDockAhead()
{
    // A new parent restyles all the keys, half a frame's work: done while nobody waits, the
    // visitor's first tap on a search field only shows the keyboard. Not in the same pass of
    // the event loop as the screen's own first layout.
    QTimer::singleShot(100, this, [this] {
        QBoxLayout *dock = keyboardDock();
        if (dock && !m_keyboard->isVisible())
            moveKeyboardTo(dock);
    });
}

void KioskWindow::showSwitches(bool shown)
{
    // With larger text on a tall screen the switches take two lines of the bar: while the
    // visitor types they step aside, so that the search stays in sight above the keyboard
    // (within reach too). Done brings them back.
    m_largeText->setVisible(shown);
    m_contrast->setVisible(shown);
    m_reach->setVisible(shown && height() > width());
}

void KioskWindow::hideKeyboard()
{
    // A keypad user who closes the keyboard is back in the search field, not lost.
    if (m_keyTarget && m_keyboard->isAncestorOf(QApplication::focusWidget()))
        m_keyTarget->setFocus(Qt::OtherFocusReason);
    m_keyboard->hide();
    m_keyTarget = nullptr;
    showSwitches(true);
    for (Screen *screen : screens())
        screen->setKeyboardUp(false);
}

void KioskWindow::setWatchStatus(const QString &text)
{
    if (m_staff)
        m_staff->screen()->fleet()->setWatchStatus(text);
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
    m_home->refresh();
    m_about->refresh();
    m_capabilities->refresh();
    m_vacancies->refresh();
    m_jobDetail->refresh();
    m_words->refresh();
    m_officerOrStaff->refresh();
    m_banner->setVisible(m_catalogue->info().sample);
}

void KioskWindow::setTextSize(int percent)
{
    m_session->setTextSize(percent);
}

void KioskWindow::renderTextSize(int percent)
{
    m_largeText->setChecked(percent > 100);
    // The label says what the text is now; the name also says what a tap does.
    m_largeText->setText(percent > 100 ? tr("Text %1 %").arg(percent) : tr("Larger text"));
    m_largeText->setAccessibleName(percent < Theme::textSizes[std::size(Theme::textSizes) - 1]
                                       ? tr("Larger text, now %1 percent").arg(percent)
                                       : tr("Normal text size, now %1 percent").arg(percent));
    placeTitle();
    applyTheme();
    // The keyboard sizes itself by the new theme; the screen under it lays itself out for
    // the keyboard at the new size. The switches stay where the visitor's finger is.
    if (isKeyboardShowing() && currentScreen())
        currentScreen()->setKeyboardUp(true);
}

void KioskWindow::applyTheme()
{
    const Theme theme =
        Theme::forSize(width(), height(), m_session->textSize(), m_session->highContrast());
    if (theme == m_theme && !m_styler->sheet().isEmpty())
        return;
    m_theme = theme;
    Theme::setCurrent(theme);
    // What a visitor's tap changes is styled in sight at once and elsewhere later, within a
    // frame or two; anything else (start, a new size, a reset) styles everything now.
    if (m_tapped)
        m_styler->applyInSight(theme.styleSheet());
    else
        m_styler->apply(theme.styleSheet());
    update(); // the window's own background, drawn here
    if (auto *bar = m_back->parentWidget()) {
        bar->layout()->setContentsMargins(theme.px(24), theme.px(14), theme.px(24), theme.px(14));
        bar->layout()->setSpacing(theme.px(12));
        for (QLayout *row : std::array<QLayout *, 3>{m_buttonRow, m_switchRow, m_titleRow})
            row->setSpacing(theme.px(16));
    }
    m_title->setText(currentScreen() ? currentScreen()->title() : QString());
}

void KioskWindow::placeTitle()
{
    // Beside the buttons when the screen is wide and the text normal. Otherwise the title has
    // a line of its own, and the "Read aloud" switch joins it there (its speed and volume row
    // then sits under it); with larger text on a narrow screen the other two switches take a
    // line of their own and "Read aloud" joins Back and Home. "Within reach" goes with "Read
    // aloud" or the other switches (it shows only on a tall screen). No line is wider than the
    // screen: the switches wrap rather than run off it.
    const bool narrow = height() > width();
    const bool large = m_session->textSize() > 100;
    for (QLayout *row : std::array<QLayout *, 3>{m_buttonRow, m_switchRow, m_titleRow}) {
        while (QLayoutItem *item = row->takeAt(0))
            delete item; // the layout item only: the widgets stay in the bar
    }
    m_buttonRow->addWidget(m_back);
    m_buttonRow->addWidget(m_homeButton);
    if (!narrow && !large) {
        m_buttonRow->addWidget(m_title, 1);
        m_buttonRow->addWidget(m_largeText);
        m_buttonRow->addWidget(m_contrast);
        m_buttonRow->addWidget(m_readAloud);
        m_buttonRow->addWidget(m_reach);
        return;
    }
    m_buttonRow->addStretch(1);
    m_titleRow->addWidget(m_title, 1);
    if (narrow && large) {
        m_buttonRow->addWidget(m_readAloud);
        m_switchRow->addWidget(m_largeText);
        m_switchRow->addWidget(m_contrast);
        m_switchRow->addWidget(m_reach);
        return;
    }
    m_buttonRow->addWidget(m_largeText);
    m_buttonRow->addWidget(m_contrast);
    m_titleRow->addWidget(m_readAloud);
    m_titleRow->addWidget(m_reach);
}

void KioskWindow::placeBar()
{
    // In portrait the bar is at the bottom, its buttons lowest, within a seated visitor's
    // reach; the screens still start from the top. Only a tall screen needs "Within reach".
    if (!m_page)
        return; // still being built
    const bool portrait = height() > width();
    const int at = m_page->indexOf(m_topBar);
    if (portrait && at != m_page->count() - 1) {
        m_page->removeWidget(m_topBar);
        m_page->addWidget(m_topBar);
    } else if (!portrait && at != 0) {
        m_page->removeWidget(m_topBar);
        m_page->insertWidget(0, m_topBar);
    }
    static_cast<QBoxLayout *>(m_topBar->layout())
        ->setDirection(portrait ? QBoxLayout::BottomToTop : QBoxLayout::TopToBottom);
    m_reach->setVisible(portrait);
}

QRect KioskWindow::reachArea() const
{
    // Within reach on a tall screen: nothing above the lower 60 % of its height.
    const bool on = m_session->withinReach() && height() > width();
    return on ? rect().adjusted(0, height() * 2 / 5, 0, 0) : rect();
}

void KioskWindow::applyReach()
{
    // Above the reach only what nobody needs to touch: the sample-data banner, at the foot
    // of the space, and nothing else.
    if (!m_page)
        return; // still being built
    const int top = reachArea().top();
    m_aboveReach->setFixedHeight(top);
    m_aboveReach->setVisible(top > 0);
    const bool bannerAbove = m_aboveReach->isAncestorOf(m_banner);
    if (top > 0 && !bannerAbove) {
        m_page->removeWidget(m_banner);
        static_cast<QBoxLayout *>(m_aboveReach->layout())->addWidget(m_banner, 0, Qt::AlignBottom);
    } else if (top == 0 && bannerAbove) {
        m_aboveReach->layout()->removeWidget(m_banner);
        m_page->insertWidget(m_page->indexOf(m_topBar) == 0 ? 1 : 0, m_banner);
    }
    m_banner->setVisible(m_catalogue->info().sample);
    m_prompt->setGeometry(reachArea());
    if (isKeyboardShowing())
        placeKeyboard();
}

void KioskWindow::setWithinReachDefault(bool on)
{
    m_session->setReachDefault(on);
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    for (Screen *screen : screens())
        screen->setPortrait(height() > width());
    placeTitle();
    applyTheme();
    if (isKeyboardShowing())
        placeKeyboard();
    placeBar();
    applyReach();
    QWidget::resizeEvent(event);
}

void KioskWindow::contextMenuEvent(QContextMenuEvent *event)
{
    event->accept(); // no context menus anywhere in the kiosk
}

void KioskWindow::quitAfterFirstFrame()
{
    connect(this, &KioskWindow::firstFrameShown, qApp, [] {
        std::fputs("first frame\n", stdout);
        std::fflush(stdout);
        // exit(), not quit(): quit() first asks every window to close, and in kiosk mode the
        // window refuses, so the measured start would never end.
        QMetaObject::invokeMethod(
            qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    });
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    // Every touch reaches the window first, once, whatever it lands on.
    if (watched == windowHandle() &&
        (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonRelease))
        watchForStaffGesture(event);
    if (m_staff && (type == QEvent::MouseButtonPress || type == QEvent::KeyPress))
        m_staff->activity();
    // The window's first frame is the attract screen's, unless a visitor touched the screen
    // before it was drawn: the jobs that are read next must be read either way.
    if (!m_firstFrameShown && type == QEvent::Paint && watched == this) {
        m_firstFrameShown = true;
        QTimer::singleShot(0, this, &KioskWindow::firstFrameShown);
        QTimer::singleShot(0, this, &KioskWindow::addPages);
    }
    const bool press = type == QEvent::MouseButtonPress || type == QEvent::TouchBegin;
    const bool release = type == QEvent::MouseButtonRelease || type == QEvent::TouchEnd;
    if (press)
        m_session->setKeypadInUse(false); // a touch: the keypad's ring goes
    if (type == QEvent::KeyPress && watched->isWidgetType() &&
        keyPressed(static_cast<QWidget *>(watched), static_cast<QKeyEvent *>(event)))
        return true;
    if (press && isPromptShowing())
        m_swallowGesture = true; // the touch that answers "Still there?" does nothing else
    if (m_swallowGesture) {
        if (press)
            m_idle->activity();
        if (release)
            m_swallowGesture = false;
        if (press || release || type == QEvent::MouseMove || type == QEvent::TouchUpdate)
            return true;
    }
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        m_idle->activity();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::buildSpeech()
{
    m_keypad = new KeypadNavigator(this);
    m_keypad->setScope([this]() -> QList<QWidget *> {
        if (isPromptShowing())
            return {m_prompt};
        Screen *screen = currentScreen();
        if (screen && screen->isAncestorOf(m_keyboard))
            return {m_topBar, screen}; // docked beside the results, read with the screen
        return {m_topBar, screen, m_keyboard};
    });
    if (!m_options.speaker)
        return;
    m_narrator = new Narrator(m_options.speaker, this);
    m_guide = new SpeechGuide(m_narrator, this);
    m_speechControls = new SpeechControls(m_narrator);
}

void KioskWindow::connectSpeech()
{
    connect(m_keypad, &KeypadNavigator::typingWanted, this, [this](QWidget *field) {
        showKeyboard(static_cast<QLineEdit *>(field));
        m_keypad->focusFirst(m_keyboard);
    });
    if (!m_narrator)
        return;
    connect(m_readAloud, &QPushButton::toggled, m_session, &VisitorSession::setSpeech);
    connect(m_keypad, &KeypadNavigator::repeatWanted, m_guide, &SpeechGuide::describe);
    connect(m_idle, &IdleMonitor::warningStarted, this,
            [this] { m_guide->speak(Narration::stillThere(m_idle->secondsLeft())); });
    connect(m_idle, &IdleMonitor::secondsLeftChanged, this, [this](int seconds) {
        if (Narration::countdownWorthSaying(seconds))
            m_narrator->say(Narration::secondsLeft(seconds));
    });
    connect(m_idle, &IdleMonitor::warningCancelled, this,
            [this] { m_guide->describe(QApplication::focusWidget()); });
    connect(m_vacancies, &VacanciesScreen::resultsChanged, this, [this](const QString &count) {
        if (currentScreen() == m_vacancies)
            m_guide->results(count, m_vacancies->searchField()->text());
    });
    QListView *list = m_vacancies->list();
    connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, list] {
        if (list->hasFocus())
            m_guide->describe(list);
    });
}

void KioskWindow::renderSpeech(bool on)
{
    m_readAloud->setChecked(on);
    if (!m_narrator)
        return;
    m_narrator->setEnabled(on);
    if (!on)
        return;
    m_guide->speechSwitchedOn();
    if (Screen *screen = currentScreen(); screen && !isAttractShowing())
        m_guide->arrive(screen->title(), screen->purpose());
}

void KioskWindow::renderKeypad(bool inUse)
{
    m_keypad->setActive(inUse);
    // A keypad is how a visitor who cannot see starts: speech comes on with it, unless this
    // visitor has switched it off.
    if (inUse && m_narrator && !m_session->speechDeclined())
        m_session->setSpeech(true);
}

bool KioskWindow::keyPressed(QWidget *receiver, const QKeyEvent *key)
{
    if ((receiver != this && !isAncestorOf(receiver)) || isStaffShowing())
        return false;
    const bool answering = isPromptShowing();
    m_session->setKeypadInUse(true);
    m_idle->activity();
    if (answering)
        return true; // the key that answers "Still there?" does nothing else
    if (isAttractShowing())
        return false; // any key wakes the attract screen
    const KeypadNavigator::Action action =
        KeypadNavigator::actionFor(QApplication::focusWidget(), key);
    if (action == KeypadNavigator::Action::None)
        return false;
    keypadAction(int(action), key);
    return true;
}

void KioskWindow::keypadAction(int action, const QKeyEvent *key)
{
    using Action = KeypadNavigator::Action;
    switch (Action(action)) {
    case Action::Next:
    case Action::Previous:
        m_keypad->move(Action(action) == Action::Next ? 1 : -1);
        break;
    case Action::NextItem:
    case Action::PreviousItem:
        m_keypad->move(Action(action) == Action::NextItem ? 1 : -1, false);
        break;
    case Action::Activate:
        m_keypad->activate(QApplication::focusWidget());
        break;
    case Action::Back:
        if (isKeyboardShowing() && key->key() == Qt::Key_Backspace && m_keyTarget)
            m_keyTarget->backspace(); // typing on the keyboard: a letter, never the screen
        else if (isKeyboardShowing())
            hideKeyboard();
        else
            back();
        break;
    case Action::Home:
        goHome();
        break;
    case Action::Help:
        if (m_narrator) {
            m_session->setSpeech(true); // asking for help is asking to hear it
            m_guide->help();
        }
        break;
    case Action::None:
        break;
    }
}
