#include "openinghours.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace
{

constexpr int dayMinutes = 24 * 60;
constexpr int weekMinutes = 7 * dayMinutes;
const char *const dayNames[] = {"monday", "tuesday",  "wednesday", "thursday",
                                "friday", "saturday", "sunday"};

QString shortDay(int day)
{
    const QString name = QString::fromLatin1(dayNames[day % 7]).left(3);
    return name.at(0).toUpper() + name.mid(1);
}

QString hhmm(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString describe(const OpeningHours::Range &range)
{
    const int day = range.start / dayMinutes;
    const int from = range.start % dayMinutes;
    const int to = range.end - day * dayMinutes; // 24:00 at midnight, past it the next day's
    return QStringLiteral("%1 %2-%3")
        .arg(shortDay(day), hhmm(from), hhmm(to > dayMinutes ? to - dayMinutes : to));
}

// 0 for Monday; -1 when `word` is not a day (Mon, Monday, mon...).
int dayIndex(const QString &word)
{
    const QString lower = word.trimmed().toLower();
    for (int day = 0; day < 7; ++day) {
        const QString name = QString::fromLatin1(dayNames[day]);
        if (lower.size() >= 3 && name.startsWith(lower))
            return day;
    }
    return -1;
}

QString notADay(const QString &word)
{
    return QStringLiteral("'%1' is not a day: use Mon, Tue, Wed, Thu, Fri, Sat or Sun")
        .arg(word.trimmed().left(20));
}

// The days a part names, 0 for Monday, or an error.
QString parseDays(const QString &text, QList<int> *days)
{
    if (text.trimmed().compare(QLatin1String("daily"), Qt::CaseInsensitive) == 0) {
        *days = {0, 1, 2, 3, 4, 5, 6};
        return {};
    }
    for (const QString &item : text.split(QLatin1Char(','))) {
        const QStringList ends = item.split(QLatin1Char('-'));
        const int first = dayIndex(ends.first());
        if (first < 0)
            return notADay(ends.first());
        const int last = ends.size() == 2 ? dayIndex(ends.last()) : first;
        if (ends.size() > 2 || last < 0)
            return notADay(ends.size() > 2 ? item : ends.last());
        for (int day = first;; day = (day + 1) % 7) {
            if (!days->contains(day))
                days->append(day);
            if (day == last)
                break;
        }
    }
    return {};
}

// Minutes from midnight, or -1 with `error` set.
int parseTime(const QString &hours, const QString &minutes, bool closing, QString *error)
{
    const int h = hours.toInt();
    const int m = minutes.toInt();
    const QString shown = hours + QLatin1Char(':') + minutes;
    if (h > 24 || (h == 24 && (m != 0 || !closing))) {
        *error = QStringLiteral("%1 is not a time of day: hours run from 00 to 23 (24:00 only "
                                "as a closing time)")
                     .arg(shown);
        return -1;
    }
    if (m > 59) {
        *error = QStringLiteral("%1 is not a time of day: minutes run from 00 to 59").arg(shown);
        return -1;
    }
    return h * 60 + m;
}

} // namespace

OpeningHours OpeningHours::parse(const QString &text, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    why.clear();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        why = QStringLiteral("no opening hours given: write them as \"Mon-Fri 09:00-17:00; Sat "
                             "10:00-16:00\", or off");
    else if (trimmed.size() > maxTextLength)
        why = QStringLiteral("the opening hours are longer than %1 characters").arg(maxTextLength);
    else if (std::any_of(trimmed.begin(), trimmed.end(),
                         [](QChar c) { return c.category() == QChar::Other_Control; }))
        why = QStringLiteral("the opening hours hold a control character");
    QList<Range> ranges;
    const QStringList parts = trimmed.split(QLatin1Char(';'));
    for (int i = 0; why.isEmpty() && i < parts.size(); ++i)
        why = parsePart(parts.at(i), i + 1, &ranges);
    if (why.isEmpty())
        why = checkOverlaps(ranges);
    if (!why.isEmpty())
        return {};
    std::sort(ranges.begin(), ranges.end(),
              [](const Range &a, const Range &b) { return a.start < b.start; });
    OpeningHours hours;
    hours.m_text = trimmed;
    hours.m_ranges = ranges;
    return hours;
}

QString OpeningHours::parsePart(const QString &part, int number, QList<Range> *ranges)
{
    const QString trimmed = part.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("part %1 of the opening hours is empty: remove the extra ';'")
            .arg(number);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const qsizetype gap = trimmed.indexOf(space);
    const QString daysText = gap < 0 ? trimmed : trimmed.left(gap);
    QString timesText = gap < 0 ? QString() : trimmed.mid(gap).remove(space);
    QList<int> days;
    if (const QString why = parseDays(daysText, &days); !why.isEmpty())
        return why;
    if (timesText.isEmpty())
        return QStringLiteral("%1 has no opening times: write them after the day, as in "
                              "'%1 10:00-16:00', or leave the day out")
            .arg(daysText.left(20));
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})$"));
    for (const QString &times : timesText.split(QLatin1Char(','))) {
        const QRegularExpressionMatch match = shape.match(times);
        if (!match.hasMatch())
            return QStringLiteral("'%1' is not a range of times: write it as 09:00-17:00")
                .arg(times.left(20));
        QString why;
        const int from = parseTime(match.captured(1), match.captured(2), false, &why);
        const int to = from < 0 ? -1 : parseTime(match.captured(3), match.captured(4), true, &why);
        if (to < 0)
            return why;
        if (from == to)
            return QStringLiteral("%1 opens and closes at the same time: for a whole day write "
                                  "00:00-24:00")
                .arg(times);
        for (const int day : std::as_const(days)) {
            const int start = day * dayMinutes + from;
            ranges->append({start, day * dayMinutes + (to > from ? to : to + dayMinutes)});
        }
    }
    return {};
}

QString OpeningHours::checkOverlaps(const QList<Range> &ranges)
{
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        for (qsizetype j = i + 1; j < ranges.size(); ++j) {
            const Range &a = ranges.at(i);
            const Range &b = ranges.at(j);
            for (const int shift : {-weekMinutes, 0, weekMinutes}) {
                if (a.start < b.end + shift && b.start + shift < a.end)
                    return QStringLiteral("%1 and %2 overlap: join them into one range, or "
                                          "name each day once")
                        .arg(describe(a), describe(b));
            }
        }
    }
    return {};
}

bool OpeningHours::isOpenAt(const QDateTime &moment) const
{
    const QTime time = moment.time();
    const int minute =
        (moment.date().dayOfWeek() - 1) * dayMinutes + time.hour() * 60 + time.minute();
    return std::any_of(m_ranges.begin(), m_ranges.end(), [minute](const Range &range) {
        return (range.start <= minute && minute < range.end) ||
               (range.start <= minute + weekMinutes && minute + weekMinutes < range.end);
    });
}

QDateTime OpeningHours::nextChange(const QDateTime &from) const
{
    if (m_ranges.isEmpty())
        return {};
    // Changes happen at a range's edge as the wall clock shows it, or when the wall clock
    // jumps (the clock changes); each candidate is checked, so a time Qt moves out of a gap
    // or puts on one side of a repeated hour can never be taken for a change that is not one.
    const QTimeZone zone = from.timeZone();
    QList<QDateTime> candidates;
    for (int offset = 0; offset <= 8; ++offset) {
        const QDate date = from.date().addDays(offset);
        for (const Range &range : m_ranges) {
            for (const int edge : {range.start, range.end}) {
                if ((edge / dayMinutes) % 7 != date.dayOfWeek() - 1)
                    continue;
                const int minute = edge % dayMinutes;
                const QDateTime at(date, QTime(minute / 60, minute % 60), zone);
                candidates << at.addSecs(-3600) << at << at.addSecs(3600);
            }
        }
    }
    for (const QTimeZone::OffsetData &transition :
         zone.transitions(from.toUTC(), from.toUTC().addDays(9)))
        candidates << transition.atUtc.toTimeZone(zone);
    std::sort(candidates.begin(), candidates.end());
    const bool open = isOpenAt(from);
    for (const QDateTime &at : std::as_const(candidates)) {
        if (at.isValid() && at > from && isOpenAt(at) != open)
            return at;
    }
    return {};
}

QDateTime OpeningHours::nextOpening(const QDateTime &from) const
{
    if (!isOpenAt(from))
        return nextChange(from);
    const QDateTime closing = nextChange(from);
    return closing.isValid() ? nextChange(closing) : QDateTime();
}
