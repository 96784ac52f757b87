#include "settingslist.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

SettingsList::SettingsList(const QString &dataDir, const QString &key)
    : m_dataDir(dataDir), m_key(key)
{
}

QStringList SettingsList::values() const
{
    const QSettings settings(QDir(m_dataDir).filePath(QStringLiteral("kiosk.ini")),
                             QSettings::IniFormat);
    return settings.value(m_key).toStringList();
}

bool SettingsList::add(const QString &value, QString *error)
{
    QStringList list = values();
    if (list.contains(value))
        return true;
    list.append(value);
    return store(m_dataDir, m_key, list, error);
}

bool SettingsList::remove(const QString &value, QString *error)
{
    QStringList list = values();
    if (!list.removeAll(value)) {
        *error = QStringLiteral("'%1' is not in the list").arg(value);
        return false;
    }
    return store(m_dataDir, m_key, list, error);
}

bool SettingsList::store(const QString &dataDir, const QString &key, const QVariant &value,
                         QString *error)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("kiosk.ini"));
    if (!QDir().mkpath(dataDir)) {
        *error = QStringLiteral("cannot make the data folder");
        return false;
    }
    QSettings settings(path, QSettings::IniFormat);
    const bool empty = value.userType() == QMetaType::QStringList ? value.toStringList().isEmpty()
                                                                  : value.toString().isEmpty();
    if (empty)
        settings.remove(key);
    else
        settings.setValue(key, value);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        *error = QStringLiteral("cannot write %1 (the disk may be full or read-only)").arg(path);
        return false;
    }
    return true;
}
