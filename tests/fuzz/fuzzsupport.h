#pragma once

#include <QByteArray>
#include <QString>

// What every fuzz target needs before its first input: a Qt application object (the SQLite
// driver is a plugin found through it) and a private folder for the files it writes.
namespace FuzzSupport
{

void startQt(int *argc, char ***argv);
QString scratchPath(const QString &name);
void writeFile(const QString &path, const QByteArray &data);

} // namespace FuzzSupport
