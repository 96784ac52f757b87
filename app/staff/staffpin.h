#pragma once

#include "datafolder.h"

#include <QDateTime>
#include <QString>

#include <memory>

class QSettings;

// The staff PIN, stored only as a salted PBKDF2-SHA256 hash with its round count, compared in
// constant time. Wrong tries are throttled with growing waits kept on disk, so a restart does
// not reset them; where a full or read-only disk cannot record a try, it is counted in memory
// for the rest of the run, with the same waits, and the right PIN still opens staff mode. A
// wait never runs longer than an hour from now whatever the system clock did.
class StaffPin
{
public:
    static constexpr int defaultRounds = 600000;
    static constexpr int freeAttempts = 3;
    static constexpr int longestWaitSeconds = 3600;

    enum class Result { Accepted, Wrong, Throttled, NotSet, Unrecorded };

    // `rounds` is the PBKDF2 count for a PIN set from now on; a stored PIN is checked with the
    // count it was stored with, so raising it never locks out an existing PIN.
    explicit StaffPin(const QString &dataDir, int rounds = defaultRounds);

    bool isSet() const;
    // Empty when a new PIN is acceptable: 8 to 12 digits.
    static QString checkFormat(const QString &pin);
    bool set(const QString &pin, QString *error);
    // `now` is the kiosk's Clock (nowUtc()), never the system's own: tests move it on.
    Result check(const QString &pin, const QDateTime &now);
    // Seconds until the next try is allowed; 0 when one may be made now.
    int secondsToWait(const QDateTime &now) const;
    int failures() const;
    // False once a try could not be recorded on disk in this run.
    bool isRecording() const;
    QString path() const { return m_path; }

    static QByteArray derive(const QString &pin, const QByteArray &salt, int rounds);

private:
    bool recordFailure(const QDateTime &now);
    void countInMemory(const QDateTime &now);
    // staff-pin.ini through the data folder: null when it cannot be made safe to use.
    std::unique_ptr<QSettings> settings(bool writing) const;
    bool saved(QSettings &settings) const;

    DataFolder m_folder;
    QString m_path;
    int m_rounds;
};
