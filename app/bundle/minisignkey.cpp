#include "minisignkey.h"

#include <QList>
#include <algorithm>

namespace
{

constexpr char algorithm[] = "Ed";
constexpr int lineBytes = 2 + MinisignKey::idBytes + MinisignKey::keyBytes;

// The key line is the first line that is neither empty nor a comment.
QByteArray keyLine(const QByteArray &text)
{
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (!line.isEmpty() && !line.startsWith("untrusted comment:"))
            return line;
    }
    return {};
}

} // namespace

MinisignKey MinisignKey::fromText(const QByteArray &text, QString *error)
{
    MinisignKey key;
    const QByteArray line = keyLine(text.left(4096));
    const auto result =
        QByteArray::fromBase64Encoding(line, QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray decoded = result ? result.decoded : QByteArray();
    if (decoded.size() != lineBytes) {
        *error = QStringLiteral("not a minisign public key (expected a base64 line of %1 bytes, "
                                "as in minisign.pub)")
                     .arg(lineBytes);
        return key;
    }
    if (!decoded.startsWith(algorithm)) {
        *error = QStringLiteral("not an Ed25519 minisign public key");
        return key;
    }
    key.m_id = decoded.mid(2, idBytes);
    key.m_key = decoded.mid(2 + idBytes, keyBytes);
    return key;
}

QString MinisignKey::id() const
{
    return idText(m_id);
}

QString MinisignKey::idText(const QByteArray &idBytes)
{
    // minisign reads the 8 bytes as a little-endian number and prints it in hex, without
    // leading zeros: the kiosk shows the id exactly as the recruitment team sees it.
    QByteArray reversed = idBytes;
    std::reverse(reversed.begin(), reversed.end());
    QString text = QString::fromLatin1(reversed.toHex().toUpper());
    while (text.size() > 1 && text.startsWith(QLatin1Char('0')))
        text.remove(0, 1);
    return text;
}

QByteArray MinisignKey::line() const
{
    return (QByteArray(algorithm) + m_id + m_key).toBase64();
}

QByteArray MinisignKey::idFromText(const QString &text)
{
    if (text.trimmed().isEmpty() || text.trimmed().size() > 2 * idBytes)
        return {};
    const QString trimmed = text.trimmed().rightJustified(2 * idBytes, QLatin1Char('0'));
    for (const QChar c : trimmed) {
        if (!c.isDigit() && !(c.toUpper() >= QLatin1Char('A') && c.toUpper() <= QLatin1Char('F')))
            return {};
    }
    QByteArray bytes = QByteArray::fromHex(trimmed.toLatin1());
    std::reverse(bytes.begin(), bytes.end());
    return bytes;
}
