#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

// A list of values kept under one key of the data folder's kiosk.ini, changed one value at a
// time from the command line or the staff screen, and read by every check.
class SettingsList
{
public:
    SettingsList(const QString &dataDir, const QString &key);

    QStringList values() const;
    // Adding a value already there, or removing one that is not, changes nothing and is not
    // an error for add() but is for remove(), which says so.
    bool add(const QString &value, QString *error);
    bool remove(const QString &value, QString *error);

    // Writes one value under `key` of the data folder's kiosk.ini; an empty one removes it.
    static bool store(const QString &dataDir, const QString &key, const QVariant &value,
                      QString *error);

private:
    QString m_dataDir;
    QString m_key;
};
