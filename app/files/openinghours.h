#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// A kiosk's weekly opening hours, as staff write them: "Mon-Fri 09:00-17:00; Sat 10:00-16:00".
// Each part names days (Mon to Sun, ranges such as Fri-Mon, lists with commas, or Daily) and
// times (HH:MM-HH:MM, several with commas); a range that ends at or before it starts runs past
// midnight into the next day, and 24:00 closes at midnight. Days not named are closed.
//
// Times are wall-clock times in the zone of the moment asked about (the kiosk's clock gives
// Europe/London), so 09:00 stays 09:00 across the clock changes: on the spring day an hour that
// does not exist is simply never shown, and on the autumn day the repeated hour is open or
// closed both times as its wall-clock time says. Kept in kiosk.ini's text by KioskSettings.
class OpeningHours
{
public:
    // The whole week in minutes from Monday 00:00; a range may end after the week's end.
    struct Range {
        int start = 0;
        int end = 0;
    };
    static constexpr int maxTextLength = 500;

    OpeningHours() = default;
    // Empty, with `error` set to what is wrong and how to write it, when the text does not parse.
    static OpeningHours parse(const QString &text, QString *error = nullptr);

    // No hours: the kiosk is open at every hour.
    bool isAlwaysOpen() const { return m_ranges.isEmpty(); }
    QString text() const { return m_text; }
    QList<Range> ranges() const { return m_ranges; }

    bool isOpenAt(const QDateTime &moment) const;
    // The first moment after `from` at which it opens or closes, in from's zone; invalid when
    // it never changes.
    QDateTime nextChange(const QDateTime &from) const;
    // The next moment it opens, after the present closing if it is open; invalid when always open.
    QDateTime nextOpening(const QDateTime &from) const;

private:
    static QString parsePart(const QString &part, int number, QList<Range> *ranges);
    static QString checkOverlaps(const QList<Range> &ranges);

    QString m_text;
    QList<Range> m_ranges;
};
