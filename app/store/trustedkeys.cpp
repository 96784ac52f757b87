#include "trustedkeys.h"

TrustedKeys::TrustedKeys(const QString &dataDir)
    : m_list(dataDir, QStringLiteral("signing/trustedKeys"))
{
}

QList<MinisignKey> TrustedKeys::keys() const
{
    QList<MinisignKey> keys;
    for (const QString &line : m_list.values()) {
        QString ignored;
        const MinisignKey key = MinisignKey::fromText(line.toLatin1(), &ignored);
        if (key.isValid())
            keys.append(key);
    }
    return keys;
}

bool TrustedKeys::add(const MinisignKey &key, QString *error)
{
    return m_list.add(QString::fromLatin1(key.line()), error);
}

bool TrustedKeys::remove(const QString &id, QString *error)
{
    const QByteArray wanted = MinisignKey::idFromText(id);
    if (wanted.isEmpty()) {
        *error = QStringLiteral("'%1' is not a key id (up to 16 hex digits, as --list-keys shows)")
                     .arg(id.left(40));
        return false;
    }
    for (const MinisignKey &key : keys()) {
        if (key.idBytesRaw() == wanted)
            return m_list.remove(QString::fromLatin1(key.line()), error);
    }
    *error = QStringLiteral("no trusted key has the id %1").arg(id.left(40));
    return false;
}
