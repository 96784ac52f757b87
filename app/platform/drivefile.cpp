#include "drivefile.h"

#include "safename.h"

#include <QDir>
#include <QFileInfo>

namespace
{

std::function<void()> testHook;

#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
constexpr Qt::CaseSensitivity pathCase = Qt::CaseInsensitive;
#else
constexpr Qt::CaseSensitivity pathCase = Qt::CaseSensitive;
#endif

// The folder's path below root, or false when it is not below it.
bool below(const QString &root, const QString &folder, QString *relative)
{
    const QString prefix = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
    if (folder.compare(root, pathCase) == 0 || folder.compare(prefix, pathCase) == 0) {
        relative->clear();
        return true;
    }
    if (!folder.startsWith(prefix, pathCase))
        return false;
    *relative = folder.mid(prefix.size());
    return true;
}

bool isPlainName(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") &&
           !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) &&
           !name.contains(QChar(0)) && !name.contains(QLatin1Char(':'));
}

QString message(DriveFile::Problem problem)
{
    switch (problem) {
    case DriveFile::Problem::None:
        return {};
    case DriveFile::Problem::BadName:
        return QStringLiteral("refused, not a plain file name: ");
    case DriveFile::Problem::OutsideDrive:
        return QStringLiteral("refused, not inside the drive: ");
    case DriveFile::Problem::Link:
        return QStringLiteral("refused, nothing is written through a link: ");
    case DriveFile::Problem::NotRegularFile:
        return QStringLiteral("refused, not a regular file: ");
    case DriveFile::Problem::ReadOnly:
        return QStringLiteral("the drive is read-only or may not be written: ");
    case DriveFile::Problem::Full:
        return QStringLiteral("the drive is full: ");
    case DriveFile::Problem::Failed:
        break;
    }
    return QStringLiteral("cannot write the file: ");
}

} // namespace

DriveFile::DriveFile(const QString &drive, const QString &folder, const QString &name)
    : m_drive(drive), m_folder(folder), m_name(name)
{
}

bool DriveFile::write(const QByteArray &bytes)
{
    m_problem = Problem::None;
    m_error.clear();
    if (!isPlainName(m_name))
        return fail(Problem::BadName, m_name);
    QString root;
    QStringList parts;
    return findFolder(&root, &parts) && writeInFolder(root, parts, bytes);
}

QString DriveFile::path() const
{
    return QDir(QDir(m_drive).absoluteFilePath(m_folder)).filePath(m_name);
}

DriveFile::Problem DriveFile::problem() const
{
    return m_problem;
}

QString DriveFile::error() const
{
    return m_error;
}

void DriveFile::setBeforeRenameForTesting(std::function<void()> hook)
{
    testHook = std::move(hook);
}

void DriveFile::beforeRename()
{
    if (testHook)
        testHook();
}

// The drive's canonical root and the folders from it down to the target's folder. The path is
// checked here as text and, through canonical paths, as it is now; the platform file then walks
// it without following links, which also holds if the stick changes in between.
bool DriveFile::findFolder(QString *root, QStringList *parts)
{
    *root = QFileInfo(m_drive).canonicalFilePath();
    if (root->isEmpty())
        return fail(Problem::Failed, QStringLiteral("the drive is not there: ") + m_drive);
    const QString folder = QDir::cleanPath(QDir(m_drive).absoluteFilePath(m_folder));
    QString relative;
    if (!below(QDir::cleanPath(QDir(m_drive).absolutePath()), folder, &relative) &&
        !below(*root, folder, &relative))
        return fail(Problem::OutsideDrive, folder);
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    if (canonical.isEmpty())
        return fail(Problem::Failed, QStringLiteral("no such folder: ") + folder);
    QString unused;
    if (!below(*root, canonical, &unused))
        return fail(Problem::OutsideDrive, folder);
    *parts = relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return true;
}

bool DriveFile::fail(Problem problem, const QString &detail)
{
    m_problem = problem;
    m_error = message(problem) + SafeName::from(detail, 300);
    return false;
}
