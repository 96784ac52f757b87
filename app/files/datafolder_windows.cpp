#include "datafolder_os.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <io.h>
#include <qt_windows.h>

// Windows has no FIFOs in a folder, and its links (symbolic links, junctions) are reparse
// points: anything with that attribute is refused as a link, never opened. The data folder
// lives in the user's own AppData, which other users cannot read, so permissions are left as
// Windows gives them.
namespace DataFolderOs
{

namespace
{

std::wstring native(const QString &path)
{
    return QDir::toNativeSeparators(path).toStdWString();
}

} // namespace

Kind kindOf(const QString &path)
{
    const DWORD attributes = ::GetFileAttributesW(native(path).c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES)
        return Kind::Missing;
    if (attributes & FILE_ATTRIBUTE_REPARSE_POINT)
        return Kind::Link;
    if (attributes & FILE_ATTRIBUTE_DIRECTORY)
        return Kind::Folder;
    if (attributes & FILE_ATTRIBUTE_DEVICE)
        return Kind::Device;
    return Kind::Plain;
}

bool makePrivateFolder(const QString &path, QString *error)
{
    if (!QDir().mkpath(path) || !QFileInfo(path).isDir()) {
        *error = QStringLiteral("cannot make %1").arg(path);
        return false;
    }
    return true;
}

void makePrivateFile(const QString &path)
{
    if (kindOf(path) == Kind::Plain)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

Opened openPlain(QFile &file, const QString &path, QIODevice::OpenMode mode, QString *error)
{
    const Kind kind = kindOf(path);
    const bool writing = mode & QIODevice::WriteOnly;
    if (kind == Kind::Missing && !writing) {
        *error = QStringLiteral("no such file");
        return Opened::Missing;
    }
    if (kind != Kind::Missing && kind != Kind::Plain) {
        *error = QStringLiteral("not a plain file");
        return Opened::NotPlain;
    }
    file.setFileName(path);
    if (!file.open(mode)) {
        *error = file.errorString();
        return Opened::Failed;
    }
    return Opened::Ok;
}

bool replace(const QString &from, const QString &to, QString *error)
{
    if (::MoveFileExW(native(from).c_str(), native(to).c_str(),
                      MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    *error = qt_error_string(int(::GetLastError()));
    return false;
}

void syncFolder(const QString &)
{
    // MOVEFILE_WRITE_THROUGH made the rename durable already.
}

bool syncFile(QFile &file)
{
    return file.flush() &&
           ::FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(file.handle())));
}

} // namespace DataFolderOs
