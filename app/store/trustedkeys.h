#pragma once

#include "minisignkey.h"
#include "settingslist.h"

#include <QList>

// The minisign public keys whose signatures this kiosk accepts. Once there is one, every
// bundle from a drive, the command line or a watched folder must be signed by one of them.
class TrustedKeys
{
public:
    explicit TrustedKeys(const QString &dataDir);

    QList<MinisignKey> keys() const;
    bool isEmpty() const { return keys().isEmpty(); }
    bool add(const MinisignKey &key, QString *error);
    // `id` as minisign prints it (up to 16 hex digits).
    bool remove(const QString &id, QString *error);

private:
    SettingsList m_list;
};
