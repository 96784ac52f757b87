#include "sampledates.h"

SampleDates::SampleDates(const StoreInfo &info, const QDate &today, const QTimeZone &zone)
{
    if (!info.sample)
        return;
    const QDateTime published = QDateTime::fromString(info.publishedAt, Qt::ISODate);
    if (published.isValid())
        m_shift = int(published.toTimeZone(zone).date().daysTo(today));
}

Job SampleDates::shown(Job job) const
{
    job.closingDate = job.closingDate.addDays(m_shift);
    return job;
}
