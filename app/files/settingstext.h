#pragma once

#include <QByteArray>
#include <QMap>
#include <QStringList>

// The text of kiosk.ini: the INI dialect QSettings writes (so that files written by earlier
// kiosks read the same, and QSettings reads what is written here), but read strictly. Where
// QSettings skips what it cannot read and carries on, every line here is a section heading, a
// setting, a comment or blank, or the file is reported damaged, naming the line.
namespace SettingsText
{

// "section/key" (a key of [General] has no section) to its values: a plain value is a list of
// one, an empty list (written "@Invalid()") has none.
using Values = QMap<QString, QStringList>;

struct Parsed {
    Values values;
    QStringList problems; // empty when every line was understood
};

Parsed parse(const QByteArray &bytes);
QByteArray write(const Values &values);

} // namespace SettingsText
