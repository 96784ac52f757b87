#pragma once

#include <QIODevice>
#include <QString>

class QFile;

// The part of DataFolder that each platform does its own way: what is at a path without
// following a link, private permissions, and opening only a plain file. One implementation
// file per platform (datafolder_posix.cpp, datafolder_windows.cpp).
namespace DataFolderOs
{

enum class Kind { Missing, Plain, Link, Folder, Fifo, Device, HardLinked, Other };

// What is at `path`, looking at the name itself (lstat): a link is a link, wherever it leads.
// A plain file with a second hard link is not the kiosk's own: writing it would write the other.
Kind kindOf(const QString &path);
// Makes `path` (and its parents, as usual) if missing; the folder itself is then 0700.
bool makePrivateFolder(const QString &path, QString *error);
// 0600 for a plain file (the owner may read and write it, nobody else anything).
void makePrivateFile(const QString &path);

enum class Opened { Ok, Missing, NotPlain, Failed };
// Opens `path` never following a link and never waiting on a FIFO; keeps it open only if what
// was opened is a plain file of its own. For writing (WriteOnly, with Append or Truncate) a
// missing file is made 0600; Truncate empties it only once it is known to be plain.
Opened openPlain(QFile &file, const QString &path, QIODevice::OpenMode mode, QString *error);
// Renames `from` over `to`, replacing whatever file or link is there (never writing through
// it); fails on a folder.
bool replace(const QString &from, const QString &to, QString *error);
// Makes a rename inside the folder durable.
void syncFolder(const QString &path);
// Flushes a file's bytes to the disk.
bool syncFile(QFile &file);

} // namespace DataFolderOs
