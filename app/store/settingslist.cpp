#include "settingslist.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

SettingsList::SettingsList(const QString &dataDir, const QString &key)
    : m_path(QDir(dataDir).filePath(QStringLiteral("kiosk.ini"))), m_key(key)
{
}

QStringList SettingsList::values() const
{
    const QSettings settings(m_path, QSettings::IniFormat);
    return settings.value(m_key).toStringList();
}

bool SettingsList::add(const QString &value, QString *error)
{
    QStringList list = values();
    if (list.contains(value))
        return true;
    list.append(value);
    return save(list, error);
}

bool SettingsList::remove(const QString &value, QString *error)
{
    QStringList list = values();
    if (!list.removeAll(value)) {
        *error = QStringLiteral("'%1' is not in the list").arg(value);
        return false;
    }
    return save(list, error);
}

bool SettingsList::save(const QStringList &values, QString *error)
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *error = QStringLiteral("cannot make the data folder");
        return false;
    }
    QSettings settings(m_path, QSettings::IniFormat);
    if (values.isEmpty())
        settings.remove(m_key);
    else
        settings.setValue(m_key, values);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        *error = QStringLiteral("cannot write %1 (the disk may be full or read-only)").arg(m_path);
        return false;
    }
    return true;
}
