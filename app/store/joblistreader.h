#pragma once

#include "records.h"

#include <QList>
#include <QSqlDatabase>

// Reads the vacancy list's rows through SQLite's own interface rather than QSqlQuery, whose
// QVariant for every field made reading 20,000 jobs take most of the time a list may take to
// appear. Values that repeat (capability, kind, place, salary) share one string.
class JobListReader
{
public:
    // The columns `sql` selects, in this order: reference, title, capability_id, kind,
    // location, salary, closing_date, summary; its one parameter is `today` (yyyy-mm-dd).
    // False, with `error` set, when it cannot.
    static bool read(const QSqlDatabase &db, const QString &sql, const QString &today,
                     QList<Job> *jobs, QString *error);
};
