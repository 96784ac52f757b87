#pragma once

#include "minisignkey.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A detached signature in minisign's format (the .minisig file written by `minisign -S`),
// checked with libsodium. Both of minisign's forms are read: the legacy one signs the file's
// bytes, the default one signs their BLAKE2b-512 hash. The trusted comment is signed too.
class MinisignSignature
{
public:
    static constexpr int maxFileBytes = 8192;

    // Reads the text of a .minisig file; on failure isValid() is false and error() says why.
    static MinisignSignature fromText(const QByteArray &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString keyId() const;
    bool isPrehashed() const { return m_prehashed; }
    QString trustedComment() const { return QString::fromUtf8(m_trustedComment); }

    // Checks the signature of the file at `path` (at most `maxBytes`) against the key among
    // `keys` whose id it names. Returns the error, or an empty string when it holds.
    QString verify(const QString &path, qint64 maxBytes, const QList<MinisignKey> &keys) const;

private:
    QString verifyWith(const MinisignKey &key, const QString &path, qint64 maxBytes) const;
    bool parseSignatureLine(const QByteArray &line);
    bool parseGlobalLine(const QByteArray &line);

    QByteArray m_keyId;
    QByteArray m_signature;
    QByteArray m_trustedComment;
    QByteArray m_globalSignature;
    bool m_prehashed = false;
    QString m_error = QStringLiteral("empty signature file");
};
