#pragma once

#include "records.h"

#include <QDate>
#include <QTimeZone>

// The shipped sample data must never run out of open vacancies, whatever year the kiosk is
// switched on. So a sample bundle's closing dates are read as days after its publication
// day and shown as that many days after today; real bundles keep their dates as written.
class SampleDates
{
public:
    SampleDates() = default;
    SampleDates(const StoreInfo &info, const QDate &today, const QTimeZone &zone);

    // How many days every closing date moves: 0 for real vacancies.
    int shift() const { return m_shift; }
    // The day the store's own dates must be compared with to mean `today`.
    QDate storeDay(const QDate &today) const { return today.addDays(-m_shift); }
    Job shown(Job job) const;

private:
    int m_shift = 0;
};
