#pragma once

#include "countsmerger.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>

class InterestStats;

// How an event went, from the anonymous daily counts of one kiosk or of a fleet: visitors by
// day, the busiest hours, and what visitors looked at, took away and used, kind by kind, with
// a column per kiosk. Only sums of daily totals: nothing is about any one visitor. Kinds without
// a title here are shown under their own name, so that what a newer kiosk counts is never
// dropped from the report.
class EventReport
{
    Q_DECLARE_TR_FUNCTIONS(EventReport)
public:
    using Row = CountsMerger::Row; // a day's count of one item at one kiosk
    struct Line {
        QString key;
        QString name;
        QList<qint64> byKiosk; // in kiosks() order
        qint64 total = 0;
    };
    struct Section {
        QString kind;
        QString title;
        QList<Line> lines; // most first
    };
    using Namer = std::function<QString(const QString &kind, const QString &key)>;
    // A longer range is cut to its first year: a report, not an archive.
    static constexpr int maxDays = 366;

    EventReport(const QDate &from, const QDate &to, const QStringList &kiosks,
                const QList<Row> &rows);
    // One kiosk's own counts, in a column named `kiosk`.
    static EventReport fromStats(const InterestStats &stats, const QString &kiosk,
                                 const QDate &from, const QDate &to);
    // A fleet's, as the watched folder's counts files hold them; a kiosk's missing day is named.
    static EventReport fromMerger(const CountsMerger &merger, const QDate &from, const QDate &to);

    // Names for ids (a capability's, a job's title); kinds it leaves out keep the report's own.
    void setNamer(const Namer &namer) { m_namer = namer; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    int days() const { return int(m_from.daysTo(m_to)) + 1; }
    QStringList kiosks() const { return m_kiosks; }
    // "8 December 2026" or "6 to 8 December 2026".
    QString rangeText() const;

    qint64 visitors() const;
    // Every day of the range, a day without visitors as 0; key: the ISO day.
    QList<Line> visitorsByDay() const;
    // By the hour visits started, from the first hour with a visitor to the last; key "09".
    QList<Line> hours() const;
    // The hour with most visitors ("11:00 to 11:59"), or nothing without any.
    QString busiestHour() const;
    // Every other kind present, in reading order, then any others by name.
    QList<Section> sections() const;
    // "kiosk-2 sent no counts for Tuesday 9 December 2026", for each kiosk's missing day.
    QStringList gaps() const { return m_gaps; }

    static QString title(const QString &kind);
    QString name(const QString &kind, const QString &key) const;

private:
    Line lineOf(const QString &kind, const QString &key, const QString &name = {}) const;
    void noteGaps(const QMap<QString, QSet<QDate>> &daysByKiosk);

    QDate m_from;
    QDate m_to;
    QStringList m_kiosks;
    // kind -> key -> counts by kiosk (in m_kiosks order), over the range
    QMap<QString, QMap<QString, QList<qint64>>> m_totals;
    QMap<QDate, QList<qint64>> m_visitorsByDay;
    QStringList m_gaps;
    Namer m_namer;
};
