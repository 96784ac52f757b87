#include "wording.h"

#include <QLocale>

QString Wording::vacancies(int count)
{
    return tr("%n vacancies", nullptr, count);
}

QString Wording::openVacancies(int count)
{
    return tr("%n open vacancies", nullptr, count);
}

QString Wording::kindName(const QString &kind)
{
    return kind == QLatin1String("officer") ? tr("Police officer") : tr("Police staff");
}

QString Wording::longDate(const QDate &date)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

QString Wording::dateAndTime(const QString &iso, const QTimeZone &zone)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODate);
    if (!when.isValid())
        return iso;
    const QDateTime local = when.toTimeZone(zone);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    return tr("%1 at %2")
        .arg(english.toString(local.date(), QStringLiteral("d MMMM yyyy")),
             english.toString(local.time(), QStringLiteral("HH:mm")));
}

QString Wording::importSummary(ImportSummary summary, const QTimeZone &zone)
{
    summary.publishedAt = dateAndTime(summary.publishedAt, zone);
    return summary.text();
}

QString Wording::timeLeft(const QDate &closing, const QDate &today)
{
    const qint64 days = today.daysTo(closing);
    if (days < 0)
        return tr("Closed");
    if (days == 0)
        return tr("Closes today: last day to apply");
    return tr("%n days left to apply", nullptr, int(days));
}

bool Wording::closesSoon(const QDate &closing, const QDate &today)
{
    const qint64 days = today.daysTo(closing);
    return days >= 0 && days <= 7;
}
