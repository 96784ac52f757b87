#pragma once

#include <QString>

// The shape of the values kiosk.ini keeps, checked without the libraries that use them (the
// bundle library checks keys and host names fully): a line is a minisign key, a name is a host
// name, an id may name a kiosk's files in a shared folder.
class SettingsValue
{
public:
    static bool isHostName(const QString &host);
    // The id minisign prints for a public key line, or empty when the line is not one.
    static QString keyIdOf(const QString &keyLine);
    // Empty when `id` may be a kiosk's id; otherwise why not.
    static QString checkKioskId(const QString &id);
};
