#pragma once

#include "settingstext.h"

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
    // Empty when `code` may name the kiosk's language (a locale name: "cy", "en_GB");
    // otherwise why not. Letters only: it becomes part of a translation's file name.
    static QString checkLanguage(const QString &code);
    // The host name made safe for a file name: a kiosk's id when none is set.
    static QString hostKioskId();
    // The single value under `key` if `check` accepts it. Otherwise empty, the key is left out
    // (it is not written back) and `fallback`, what is used instead, is added to `fallbacks`.
    static QString takeChecked(SettingsText::Values &values, const QString &key,
                               QString (*check)(const QString &), QStringList &fallbacks,
                               const QString &fallback);
};
