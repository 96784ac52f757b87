#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

// Writes one small file whole into a folder on a removable drive: the report beside a bundle,
// the exported counts. Whoever made the stick is not trusted, so nothing written follows a
// link or leaves the drive. The folder is reached from the drive's root one folder at a time,
// never through a link and never onto another file system, and is held open while writing,
// so a folder swapped for a link half-way does not redirect the file. The bytes go to a new
// temporary file beside the target and are then renamed over it: a reader never sees half a
// file, and a rename replaces a link rather than writing through it. A target that is already
// a link, a folder or anything else but a regular file is refused. Each platform has its own
// implementation file.
class DriveFile
{
public:
    enum class Problem {
        None,
        BadName,
        OutsideDrive,
        Link,
        NotRegularFile,
        ReadOnly,
        Full,
        Failed
    };

    // drive: the drive's root (as RemovableMedia::volumes() gives it); folder: a folder on it,
    // absolute or relative to the root; name: a plain file name.
    DriveFile(const QString &drive, const QString &folder, const QString &name);

    bool write(const QByteArray &bytes);
    QString path() const;
    Problem problem() const;
    QString error() const; // empty after a successful write; names are made safe to show

    // For tests: called after the checks and just before the rename, to change the drive then.
    static void setBeforeRenameForTesting(std::function<void()> hook);

private:
    bool findFolder(QString *root, QStringList *parts);
    bool writeInFolder(const QString &root, const QStringList &parts, const QByteArray &bytes);
    bool fail(Problem problem, const QString &detail);
    static void beforeRename();

    QString m_drive;
    QString m_folder;
    QString m_name;
    Problem m_problem = Problem::None;
    QString m_error;
};
