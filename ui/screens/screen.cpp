#include "screen.h"

#include "kineticscroll.h"
#include "theme.h"

#include <QEvent>
#include <QScrollArea>
#include <QVBoxLayout>

Screen::Screen(QWidget *parent)
    : QWidget(parent), m_scroll(new QScrollArea(this)), m_content(new QVBoxLayout)
{
    setObjectName(QStringLiteral("screen"));
    // No background of its own: the window's, painted behind every screen, shows through. A
    // full-screen fill more each frame cost a millisecond or two at 1080p.
    auto *inner = new QWidget;
    inner->setLayout(m_content);
    m_scroll->setWidget(inner);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // What is behind shows through, styled or not: a screen that is only a container for the
    // window's styler (see containers()) has no sheet to make its view transparent.
    m_scroll->viewport()->setAutoFillBackground(false);
    inner->setAutoFillBackground(false); // set by setWidget
    KineticScroll::enable(m_scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
}

void Screen::setPortrait(bool portrait)
{
    if (portrait != m_portrait) {
        m_portrait = portrait;
        orientationChanged();
    }
}

void Screen::scrollToTop()
{
    KineticScroll::stop(m_scroll);
}

void Screen::applyTheme(const Theme &theme)
{
    m_content->setContentsMargins(theme.px(56), theme.px(40), theme.px(56), theme.px(48));
    m_content->setSpacing(theme.px(24));
}

void Screen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange) {
        applyTheme(Theme::current());
        fitToView();
    }
    QWidget::changeEvent(event);
}

void Screen::layOutNow()
{
    QWidget *page = m_scroll->widget();
    const QSize room = m_scroll->viewport()->size();
    page->resize(room.width(),
                 qMax(room.height(), page->layout()->totalHeightForWidth(room.width())));
    page->layout()->activate();
}

void Screen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitToView();
}

void Screen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitToView();
}
