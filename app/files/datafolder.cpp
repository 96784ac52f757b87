#include "datafolder.h"

#include "datafolder_os.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QTemporaryFile>

namespace
{

using DataFolderOs::Kind;

QMutex noticeMutex;
std::function<void(const QString &)> noticeHandler;

void notify(const QString &notice)
{
    std::function<void(const QString &)> handler;
    {
        QMutexLocker lock(&noticeMutex);
        handler = noticeHandler;
    }
    if (handler)
        handler(notice);
    else
        qWarning("careers-kiosk: %s", qPrintable(notice));
}

QString describe(Kind kind)
{
    switch (kind) {
    case Kind::Link:
        return QStringLiteral("a symbolic link");
    case Kind::Folder:
        return QStringLiteral("a folder");
    case Kind::Fifo:
        return QStringLiteral("a FIFO or socket");
    case Kind::Device:
        return QStringLiteral("a device");
    case Kind::HardLinked:
        return QStringLiteral("a file with a second name elsewhere (a hard link)");
    case Kind::Missing:
        return QStringLiteral("missing");
    case Kind::Plain:
        return QStringLiteral("a plain file");
    case Kind::Other:
        break;
    }
    return QStringLiteral("something other than a plain file");
}

} // namespace

DataFolder::DataFolder(const QString &path)
    : m_path(path.isEmpty() ? QString() : QDir(path).absolutePath())
{
}

QString DataFolder::name(File file)
{
    switch (file) {
    case File::Log:
        return QStringLiteral("careers-kiosk.log");
    case File::Runs:
        return QStringLiteral("runs.ini");
    case File::Settings:
        return QStringLiteral("kiosk.ini");
    case File::SettingsLock:
        return QStringLiteral("kiosk.ini.lock");
    case File::SigningRequired:
        return QStringLiteral("signing-required");
    case File::Pin:
        return QStringLiteral("staff-pin.ini");
    case File::Counts:
        return QStringLiteral("interest.sqlite");
    case File::CountsWal:
        return QStringLiteral("interest.sqlite-wal");
    case File::CountsShm:
        return QStringLiteral("interest.sqlite-shm");
    case File::StorePointer:
        return QStringLiteral("live-store");
    case File::StoreLock:
        return QStringLiteral(".lock");
    case File::DefaultChecked:
        return QStringLiteral("default-checked");
    case File::InstanceLock:
        return QStringLiteral("instance.lock");
    case File::Scratch:
        return QStringLiteral("tmp");
    case File::SelfTest:
        return QStringLiteral("self-test.json");
    }
    return {};
}

QString DataFolder::filePath(File file) const
{
    return filePath(name(file));
}

QString DataFolder::filePath(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

bool DataFolder::prepare(QString *error) const
{
    QString why;
    if (m_path.isEmpty())
        why = QStringLiteral("no data folder given");
    else if (DataFolderOs::makePrivateFolder(m_path, &why))
        return true;
    if (error)
        *error = QStringLiteral("cannot use the data folder: %1").arg(why);
    return false;
}

QString DataFolder::moveAside(const QString &name, const QString &why) const
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = QStringLiteral("%1.%2-%3").arg(name, why, stamp);
    for (int n = 2; DataFolderOs::kindOf(filePath(aside)) != Kind::Missing; ++n) {
        if (n > 1000)
            return {};
        aside = QStringLiteral("%1.%2-%3-%4").arg(name, why, stamp).arg(n);
    }
    QString ignored;
    // A rename moves the link, FIFO or folder itself: nothing is followed, nothing deleted.
    if (!DataFolderOs::replace(filePath(name), filePath(aside), &ignored))
        return {};
    DataFolderOs::syncFolder(m_path);
    return aside;
}

bool DataFolder::setAsideOdd(const QString &name, const QString &what, QString *notice,
                             QString *error) const
{
    const QString aside = moveAside(name, QStringLiteral("set-aside"));
    if (aside.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1 in the data folder is %2, not a plain file, and cannot "
                                    "be set aside")
                         .arg(name, what);
        return false;
    }
    *notice = QStringLiteral("%1 in the data folder was %2, not a plain file: set aside as %3 "
                             "(not followed, not deleted), and a fresh %1 made")
                  .arg(name, what, aside);
    return true;
}

bool DataFolder::prepareFile(File file, QString *error, bool create) const
{
    return prepareFile(name(file), error, create);
}

bool DataFolder::prepareFile(const QString &name, QString *error, bool create) const
{
    if (!prepare(error))
        return false;
    const QString path = filePath(name);
    const Kind kind = DataFolderOs::kindOf(path);
    if (kind == Kind::Plain) {
        DataFolderOs::makePrivateFile(path);
        return true;
    }
    if (kind != Kind::Missing) {
        QString notice;
        if (!setAsideOdd(name, describe(kind), &notice, error))
            return false;
        notify(notice);
    }
    if (!create)
        return true;
    QFile made;
    QString why;
    if (DataFolderOs::openPlain(made, path, QIODevice::WriteOnly | QIODevice::Append, &why) ==
        DataFolderOs::Opened::Ok)
        return true;
    if (error)
        *error = QStringLiteral("cannot make %1: %2").arg(path, why);
    return false;
}

bool DataFolder::prepareFolder(File file, QString *error) const
{
    if (!prepare(error))
        return false;
    const QString folder = name(file);
    const Kind kind = DataFolderOs::kindOf(filePath(folder));
    if (kind != Kind::Folder && kind != Kind::Missing) {
        QString notice;
        if (!setAsideOdd(folder, describe(kind), &notice, error))
            return false;
        notify(notice);
    }
    QString why;
    if (DataFolderOs::makePrivateFolder(filePath(folder), &why))
        return true;
    if (error)
        *error = QStringLiteral("cannot make %1: %2").arg(filePath(folder), why);
    return false;
}

bool DataFolder::openForWriting(QFile &out, File file, QIODevice::OpenMode mode, QString *error,
                                QString *setAside) const
{
    if (!prepare(error))
        return false;
    const QString path = filePath(file);
    QString why;
    // Twice at most: whatever odd thing is in the way is set aside once, then a fresh file.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto opened = DataFolderOs::openPlain(out, path, QIODevice::WriteOnly | mode, &why);
        if (opened == DataFolderOs::Opened::Ok)
            return true;
        if (opened != DataFolderOs::Opened::NotPlain)
            break;
        QString notice;
        if (!setAsideOdd(name(file), describe(DataFolderOs::kindOf(path)), &notice, error))
            return false;
        if (setAside)
            *setAside = setAside->isEmpty() ? notice : *setAside + QStringLiteral("; ") + notice;
        else
            notify(notice);
    }
    if (error)
        *error = QStringLiteral("cannot write %1: %2").arg(path, why);
    return false;
}

DataFolder::Read DataFolder::read(File file, QByteArray *bytes, QString *error,
                                  qint64 maxBytes) const
{
    const QString path = filePath(file);
    QFile in;
    QString why;
    bytes->clear();
    const auto fail = [&](Read result, const QString &reason) {
        if (error)
            *error = reason;
        return result;
    };
    switch (DataFolderOs::openPlain(in, path, QIODevice::ReadOnly, &why)) {
    case DataFolderOs::Opened::Ok:
        break;
    case DataFolderOs::Opened::Missing:
        return fail(Read::Missing, QStringLiteral("%1 is missing").arg(name(file)));
    case DataFolderOs::Opened::NotPlain:
        return fail(Read::NotPlain, QStringLiteral("%1 is %2, not a plain file")
                                        .arg(name(file), describe(DataFolderOs::kindOf(path))));
    case DataFolderOs::Opened::Failed:
        return fail(Read::Unreadable, QStringLiteral("%1 cannot be read: %2").arg(name(file), why));
    }
    *bytes = in.read(maxBytes + 1);
    if (in.error() != QFileDevice::NoError)
        return fail(Read::Unreadable,
                    QStringLiteral("%1 cannot be read: %2").arg(name(file), in.errorString()));
    if (bytes->size() > maxBytes)
        return fail(Read::TooLarge, QStringLiteral("%1 is too large").arg(name(file)));
    return Read::Ok;
}

bool DataFolder::write(File file, const QByteArray &bytes, QString *error) const
{
    return write(name(file), bytes, error);
}

bool DataFolder::write(const QString &name, const QByteArray &bytes, QString *error) const
{
    if (!prepare(error))
        return false;
    const QString path = filePath(name);
    const Kind kind = DataFolderOs::kindOf(path);
    // A rename would replace a link (deleting it) and fails on a folder: set aside first.
    if (kind != Kind::Missing && kind != Kind::Plain) {
        QString notice;
        if (!setAsideOdd(name, describe(kind), &notice, error))
            return false;
        notify(notice);
    }
    // A new name of its own (O_EXCL, 0600), so nothing already there is ever opened.
    QTemporaryFile temp(filePath(QStringLiteral(".%1.XXXXXX").arg(name)));
    QString why;
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = QStringLiteral("cannot write %1 (the disk may be full or read-only): %2")
                         .arg(path, reason);
        return false;
    };
    if (!temp.open())
        return fail(temp.errorString());
    if (temp.write(bytes) != bytes.size() || !DataFolderOs::syncFile(temp))
        return fail(temp.errorString());
    temp.close();
    DataFolderOs::makePrivateFile(temp.fileName());
    if (!DataFolderOs::replace(temp.fileName(), path, &why))
        return fail(why);
    temp.setAutoRemove(false);
    DataFolderOs::syncFolder(m_path);
    return true;
}

bool DataFolder::exists(File file) const
{
    return DataFolderOs::kindOf(filePath(file)) != Kind::Missing;
}

QString DataFolder::setAside(File file, const QString &why) const
{
    if (DataFolderOs::kindOf(filePath(file)) == Kind::Missing)
        return {};
    const QString aside = moveAside(name(file), why);
    if (!aside.isEmpty())
        notify(QStringLiteral("%1 in the data folder set aside as %2, for whoever repairs it")
                   .arg(name(file), aside));
    return aside;
}

bool DataFolder::remove(File file, QString *error) const
{
    const QString path = filePath(file);
    const Kind kind = DataFolderOs::kindOf(path);
    if (kind == Kind::Missing)
        return true;
    if (kind == Kind::Plain || kind == Kind::HardLinked) {
        // Unlinking removes this name only: a link's target or another name stays as it was.
        if (QFile::remove(path))
            return true;
        if (error)
            *error = QStringLiteral("cannot remove %1").arg(path);
        return false;
    }
    QString notice;
    if (!setAsideOdd(name(file), describe(kind), &notice, error))
        return false;
    notify(notice);
    return true;
}

void DataFolder::keepPrivate(const QString &name) const
{
    DataFolderOs::makePrivateFile(filePath(name));
}

void DataFolder::setNoticeHandler(std::function<void(const QString &)> handler)
{
    QMutexLocker lock(&noticeMutex);
    noticeHandler = std::move(handler);
}

QString DataFolder::outputProblem(const QString &path)
{
    switch (DataFolderOs::kindOf(path)) {
    case Kind::Missing:
    case Kind::Plain:
    case Kind::HardLinked: // the user's own file, replaced whole: its other name keeps the old
        return {};
    case Kind::Link:
        return QStringLiteral("%1 is a symbolic link, and careers-kiosk never writes through "
                              "one: give the name of a new file, or of a plain file to replace")
            .arg(path);
    case Kind::Folder:
        return QStringLiteral("%1 is a folder: give the name of a file").arg(path);
    default:
        break;
    }
    return QStringLiteral("%1 is not a plain file (%2): give the name of a new file")
        .arg(path, describe(DataFolderOs::kindOf(path)));
}
