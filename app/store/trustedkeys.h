#pragma once

#include "minisignkey.h"

#include <QList>
#include <QString>

// The minisign public keys whose signatures this kiosk accepts, kept by KioskSettings. Once
// one has been trusted, every bundle from a drive, the command line or a watched folder must be
// signed by one of them, and stays so however kiosk.ini is damaged (see KioskSettings).
class TrustedKeys
{
public:
    explicit TrustedKeys(const QString &dataDir);

    // The trusted keys that can be read.
    QList<MinisignKey> keys() const;
    bool isEmpty() const { return keys().isEmpty(); }
    // A key was trusted: every bundle must be signed.
    bool isRequired() const;
    // Empty when the signing settings are sound; otherwise what is damaged and the repair.
    QString damage() const;
    bool add(const MinisignKey &key, QString *error);
    // `id` as minisign prints it (up to 16 hex digits); also a key that is recorded as trusted
    // but whose line kiosk.ini lost.
    bool remove(const QString &id, QString *error);

private:
    QString m_dataDir;
};
