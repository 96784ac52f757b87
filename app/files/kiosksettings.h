#pragma once

#include "datafolder.h"
#include "settingstext.h"
#include "settingsvalue.h"

#include <QObject>
#include <QStringList>

#include <functional>

// The one owner of kiosk.ini, typed: the idle time, "Within reach" for each visitor, the
// opening hours, the watched folder and the kiosk's id, the hosts web addresses may be on, the
// trusted signing keys and who signed the live data. Each object reads the file when made and on
// reload(); every change reads it again first (another process may have changed it), writes it
// whole through DataFolder, and says what changed with a signal. Speech has no stored defaults.
//
// It fails closed. Once a key has been trusted, `signing-required` beside kiosk.ini records
// the trusted keys; it is written before kiosk.ini and removed only when the last key is
// removed on purpose. A settings file that is missing, unreadable, malformed, truncated, a
// folder or a link, or a key line that does not parse, then leaves signatures required and
// says what is damaged and how to repair it, instead of reading as "no keys". A damaged idle
// time gives the default; a damaged host list allows no host rather than any.
class KioskSettings : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultIdleSeconds = 90;
    static constexpr int shortestIdleSeconds = 10;
    static constexpr int longestIdleSeconds = 24 * 3600;

    explicit KioskSettings(const QString &dataDir, QObject *parent = nullptr);

    QString dataDir() const { return m_folder.path(); }
    // Reads kiosk.ini again, and signals what changed.
    void reload();

    int idleSeconds() const { return m_state.idleSeconds; }
    bool setIdleSeconds(int seconds, QString *error = nullptr);
    bool withinReachDefault() const { return m_state.withinReach; }
    bool setWithinReachDefault(bool on, QString *error = nullptr);

    // None by default.
    QString watchFolder() const { return m_state.watchFolder; }
    // An absolute path to an existing folder, or empty to stop watching.
    bool setWatchFolder(const QString &folder, QString *error = nullptr);
    // The id set, or else the host name made safe for a file name.
    QString kioskId() const;
    bool setKioskId(const QString &id, QString *error = nullptr);
    // What an id may be: it names files in a folder that other machines share.
    static QString checkKioskId(const QString &id) { return SettingsValue::checkKioskId(id); }
    // The language staff chose for the kiosk ("cy", "en_GB"); empty: the system's. It is
    // read at start, so a change shows at the next start.
    QString language() const { return m_state.language; }
    // Empty clears it; a code that is not a locale name is refused with the reason.
    bool setLanguage(const QString &code, QString *error = nullptr);

    // The weekly opening hours as OpeningHours reads them; empty: open at all hours.
    QString openingHours() const { return m_state.openingHours; }
    // Empty to stay open at all hours; hours that do not parse are refused with the reason.
    bool setOpeningHours(const QString &hours, QString *error = nullptr);

    // The hosts staff allow web addresses on; none: any host, unless linkHostsDamaged(). While
    // it is, these are only the entries that could be read: no host at all is allowed.
    QStringList linkHosts() const { return m_state.hosts; }
    // When the list cannot be trusted no host is allowed, and this says why and what to do.
    QString linkHostsDamage() const { return m_state.hostsDamage; }
    bool linkHostsDamaged() const { return !m_state.hostsDamage.isEmpty(); }
    // The host is checked by the caller (LinkHosts, against the bundle rules); here, only that
    // it is a lower-case host name. Changing the list on purpose repairs a damaged one.
    bool addLinkHost(const QString &host, QString *error = nullptr);
    bool removeLinkHost(const QString &host, QString *error = nullptr);

    // The key lines (minisign's base64 public key lines) that parse.
    QStringList trustedKeyLines() const { return m_state.keys; }
    // The lines signing-required records, including any lost from kiosk.ini.
    QStringList recordedKeyLines() const { return m_state.markerKeys; }
    // A key was trusted: every bundle must be signed, whatever state kiosk.ini is in.
    bool signingRequired() const { return m_state.signingRequired; }
    // Empty when the signing settings are sound; otherwise what is damaged and the repair.
    QString signingDamage() const { return m_state.signingDamage; }
    // Trusting a key again is the repair: a damaged kiosk.ini is set aside for inspection and
    // written afresh with what could be read, and the record made to match.
    bool trustKey(const QString &keyLine, QString *error = nullptr);
    // Removing the last key is the only way signatures stop being required.
    bool untrustKey(const QString &keyLine, QString *error = nullptr);
    // A key line's id as minisign prints it; empty when the line does not parse.
    static QString keyIdOf(const QString &keyLine) { return SettingsValue::keyIdOf(keyLine); }

    // Who signed the live data and the previous data, as recorded when they were loaded.
    QString liveSignedBy() const { return m_state.liveSignedBy; }
    QString previousSignedBy() const { return m_state.previousSignedBy; }
    bool setSigners(const QString &live, const QString &previous, QString *error = nullptr);

    // What staff should know, one problem a line: the damage, what the kiosk does meanwhile
    // and how to repair it. Empty when the settings are sound.
    QString notice() const;

signals:
    // Also when staff set the time it already had.
    void idleSecondsChanged(int seconds);
    void withinReachDefaultChanged(bool on);
    void watchFolderChanged(const QString &folder);
    void kioskIdChanged(const QString &id);
    void openingHoursChanged(const QString &hours);
    void linkHostsChanged();
    void trustedKeysChanged();
    void noticeChanged(const QString &notice);

private:
    struct State {
        SettingsText::Values values; // what could be read, damaged entries left out
        bool fileMalformed = false;  // a plain file with lines that could not be read
        bool keepDamaged = false;    // set it aside before it is written afresh
        bool exists = false;         // something is where kiosk.ini should be
        QStringList damage;          // kiosk.ini as a whole, and its key lines
        QStringList fallbacks;       // values that could not be used, and what is used
        int idleSeconds = defaultIdleSeconds;
        bool withinReach = false;
        QString watchFolder;
        QString openingHours;
        QString kioskId;  // as set; empty: the host name
        QString language; // as set; empty: the system's
        QStringList hosts;
        QString hostsWhy;
        QString hostsDamage;
        QStringList keys;
        bool markerPresent = false;
        QStringList markerKeys;
        QString markerProblem;
        bool signingRequired = false;
        QString signingDamage;
        QString liveSignedBy;
        QString previousSignedBy;
    };
    enum class Marker { Keep, MatchKeys };

    static State load(const DataFolder &folder);
    void adopt(const State &next);
    bool change(const std::function<bool(SettingsText::Values &, QString *)> &edit, QString *error,
                bool hostsOnPurpose = false, Marker marker = Marker::Keep);
    // Empty removes the key; a `problem` refuses the value with it.
    bool setValue(const QString &key, const QString &value, QString *error,
                  const QString &problem = {});
    bool writeMarker(const QStringList &keys, QString *error, bool mayRemove = true) const;

    DataFolder m_folder;
    State m_state;
};
