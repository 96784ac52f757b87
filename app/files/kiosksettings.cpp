#include "kiosksettings.h"

#include "openinghours.h"
#include "settingsvalue.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>

#include <algorithm>

namespace
{

const QString idleKey = QStringLiteral("idle/seconds");
const QString reachKey = QStringLiteral("reach/default");
const QString folderKey = QStringLiteral("fleet/watchFolder");
const QString idKey = QStringLiteral("fleet/kioskId");
const QString languageKey = QStringLiteral("kiosk/language");
const QString hostsKey = QStringLiteral("links/allowedHosts");
// Written when the host list had to be rewritten while damaged: no host is allowed until staff
// set the list again on purpose.
const QString hostsDamagedKey = QStringLiteral("links/damaged");
const QString keysKey = QStringLiteral("signing/trustedKeys");
const QString liveKey = QStringLiteral("signing/liveSignedBy");
const QString previousKey = QStringLiteral("signing/previousSignedBy");
const QString hoursKey = QStringLiteral("hours/opening");

const QByteArray markerHeader =
    "# Careers Kiosk: this kiosk trusts the signing keys below, so every bundle must be signed\n"
    "# by one of them. Written by --trust-key before kiosk.ini; removed only when --untrust-key\n"
    "# removes the last key. Whatever happens to kiosk.ini, unsigned job data stays refused.\n";

QString single(const SettingsText::Values &values, const QString &key)
{
    const QStringList list = values.value(key);
    return list.size() == 1 ? list.first() : QString();
}

} // namespace

KioskSettings::KioskSettings(const QString &dataDir, QObject *parent)
    : QObject(parent), m_folder(dataDir), m_state(load(m_folder))
{
    // Keys trusted before the record existed: recorded now, while kiosk.ini can still say so.
    if (!m_state.keys.isEmpty() && !m_state.markerPresent && m_state.signingDamage.isEmpty() &&
        writeMarker(m_state.keys, nullptr))
        m_state = load(m_folder);
}

KioskSettings::State KioskSettings::load(const DataFolder &folder)
{
    State s;
    QByteArray bytes;
    QString why;
    const DataFolder::Read read = folder.read(DataFolder::File::Settings, &bytes, &why, 256 * 1024);
    const bool missing = read == DataFolder::Read::Missing;
    if (read == DataFolder::Read::Ok) {
        const SettingsText::Parsed parsed = SettingsText::parse(bytes);
        s.values = parsed.values;
        s.fileMalformed = !parsed.problems.isEmpty();
        for (const QString &problem : parsed.problems)
            s.damage << QStringLiteral("kiosk.ini: %1").arg(problem);
    } else if (!missing) {
        s.damage << why;
    }
    const bool plain = read != DataFolder::Read::Missing && read != DataFolder::Read::NotPlain;
    s.exists = !missing;

    // The record that a key was trusted.
    QByteArray marker;
    const DataFolder::Read markerRead =
        folder.read(DataFolder::File::SigningRequired, &marker, &why, 64 * 1024);
    s.markerPresent = markerRead != DataFolder::Read::Missing;
    if (markerRead == DataFolder::Read::Ok) {
        for (const QByteArray &raw : marker.split('\n')) {
            const QString line = QString::fromLatin1(raw.trimmed());
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            if (keyIdOf(line).isEmpty())
                s.markerProblem = QStringLiteral("signing-required holds a line that is not a key");
            else if (!s.markerKeys.contains(line))
                s.markerKeys << line;
        }
        if (s.markerKeys.isEmpty() && s.markerProblem.isEmpty())
            s.markerProblem = QStringLiteral("signing-required names no key");
    } else if (s.markerPresent) {
        s.markerProblem = why;
    }

    // The keys: every entry must parse, and every key the record names must be there.
    int entry = 0;
    for (const QString &line : s.values.value(keysKey)) {
        ++entry;
        if (line.trimmed().isEmpty())
            continue;
        if (keyIdOf(line).isEmpty())
            s.damage << QStringLiteral("trusted key %1 in kiosk.ini does not parse").arg(entry);
        else if (!s.keys.contains(line.trimmed()))
            s.keys << line.trimmed();
    }
    s.values.insert(keysKey, s.keys);
    if (s.keys.isEmpty())
        s.values.remove(keysKey);
    for (const QString &line : std::as_const(s.markerKeys)) {
        if (!s.keys.contains(line))
            s.damage << QStringLiteral("key %1 is recorded as trusted but is missing from "
                                       "kiosk.ini")
                            .arg(keyIdOf(line));
    }
    // What is damaged in a file that is there is kept for whoever repairs it.
    s.keepDamaged = plain && !s.damage.isEmpty();
    if (missing && s.markerPresent)
        s.damage.prepend(QStringLiteral("kiosk.ini is missing"));
    s.signingRequired = s.markerPresent || !s.values.value(keysKey).isEmpty() || entry > 0 ||
                        bytes.contains("trustedKeys");
    QStringList signingProblems = s.damage;
    if (!s.markerProblem.isEmpty())
        signingProblems << s.markerProblem;
    if (s.signingRequired && !signingProblems.isEmpty())
        s.signingDamage =
            QStringLiteral("this kiosk's signing settings in %1 are damaged (%2): job data "
                           "that is not signed by a trusted key is refused until they are "
                           "repaired; trust the signing key again with careers-kiosk "
                           "--trust-key KEY.pub")
                .arg(QDir::toNativeSeparators(folder.path()),
                     signingProblems.join(QStringLiteral("; ")));

    // The idle time and "Within reach": a value that cannot be used gives the default.
    if (s.values.contains(idleKey)) {
        bool ok = false;
        const int seconds = single(s.values, idleKey).trimmed().toInt(&ok);
        if (ok && seconds >= shortestIdleSeconds && seconds <= longestIdleSeconds) {
            s.idleSeconds = seconds;
        } else {
            s.fallbacks << QStringLiteral("the idle time in kiosk.ini is not a number of seconds "
                                          "from %1 to %2, so %3 seconds are used")
                               .arg(shortestIdleSeconds)
                               .arg(longestIdleSeconds)
                               .arg(defaultIdleSeconds);
            s.values.remove(idleKey);
        }
    }
    if (s.values.contains(reachKey)) {
        const QString on = single(s.values, reachKey).trimmed().toLower();
        if (on == QLatin1String("true") || on == QLatin1String("1")) {
            s.withinReach = true;
        } else if (on != QLatin1String("false") && on != QLatin1String("0")) {
            s.fallbacks << QStringLiteral("\"Within reach\" for each visitor in kiosk.ini is "
                                          "neither true nor false, so it is off");
            s.values.remove(reachKey);
        }
    }
    const QString watch = single(s.values, folderKey);
    if (!watch.isEmpty() && QDir::isAbsolutePath(watch)) {
        s.watchFolder = watch;
    } else if (s.values.contains(folderKey) && !watch.isEmpty()) {
        s.fallbacks << QStringLiteral("the watched folder in kiosk.ini is not a full path, so no "
                                      "folder is watched");
        s.values.remove(folderKey);
    }
    s.kioskId = SettingsValue::takeChecked(
        s.values, idKey, &SettingsValue::checkKioskId, s.fallbacks,
        QStringLiteral("the kiosk id in kiosk.ini cannot be used, so the host name is"));
    s.language = SettingsValue::takeChecked(
        s.values, languageKey, &SettingsValue::checkLanguage, s.fallbacks,
        QStringLiteral("the language in kiosk.ini cannot be used, so the system's is"));
    // Hours that cannot be read keep the kiosk open: a kiosk that can show data shows it.
    s.openingHours = OpeningHours::parse(single(s.values, hoursKey), &why).text();
    if (s.openingHours.isEmpty() && s.values.remove(hoursKey) > 0)
        s.fallbacks << QStringLiteral("the opening hours in kiosk.ini cannot be used (%1), so the "
                                      "kiosk is open at all hours")
                           .arg(why);
    s.liveSignedBy = single(s.values, liveKey);
    s.previousSignedBy = single(s.values, previousKey);

    // The hosts: one entry that is not a host name, or any damage to the file, and none is
    // allowed, never any.
    QStringList badHosts;
    for (const QString &host : s.values.value(hostsKey)) {
        if (SettingsValue::isHostName(host.trimmed()))
            s.hosts << host.trimmed();
        else if (!host.trimmed().isEmpty())
            badHosts << host.left(40);
    }
    s.values.insert(hostsKey, s.hosts);
    if (s.hosts.isEmpty())
        s.values.remove(hostsKey);
    QString &hostsWhy = s.hostsWhy;
    if (!single(s.values, hostsDamagedKey).isEmpty())
        hostsWhy = single(s.values, hostsDamagedKey);
    else if (!badHosts.isEmpty())
        hostsWhy =
            QStringLiteral("'%1' is not a host name").arg(badHosts.join(QStringLiteral("', '")));
    else if (!s.damage.isEmpty())
        hostsWhy = s.damage.join(QStringLiteral("; "));
    if (!hostsWhy.isEmpty())
        s.hostsDamage = QStringLiteral("the allowed link hosts in kiosk.ini cannot be trusted "
                                       "(%1), so no web address is allowed until they are set "
                                       "again with careers-kiosk --allow-link-host HOST")
                            .arg(hostsWhy);
    return s;
}

void KioskSettings::reload()
{
    adopt(load(m_folder));
}

void KioskSettings::adopt(const State &next)
{
    const State before = m_state;
    const QString noticeBefore = notice();
    m_state = next;
    if (before.idleSeconds != next.idleSeconds)
        emit idleSecondsChanged(next.idleSeconds);
    if (before.withinReach != next.withinReach)
        emit withinReachDefaultChanged(next.withinReach);
    if (before.watchFolder != next.watchFolder)
        emit watchFolderChanged(next.watchFolder);
    if (before.kioskId != next.kioskId)
        emit kioskIdChanged(kioskId());
    if (before.openingHours != next.openingHours)
        emit openingHoursChanged(next.openingHours);
    if (before.hosts != next.hosts || before.hostsDamage != next.hostsDamage)
        emit linkHostsChanged();
    if (before.keys != next.keys || before.signingRequired != next.signingRequired ||
        before.signingDamage != next.signingDamage)
        emit trustedKeysChanged();
    if (notice() != noticeBefore)
        emit noticeChanged(notice());
}

bool KioskSettings::writeMarker(const QStringList &keys, QString *error, bool mayRemove) const
{
    if (keys.isEmpty() && mayRemove)
        return m_folder.remove(DataFolder::File::SigningRequired, error);
    return m_folder.write(DataFolder::File::SigningRequired,
                          markerHeader + keys.join(QLatin1Char('\n')).toLatin1() + '\n', error);
}

bool KioskSettings::change(const std::function<bool(SettingsText::Values &, QString *)> &edit,
                           QString *error, bool hostsOnPurpose, Marker marker)
{
    QString ignored;
    QString *why = error ? error : &ignored;
    if (!m_folder.prepare(why) || !m_folder.prepareFile(DataFolder::File::SettingsLock, why))
        return false;
    // Another kiosk process, or the command line, may be changing it at the same moment.
    QLockFile lock(m_folder.filePath(DataFolder::File::SettingsLock));
    if (!lock.tryLock(5000)) {
        *why = QStringLiteral("another program is changing kiosk.ini; try again");
        return false;
    }
    const State current = load(m_folder);
    SettingsText::Values values = current.values;
    // A host list that cannot be trusted stays refusing every host until staff set it again.
    if (hostsOnPurpose)
        values.remove(hostsDamagedKey);
    else if (!current.hostsWhy.isEmpty() && !values.contains(hostsDamagedKey))
        values.insert(
            hostsDamagedKey,
            {QStringLiteral("kiosk.ini was damaged on %1: %2")
                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), current.hostsWhy)});
    if (!edit(values, why))
        return false;
    // Nothing to change in a sound file, or nothing to write where there is none: no write.
    if (values == current.values && current.damage.isEmpty() && current.markerProblem.isEmpty() &&
        (current.exists || values.isEmpty())) {
        lock.unlock();
        adopt(current);
        return true;
    }
    // Required with no record (keys trusted by an older kiosk, kiosk.ini damaged since): the
    // record is made before anything is rewritten, so that no rewrite can drop the requirement.
    // With no key left that can be read it names none, which reads as damage until repaired.
    if (current.signingRequired && !current.markerPresent && marker == Marker::Keep &&
        !writeMarker(current.keys, why, false))
        return false;
    const QStringList keys = values.value(keysKey);
    // The record goes first when keys are added and last when they are removed: a stop in
    // between leaves the kiosk refusing unsigned data, never accepting it.
    const QStringList recorded = current.markerKeys;
    const bool adding = marker == Marker::MatchKeys &&
                        std::any_of(keys.begin(), keys.end(),
                                    [&](const QString &key) { return !recorded.contains(key); });
    if (adding && !writeMarker(keys, why))
        return false;
    // A file that could not be read whole is kept for whoever repairs it.
    if (current.keepDamaged)
        m_folder.setAside(DataFolder::File::Settings, QStringLiteral("damaged"));
    if (!m_folder.write(DataFolder::File::Settings, SettingsText::write(values), why))
        return false;
    if (marker == Marker::MatchKeys && !adding &&
        (keys != recorded || !current.markerProblem.isEmpty()) && !writeMarker(keys, why))
        return false;
    lock.unlock();
    adopt(load(m_folder));
    return true;
}

bool KioskSettings::setIdleSeconds(int seconds, QString *error)
{
    if (seconds < shortestIdleSeconds || seconds > longestIdleSeconds) {
        if (error)
            *error = QStringLiteral("an idle time is %1 to %2 seconds")
                         .arg(shortestIdleSeconds)
                         .arg(longestIdleSeconds);
        return false;
    }
    const int before = m_state.idleSeconds;
    if (!change(
            [seconds](SettingsText::Values &values, QString *) {
                values.insert(idleKey, {QString::number(seconds)});
                return true;
            },
            error))
        return false;
    // Said even when unchanged: a kiosk started with another time (--idle-timeout) follows.
    if (before == seconds)
        emit idleSecondsChanged(seconds);
    return true;
}

bool KioskSettings::setWithinReachDefault(bool on, QString *error)
{
    return change(
        [on](SettingsText::Values &values, QString *) {
            values.insert(reachKey, {on ? QStringLiteral("true") : QStringLiteral("false")});
            return true;
        },
        error);
}

bool KioskSettings::setWatchFolder(const QString &folder, QString *error)
{
    QString problem;
    if (!folder.isEmpty() && !QFileInfo(folder).isAbsolute())
        problem = QStringLiteral("give the watched folder as a full path");
    else if (!folder.isEmpty() && !QFileInfo(folder).isDir())
        problem = QStringLiteral("%1 is not a folder").arg(folder);
    if (error && !problem.isEmpty())
        *error = problem;
    return problem.isEmpty() &&
           setValue(folderKey, folder.isEmpty() ? QString() : QDir::cleanPath(folder), error);
}

bool KioskSettings::setValue(const QString &key, const QString &value, QString *error,
                             const QString &problem)
{
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    return change(
        [key, value](SettingsText::Values &values, QString *) {
            if (value.isEmpty())
                values.remove(key);
            else
                values.insert(key, {value});
            return true;
        },
        error);
}

bool KioskSettings::setOpeningHours(const QString &hours, QString *error)
{
    const QString text = hours.trimmed();
    if (!text.isEmpty() && OpeningHours::parse(text, error).isAlwaysOpen())
        return false;
    return setValue(hoursKey, text, error);
}

QString KioskSettings::kioskId() const
{
    return m_state.kioskId.isEmpty() ? SettingsValue::hostKioskId() : m_state.kioskId;
}

bool KioskSettings::setKioskId(const QString &id, QString *error)
{
    return setValue(idKey, id, error, checkKioskId(id));
}

bool KioskSettings::setLanguage(const QString &code, QString *error)
{
    return setValue(languageKey, code, error,
                    code.isEmpty() ? QString() : SettingsValue::checkLanguage(code));
}

bool KioskSettings::addLinkHost(const QString &host, QString *error)
{
    const QString name = host.trimmed().toLower();
    if (!SettingsValue::isHostName(name)) {
        if (error)
            *error = QStringLiteral("'%1' is not a host name").arg(host.left(80));
        return false;
    }
    return change(
        [name](SettingsText::Values &values, QString *) {
            QStringList hosts = values.value(hostsKey);
            if (!hosts.contains(name))
                hosts << name;
            values.insert(hostsKey, hosts);
            return true;
        },
        error, true);
}

bool KioskSettings::removeLinkHost(const QString &host, QString *error)
{
    const QString name = host.trimmed().toLower();
    return change(
        [name, host](SettingsText::Values &values, QString *why) {
            QStringList hosts = values.value(hostsKey);
            if (!hosts.removeAll(name)) {
                *why = QStringLiteral("'%1' is not in the list").arg(host.left(80));
                return false;
            }
            if (hosts.isEmpty())
                values.remove(hostsKey);
            else
                values.insert(hostsKey, hosts);
            return true;
        },
        error, true);
}

bool KioskSettings::trustKey(const QString &keyLine, QString *error)
{
    const QString line = keyLine.trimmed();
    if (keyIdOf(line).isEmpty()) {
        if (error)
            *error = QStringLiteral("not a minisign public key line");
        return false;
    }
    return change(
        [line](SettingsText::Values &values, QString *) {
            QStringList keys = values.value(keysKey);
            if (!keys.contains(line))
                keys << line;
            values.insert(keysKey, keys);
            return true;
        },
        error, false, Marker::MatchKeys);
}

bool KioskSettings::untrustKey(const QString &keyLine, QString *error)
{
    const QString line = keyLine.trimmed();
    return change(
        [line](SettingsText::Values &values, QString *) {
            QStringList keys = values.value(keysKey);
            keys.removeAll(line);
            values.insert(keysKey, keys);
            if (keys.isEmpty())
                values.remove(keysKey);
            return true;
        },
        error, false, Marker::MatchKeys);
}

bool KioskSettings::setSigners(const QString &live, const QString &previous, QString *error)
{
    return change(
        [live, previous](SettingsText::Values &values, QString *) {
            for (const auto &[key, value] :
                 {std::pair{liveKey, live}, std::pair{previousKey, previous}}) {
                if (value.isEmpty())
                    values.remove(key);
                else
                    values.insert(key, {value});
            }
            return true;
        },
        error);
}

QString KioskSettings::notice() const
{
    QStringList lines;
    const auto sentence = [](QString text) {
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        return text + QLatin1Char('.');
    };
    if (!m_state.signingDamage.isEmpty())
        lines << sentence(m_state.signingDamage);
    if (!m_state.hostsDamage.isEmpty())
        lines << sentence(m_state.hostsDamage);
    for (const QString &fallback : m_state.fallbacks)
        lines << sentence(fallback);
    return lines.join(QLatin1Char('\n'));
}
