#include "eventreport.h"

#include "countsmerger.h"
#include "interestnames.h"
#include "intereststats.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace
{

const QString visitorsKind = QStringLiteral("visitors");
const QString hourKind = QStringLiteral("hour");

// The order a manager reads the sections in; kinds not named here follow, by name.
const QStringList sectionOrder = {QStringLiteral("capability"),    QStringLiteral("job"),
                                  QStringLiteral("code"),          QStringLiteral("finder"),
                                  QStringLiteral("finder-result"), QStringLiteral("faq"),
                                  QStringLiteral("feature"),       QStringLiteral("screen")};

int sectionRank(const QString &kind)
{
    const qsizetype at = sectionOrder.indexOf(kind);
    return at < 0 ? int(sectionOrder.size()) : int(at);
}

bool isHour(const QString &key)
{
    static const QRegularExpression shape(QStringLiteral("^([01][0-9]|2[0-3])$"));
    return shape.match(key).hasMatch();
}

qint64 sum(const QList<qint64> &counts)
{
    qint64 total = 0;
    for (qint64 count : counts)
        total += count;
    return total;
}

} // namespace

EventReport::EventReport(const QDate &from, const QDate &to, const QStringList &kiosks,
                         const QList<Row> &rows)
    : m_from(from), m_to(to.isValid() && to >= from ? to : from), m_kiosks(kiosks)
{
    if (m_from.daysTo(m_to) >= maxDays)
        m_to = m_from.addDays(maxDays - 1);
    m_kiosks.sort();
    for (const Row &row : rows) {
        if (!m_kiosks.contains(row.kiosk))
            m_kiosks.insert(std::lower_bound(m_kiosks.begin(), m_kiosks.end(), row.kiosk),
                            row.kiosk);
    }
    const QList<qint64> zeros(m_kiosks.size(), 0);
    for (QDate day = m_from; day <= m_to; day = day.addDays(1))
        m_visitorsByDay.insert(day, zeros);
    for (const Row &row : rows) {
        if (row.day < m_from || row.day > m_to || row.count <= 0)
            continue;
        if (row.kind == hourKind && !isHour(row.key))
            continue; // not an hour of the day: nothing a chart of hours could show
        const qsizetype column = m_kiosks.indexOf(row.kiosk);
        if (row.kind == visitorsKind) {
            m_visitorsByDay[row.day][column] += row.count;
            continue;
        }
        QList<qint64> &counts = m_totals[row.kind][row.key];
        if (counts.isEmpty())
            counts = zeros;
        counts[column] += row.count;
    }
}

EventReport EventReport::fromStats(const InterestStats &stats, const QString &kiosk,
                                   const QDate &from, const QDate &to)
{
    QList<Row> rows;
    for (const InterestStats::Count &count : stats.counts()) {
        if (count.day >= from && count.day <= to)
            rows.append({count.day, count.kind, count.key, kiosk, count.count});
    }
    return EventReport(from, to, {kiosk}, rows);
}

EventReport EventReport::fromMerger(const CountsMerger &merger, const QDate &from, const QDate &to)
{
    EventReport report(from, to, merger.kiosks(), merger.rows());
    report.noteGaps(merger.daysByKiosk());
    return report;
}

void EventReport::noteGaps(const QMap<QString, QSet<QDate>> &daysByKiosk)
{
    // A kiosk that sent no file for a day was off, or could not reach the folder: its zero
    // that day is not a count, and the report says so rather than passing it off as one.
    for (const QString &kiosk : std::as_const(m_kiosks)) {
        for (QDate day = m_from; day <= m_to; day = day.addDays(1)) {
            if (!daysByKiosk.value(kiosk).contains(day))
                m_gaps << tr("%1 sent no counts for %2")
                              .arg(kiosk,
                                   QLocale().toString(day, QStringLiteral("dddd d MMMM yyyy")));
        }
    }
}

QString EventReport::rangeText() const
{
    const QLocale locale;
    const QString format = QStringLiteral("d MMMM yyyy");
    if (m_from == m_to)
        return locale.toString(m_from, format);
    return tr("%1 to %2").arg(locale.toString(m_from, format), locale.toString(m_to, format));
}

qint64 EventReport::visitors() const
{
    qint64 total = 0;
    for (const QList<qint64> &counts : m_visitorsByDay)
        total += sum(counts);
    return total;
}

QList<EventReport::Line> EventReport::visitorsByDay() const
{
    QList<Line> lines;
    for (auto day = m_visitorsByDay.cbegin(); day != m_visitorsByDay.cend(); ++day) {
        lines.append({day.key().toString(Qt::ISODate),
                      QLocale().toString(day.key(), QStringLiteral("ddd d MMM")), day.value(),
                      sum(day.value())});
    }
    return lines;
}

QList<EventReport::Line> EventReport::hours() const
{
    const QMap<QString, QList<qint64>> byHour = m_totals.value(hourKind);
    QList<Line> lines;
    if (byHour.isEmpty())
        return lines;
    // Every hour between the first and the last with visitors, so that a quiet hour shows.
    const int first = byHour.firstKey().toInt();
    const int last = byHour.lastKey().toInt();
    for (int hour = first; hour <= last; ++hour) {
        const QString key = QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0'));
        lines.append(lineOf(hourKind, key));
    }
    return lines;
}

QString EventReport::busiestHour() const
{
    const QList<Line> lines = hours();
    const auto most =
        std::max_element(lines.cbegin(), lines.cend(),
                         [](const Line &a, const Line &b) { return a.total < b.total; });
    return most == lines.cend() ? QString() : most->name;
}

EventReport::Line EventReport::lineOf(const QString &kind, const QString &key,
                                      const QString &name) const
{
    QList<qint64> counts = m_totals.value(kind).value(key);
    if (counts.isEmpty())
        counts = QList<qint64>(m_kiosks.size(), 0);
    return {key, name.isEmpty() ? this->name(kind, key) : name, counts, sum(counts)};
}

QList<EventReport::Section> EventReport::sections() const
{
    QStringList kinds;
    for (auto kind = m_totals.cbegin(); kind != m_totals.cend(); ++kind) {
        if (kind.key() != hourKind)
            kinds << kind.key();
    }
    std::stable_sort(kinds.begin(), kinds.end(), [](const QString &a, const QString &b) {
        return std::make_pair(sectionRank(a), a) < std::make_pair(sectionRank(b), b);
    });
    QList<Section> sections;
    for (const QString &kind : std::as_const(kinds)) {
        Section section{kind, title(kind), {}};
        const QMap<QString, QList<qint64>> keys = m_totals.value(kind);
        for (auto key = keys.cbegin(); key != keys.cend(); ++key)
            section.lines.append(lineOf(kind, key.key()));
        std::stable_sort(section.lines.begin(), section.lines.end(),
                         [](const Line &a, const Line &b) { return a.total > b.total; });
        sections.append(section);
    }
    return sections;
}

QString EventReport::title(const QString &kind)
{
    // The report's own words for what a manager reads first; the staff screen's headings for
    // the rest, and a kind's own name for one that neither knows.
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("capability"), QT_TR_NOOP("Kinds of work looked at")},
        {QStringLiteral("job"), QT_TR_NOOP("Jobs opened")},
        {QStringLiteral("code"), QT_TR_NOOP("Jobs and links taken away (QR code shown)")},
        {QStringLiteral("finder"), QT_TR_NOOP("The role finder")},
        {QStringLiteral("finder-result"), QT_TR_NOOP("The finder's results")},
        {QStringLiteral("faq"), QT_TR_NOOP("Questions opened")},
        {QStringLiteral("feature"), QT_TR_NOOP("Accessibility features used")},
        {QStringLiteral("screen"), QT_TR_NOOP("Screens opened")},
    };
    const char *text = titles.value(kind);
    return text ? tr(text) : InterestNames::kindHeading(kind);
}

QString EventReport::name(const QString &kind, const QString &key) const
{
    if (kind == hourKind)
        return InterestNames::hourName(key);
    if (kind == QLatin1String("feature"))
        return InterestNames::featureName(key);
    if (kind == QLatin1String("screen") || kind == QLatin1String("screen-opens"))
        return InterestNames::screenName(key);
    if (kind == QLatin1String("finder") && key == QLatin1String("started"))
        return tr("Visitors who started it");
    if (kind == QLatin1String("finder") && key == QLatin1String("finished"))
        return tr("Visitors who finished it");
    const QString named = m_namer ? m_namer(kind, key) : QString();
    return named.isEmpty() ? key : named;
}
