#include "kioskpages.h"

KioskPages::KioskPages(QWidget *attract, QWidget *parent) : QStackedWidget(parent)
{
    addWidget(attract);
    connect(this, &QStackedWidget::currentChanged, this, &KioskPages::onlyShownPageTakesRoom);
}

void KioskPages::hold(QWidget *mainPage, QWidget *staff)
{
    m_main = mainPage;
    m_staff = staff;
    onlyShownPageTakesRoom();
}

bool KioskPages::addHeld()
{
    if (m_added)
        return false;
    m_added = true;
    addWidget(m_main);
    if (m_staff)
        addWidget(m_staff);
    onlyShownPageTakesRoom();
    return true;
}

void KioskPages::deleteHeld()
{
    if (m_added)
        return;
    delete m_main;
    delete m_staff;
    m_main = nullptr;
    m_staff = nullptr;
}

void KioskPages::onlyShownPageTakesRoom()
{
    // Only the page shown asks for room: the attract screen's invitation or the staff
    // screen's buttons, laid out for larger text while hidden, must not widen the window.
    for (int i = 0; i < count(); ++i) {
        const auto policy =
            widget(i) == currentWidget() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        widget(i)->setSizePolicy(policy, policy);
    }
}
