#include "speechcontrols.h"

#include "flowlayout.h"
#include "narration.h"
#include "narrator.h"
#include "theme.h"

#include <QEvent>
#include <QPushButton>

SpeechControls::SpeechControls(Narrator *narrator, QWidget *parent)
    : QWidget(parent), m_narrator(narrator), m_slower(new QPushButton(tr("Slower"))),
      m_faster(new QPushButton(tr("Faster"))), m_quieter(new QPushButton(tr("Quieter"))),
      m_louder(new QPushButton(tr("Louder")))
{
    // Wrapped onto a second line when larger text makes the four wider than the screen.
    auto *layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {m_slower, m_faster, m_quieter, m_louder}) {
        button->setProperty("kiosk", QStringLiteral("nav"));
        layout->addWidget(button);
    }
    m_slower->setAccessibleName(tr("Speak slower"));
    m_faster->setAccessibleName(tr("Speak faster"));
    m_quieter->setAccessibleName(tr("Speak more quietly"));
    m_louder->setAccessibleName(tr("Speak louder"));
    connect(m_slower, &QPushButton::clicked, this, [this] { rateChange(-1); });
    connect(m_faster, &QPushButton::clicked, this, [this] { rateChange(+1); });
    connect(m_quieter, &QPushButton::clicked, this, [this] { volumeChange(-1); });
    connect(m_louder, &QPushButton::clicked, this, [this] { volumeChange(+1); });
    setVisible(narrator->isEnabled());
    connect(narrator, &Narrator::enabledChanged, this, &QWidget::setVisible);
}

void SpeechControls::rateChange(int delta)
{
    m_narrator->changeRate(delta);
    m_narrator->interrupt(Narration::rate(m_narrator->rate(), Narrator::steps));
}

void SpeechControls::volumeChange(int delta)
{
    m_narrator->changeVolume(delta);
    m_narrator->interrupt(Narration::volume(m_narrator->volume(), Narrator::steps));
}

void SpeechControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        layout()->setSpacing(Theme::current().px(16));
    QWidget::changeEvent(event);
}
