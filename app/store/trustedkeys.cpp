#include "trustedkeys.h"

#include "kiosksettings.h"

TrustedKeys::TrustedKeys(const QString &dataDir) : m_dataDir(dataDir) {}

QList<MinisignKey> TrustedKeys::keys() const
{
    QList<MinisignKey> keys;
    for (const QString &line : KioskSettings(m_dataDir).trustedKeyLines()) {
        QString ignored;
        const MinisignKey key = MinisignKey::fromText(line.toLatin1(), &ignored);
        if (key.isValid())
            keys.append(key);
    }
    return keys;
}

bool TrustedKeys::isRequired() const
{
    return KioskSettings(m_dataDir).signingRequired();
}

QString TrustedKeys::damage() const
{
    return KioskSettings(m_dataDir).signingDamage();
}

bool TrustedKeys::add(const MinisignKey &key, QString *error)
{
    return KioskSettings(m_dataDir).trustKey(QString::fromLatin1(key.line()), error);
}

bool TrustedKeys::remove(const QString &id, QString *error)
{
    const QByteArray wanted = MinisignKey::idFromText(id);
    if (wanted.isEmpty()) {
        *error = QStringLiteral("'%1' is not a key id (up to 16 hex digits, as --list-keys shows)")
                     .arg(id.left(40));
        return false;
    }
    KioskSettings settings(m_dataDir);
    for (const QString &line : settings.trustedKeyLines() + settings.recordedKeyLines()) {
        QString ignored;
        if (MinisignKey::fromText(line.toLatin1(), &ignored).idBytesRaw() == wanted)
            return settings.untrustKey(line, error);
    }
    *error = QStringLiteral("no trusted key has the id %1").arg(id.left(40));
    return false;
}
