#include "storedirectory.h"

#include "bundlewriter.h"
#include "datafolder.h"
#include "filesync.h"
#include "sqlconnection.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include <algorithm>
#include <limits>

namespace
{

const QString pointerName = DataFolder::name(DataFolder::File::StorePointer);
const QString lockName = DataFolder::name(DataFolder::File::StoreLock);
// Older kiosks numbered their stores; new names carry the time and a random part, so that a
// name is never used twice, whatever was deleted or left in the folder.
const QRegularExpression
    storeName(QStringLiteral("^store-(\\d{1,9}|\\d{13}-[0-9a-f]{8})\\.sqlite$"));

bool isStoreName(const QString &name)
{
    return storeName.match(name).hasMatch();
}

// Only a regular file counts: a FIFO would block whoever opens it, a link could lead anywhere.
bool isPlainFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && !info.isSymLink();
}

// QSaveFile's temporary beside a store that a crash left behind.
bool isStoreLeftover(const QString &name)
{
    static const QRegularExpression leftover(
        QStringLiteral("^store-[0-9a-f-]+\\.sqlite\\.\\w{6}$"));
    return leftover.match(name).hasMatch();
}

QString lockError(const QLockFile &lock)
{
    return lock.error() == QLockFile::LockFailedError
               ? QStringLiteral("another process is changing the live data; try again")
               : QStringLiteral("cannot write in the data folder (is the disk full or read-only?)");
}

QString holdName(const QString &storeName)
{
    return QStringLiteral(".open-%1.lock").arg(storeName);
}

} // namespace

StoreDirectory::StoreDirectory(const QString &path) : m_path(QDir(path).absolutePath()) {}

StoreDirectory::Pointer StoreDirectory::readPointer(bool *sound) const
{
    QFile file(QDir(m_path).filePath(pointerName));
    Pointer pointer;
    if (sound) // a new folder is sound; stores without a pointer, or a garbled one, are not
        *sound = !QFileInfo(file.fileName()).exists() && !QFileInfo(file.fileName()).isSymLink() &&
                 storeNames().isEmpty();
    if (!isPlainFile(file.fileName()) || !file.open(QIODevice::ReadOnly))
        return pointer;
    const QList<QByteArray> lines = file.read(4096).split('\n');
    for (const QByteArray &line : lines) {
        const QString name = QString::fromUtf8(line.mid(line.indexOf('=') + 1)).trimmed();
        if (!isStoreName(name))
            continue; // the pointer only ever names files in this folder
        if (line.startsWith("live="))
            pointer.live = name;
        else if (line.startsWith("previous="))
            pointer.previous = name;
    }
    const QDir dir(m_path);
    // A missing previous store takes nothing from the live one: the pointer is still sound.
    if (sound)
        *sound = !pointer.live.isEmpty() && isPlainFile(dir.filePath(pointer.live));
    return pointer;
}

QStringList StoreDirectory::storesNewestFirst() const
{
    // By what the stores hold, never by the files' times: a folder copied without its times
    // (a backup restored, a disk moved) still knows which data is the newest.
    QList<std::pair<Age, QString>> stores;
    for (const QString &name : storeNames())
        stores.append({ageOf(name), name});
    std::sort(stores.begin(), stores.end(),
              [](const auto &a, const auto &b) { return b.first < a.first; });
    QStringList names;
    for (const auto &store : stores)
        names << store.second;
    return names;
}

QStringList StoreDirectory::storeNames() const
{
    QStringList names =
        QDir(m_path).entryList({QStringLiteral("store-*.sqlite")}, QDir::Files | QDir::NoSymLinks);
    names.removeIf([](const QString &name) { return !isStoreName(name); });
    return names;
}

StoreDirectory::Age StoreDirectory::ageOf(const QString &name) const
{
    // The creation time in a store's name, or for the numbered names of older kiosks their
    // number, orders stores published at the same moment (or that cannot be read).
    const QRegularExpressionMatch match = storeName.match(name);
    const QString stamp = match.captured(1).section(QLatin1Char('-'), 0, 0);
    return {publishedAt(QDir(m_path).filePath(name)), stamp.toLongLong()};
}

qint64 StoreDirectory::publishedAt(const QString &storePath)
{
    // A store that cannot say when its data was published counts as the oldest.
    constexpr qint64 unknown = std::numeric_limits<qint64>::min();
    if (!isPlainFile(storePath))
        return unknown;
    SqlConnection db(storePath, SqlConnection::Mode::ReadOnly);
    QSqlQuery q(db.database());
    if (!db.isOpen() ||
        !q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'published_at'")) || !q.next())
        return unknown;
    const QDateTime published = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
    return published.isValid() ? published.toMSecsSinceEpoch() : unknown;
}

bool StoreDirectory::isReadable(const QString &storePath, QString *why)
{
    if (!isPlainFile(storePath)) {
        if (why)
            *why = QStringLiteral("not a plain file");
        return false;
    }
    SqlConnection db(storePath, SqlConnection::Mode::ReadOnly);
    QSqlQuery q(db.database());
    const auto failed = [&](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!db.isOpen())
        return failed(db.errorText());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return failed(q.lastError().text());
    if (q.value(0).toString() != QLatin1String("ok"))
        return failed(q.value(0).toString());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM meta JOIN jobs")) || !q.next())
        return failed(q.lastError().text());
    return true;
}

QString StoreDirectory::recover()
{
    // Busy with another process's import, or a disk that cannot be written: nothing can be
    // repaired, and nothing was (the start says when the folder cannot be written).
    QLockFile lock(QDir(m_path).filePath(lockName));
    if (!lock.tryLock(5000))
        return {};
    bool sound = false;
    const Pointer pointer = readPointer(&sound);
    // What an import killed part way left: no import runs while the lock is held here.
    removeUnreferenced(pointer, true);
    const QDir dir(m_path);
    QString why;
    if (sound && isReadable(dir.filePath(pointer.live), &why))
        return forgetMissingPrevious(pointer);
    const QStringList stores = storesNewestFirst();
    if (stores.isEmpty())
        return pointer.live.isEmpty() && !QFileInfo::exists(dir.filePath(pointerName))
                   ? QString()
                   : QStringLiteral("the live-data pointer was damaged and no store is left");
    const bool liveDamaged = sound;
    const QString problem =
        liveDamaged ? QStringLiteral("the live store %1 cannot be read (%2)").arg(pointer.live, why)
                    : QStringLiteral("the live-data pointer was damaged or named a missing store");
    // The newest store that can be read, by what it holds: a repair never goes back past data
    // it could have shown.
    QStringList readable;
    for (const QString &name : stores) {
        if (name != pointer.live && isReadable(dir.filePath(name)))
            readable << name;
    }
    if (readable.isEmpty())
        return problem + QStringLiteral("; no other store can be read either");
    QString error;
    if (!writePointer({readable.value(0), readable.value(1)}, &error))
        return problem + QStringLiteral("; ") + error;
    return problem + QStringLiteral("; now showing %1 instead").arg(readable.first());
}

QString StoreDirectory::forgetMissingPrevious(const Pointer &pointer)
{
    // The live store is sound: a previous store that has gone is simply forgotten, once.
    if (pointer.previous.isEmpty() || isPlainFile(QDir(m_path).filePath(pointer.previous)))
        return {};
    QString error;
    if (!writePointer({pointer.live, {}}, &error))
        return QStringLiteral("the previous store %1 is missing, and the pointer cannot be "
                              "updated: %2")
            .arg(pointer.previous, error);
    return QStringLiteral("the previous store %1 was missing and is forgotten; the live data is "
                          "as it was")
        .arg(pointer.previous);
}

QString StoreDirectory::livePath() const
{
    const Pointer pointer = readPointer();
    const QDir dir(m_path);
    if (!pointer.live.isEmpty() && isPlainFile(dir.filePath(pointer.live)))
        return dir.filePath(pointer.live);
    // Someone removed the live file by hand: the previous data beats showing nothing.
    return previousPath();
}

QString StoreDirectory::previousPath() const
{
    const Pointer pointer = readPointer();
    const QDir dir(m_path);
    if (!pointer.previous.isEmpty() && isPlainFile(dir.filePath(pointer.previous)))
        return dir.filePath(pointer.previous);
    return {};
}

bool StoreDirectory::writePointer(const Pointer &pointer, QString *error)
{
    // Written whole beside it and renamed over it, synced; a pointer that is a link, a FIFO or
    // a folder is set aside first (renaming moves it itself), never written through or deleted.
    // Only a store that is there may be named as the previous one.
    const QString previous =
        isPlainFile(QDir(m_path).filePath(pointer.previous)) ? pointer.previous : QString();
    const QByteArray text =
        "live=" + pointer.live.toUtf8() + "\nprevious=" + previous.toUtf8() + "\n";
    QString why;
    if (!DataFolder(m_path).write(DataFolder::File::StorePointer, text, &why)) {
        *error = QStringLiteral("cannot switch the live data: %1").arg(why);
        return false;
    }
    return true;
}

QString StoreDirectory::nextStoreName() const
{
    const QDir dir(m_path);
    while (true) {
        const QString name =
            QStringLiteral("store-%1-%2.sqlite")
                .arg(QDateTime::currentMSecsSinceEpoch(), 13, 10, QLatin1Char('0'))
                .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
        if (!QFileInfo::exists(dir.filePath(name)) && !QFileInfo(dir.filePath(name)).isSymLink())
            return name;
    }
}

std::unique_ptr<QLockFile> StoreDirectory::holdOpen(const QString &storePath) const
{
    const QFileInfo store(storePath);
    auto lock = std::make_unique<QLockFile>(store.dir().filePath(holdName(store.fileName())));
    lock->setStaleLockTime(0); // held for as long as the kiosk runs: stale only if it died
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

bool StoreDirectory::isHeldOpen(const QString &storeName) const
{
    // A lock that a dead process left behind is taken over here, and so counts as free.
    QLockFile lock(QDir(m_path).filePath(holdName(storeName)));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return false;
    }
    // Only a kiosk on this machine holds a store: a mark copied from another machine, or one
    // that cannot be read, is stale and must not keep a store for ever.
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock.getLockInfo(&pid, &host, &application) && host == QSysInfo::machineHostName())
        return true;
    lock.removeStaleLockFile();
    return false;
}

void StoreDirectory::removeUnreferenced(const Pointer &pointer, bool leftoversOnly)
{
    // Left-overs of writes that a crash interrupted, and stores two swaps old, unless a
    // running kiosk still shows them.
    // Only the kiosk's own files: anything else someone put here stays, and a link is removed
    // as a link, never followed.
    // A store newer than the live one is never removed: it may be what staff loaded last.
    QDir dir(m_path);
    const Age liveAge = leftoversOnly ? Age() : ageOf(pointer.live);
    const QStringList names = dir.entryList(
        {QStringLiteral("store-*"), QStringLiteral(".writing-*")},
        QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        if (name == pointer.live || name == pointer.previous)
            continue;
        const QFileInfo info(dir.filePath(name));
        if (info.isSymLink()) {
            if (name.startsWith(QLatin1String(".writing-")) || isStoreName(name))
                dir.remove(name);
        } else if (name.startsWith(QLatin1String(".writing-")) && info.isDir()) {
            QDir(info.filePath()).removeRecursively();
        } else if (info.isFile() && isStoreLeftover(name)) {
            dir.remove(name);
        } else if (!leftoversOnly && info.isFile() && isStoreName(name) && !isHeldOpen(name) &&
                   !(liveAge < ageOf(name))) {
            dir.remove(name);
            dir.remove(holdName(name));
        }
    }
}

bool StoreDirectory::install(const CheckedBundle &bundle, QString *error)
{
    return installWith(
        [&](const QString &path, QString *why) {
            return BundleWriter::writeStore(bundle.path(), path, why);
        },
        error);
}

bool StoreDirectory::install(const BundleContent &content, QString *error)
{
    return installWith(
        [&](const QString &path, QString *why) {
            return BundleWriter::write(content, path, BundleWriter::Purpose::Store, why);
        },
        error);
}

bool StoreDirectory::installWith(
    const std::function<bool(const QString &path, QString *error)> &write, QString *error)
{
    // Private to the kiosk's user (0700), whichever entry point makes it.
    const DataFolder folder(m_path);
    if (!folder.prepare(error))
        return false;
    QLockFile lock(QDir(m_path).filePath(lockName));
    if (!lock.tryLock(5000)) {
        *error = lockError(lock);
        return false;
    }
    bool sound = false;
    const Pointer old = readPointer(&sound);
    const QString name = nextStoreName();
    if (!write(QDir(m_path).filePath(name), error))
        return false;
    folder.keepPrivate(name);
    FileSync::syncDirectory(m_path);
    if (!reached(Step::StoreWritten))
        return false;
    const bool liveExists = !old.live.isEmpty() && isPlainFile(QDir(m_path).filePath(old.live));
    const Pointer next{name, liveExists ? old.live : old.previous};
    if (!writePointer(next, error))
        return false;
    if (!reached(Step::PointerWritten))
        return false;
    // With a pointer in doubt, a store it lost track of may be the only copy of what staff
    // loaded: nothing is cleaned until the pointer has been sound once.
    if (sound)
        removeUnreferenced(next);
    return reached(Step::Cleaned);
}

bool StoreDirectory::rollback(QString *error)
{
    QLockFile lock(QDir(m_path).filePath(lockName));
    if (!lock.tryLock(5000)) {
        *error = lockError(lock);
        return false;
    }
    const Pointer old = readPointer();
    if (previousPath().isEmpty()) {
        *error = QStringLiteral("there is no previous data to go back to");
        return false;
    }
    return writePointer({old.previous, old.live}, error);
}
