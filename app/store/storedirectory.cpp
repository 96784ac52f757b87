#include "storedirectory.h"

#include "bundlewriter.h"
#include "filesync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace
{

const QString pointerName = QStringLiteral("live-store");
const QRegularExpression storeName(QStringLiteral("^store-(\\d{1,9})\\.sqlite$"));

bool isStoreName(const QString &name)
{
    return storeName.match(name).hasMatch();
}

QString holdName(const QString &storeName)
{
    return QStringLiteral(".open-%1.lock").arg(storeName);
}

} // namespace

StoreDirectory::StoreDirectory(const QString &path) : m_path(QDir(path).absolutePath()) {}

StoreDirectory::Pointer StoreDirectory::readPointer() const
{
    QFile file(QDir(m_path).filePath(pointerName));
    Pointer pointer;
    if (!file.open(QIODevice::ReadOnly))
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
    return pointer;
}

QString StoreDirectory::livePath() const
{
    const Pointer pointer = readPointer();
    const QDir dir(m_path);
    if (!pointer.live.isEmpty() && QFile::exists(dir.filePath(pointer.live)))
        return dir.filePath(pointer.live);
    // Someone removed the live file by hand: the previous data beats showing nothing.
    return previousPath();
}

QString StoreDirectory::previousPath() const
{
    const Pointer pointer = readPointer();
    const QDir dir(m_path);
    if (!pointer.previous.isEmpty() && QFile::exists(dir.filePath(pointer.previous)))
        return dir.filePath(pointer.previous);
    return {};
}

bool StoreDirectory::writePointer(const Pointer &pointer, QString *error)
{
    QSaveFile file(QDir(m_path).filePath(pointerName));
    const QByteArray text =
        "live=" + pointer.live.toUtf8() + "\nprevious=" + pointer.previous.toUtf8() + "\n";
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        *error = QStringLiteral("cannot switch the live data: %1").arg(file.errorString());
        return false;
    }
    FileSync::syncDirectory(m_path);
    return true;
}

QString StoreDirectory::nextStoreName() const
{
    int highest = 0;
    const QStringList names = QDir(m_path).entryList({QStringLiteral("store-*.sqlite")});
    for (const QString &name : names) {
        const QRegularExpressionMatch match = storeName.match(name);
        if (match.hasMatch())
            highest = qMax(highest, match.captured(1).toInt());
    }
    return QStringLiteral("store-%1.sqlite").arg(highest + 1, 6, 10, QLatin1Char('0'));
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
    if (!lock.tryLock(0))
        return true;
    lock.unlock();
    return false;
}

void StoreDirectory::removeUnreferenced(const Pointer &pointer)
{
    // Left-overs of writes that a crash interrupted, and stores two swaps old, unless a
    // running kiosk still shows them.
    QDir dir(m_path);
    const QStringList names =
        dir.entryList({QStringLiteral("store-*"), QStringLiteral(".writing-*")},
                      QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        if (name == pointer.live || name == pointer.previous)
            continue;
        if (name.startsWith(QLatin1String(".writing-"))) {
            QDir(dir.filePath(name)).removeRecursively();
        } else if (!isHeldOpen(name)) {
            dir.remove(name);
            dir.remove(holdName(name));
        }
    }
}

bool StoreDirectory::install(const BundleContent &content, QString *error)
{
    if (!QDir().mkpath(m_path)) {
        *error = QStringLiteral("cannot create the data folder %1").arg(m_path);
        return false;
    }
    QLockFile lock(QDir(m_path).filePath(QStringLiteral(".lock")));
    if (!lock.tryLock(5000)) {
        *error = QStringLiteral("another process is changing the live data; try again");
        return false;
    }
    const Pointer old = readPointer();
    const QString name = nextStoreName();
    if (!BundleWriter::write(content, QDir(m_path).filePath(name), BundleWriter::Purpose::Store,
                             error))
        return false;
    FileSync::syncDirectory(m_path);
    if (!reached(Step::StoreWritten))
        return false;
    const Pointer next{name, livePath().isEmpty() ? old.previous : old.live};
    if (!writePointer(next, error))
        return false;
    if (!reached(Step::PointerWritten))
        return false;
    removeUnreferenced(next);
    return reached(Step::Cleaned);
}

bool StoreDirectory::rollback(QString *error)
{
    QLockFile lock(QDir(m_path).filePath(QStringLiteral(".lock")));
    if (!lock.tryLock(5000)) {
        *error = QStringLiteral("another process is changing the live data; try again");
        return false;
    }
    const Pointer old = readPointer();
    if (previousPath().isEmpty()) {
        *error = QStringLiteral("there is no previous data to go back to");
        return false;
    }
    return writePointer({old.previous, old.live}, error);
}
