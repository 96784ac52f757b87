#include "recordingspeaker.h"

void RecordingSpeaker::say(const QString &text)
{
    m_current << text;
    m_all << text;
}

void RecordingSpeaker::stop()
{
    m_current.clear();
    ++m_stops;
}

void RecordingSpeaker::clear()
{
    m_current.clear();
    m_all.clear();
}
