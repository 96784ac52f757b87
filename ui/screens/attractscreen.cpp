#include "attractscreen.h"

#include "catalogue.h"
#include "plainlabel.h"
#include "theme.h"

#include <QKeyEvent>
#include <QVBoxLayout>

AttractScreen::AttractScreen(Catalogue *catalogue, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_layout(new QVBoxLayout(this)),
      m_unit(new PlainLabel(tr("South East Regional Organised Crime Unit"), "onDark")),
      m_question(new PlainLabel(tr("Could you help stop serious and organised crime?"), "display")),
      m_highlightName(new PlainLabel({}, "display")), m_highlightText(new PlainLabel({}, "onDark")),
      m_dots(new PlainLabel({}, "onDark")),
      m_invite(new PlainLabel(tr("Touch the screen to explore careers"), "invite")),
      m_sample(
          new PlainLabel(tr("The vacancies in this kiosk are examples (sample data)."), "onDark"))
{
    setObjectName(QStringLiteral("attract"));
    setAttribute(Qt::WA_StyledBackground);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Welcome screen. Touch to start."));
    m_layout->addWidget(m_unit);
    m_layout->addStretch(2);
    m_layout->addWidget(m_question);
    m_layout->addStretch(1);
    m_layout->addWidget(m_highlightName);
    m_layout->addWidget(m_highlightText);
    m_layout->addWidget(m_dots);
    m_layout->addStretch(2);
    m_layout->addWidget(m_invite, 0, Qt::AlignHCenter);
    m_layout->addWidget(m_sample);
    m_invite->setWordWrap(false);
    m_invite->setMinimumWidth(1); // until fitInvite() knows the screen's width
    m_invite->setAlignment(Qt::AlignCenter);
    m_sample->setAlignment(Qt::AlignCenter);
    m_rotation.setInterval(6000);
    connect(&m_rotation, &QTimer::timeout, this, [this] { showHighlight(m_index + 1); });
    refresh();
}

void AttractScreen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitInvite();
}

// The invitation is a centred pill on one line; words too long for the screen (a longer
// translation) wrap across its whole width rather than widen the window, from then on.
void AttractScreen::fitInvite()
{
    const QMargins margins = m_layout->contentsMargins();
    if (m_invite->wordWrap() ||
        m_invite->sizeHint().width() <= width() - margins.left() - margins.right())
        return;
    m_invite->setWordWrap(true);
    m_layout->setAlignment(m_invite, Qt::Alignment());
}

void AttractScreen::refresh()
{
    m_sample->setVisible(m_catalogue->info().sample);
    showHighlight(0);
}

void AttractScreen::showHighlight(int index)
{
    const QList<Capability> &capabilities = m_catalogue->capabilities();
    if (capabilities.isEmpty())
        return;
    m_index = index % int(capabilities.size());
    m_highlightName->setText(capabilities.at(m_index).name);
    m_highlightText->setText(capabilities.at(m_index).summary);
    QString dots;
    for (int i = 0; i < capabilities.size(); ++i)
        dots += i == m_index ? QChar(0x25CF) : QChar(0x25CB);
    m_dots->setText(dots);
}

void AttractScreen::mousePressEvent(QMouseEvent *)
{
    m_pressed = true;
}

void AttractScreen::mouseReleaseEvent(QMouseEvent *)
{
    // Waking on release means press and release both land here, never on the next screen.
    if (m_pressed) {
        m_pressed = false;
        emit woken();
    }
}

void AttractScreen::keyPressEvent(QKeyEvent *event)
{
    event->accept();
    emit woken();
}

void AttractScreen::showEvent(QShowEvent *event)
{
    m_pressed = false;
    m_rotation.start();
    QWidget::showEvent(event);
}

void AttractScreen::hideEvent(QHideEvent *event)
{
    m_rotation.stop();
    QWidget::hideEvent(event);
}

void AttractScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange) {
        const Theme &theme = Theme::current();
        m_layout->setContentsMargins(theme.px(96), theme.px(72), theme.px(96), theme.px(72));
        m_layout->setSpacing(theme.px(24));
    }
    QWidget::changeEvent(event);
}
