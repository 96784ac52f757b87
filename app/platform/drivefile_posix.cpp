#include "drivefile.h"

#include <QFile>
#include <QRandomGenerator>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

namespace
{

using Problem = DriveFile::Problem;

// What went wrong in one step, or Problem::None.
struct Trouble {
    Problem problem = Problem::None;
    QString detail;
};

class Fd
{
public:
    explicit Fd(int fd = -1) : m_fd(fd) {}
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    ~Fd() { reset(-1); }
    int get() const { return m_fd; }
    void reset(int fd)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

Trouble fromErrno(int code, const QString &what)
{
    const QString detail = what + QStringLiteral(": ") + qt_error_string(code);
    switch (code) {
    case EROFS:
    case EACCES:
    case EPERM:
        return {Problem::ReadOnly, detail};
    case ENOSPC:
    case EDQUOT:
        return {Problem::Full, detail};
    case ELOOP:
        return {Problem::Link, what};
    default:
        return {Problem::Failed, detail};
    }
}

// One folder below `folder`, opened without following a link; it must be a real folder on the
// same file system as the drive's root.
Trouble openChild(const Fd &folder, const QString &name, dev_t drive, Fd *child)
{
    const QByteArray native = QFile::encodeName(name);
    struct stat status = {};
    if (::fstatat(folder.get(), native.constData(), &status, AT_SYMLINK_NOFOLLOW) != 0)
        return fromErrno(errno, name);
    if (S_ISLNK(status.st_mode))
        return {Problem::Link, name};
    child->reset(::openat(folder.get(), native.constData(),
                          O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (child->get() < 0) // ELOOP when it became a link after the look above
        return fromErrno(errno, name);
    if (::fstat(child->get(), &status) != 0)
        return fromErrno(errno, name);
    if (status.st_dev != drive)
        return {Problem::OutsideDrive, name + QStringLiteral(" (another file system)")};
    return {};
}

Trouble openFolder(const QString &root, const QStringList &parts, Fd *folder)
{
    folder->reset(::open(QFile::encodeName(root).constData(),
                         O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    struct stat drive = {};
    if (folder->get() < 0 || ::fstat(folder->get(), &drive) != 0)
        return fromErrno(errno, root);
    for (const QString &part : parts) {
        Fd child;
        const Trouble trouble = openChild(*folder, part, drive.st_dev, &child);
        if (trouble.problem != Problem::None)
            return trouble;
        folder->reset(child.release());
    }
    return {};
}

// A regular file may be replaced; nothing there is fine too.
Trouble checkTarget(const Fd &folder, const QByteArray &name)
{
    struct stat status = {};
    if (::fstatat(folder.get(), name.constData(), &status, AT_SYMLINK_NOFOLLOW) != 0)
        return errno == ENOENT ? Trouble() : fromErrno(errno, QFile::decodeName(name));
    if (S_ISLNK(status.st_mode))
        return {Problem::Link, QFile::decodeName(name)};
    if (!S_ISREG(status.st_mode))
        return {Problem::NotRegularFile, QFile::decodeName(name)};
    return {};
}

// A new file that nothing stood at before, so it cannot be a link planted in advance.
Trouble createTemporary(const Fd &folder, const QByteArray &name, Fd *file, QByteArray *temp)
{
    for (int attempt = 0; attempt < 16; ++attempt) {
        *temp = '.' + name + '.' + QByteArray::number(QRandomGenerator::global()->generate(), 16) +
                ".tmp";
        file->reset(::openat(folder.get(), temp->constData(),
                             O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
        if (file->get() >= 0)
            return {};
        if (errno != EEXIST)
            return fromErrno(errno, QFile::decodeName(name));
    }
    return {Problem::Failed, QStringLiteral("no free temporary name")};
}

Trouble writeAll(Fd *file, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(file->get(), data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return fromErrno(written < 0 ? errno : ENOSPC, QStringLiteral("write"));
        data += written;
        left -= written;
    }
    // USB sticks are pulled out without warning: the bytes must be there before the rename.
    if (::fsync(file->get()) != 0)
        return fromErrno(errno, QStringLiteral("fsync"));
    if (::close(file->release()) != 0)
        return fromErrno(errno, QStringLiteral("close"));
    return {};
}

Trouble replace(const Fd &folder, const QByteArray &temp, const QByteArray &name)
{
    // renameat() replaces whatever entry is at name, a link included, and never follows it.
    if (::renameat(folder.get(), temp.constData(), folder.get(), name.constData()) != 0) {
        const int code = errno;
        return code == EISDIR ? Trouble{Problem::NotRegularFile, QFile::decodeName(name)}
                              : fromErrno(code, QFile::decodeName(name));
    }
    ::fsync(folder.get()); // the new entry made durable; the file is whole either way
    return {};
}

Trouble writeTemporary(const Fd &folder, const QByteArray &name, const QByteArray &bytes,
                       QByteArray *temp)
{
    Fd file;
    Trouble trouble = createTemporary(folder, name, &file, temp);
    if (trouble.problem != Problem::None)
        return trouble;
    trouble = writeAll(&file, bytes);
    if (trouble.problem != Problem::None)
        ::unlinkat(folder.get(), temp->constData(), 0);
    return trouble;
}

} // namespace

bool DriveFile::writeInFolder(const QString &root, const QStringList &parts,
                              const QByteArray &bytes)
{
    const QByteArray name = QFile::encodeName(m_name);
    Fd folder;
    Trouble trouble = openFolder(root, parts, &folder);
    if (trouble.problem == Problem::None)
        trouble = checkTarget(folder, name);
    QByteArray temp;
    if (trouble.problem == Problem::None)
        trouble = writeTemporary(folder, name, bytes, &temp);
    if (trouble.problem != Problem::None)
        return fail(trouble.problem, trouble.detail);
    beforeRename();
    trouble = replace(folder, temp, name);
    if (trouble.problem == Problem::None)
        return true;
    ::unlinkat(folder.get(), temp.constData(), 0);
    return fail(trouble.problem, trouble.detail);
}
