#include "plainfile.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace
{

bool refuse(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return false;
}

} // namespace

bool PlainFile::open(QFile &file, const QString &path, QString *error)
{
    // A Qt resource (the default bundle) is compiled into the program: nobody can swap it, and
    // the operating system cannot open it.
    if (path.startsWith(QLatin1Char(':')) || path.startsWith(QLatin1String("qrc:"))) {
        file.setFileName(path);
        return file.open(QIODevice::ReadOnly) || refuse(error, file.errorString());
    }
    // O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer. O_NOFOLLOW:
    // a link in the last component fails with ELOOP instead of being followed.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        const int code = errno;
        if (code == ELOOP)
            return refuse(error, QStringLiteral("it is a symbolic link"));
        return refuse(error, qt_error_string(code));
    }
    struct stat info;
    if (::fstat(fd, &info) != 0) {
        const int code = errno;
        ::close(fd);
        return refuse(error, qt_error_string(code));
    }
    if (!S_ISREG(info.st_mode)) {
        ::close(fd);
        return refuse(error, QStringLiteral("it is not a regular file"));
    }
    // Reads from a regular file never wait anyway; blocking mode is what QFile expects.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) {
        const int code = errno;
        ::close(fd);
        return refuse(error, qt_error_string(code));
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        const QString reason = file.errorString();
        ::close(fd);
        return refuse(error, reason);
    }
    return true;
}
