#pragma once

#include "importsummary.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

// The words the screens use for counts, kinds of role and dates, in one place.
class Wording
{
    Q_DECLARE_TR_FUNCTIONS(Wording)
public:
    static QString vacancies(int count);
    static QString openVacancies(int count);
    static QString kindName(const QString &kind); // "Police officer" / "Police staff"
    static QString longDate(const QDate &date);   // "Thursday 3 December 2026"
    // An ISO 8601 time as staff read it, in `zone`: "25 November 2026 at 09:00". Text that is
    // not such a time comes back as it is.
    static QString dateAndTime(const QString &iso, const QTimeZone &zone);
    // What a bundle changes, as staff read it on the screen, the stick's report and the
    // command line: its publication time in words.
    static QString importSummary(ImportSummary summary, const QTimeZone &zone);
    static QString timeLeft(const QDate &closing, const QDate &today);
    static bool closesSoon(const QDate &closing, const QDate &today);
};
