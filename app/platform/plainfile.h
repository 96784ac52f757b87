#pragma once

#include <QString>

class QCryptographicHash;
class QFile;

// Opens a bundle for reading only if it is a plain file at the moment it is opened. Looking at
// a path first and opening it afterwards leaves a gap in which a stick's file can be swapped:
// for a link that leads elsewhere on the kiosk's disk, or for a FIFO, whose open waits for a
// writer that never comes and so would block the worker for good. The check is made on what
// was opened, not on the name. A Qt resource is opened as it is. Each platform has its own
// implementation file.
class PlainFile
{
public:
    // On success `file` is open read-only and owns the handle; otherwise `error` (if given)
    // says why, and `file` is left closed.
    static bool open(QFile &file, const QString &path, QString *error = nullptr);

    // Copies a plain file whole to `copyPath` (at most `maxBytes`), adding what it copies to
    // `hash` when one is given. The copy is what is read afterwards, so the original may
    // change at will without changing what was checked.
    static bool copy(const QString &path, const QString &copyPath, qint64 maxBytes,
                     QCryptographicHash *hash, QString *error);
    // "64 MB", "8 KB": a limit as the messages above give it.
    static QString sizeInWords(qint64 bytes);
};
