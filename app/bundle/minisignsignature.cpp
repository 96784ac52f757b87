#include "minisignsignature.h"

#include <QFile>

#include <sodium.h>

namespace
{

constexpr int signatureBytes = 64;
constexpr int lineBytes = 2 + MinisignKey::idBytes + signatureBytes;
const QByteArray untrustedPrefix = QByteArrayLiteral("untrusted comment: ");
const QByteArray trustedPrefix = QByteArrayLiteral("trusted comment: ");

QByteArray decode(const QByteArray &line, int expectedSize)
{
    const auto result =
        QByteArray::fromBase64Encoding(line, QByteArray::AbortOnBase64DecodingErrors);
    return result && result.decoded.size() == expectedSize ? result.decoded : QByteArray();
}

// Lines end in \n, or \r\n when the file went through Windows.
QList<QByteArray> linesOf(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QString blake2b(const QString &path, qint64 maxBytes, QByteArray *hash)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("the bundle cannot be read: %1").arg(file.errorString());
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES_MAX);
    QByteArray block(64 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    for (qint64 got; (got = file.read(block.data(), block.size())) > 0;) {
        total += got;
        if (total > maxBytes)
            return QStringLiteral("the bundle is larger than a bundle may be");
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(block.data()),
                                  size_t(got));
    }
    hash->resize(crypto_generichash_BYTES_MAX);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(hash->data()),
                             size_t(hash->size()));
    return {};
}

QString wholeFile(const QString &path, qint64 maxBytes, QByteArray *bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("the bundle cannot be read: %1").arg(file.errorString());
    if (file.size() > maxBytes)
        return QStringLiteral("the bundle is larger than a bundle may be");
    *bytes = file.readAll();
    return {};
}

bool holds(const QByteArray &signature, const QByteArray &message, const QByteArray &key)
{
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
               reinterpret_cast<const unsigned char *>(key.constData())) == 0;
}

} // namespace

MinisignSignature MinisignSignature::fromText(const QByteArray &text)
{
    MinisignSignature signature;
    const QList<QByteArray> lines = linesOf(text.left(maxFileBytes + 1));
    if (text.size() > maxFileBytes)
        signature.m_error = QStringLiteral("the signature file is too large to be a signature");
    else if (lines.size() != 4 || !lines.at(0).startsWith(untrustedPrefix) ||
             !lines.at(2).startsWith(trustedPrefix))
        signature.m_error = QStringLiteral("not a minisign signature file (expected four lines: "
                                           "a comment, the signature, a trusted comment and "
                                           "its signature)");
    else if (signature.parseSignatureLine(lines.at(1)) && signature.parseGlobalLine(lines.at(3))) {
        signature.m_trustedComment = lines.at(2).mid(trustedPrefix.size());
        signature.m_error.clear();
    }
    return signature;
}

bool MinisignSignature::parseSignatureLine(const QByteArray &line)
{
    const QByteArray decoded = decode(line, lineBytes);
    if (decoded.isEmpty()) {
        m_error = QStringLiteral("the signature line is damaged");
        return false;
    }
    const QByteArray algorithm = decoded.left(2);
    if (algorithm != "Ed" && algorithm != "ED") {
        m_error = QStringLiteral("the signature uses an algorithm this kiosk does not know");
        return false;
    }
    m_prehashed = algorithm == "ED";
    m_keyId = decoded.mid(2, MinisignKey::idBytes);
    m_signature = decoded.mid(2 + MinisignKey::idBytes);
    return true;
}

bool MinisignSignature::parseGlobalLine(const QByteArray &line)
{
    m_globalSignature = decode(line, signatureBytes);
    if (m_globalSignature.isEmpty())
        m_error = QStringLiteral("the trusted comment's signature is damaged");
    return !m_globalSignature.isEmpty();
}

QString MinisignSignature::keyId() const
{
    return MinisignKey::idText(m_keyId);
}

QString MinisignSignature::verify(const QString &path, qint64 maxBytes,
                                  const QList<MinisignKey> &keys) const
{
    if (!isValid())
        return m_error;
    for (const MinisignKey &key : keys) {
        if (key.idBytesRaw() == m_keyId)
            return verifyWith(key, path, maxBytes);
    }
    return QStringLiteral("it is signed with key %1, which this kiosk does not trust").arg(keyId());
}

QString MinisignSignature::verifyWith(const MinisignKey &key, const QString &path,
                                      qint64 maxBytes) const
{
    if (!sodiumReady())
        return QStringLiteral("the signature library cannot start");
    QByteArray message;
    const QString readError =
        m_prehashed ? blake2b(path, maxBytes, &message) : wholeFile(path, maxBytes, &message);
    if (!readError.isEmpty())
        return readError;
    if (!holds(m_signature, message, key.publicKey()))
        return QStringLiteral("the signature does not match the file: it was changed after it "
                              "was signed, or the signature belongs to another file");
    if (!holds(m_globalSignature, m_signature + m_trustedComment, key.publicKey()))
        return QStringLiteral("the signature's trusted comment was changed after signing");
    return {};
}
