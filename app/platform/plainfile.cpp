#include "plainfile.h"

#include <QCryptographicHash>
#include <QFile>

QString PlainFile::sizeInWords(qint64 bytes)
{
    if (bytes >= 1 << 20)
        return QStringLiteral("%1 MB").arg(bytes >> 20);
    if (bytes >= 1 << 10)
        return QStringLiteral("%1 KB").arg(bytes >> 10);
    return QStringLiteral("%1 bytes").arg(bytes);
}

bool PlainFile::copy(const QString &path, const QString &copyPath, qint64 maxBytes,
                     QCryptographicHash *hash, QString *error)
{
    const auto failed = [error](const QString &why) {
        *error = why;
        return false;
    };
    QFile source;
    QString why;
    if (!open(source, path, &why))
        return failed(QStringLiteral("the file cannot be read: %1").arg(why));
    QFile copy(copyPath);
    if (!copy.open(QIODevice::WriteOnly))
        return failed(QStringLiteral("cannot make a private copy (the disk may be full or "
                                     "read-only): %1")
                          .arg(copy.errorString()));
    qint64 total = 0;
    for (QByteArray chunk = source.read(1 << 20); !chunk.isEmpty(); chunk = source.read(1 << 20)) {
        total += chunk.size();
        if (total > maxBytes) // it grew since its size was looked at
            return failed(QStringLiteral("it is larger than %1, the most a file of its kind may "
                                         "hold")
                              .arg(sizeInWords(maxBytes)));
        if (hash)
            hash->addData(chunk);
        if (copy.write(chunk) != chunk.size())
            return failed(
                QStringLiteral("cannot make a private copy (the disk may be full or read-only): %1")
                    .arg(copy.errorString()));
    }
    if (source.error() != QFile::NoError)
        return failed(QStringLiteral("the file cannot be read: %1").arg(source.errorString()));
    return copy.flush() ||
           failed(QStringLiteral("cannot make a private copy (the disk may be full or read-only): "
                                 "%1")
                      .arg(copy.errorString()));
}
