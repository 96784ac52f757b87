#include "fleetsettings.h"

#include "settingslist.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QSysInfo>

namespace
{
const QString folderKey = QStringLiteral("fleet/watchFolder");
const QString idKey = QStringLiteral("fleet/kioskId");
} // namespace

FleetSettings::FleetSettings(const QString &dataDir)
    : m_dataDir(dataDir), m_path(QDir(dataDir).filePath(QStringLiteral("kiosk.ini")))
{
}

QString FleetSettings::watchFolder() const
{
    return QSettings(m_path, QSettings::IniFormat).value(folderKey).toString();
}

bool FleetSettings::setWatchFolder(const QString &folder, QString *error)
{
    if (!folder.isEmpty()) {
        const QFileInfo info(folder);
        if (!info.isAbsolute()) {
            *error = QStringLiteral("give the watched folder as a full path");
            return false;
        }
        if (!info.isDir()) {
            *error = QStringLiteral("%1 is not a folder").arg(folder);
            return false;
        }
    }
    return save(folderKey, folder.isEmpty() ? QString() : QDir::cleanPath(folder), error);
}

QString FleetSettings::kioskId() const
{
    const QString id = QSettings(m_path, QSettings::IniFormat).value(idKey).toString();
    if (!id.isEmpty() && checkId(id).isEmpty())
        return id;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString host = QSysInfo::machineHostName().replace(unsafe, QStringLiteral("-")).left(64);
    while (host.startsWith(QLatin1Char('.')))
        host.remove(0, 1);
    return host.isEmpty() ? QStringLiteral("kiosk") : host;
}

bool FleetSettings::setKioskId(const QString &id, QString *error)
{
    *error = checkId(id);
    return error->isEmpty() && save(idKey, id, error);
}

QString FleetSettings::checkId(const QString &id)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!shape.match(id).hasMatch())
        return QStringLiteral("a kiosk id is 1 to 64 letters, digits, dots, hyphens or "
                              "underscores, starting with a letter or digit");
    // Windows cannot make files with these names, whatever follows the dot.
    static const QRegularExpression reserved(
        QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(id).hasMatch())
        return QStringLiteral("'%1' is a name Windows reserves for a device").arg(id);
    return {};
}

bool FleetSettings::save(const QString &key, const QString &value, QString *error)
{
    return SettingsList::store(m_dataDir, key, value, error);
}
