#pragma once

#include <QString>

// The fleet settings of one kiosk, kept in its data folder's kiosk.ini: the folder it watches
// for new job data (none by default) and the id it writes its status and counts under.
class FleetSettings
{
public:
    explicit FleetSettings(const QString &dataDir);

    QString watchFolder() const;
    // An absolute path to an existing folder, or empty to stop watching.
    bool setWatchFolder(const QString &folder, QString *error);

    // The id set, or else the host name made safe for a file name.
    QString kioskId() const;
    bool setKioskId(const QString &id, QString *error);
    // What an id may be: it names files in a folder that other machines share.
    static QString checkId(const QString &id);

private:
    bool save(const QString &key, const QString &value, QString *error);

    QString m_dataDir;
    QString m_path;
};
