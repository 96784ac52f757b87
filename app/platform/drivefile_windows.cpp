#include "drivefile.h"

#include <QDir>
#include <QRandomGenerator>

#include <windows.h>

#include <utility>
#include <vector>

// Written to the documented behaviour of CreateFileW and MoveFileExW; the development machine
// does not build it, so it is kept short.

namespace
{

using Problem = DriveFile::Problem;

// What went wrong in one step, or Problem::None.
struct Trouble {
    Problem problem = Problem::None;
    QString detail;
};

class Handle
{
public:
    Handle() = default;
    Handle(Handle &&other) noexcept : m_handle(std::exchange(other.m_handle, INVALID_HANDLE_VALUE))
    {
    }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
    ~Handle() { reset(INVALID_HANDLE_VALUE); }
    HANDLE get() const { return m_handle; }
    bool isValid() const { return m_handle != INVALID_HANDLE_VALUE; }
    void reset(HANDLE handle)
    {
        if (isValid())
            CloseHandle(m_handle);
        m_handle = handle;
    }
    bool close() { return CloseHandle(std::exchange(m_handle, INVALID_HANDLE_VALUE)) != 0; }

private:
    HANDLE m_handle = INVALID_HANDLE_VALUE;
};

Trouble fromError(DWORD code, const QString &what)
{
    const QString detail = what + QStringLiteral(": ") + qt_error_string(int(code));
    switch (code) {
    case ERROR_WRITE_PROTECT:
    case ERROR_ACCESS_DENIED:
        return {Problem::ReadOnly, detail};
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
        return {Problem::Full, detail};
    default:
        return {Problem::Failed, detail};
    }
}

std::wstring native(const QString &path)
{
    return QDir::toNativeSeparators(path).toStdWString();
}

// Opens an entry itself, never what a link or junction points to. Without FILE_SHARE_DELETE no
// one can rename or delete the entry while the handle is held. Returns 0 or the error.
DWORD openEntry(const QString &path, Handle *entry, BY_HANDLE_FILE_INFORMATION *info)
{
    entry->reset(CreateFileW(native(path).c_str(), FILE_READ_ATTRIBUTES,
                             FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING,
                             FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, nullptr));
    if (!entry->isValid() || !GetFileInformationByHandle(entry->get(), info))
        return GetLastError();
    return 0;
}

// Each folder from the drive's root down is held open, so none can be swapped while writing.
Trouble openFolders(const QString &root, const QStringList &parts, std::vector<Handle> *held,
                    QString *folder)
{
    *folder = root;
    BY_HANDLE_FILE_INFORMATION drive = {};
    held->emplace_back();
    if (const DWORD code = openEntry(root, &held->back(), &drive))
        return fromError(code, root);
    for (const QString &part : parts) {
        *folder = QDir(*folder).filePath(part);
        BY_HANDLE_FILE_INFORMATION info = {};
        held->emplace_back();
        if (const DWORD code = openEntry(*folder, &held->back(), &info))
            return fromError(code, part);
        if (info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT)
            return {Problem::Link, part};
        if (!(info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY))
            return {Problem::Failed, part + QStringLiteral(": not a folder")};
        if (info.dwVolumeSerialNumber != drive.dwVolumeSerialNumber)
            return {Problem::OutsideDrive, part + QStringLiteral(" (another volume)")};
    }
    return {};
}

// A regular file may be replaced; nothing there is fine too.
Trouble checkTarget(const QString &target, const QString &name)
{
    Handle entry;
    BY_HANDLE_FILE_INFORMATION info = {};
    if (const DWORD code = openEntry(target, &entry, &info))
        return code == ERROR_FILE_NOT_FOUND ? Trouble() : fromError(code, name);
    if (info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT)
        return {Problem::Link, name};
    if (info.dwFileAttributes & (FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_DEVICE))
        return {Problem::NotRegularFile, name};
    return {};
}

// CREATE_NEW fails if anything, a link included, is already at the name.
Trouble createTemporary(const QString &folder, const QString &name, Handle *file, QString *temp)
{
    for (int attempt = 0; attempt < 16; ++attempt) {
        *temp = QDir(folder).filePath(
            QStringLiteral(".%1.%2.tmp")
                .arg(name, QString::number(QRandomGenerator::global()->generate(), 16)));
        file->reset(CreateFileW(native(*temp).c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                                FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr));
        if (file->isValid())
            return {};
        const DWORD code = GetLastError();
        if (code != ERROR_FILE_EXISTS && code != ERROR_ALREADY_EXISTS)
            return fromError(code, name);
    }
    return {Problem::Failed, QStringLiteral("no free temporary name")};
}

Trouble writeAll(Handle *file, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        DWORD written = 0;
        const DWORD chunk = DWORD(qMin<qsizetype>(left, 1 << 20));
        if (!WriteFile(file->get(), data, chunk, &written, nullptr) || written == 0)
            return fromError(GetLastError(), QStringLiteral("write"));
        data += written;
        left -= written;
    }
    if (!FlushFileBuffers(file->get()))
        return fromError(GetLastError(), QStringLiteral("flush"));
    if (!file->close())
        return fromError(GetLastError(), QStringLiteral("close"));
    return {};
}

Trouble writeTemporary(const QString &folder, const QString &name, const QByteArray &bytes,
                       QString *temp)
{
    Handle file;
    Trouble trouble = createTemporary(folder, name, &file, temp);
    if (trouble.problem != Problem::None)
        return trouble;
    trouble = writeAll(&file, bytes);
    if (trouble.problem != Problem::None) {
        file.reset(INVALID_HANDLE_VALUE);
        DeleteFileW(native(*temp).c_str());
    }
    return trouble;
}

} // namespace

bool DriveFile::writeInFolder(const QString &root, const QStringList &parts,
                              const QByteArray &bytes)
{
    std::vector<Handle> held;
    QString folder;
    Trouble trouble = openFolders(root, parts, &held, &folder);
    const QString target = QDir(folder).filePath(m_name);
    if (trouble.problem == Problem::None)
        trouble = checkTarget(target, m_name);
    QString temp;
    if (trouble.problem == Problem::None)
        trouble = writeTemporary(folder, m_name, bytes, &temp);
    if (trouble.problem != Problem::None)
        return fail(trouble.problem, trouble.detail);
    beforeRename();
    // MoveFileExW replaces a link at the target rather than the file it points to.
    if (MoveFileExW(native(temp).c_str(), native(target).c_str(),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    trouble = fromError(GetLastError(), m_name);
    DeleteFileW(native(temp).c_str());
    return fail(trouble.problem, trouble.detail);
}
