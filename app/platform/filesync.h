#pragma once

#include <QString>

// Makes a rename inside a folder durable. QSaveFile syncs a file's bytes before it renames
// it, but on POSIX systems the new directory entry itself is only durable once the folder is
// synced too. Each platform has its own implementation file.
class FileSync
{
public:
    static bool syncDirectory(const QString &path);
};
