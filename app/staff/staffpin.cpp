#include "staffpin.h"

#include <QHash>
#include <QMutex>
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
    return qMin(StaffPin::longestWaitSeconds, 30 << qMin(7, failures - StaffPin::freeAttempts));
}

const QString failuresKey = QStringLiteral("throttle/failures");
// Beyond these a stored value is damage, not a choice: a billion rounds would take hours a try.
constexpr int mostRounds = 10000000;
constexpr int mostFailures = 1000000;
const QString lastKey = QStringLiteral("throttle/last");

// Tries that a full or read-only disk could not record: counted for this run of the program,
// so that staff are not locked out and a guesser is still slowed down.
struct Unrecorded {
    int failures = 0;
    QDateTime last;
};
QMutex unrecordedLock;
QHash<QString, Unrecorded> unrecorded;

int secondsLeft(const QDateTime &last, int wait, const QDateTime &now)
{
    if (!last.isValid() || wait == 0)
        return 0;
    // A clock moved back makes `last` lie in the future: the wait still ends within `wait`.
    return int(qBound(qint64(0), now.secsTo(last.addSecs(wait)), qint64(wait)));
}

} // namespace

StaffPin::StaffPin(const QString &dataDir, int rounds)
    : m_folder(dataDir), m_path(m_folder.filePath(DataFolder::File::Pin)), m_rounds(qMax(1, rounds))
{
}

std::unique_ptr<QSettings> StaffPin::settings(bool writing) const
{
    // The file keeps QSettings's format, which opens it itself: whatever stands in its place
    // that is not a plain file is set aside first, never followed or waited on, and a new one
    // is made private (in a private folder) before QSettings writes it.
    if (!m_folder.prepareFile(DataFolder::File::Pin, nullptr, writing))
        return nullptr;
    return std::make_unique<QSettings>(m_path, QSettings::IniFormat);
}

bool StaffPin::saved(QSettings &settings) const
{
    settings.sync();
    m_folder.keepPrivate(DataFolder::name(DataFolder::File::Pin));
    return settings.status() == QSettings::NoError;
}

bool StaffPin::isSet() const
{
    const auto settings = this->settings(false);
    return settings && settings->contains(QStringLiteral("pin/hash"));
}

QString StaffPin::checkFormat(const QString &pin)
{
    // Eight digits at least: the hash file must not give a six-digit PIN away to a GPU.
    static const QRegularExpression digits(QStringLiteral("^[0-9]{8,12}$"));
    return digits.match(pin).hasMatch() ? QString()
                                        : QStringLiteral("a PIN is 8 to 12 digits, nothing else");
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
    const auto settings = this->settings(true);
    if (settings) {
        settings->setValue(QStringLiteral("pin/salt"), salt.toBase64());
        settings->setValue(QStringLiteral("pin/iterations"), m_rounds);
        settings->setValue(QStringLiteral("pin/hash"), derive(pin, salt, m_rounds).toBase64());
        settings->setValue(failuresKey, 0);
        settings->remove(lastKey);
    }
    if (!settings || !saved(*settings)) {
        *error = QStringLiteral("cannot save the PIN in %1").arg(m_path);
        return false;
    }
    return true;
}

int StaffPin::failures() const
{
    const auto settings = this->settings(false);
    const int stored = settings ? settings->value(failuresKey).toInt() : 0;
    return qBound(0, stored, mostFailures); // a negative count must not give free tries
}

int StaffPin::secondsToWait(const QDateTime &now) const
{
    const auto settings = this->settings(false);
    const QDateTime last = settings ? settings->value(lastKey).toDateTime() : QDateTime();
    const int onDisk = secondsLeft(last, waitAfter(failures()), now);
    const QMutexLocker locked(&unrecordedLock);
    const Unrecorded inMemory = unrecorded.value(m_path);
    return qMax(onDisk, secondsLeft(inMemory.last, waitAfter(inMemory.failures), now));
}

bool StaffPin::isRecording() const
{
    const QMutexLocker locked(&unrecordedLock);
    return !unrecorded.contains(m_path);
}

void StaffPin::countInMemory(const QDateTime &now)
{
    const QMutexLocker locked(&unrecordedLock);
    Unrecorded &inMemory = unrecorded[m_path];
    inMemory.failures = qMin(inMemory.failures, mostFailures - 1) + 1;
    inMemory.last = now;
}

bool StaffPin::recordFailure(const QDateTime &now)
{
    const int before = failures();
    const auto settings = this->settings(true);
    if (!settings)
        return false;
    const QVariant lastBefore = settings->value(lastKey);
    settings->setValue(failuresKey, qMin(before, mostFailures - 1) + 1);
    settings->setValue(lastKey, now);
    if (saved(*settings))
        return true;
    // QSettings keeps what it could not write for the rest of the process, as if it had: put
    // back what the disk holds, so that the count in memory is the only one that grows.
    settings->setValue(failuresKey, before);
    if (lastBefore.isValid())
        settings->setValue(lastKey, lastBefore);
    else
        settings->remove(lastKey);
    return false;
}

StaffPin::Result StaffPin::check(const QString &pin, const QDateTime &now)
{
    if (!isSet())
        return Result::NotSet;
    if (secondsToWait(now) > 0)
        return Result::Throttled;
    // Counted as a failure before it is checked, so that killing the kiosk mid-check does not
    // undo the count. A try that a full or read-only disk cannot record is counted in memory
    // for this run instead: the same three tries and the same waits, and staff are not locked
    // out of the screen that tells them about the disk.
    const int before = failures();
    const bool recorded = recordFailure(now) && failures() == before + 1;
    if (!recorded)
        countInMemory(now);
    const auto settings = this->settings(false);
    if (!settings)
        return Result::Unrecorded;
    const QByteArray salt =
        QByteArray::fromBase64(settings->value(QStringLiteral("pin/salt")).toByteArray());
    const QByteArray stored =
        QByteArray::fromBase64(settings->value(QStringLiteral("pin/hash")).toByteArray());
    const int rounds = settings->value(QStringLiteral("pin/iterations")).toInt();
    if (rounds < 1 || rounds > mostRounds ||
        !equalInConstantTime(derive(pin, salt, rounds), stored))
        return Result::Wrong;
    {
        const QMutexLocker locked(&unrecordedLock);
        unrecorded.remove(m_path);
    }
    if (recorded) {
        const auto writable = this->settings(true);
        if (writable) {
            writable->setValue(failuresKey, 0);
            writable->remove(lastKey);
            saved(*writable);
        }
    }
    return Result::Accepted;
}
