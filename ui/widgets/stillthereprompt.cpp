#include "stillthereprompt.h"

#include "idlemonitor.h"
#include "plainlabel.h"
#include "theme.h"

#include <QEvent>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

StillTherePrompt::StillTherePrompt(QWidget *parent)
    : QWidget(parent), m_box(new QWidget), m_countdown(new PlainLabel({}, "onDark")),
      m_button(new QPushButton(tr("Yes, I'm still here")))
{
    m_box->setObjectName(QStringLiteral("prompt"));
    m_box->setAttribute(Qt::WA_StyledBackground);
    auto *box = new QVBoxLayout(m_box);
    auto *heading = new PlainLabel(tr("Still there?"), "display");
    heading->setAlignment(Qt::AlignCenter);
    m_countdown->setAlignment(Qt::AlignCenter);
    box->addWidget(heading);
    box->addWidget(m_countdown);
    box->addWidget(m_button, 0, Qt::AlignHCenter);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch();
    outer->addWidget(m_box);
    outer->addStretch();
    m_button->setAccessibleName(tr("Yes, I'm still here: keep going"));
    connect(m_button, &QPushButton::clicked, this, &StillTherePrompt::stillHere);
}

void StillTherePrompt::setSecondsLeft(int seconds)
{
    m_countdown->setText(
        tr("The kiosk will start again for the next visitor in %n seconds.", nullptr, seconds));
}

void StillTherePrompt::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Theme::current().colours().veil);
}

void StillTherePrompt::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange) {
        const Theme &theme = Theme::current();
        const int margin = theme.px(64);
        m_box->layout()->setContentsMargins(margin, margin, margin, margin);
        m_box->layout()->setSpacing(theme.px(32));
        layout()->setContentsMargins(theme.px(96), 0, theme.px(96), 0);
        m_button->setMinimumSize(theme.px(560), theme.touchTarget() * 3 / 2);
    }
    QWidget::changeEvent(event);
}

void StillTherePrompt::follow(IdleMonitor *idle)
{
    connect(idle, &IdleMonitor::warningStarted, this, [this] {
        show();
        raise();
    });
    connect(idle, &IdleMonitor::secondsLeftChanged, this, &StillTherePrompt::setSecondsLeft);
    connect(idle, &IdleMonitor::warningCancelled, this, &QWidget::hide);
    connect(this, &StillTherePrompt::stillHere, idle, &IdleMonitor::activity);
}
