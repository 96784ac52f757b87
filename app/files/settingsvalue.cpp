#include "settingsvalue.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QSysInfo>

#include <algorithm>

bool SettingsValue::isHostName(const QString &host)
{
    static const QRegularExpression shape(
        QStringLiteral("^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,"
                       "61}[a-z0-9])?)*$"));
    return shape.match(host).hasMatch();
}

QString SettingsValue::keyIdOf(const QString &keyLine)
{
    // minisign's public key line: base64 of "Ed", the 8-byte key id and the 32-byte key.
    const auto decoded = QByteArray::fromBase64Encoding(keyLine.trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 42 || !decoded.decoded.startsWith("Ed") ||
        keyLine.trimmed().isEmpty())
        return {};
    QByteArray id = decoded.decoded.mid(2, 8);
    std::reverse(id.begin(), id.end());
    QString text = QString::fromLatin1(id.toHex().toUpper());
    while (text.size() > 1 && text.startsWith(QLatin1Char('0')))
        text.remove(0, 1);
    return text;
}

QString SettingsValue::checkKioskId(const QString &id)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!shape.match(id).hasMatch())
        return QStringLiteral("a kiosk id is 1 to 64 letters, digits, dots, hyphens or "
                              "underscores, starting with a letter or digit");
    // Windows cannot make files with these names, whatever follows the dot.
    static const QRegularExpression reserved(
        QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(id).hasMatch())
        return QStringLiteral("'%1' is a name Windows reserves for a device").arg(id);
    return {};
}

QString SettingsValue::checkLanguage(const QString &code)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    if (!shape.match(code).hasMatch())
        return QStringLiteral("'%1' is not a language: give a locale name such as en, cy or "
                              "en_GB (2 or 3 lower-case letters, then perhaps _ and 2 capitals)")
            .arg(code.left(40));
    return {};
}

QString SettingsValue::hostKioskId()
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString host = QSysInfo::machineHostName().replace(unsafe, QStringLiteral("-")).left(64);
    while (host.startsWith(QLatin1Char('.')))
        host.remove(0, 1);
    return host.isEmpty() ? QStringLiteral("kiosk") : host;
}

QString SettingsValue::takeChecked(SettingsText::Values &values, const QString &key,
                                   QString (*check)(const QString &), QStringList &fallbacks,
                                   const QString &fallback)
{
    const QStringList list = values.value(key);
    const QString value = list.size() == 1 ? list.first() : QString();
    if (!value.isEmpty() && check(value).isEmpty())
        return value;
    if (values.contains(key) && !value.isEmpty()) {
        fallbacks << fallback;
        values.remove(key);
    }
    return {};
}
