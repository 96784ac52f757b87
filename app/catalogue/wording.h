#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// The words the screens use for counts, kinds of role and dates, in one place.
class Wording
{
    Q_DECLARE_TR_FUNCTIONS(Wording)
public:
    static QString vacancies(int count);
    static QString openVacancies(int count);
    static QString kindName(const QString &kind); // "Police officer" / "Police staff"
    static QString longDate(const QDate &date);   // "Thursday 3 December 2026"
    static QString timeLeft(const QDate &closing, const QDate &today);
    static bool closesSoon(const QDate &closing, const QDate &today);
};
