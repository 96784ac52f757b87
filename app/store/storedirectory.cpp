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
                 storesNewestFirst().isEmpty();
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
    if (sound)
        *sound = !pointer.live.isEmpty() && isPlainFile(dir.filePath(pointer.live)) &&
                 (pointer.previous.isEmpty() || isPlainFile(dir.filePath(pointer.previous)));
    return pointer;
}

QStringList StoreDirectory::storesNewestFirst() const
{
    const QFileInfoList files = QDir(m_path).entryInfoList(
        {QStringLiteral("store-*.sqlite")}, QDir::Files | QDir::NoSymLinks, QDir::Time);
    QStringList names;
    for (const QFileInfo &file : files) {
        if (isStoreName(file.fileName()))
            names << file.fileName();
    }
    return names;
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
    QLockFile lock(QDir(m_path).filePath(lockName));
    if (!lock.tryLock(5000))
        return lock.error() == QLockFile::LockFailedError ? QString() : lockError(lock);
    bool sound = false;
    const Pointer pointer = readPointer(&sound);
    const QDir dir(m_path);
    QString why;
    if (sound && isReadable(dir.filePath(pointer.live), &why))
        return {};
    const QStringList stores = storesNewestFirst();
    if (stores.isEmpty())
        return sound ? QString()
                     : QStringLiteral("the live-data pointer was damaged and no store is left");
    // A live store that cannot be read gives way to the data staff had before it; a pointer
    // that names nothing sound gives way to the newest store that can be read.
    const bool liveDamaged = !pointer.live.isEmpty() && isPlainFile(dir.filePath(pointer.live));
    QStringList readable;
    if (liveDamaged && stores.contains(pointer.previous) &&
        isReadable(dir.filePath(pointer.previous)))
        readable << pointer.previous;
    for (const QString &name : stores) {
        if (!readable.contains(name) && name != pointer.live && isReadable(dir.filePath(name)))
            readable << name;
    }
    const QString problem =
        liveDamaged ? QStringLiteral("the live store %1 cannot be read (%2)").arg(pointer.live, why)
                    : QStringLiteral("the live-data pointer was damaged or named a missing store");
    if (readable.isEmpty())
        return problem + QStringLiteral("; no other store can be read either");
    QString error;
    if (!writePointer({readable.value(0), readable.value(1)}, &error))
        return problem + QStringLiteral("; ") + error;
    return problem + QStringLiteral("; now showing %1 instead").arg(readable.first());
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
    const QByteArray text =
        "live=" + pointer.live.toUtf8() + "\nprevious=" + pointer.previous.toUtf8() + "\n";
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

void StoreDirectory::removeUnreferenced(const Pointer &pointer)
{
    // Left-overs of writes that a crash interrupted, and stores two swaps old, unless a
    // running kiosk still shows them.
    // Only the kiosk's own files: anything else someone put here stays, and a link is removed
    // as a link, never followed.
    QDir dir(m_path);
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
        } else if (info.isFile() && isStoreName(name) && !isHeldOpen(name)) {
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
