#include "kiosklayout.h"

#include "catalogue.h"
#include "keyboardhost.h"
#include "kioskwindow.h"
#include "plainlabel.h"
#include "regionstyler.h"
#include "screen.h"
#include "stillthereprompt.h"
#include "topbar.h"

#include <QBoxLayout>

KioskLayout::KioskLayout(KioskWindow *window, Catalogue *catalogue, RegionStyler *styler)
    : QObject(window), m_window(window), m_catalogue(catalogue), m_styler(styler)
{
}

void KioskLayout::setPage(QBoxLayout *page, QWidget *aboveReach)
{
    m_page = page;
    m_aboveReach = aboveReach;
}

bool KioskLayout::isPortrait() const
{
    return m_window->height() > m_window->width();
}

void KioskLayout::applyTheme()
{
    const VisitorSession *session = m_window->session();
    const Theme theme = Theme::forSize(m_window->width(), m_window->height(), session->textSize(),
                                       session->highContrast());
    if (theme == m_theme && !m_styler->sheet().isEmpty())
        return;
    m_theme = theme;
    Theme::setCurrent(theme);
    // What a visitor's tap changes is styled in sight at once and elsewhere later, within a
    // frame or two; anything else (start, a new size, a reset) styles everything now.
    TopBar *bar = m_window->topBar();
    if (bar->isTapping())
        m_styler->applyInSight(theme.styleSheet());
    else
        m_styler->apply(theme.styleSheet());
    m_window->update(); // the window's own background, drawn there
    bar->applyTheme(theme);
    Screen *screen = m_window->currentScreen();
    bar->setTitle(screen ? screen->title() : QString());
}

void KioskLayout::textSizeChanged()
{
    m_window->topBar()->placeTitle(isPortrait());
    applyTheme();
    // The keyboard sizes itself by the new theme; the screen under it lays itself out for
    // the keyboard at the new size. The switches stay where the visitor's finger is.
    if (m_window->isKeyboardShowing() && m_window->currentScreen())
        m_window->currentScreen()->setKeyboardUp(true);
}

void KioskLayout::resized()
{
    for (Screen *screen : m_window->screens())
        screen->setPortrait(isPortrait());
    m_window->topBar()->placeTitle(isPortrait());
    applyTheme();
    if (m_window->isKeyboardShowing())
        m_window->keyboardHost()->place();
    placeBar();
    applyReach();
}

void KioskLayout::placeBar()
{
    if (m_page) // built
        m_window->topBar()->placeIn(m_page, isPortrait());
}

QRect KioskLayout::reachArea() const
{
    // Within reach on a tall screen: nothing above the lower 60 % of its height.
    const bool on = m_window->session()->withinReach() && isPortrait();
    const QRect all = m_window->rect();
    return on ? all.adjusted(0, m_window->height() * 2 / 5, 0, 0) : all;
}

void KioskLayout::applyReach()
{
    // Above the reach only what nobody needs to touch: the sample-data banner, at the foot
    // of the space, and nothing else.
    if (!m_page)
        return; // still being built
    const int top = reachArea().top();
    m_aboveReach->setFixedHeight(top);
    m_aboveReach->setVisible(top > 0);
    PlainLabel *banner = m_window->sampleBanner();
    const bool bannerAbove = m_aboveReach->isAncestorOf(banner);
    if (top > 0 && !bannerAbove) {
        m_page->removeWidget(banner);
        static_cast<QBoxLayout *>(m_aboveReach->layout())->addWidget(banner, 0, Qt::AlignBottom);
    } else if (top == 0 && bannerAbove) {
        m_aboveReach->layout()->removeWidget(banner);
        m_page->insertWidget(m_page->indexOf(m_window->topBar()) == 0 ? 1 : 0, banner);
    }
    banner->setVisible(m_catalogue->info().sample);
    m_window->prompt()->setGeometry(reachArea());
    if (m_window->isKeyboardShowing())
        m_window->keyboardHost()->place();
}
