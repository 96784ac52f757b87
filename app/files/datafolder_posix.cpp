#include "datafolder_os.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace DataFolderOs
{

namespace
{

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

Kind kindOfMode(const struct stat &info)
{
    if (S_ISLNK(info.st_mode))
        return Kind::Link;
    if (S_ISDIR(info.st_mode))
        return Kind::Folder;
    if (S_ISFIFO(info.st_mode) || S_ISSOCK(info.st_mode))
        return Kind::Fifo;
    if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode))
        return Kind::Device;
    if (!S_ISREG(info.st_mode))
        return Kind::Other;
    return info.st_nlink > 1 ? Kind::HardLinked : Kind::Plain;
}

} // namespace

Kind kindOf(const QString &path)
{
    struct stat info;
    if (::lstat(native(path).constData(), &info) != 0)
        return errno == ENOENT || errno == ENOTDIR ? Kind::Missing : Kind::Other;
    return kindOfMode(info);
}

bool makePrivateFolder(const QString &path, QString *error)
{
    const QByteArray name = native(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QStringLiteral("cannot make %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    // Made 0700 from the start, so that nothing is ever in it with looser permissions.
    if (::mkdir(name.constData(), 0700) != 0 && errno != EEXIST) {
        *error = QStringLiteral("cannot make %1: %2").arg(path, qt_error_string(errno));
        return false;
    }
    struct stat info;
    if (::stat(name.constData(), &info) != 0 || !S_ISDIR(info.st_mode)) {
        *error = QStringLiteral("%1 is not a folder").arg(path);
        return false;
    }
    if ((info.st_mode & 07777) != 0700 && ::chmod(name.constData(), 0700) != 0) {
        *error = QStringLiteral("cannot make %1 private: %2").arg(path, qt_error_string(errno));
        return false;
    }
    return true;
}

void makePrivateFile(const QString &path)
{
    struct stat info;
    const QByteArray name = native(path);
    if (::lstat(name.constData(), &info) == 0 && S_ISREG(info.st_mode) &&
        (info.st_mode & 07777) != 0600)
        ::chmod(name.constData(), 0600);
}

Opened openPlain(QFile &file, const QString &path, QIODevice::OpenMode mode, QString *error)
{
    const bool writing = mode & QIODevice::WriteOnly;
    // O_NOFOLLOW: a link in the last component fails with ELOOP. O_NONBLOCK: a FIFO answers at
    // once instead of waiting for a reader or writer. No O_TRUNC yet: a FIFO or a file with a
    // second name must be refused before anything is changed.
    int flags = O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | (writing ? O_WRONLY | O_CREAT : O_RDONLY);
    if (writing && (mode & QIODevice::Append))
        flags |= O_APPEND;
    const int fd = ::open(native(path).constData(), flags, 0600);
    if (fd < 0) {
        const int code = errno;
        *error = qt_error_string(code);
        if (code == ENOENT)
            return Opened::Missing;
        // ELOOP: a link; EISDIR: a folder; ENXIO: a FIFO with nobody at the other end.
        return code == ELOOP || code == EISDIR || code == ENXIO || code == EMLINK ? Opened::NotPlain
                                                                                  : Opened::Failed;
    }
    struct stat info;
    if (::fstat(fd, &info) != 0 || kindOfMode(info) != Kind::Plain) {
        ::close(fd);
        *error = QStringLiteral("not a plain file");
        return Opened::NotPlain;
    }
    // Back to blocking, as QFile expects; a plain file never waits anyway.
    const int status = ::fcntl(fd, F_GETFL);
    if (status < 0 || ::fcntl(fd, F_SETFL, status & ~O_NONBLOCK) != 0 ||
        (writing && (info.st_mode & 07777) != 0600 && ::fchmod(fd, 0600) != 0) ||
        (writing && (mode & QIODevice::Truncate) && ::ftruncate(fd, 0) != 0)) {
        *error = qt_error_string(errno);
        ::close(fd);
        return Opened::Failed;
    }
    const QIODevice::OpenMode qtMode =
        writing ? (QIODevice::WriteOnly | (mode & (QIODevice::Append | QIODevice::Text)))
                : (QIODevice::ReadOnly | (mode & QIODevice::Text));
    if (!file.open(fd, qtMode, QFileDevice::AutoCloseHandle)) {
        *error = file.errorString();
        ::close(fd);
        return Opened::Failed;
    }
    return Opened::Ok;
}

bool replace(const QString &from, const QString &to, QString *error)
{
    if (::rename(native(from).constData(), native(to).constData()) == 0)
        return true;
    *error = qt_error_string(errno);
    return false;
}

void syncFolder(const QString &path)
{
    const int fd = ::open(native(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

bool syncFile(QFile &file)
{
    return file.flush() && ::fsync(file.handle()) == 0;
}

} // namespace DataFolderOs
