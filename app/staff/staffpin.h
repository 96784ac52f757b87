#pragma once

#include <QDateTime>
#include <QString>

// The staff PIN: at least six digits, stored only as a salted PBKDF2-SHA256 hash with 600,000
// iterations, compared in constant time. Wrong attempts are throttled with growing waits that
// are kept on disk, so a restart does not reset them.
class StaffPin
{
public:
    static constexpr int iterations = 600000;
    static constexpr int freeAttempts = 3;

    enum class Result { Accepted, Wrong, Throttled, NotSet };

    explicit StaffPin(const QString &dataDir);

    bool isSet() const;
    static QString checkFormat(const QString &pin); // empty when the PIN is acceptable
    bool set(const QString &pin, QString *error);
    Result check(const QString &pin, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Seconds until the next attempt is allowed; 0 when one may be made now.
    int secondsToWait(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    int failures() const;

    static QByteArray derive(const QString &pin, const QByteArray &salt, int rounds);

private:
    QString m_path;
};
