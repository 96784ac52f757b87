#pragma once

#include <QByteArray>
#include <QString>

// A minisign public key: the Ed25519 key the recruitment team signs bundles with, and its
// 8-byte id. Read from minisign's own public key file or from the base64 line in it.
class MinisignKey
{
public:
    static constexpr int keyBytes = 32;
    static constexpr int idBytes = 8;

    // Accepts a whole public key file ("untrusted comment: …" then the key line) or the key
    // line alone. On failure returns an invalid key and says why in `error`.
    static MinisignKey fromText(const QByteArray &text, QString *error);

    bool isValid() const { return m_key.size() == keyBytes; }
    // The id as minisign prints it: up to 16 upper-case hex digits, no leading zeros.
    QString id() const;
    QByteArray idBytesRaw() const { return m_id; }
    QByteArray publicKey() const { return m_key; }
    // The key line, base64, as minisign writes it.
    QByteArray line() const;

    // An id's 8 bytes as minisign prints them, and back (empty when it is not one).
    static QString idText(const QByteArray &idBytes);
    static QByteArray idFromText(const QString &text);

private:
    QByteArray m_id;
    QByteArray m_key;
};
