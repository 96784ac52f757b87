#pragma once

#include "panel.h"

class ChipGroup;
class Clock;
class KioskSettings;
class PlainLabel;
class QPushButton;

// Getting the stand ready: the opening hours (the kiosk shows a closed screen outside them),
// chosen from the common ones or kept as set with careers-kiosk --opening-hours, and the
// self-test that staff run before the doors open.
class StandPanel : public Panel
{
    Q_OBJECT
public:
    StandPanel(KioskSettings *settings, Clock *clock, QWidget *parent = nullptr);

    void refresh();
    QString hoursText() const;
    ChipGroup *hoursChoice() const { return m_hours; }
    QPushButton *testButton() const { return m_test; }

signals:
    void selfTestRequested();

private:
    void choose(const QString &hours);

    KioskSettings *m_settings;
    Clock *m_clock;
    PlainLabel *m_state;
    ChipGroup *m_hours;
    PlainLabel *m_error;
    QPushButton *m_test;
    QString m_chipsFor = QStringLiteral("-"); // the hours the chips were made for
};
