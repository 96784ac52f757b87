#include "staffpin.h"

#include <QDir>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>

namespace
{

bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

int waitAfter(int failures)
{
    // Three free tries, then 30 s, 60 s, 2 min... up to an hour.
    if (failures < StaffPin::freeAttempts)
        return 0;
    return qMin(3600, 30 << qMin(7, failures - StaffPin::freeAttempts));
}

} // namespace

StaffPin::StaffPin(const QString &dataDir)
    : m_path(QDir(dataDir).filePath(QStringLiteral("staff-pin.ini")))
{
}

bool StaffPin::isSet() const
{
    return QSettings(m_path, QSettings::IniFormat).contains(QStringLiteral("pin/hash"));
}

QString StaffPin::checkFormat(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{6,12}$"));
    return digits.match(pin).hasMatch() ? QString()
                                        : QStringLiteral("a PIN is 6 to 12 digits, nothing else");
}

QByteArray StaffPin::derive(const QString &pin, const QByteArray &salt, int rounds)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              rounds, 32);
}

bool StaffPin::set(const QString &pin, QString *error)
{
    *error = checkFormat(pin);
    if (!error->isEmpty())
        return false;
    QByteArray salt(16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(QStringLiteral("pin/salt"), salt.toBase64());
    settings.setValue(QStringLiteral("pin/iterations"), iterations);
    settings.setValue(QStringLiteral("pin/hash"), derive(pin, salt, iterations).toBase64());
    settings.setValue(QStringLiteral("throttle/failures"), 0);
    settings.remove(QStringLiteral("throttle/last"));
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        *error = QStringLiteral("cannot save the PIN in %1").arg(m_path);
        return false;
    }
    return true;
}

int StaffPin::failures() const
{
    return QSettings(m_path, QSettings::IniFormat)
        .value(QStringLiteral("throttle/failures"))
        .toInt();
}

int StaffPin::secondsToWait(const QDateTime &now) const
{
    QSettings settings(m_path, QSettings::IniFormat);
    const QDateTime last = settings.value(QStringLiteral("throttle/last")).toDateTime();
    const int wait = waitAfter(failures());
    if (!last.isValid() || wait == 0)
        return 0;
    return int(qMax<qint64>(0, now.secsTo(last.addSecs(wait))));
}

StaffPin::Result StaffPin::check(const QString &pin, const QDateTime &now)
{
    if (!isSet())
        return Result::NotSet;
    if (secondsToWait(now) > 0)
        return Result::Throttled;
    QSettings settings(m_path, QSettings::IniFormat);
    const QByteArray salt =
        QByteArray::fromBase64(settings.value(QStringLiteral("pin/salt")).toByteArray());
    const QByteArray stored =
        QByteArray::fromBase64(settings.value(QStringLiteral("pin/hash")).toByteArray());
    const int rounds = settings.value(QStringLiteral("pin/iterations")).toInt();
    if (equalInConstantTime(derive(pin, salt, qMax(rounds, iterations)), stored)) {
        settings.setValue(QStringLiteral("throttle/failures"), 0);
        settings.remove(QStringLiteral("throttle/last"));
        return Result::Accepted;
    }
    settings.setValue(QStringLiteral("throttle/failures"), failures() + 1);
    settings.setValue(QStringLiteral("throttle/last"), now);
    return Result::Wrong;
}
