#pragma once

#include "speaker.h"

#include <QStringList>

// A speaker without sound for the tests: it keeps what would have been said since the last
// stop(), and everything ever said.
class RecordingSpeaker : public Speaker
{
    Q_OBJECT
public:
    using Speaker::Speaker;

    void say(const QString &text) override;
    void stop() override;
    void setRate(double rate) override { m_rate = rate; }
    void setVolume(double volume) override { m_volume = volume; }

    // What is being said now: everything since the last stop().
    QStringList current() const { return m_current; }
    QStringList all() const { return m_all; }
    QString allText() const { return m_all.join(QLatin1Char('\n')); }
    void clear();
    int stops() const { return m_stops; }
    double rate() const { return m_rate; }
    double volume() const { return m_volume; }

private:
    QStringList m_current;
    QStringList m_all;
    int m_stops = 0;
    double m_rate = 0;
    double m_volume = 1;
};
