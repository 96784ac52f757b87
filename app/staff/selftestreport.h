#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// The result of one self-test that staff ran before the doors opened: each check's outcome in
// plain words and what to do about it. Kept as self-test.json in the data folder (the fleet's
// status file carries the last one) and written to the USB drive beside the load report.
class SelfTestReport
{
public:
    enum class Outcome { NotRun, Passed, Warning, Failed };
    struct Check {
        QString key;  // touch, screen, sound, keys, clock, data: fixed, for programs
        QString name; // as staff read it
        Outcome outcome = Outcome::NotRun;
        QString text; // what was found
        QString todo; // what to do; empty when nothing
    };

    static QStringList keys(); // every check, in the order the screen shows them
    // The check for `key`, not yet run, with its name.
    static Check notRun(const QString &key);
    static QString outcomeName(Outcome outcome); // not run, passed, warning, failed

    SelfTestReport();
    // Replaces the check with the same key.
    void set(const Check &check);
    Check check(const QString &key) const;
    QList<Check> checks() const { return m_checks; }
    // Every check was run and none failed.
    bool passed() const;

    QByteArray json(const QDateTime &at, const QString &kioskId) const;
    // For people: a line a check, then what to do.
    QString text(const QDateTime &at, const QString &kioskId) const;
    // As self-test.json in the data folder, never through a link.
    bool save(const QString &dataDir, const QDateTime &at, const QString &kioskId,
              QString *error = nullptr) const;

private:
    QList<Check> m_checks;
};
