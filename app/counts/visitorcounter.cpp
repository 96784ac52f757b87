#include "visitorcounter.h"

#include "clock.h"
#include "intereststats.h"

QStringList VisitorCounter::openedKinds()
{
    using Kind = InterestStats::Kind;
    return {InterestStats::kindName(Kind::Screen), InterestStats::kindName(Kind::Capability),
            InterestStats::kindName(Kind::Job),    InterestStats::kindName(Kind::Code),
            InterestStats::kindName(Kind::Finder), InterestStats::kindName(Kind::FinderResult),
            InterestStats::kindName(Kind::Faq)};
}

QStringList VisitorCounter::featureNames()
{
    return {largerText(), highContrast(), withinReach(), readAloud(), keypad()};
}

VisitorCounter::VisitorCounter(InterestStats *stats, const Clock *clock, QObject *parent)
    : QObject(parent), m_stats(stats), m_clock(clock)
{
}

void VisitorCounter::setClosed(bool closed)
{
    m_closed = closed;
    if (closed)
        visitorEnded(); // what the last visitor opened is theirs, counted already
}

void VisitorCounter::visitorStarted()
{
    if (m_visiting)
        visitorEnded(); // the last one's reset never came: this is someone new
    if (m_closed)
        return; // a cleaner's touch, or staff setting up: nobody to count
    m_visiting = true;
    m_day = m_clock->today();
    m_stats->record(InterestStats::Kind::Visitors, InterestStats::visitorsKey(), m_day);
    // The hour alone, as a daily total beside the others: when the stand was busy, never when
    // any one visitor came.
    m_stats->record(InterestStats::Kind::Hour, hourKey(m_clock->now().time()), m_day);
}

QString VisitorCounter::hourKey(const QTime &time)
{
    return QStringLiteral("%1").arg(time.hour(), 2, 10, QLatin1Char('0'));
}

void VisitorCounter::opened(const QString &kind, const QString &key)
{
    if (!m_visiting || !openedKinds().contains(kind))
        return;
    countOnce(int(*InterestStats::kindOf(kind)), key);
}

void VisitorCounter::featureUsed(const QString &name)
{
    if (!m_visiting || !featureNames().contains(name))
        return;
    countOnce(int(InterestStats::Kind::Feature), name);
}

void VisitorCounter::visitorEnded()
{
    m_visiting = false;
    m_day = {};
    m_counted = {}; // not clear(): nothing of this visitor stays, not even the table's size
}

void VisitorCounter::countOnce(int kind, const QString &key)
{
    if (key.isEmpty())
        return;
    const QString item = QString::number(kind) + QLatin1Char(' ') + key;
    if (m_counted.contains(item))
        return;
    m_counted.insert(item);
    m_stats->record(InterestStats::Kind(kind), key, m_day);
}
