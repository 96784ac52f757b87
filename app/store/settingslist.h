#pragma once

#include <QString>
#include <QStringList>

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

private:
    bool save(const QStringList &values, QString *error);

    QString m_path;
    QString m_key;
};
