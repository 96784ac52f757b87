#include "standpanel.h"

#include "chipgroup.h"
#include "clock.h"
#include "kiosksettings.h"
#include "openinghours.h"
#include "plainlabel.h"

#include <QLayout>
#include <QPushButton>

namespace
{

// The hours most stands keep; any others are set with careers-kiosk --opening-hours.
const QStringList commonHours = {
    QStringLiteral("Mon-Fri 09:00-17:00"), QStringLiteral("Mon-Fri 09:00-17:00; Sat 10:00-16:00"),
    QStringLiteral("Daily 09:00-17:00"), QStringLiteral("Daily 10:00-18:00")};

} // namespace

StandPanel::StandPanel(KioskSettings *settings, Clock *clock, QWidget *parent)
    : Panel(tr("Opening hours and the self-test"), {}, parent), m_settings(settings),
      m_clock(clock), m_state(new PlainLabel({}, "body")), m_hours(new ChipGroup(tr("Open"))),
      m_error(new PlainLabel({}, "body")), m_test(new QPushButton(tr("Test this kiosk")))
{
    m_test->setAccessibleName(m_test->text());
    m_test->setObjectName(QStringLiteral("selfTest"));
    layout()->addWidget(m_state);
    layout()->addWidget(m_hours);
    layout()->addWidget(m_error);
    layout()->addWidget(new PlainLabel(tr("Before the doors open, check the touch screen, the "
                                          "sound, the keypad, the clock and the data in about "
                                          "two minutes."),
                                       "body"));
    layout()->addWidget(m_test, 0, Qt::AlignLeft);
    m_error->hide();
    connect(m_hours, &ChipGroup::chosen, this, &StandPanel::choose);
    connect(m_test, &QPushButton::clicked, this, &StandPanel::selfTestRequested);
    connect(m_settings, &KioskSettings::openingHoursChanged, this, &StandPanel::refresh);
    refresh();
}

QString StandPanel::hoursText() const
{
    return m_state->plainText();
}

void StandPanel::refresh()
{
    const OpeningHours hours = OpeningHours::parse(m_settings->openingHours());
    const QDateTime now = m_clock->now();
    if (hours.isAlwaysOpen()) {
        m_state->setText(tr("Open at all hours. Outside opening hours the kiosk shows a closed "
                            "screen, switches the display off where it can and counts nobody."));
    } else {
        const QDateTime change = hours.nextChange(now);
        const QString when = change.toString(QStringLiteral("HH:mm dddd"));
        m_state->setText(
            hours.isOpenAt(now)
                ? tr("Opening hours: %1. Open now; closes at %2.").arg(hours.text(), when)
                : tr("Opening hours: %1. Closed now; opens at %2.").arg(hours.text(), when));
    }
    // The chips are made again only when the hours change: made again as the staff screen
    // opens, they would lay the screen out anew under the lists below them.
    if (m_chipsFor == hours.text())
        return;
    m_chipsFor = hours.text();
    QList<QPair<QString, QString>> choices{{tr("All hours"), QString()}};
    QStringList values = commonHours;
    if (!hours.isAlwaysOpen() && !values.contains(hours.text()))
        values << hours.text(); // set on the command line: kept as a choice
    for (const QString &value : std::as_const(values))
        choices.append({value, value});
    m_hours->setChoices(choices);
    m_hours->setValue(hours.text());
}

void StandPanel::choose(const QString &hours)
{
    QString error;
    const bool ok = m_settings->setOpeningHours(hours, &error);
    m_error->setText(ok ? QString() : tr("Not changed: %1.").arg(error));
    m_error->setVisible(!ok);
    refresh();
}
