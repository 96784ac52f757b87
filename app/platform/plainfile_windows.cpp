#include "plainfile.h"

#include <QFile>
#include <QFileInfo>

// Windows has no FIFOs for an open to wait on; links and junctions are reparse points, refused
// before the open. The development machine does not build this file.

bool PlainFile::open(QFile &file, const QString &path, QString *error)
{
    const QFileInfo info(path);
    QString reason;
    if (info.isSymLink() || info.isJunction()) {
        reason = QStringLiteral("it is a symbolic link");
    } else if (!info.isFile()) {
        reason = QStringLiteral("it is not a regular file");
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            reason = file.errorString();
    }
    if (error)
        *error = reason;
    return reason.isEmpty();
}
