#pragma once

#include <QDate>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTime>

class Clock;
class InterestStats;

// Turns one visitor's events into the day's counts: the visitor themselves, the hour their
// visit started in, and each screen, capability, job and take-away code they opened and each
// accessibility feature they used, once for the visitor however often they went back and forth.
// Each line is added to the day's total as it first happens, under the day the visitor started on
// by the kiosk's clock; what this visitor has already been counted for is held here, in memory
// only, and dropped when they end. Events outside a visitor (before the first start, after the end)
// count nothing: Back and the reset send none.
//
// The events are those the visitor's session sends (VisitorSession in app/session); until it
// does, KioskWindow sends them from its own signals.
class VisitorCounter : public QObject
{
    Q_OBJECT
public:
    // What opened() takes as its kind.
    // screen, capability, job, code, finder, finder-result, faq
    static QStringList openedKinds();
    // What featureUsed() takes.
    static QStringList
    featureNames(); // larger-text, high-contrast, within-reach, read-aloud, keypad
    static QString largerText() { return QStringLiteral("larger-text"); }
    static QString highContrast() { return QStringLiteral("high-contrast"); }
    static QString withinReach() { return QStringLiteral("within-reach"); }
    static QString readAloud() { return QStringLiteral("read-aloud"); }
    static QString keypad() { return QStringLiteral("keypad"); }

    // "09" for any time from 09:00 to 09:59: the key of the hour count.
    static QString hourKey(const QTime &time);

    VisitorCounter(InterestStats *stats, const Clock *clock, QObject *parent = nullptr);

    bool isVisiting() const { return m_visiting; }
    // Outside the opening hours nobody is counted: a visitor at the kiosk ends, and a start
    // counts nothing until it opens again. The day's counts so far are kept.
    void setClosed(bool closed);
    bool isClosed() const { return m_closed; }
    QDate day() const { return m_day; } // the day the visitor now at the kiosk is counted on

    // A visitor left the attract screen. A start before the last visitor's end ends them.
    void visitorStarted();
    // `kind` is one of openedKinds(); `key` the screen's key, the capability's id, the job's
    // reference, or the code's (a job's reference, "link:" and a link's id); for the finder
    // "started" or "finished", for its results the capability's or role's id, for the
    // questions people ask the question's id.
    void opened(const QString &kind, const QString &key);
    void featureUsed(const QString &name);
    // The reset: the visitor is gone, and so is what they were counted for.
    void visitorEnded();

private:
    void countOnce(int kind, const QString &key);

    InterestStats *m_stats;
    const Clock *m_clock;
    bool m_visiting = false;
    bool m_closed = false;
    QDate m_day;
    QSet<QString> m_counted; // "kind key" of what this visitor has been counted for
};
