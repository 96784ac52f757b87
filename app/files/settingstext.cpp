#include "settingstext.h"

#include <QStringDecoder>

namespace SettingsText
{

namespace
{

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

bool isHexDigit(QChar c)
{
    return hexValue(c) >= 0;
}

// QSettings's %XX and %UXXXX in keys, and \ for / inside a key.
QString unescapeKey(QStringView key)
{
    QString result;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c == u'\\') {
            result += u'/';
            continue;
        }
        const qsizetype digits = i + 1 < key.size() && key.at(i + 1) == u'U' ? 4 : 2;
        const qsizetype first = digits == 4 ? i + 2 : i + 1;
        bool ok = false;
        const ushort code = c == u'%' && first + digits <= key.size()
                                ? key.sliced(first, digits).toUShort(&ok, 16)
                                : 0;
        if (ok) {
            result += QChar(code);
            i = first + digits - 1;
        } else {
            result += c;
        }
    }
    return result;
}

QByteArray escapeKey(const QString &key)
{
    QByteArray result;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        if (u == u'/')
            result += '\\';
        else if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                 u == u'_' || u == u'-' || u == u'.')
            result += char(u);
        else if (u <= 0xFF)
            result += '%' + QByteArray::number(u, 16).toUpper().rightJustified(2, '0');
        else
            result += "%U" + QByteArray::number(u, 16).toUpper().rightJustified(4, '0');
    }
    return result;
}

void chopTrailingSpaces(QString &text, qsizetype limit)
{
    while (text.size() > limit && (text.endsWith(u' ') || text.endsWith(u'\t')))
        text.chop(1);
}

// QSettings's iniUnescapedStringList, made strict: a quote left open, or text after a quoted
// value other than a comma, is an error rather than something to guess at.
bool unescapeValue(QStringView text, QStringList *values, QString *error)
{
    static const QString plainEscapes = QStringLiteral("abfnrtv\"?'\\");
    static const QString escaped = QStringLiteral("\a\b\f\n\r\t\v\"?'\\");
    QStringList list;
    QString current;
    bool isList = false;
    bool inQuotes = false;
    bool quoted = false;
    bool closedQuote = false; // a quoted value ended: only spaces or a comma may follow
    qsizetype chopLimit = 0;
    qsizetype i = 0;
    const auto skipSpaces = [&] {
        while (i < text.size() && (text.at(i) == u' ' || text.at(i) == u'\t'))
            ++i;
    };
    skipSpaces();
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (closedQuote && c != u',' && c != u' ' && c != u'\t') {
            *error = QStringLiteral("text after a quoted value");
            return false;
        }
        if (c == u'\\') {
            if (++i >= text.size())
                break;
            const QChar e = text.at(i++);
            const qsizetype plain = plainEscapes.indexOf(e);
            if (plain >= 0) {
                current += escaped.at(plain);
            } else if (e == u'x') {
                char16_t value = 0;
                if (i >= text.size() || !isHexDigit(text.at(i))) {
                    *error = QStringLiteral("a \\x without hex digits");
                    return false;
                }
                while (i < text.size() && isHexDigit(text.at(i)))
                    value = char16_t((value << 4) + hexValue(text.at(i++)));
                current += QChar(value);
            } else if (e >= u'0' && e <= u'7') {
                char16_t value = char16_t(e.unicode() - u'0');
                while (i < text.size() && text.at(i) >= u'0' && text.at(i) <= u'7')
                    value = char16_t((value << 3) + (text.at(i++).unicode() - u'0'));
                current += QChar(value);
            } else {
                *error = QStringLiteral("an unknown escape \\%1").arg(e);
                return false;
            }
            chopLimit = current.size();
        } else if (c == u'"') {
            ++i;
            quoted = true;
            inQuotes = !inQuotes;
            if (!inQuotes) {
                closedQuote = true;
                skipSpaces();
            }
        } else if (c == u',' && !inQuotes) {
            if (!quoted)
                chopTrailingSpaces(current, chopLimit);
            isList = true;
            list.append(current);
            current.clear();
            quoted = closedQuote = false;
            chopLimit = 0;
            ++i;
            skipSpaces();
        } else {
            current += c;
            ++i;
        }
    }
    if (inQuotes) {
        *error = QStringLiteral("a quoted value without its closing quote");
        return false;
    }
    if (!quoted)
        chopTrailingSpaces(current, chopLimit);
    if (isList) {
        list.append(current);
        *values = list;
    } else if (current == QLatin1String("@Invalid()") && !quoted) {
        *values = {}; // QSettings's empty list
    } else {
        // QSettings doubles a leading @ so that a string is never taken for one of its types.
        *values = {current.startsWith(QLatin1String("@@")) ? current.mid(1) : current};
    }
    return true;
}

void escapeString(const QString &text, QByteArray &result)
{
    // As QSettings's iniEscapedString writes it, so that either reads the other's file.
    const QString value = text.startsWith(u'@') ? QLatin1Char('@') + text : text;
    bool needsQuotes = false;
    bool escapeNextIfDigit = false;
    const qsizetype start = result.size();
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u';' || u == u',' || u == u'=')
            needsQuotes = true;
        if (escapeNextIfDigit && isHexDigit(c)) {
            result += "\\x" + QByteArray::number(u, 16);
            continue;
        }
        escapeNextIfDigit = false;
        static const QString special = QStringLiteral("\a\b\f\n\r\t\v");
        static const char *const names[] = {"\\a", "\\b", "\\f", "\\n", "\\r", "\\t", "\\v"};
        const qsizetype named = special.indexOf(c);
        if (u == 0) {
            result += "\\0";
            escapeNextIfDigit = true;
        } else if (named >= 0) {
            result += names[named];
        } else if (u == u'"' || u == u'\\') {
            result += '\\';
            result += char(u);
        } else if (u <= 0x1F) {
            result += "\\x" + QByteArray::number(u, 16);
            escapeNextIfDigit = true;
        } else {
            result += QString(c).toUtf8();
        }
    }
    if (needsQuotes || (start < result.size() &&
                        (result.at(start) == ' ' || result.at(result.size() - 1) == ' '))) {
        result.insert(start, '"');
        result += '"';
    }
}

} // namespace

Parsed parse(const QByteArray &bytes)
{
    Parsed parsed;
    QByteArray data = bytes;
    if (data.startsWith("\xef\xbb\xbf"))
        data.remove(0, 3);
    if (data.contains('\0')) {
        parsed.problems << QStringLiteral("it holds NUL bytes, so it is not a settings file");
        return parsed;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        parsed.problems << QStringLiteral("it holds bytes that are not UTF-8 text");
        return parsed;
    }
    QString section;
    const QStringList lines = text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringView trimmed = QStringView(line).trimmed();
        const auto problem = [&](const QString &what) {
            parsed.problems << QStringLiteral("line %1 %2").arg(n + 1).arg(what);
        };
        if (trimmed.isEmpty() || trimmed.startsWith(u';') || trimmed.startsWith(u'#'))
            continue;
        if (trimmed.startsWith(u'[')) {
            if (!trimmed.endsWith(u']')) {
                problem(QStringLiteral("is a section heading without its closing ]"));
                section = QStringLiteral("(a damaged heading)");
                continue;
            }
            const QStringView name = trimmed.sliced(1, trimmed.size() - 2).trimmed();
            section = name.compare(QLatin1String("general"), Qt::CaseInsensitive) == 0
                          ? QString()
                          : unescapeKey(name.startsWith(QLatin1String("%General")) ? name.sliced(1)
                                                                                   : name);
            continue;
        }
        const qsizetype equals = trimmed.indexOf(u'=');
        if (equals <= 0) {
            problem(QStringLiteral("is neither a setting (key=value) nor a section heading"));
            continue;
        }
        // An unquoted ; ends the line, as in QSettings.
        QStringView valueText = trimmed.sliced(equals + 1);
        bool inQuotes = false;
        for (qsizetype i = 0; i < valueText.size(); ++i) {
            if (valueText.at(i) == u'\\')
                ++i;
            else if (valueText.at(i) == u'"')
                inQuotes = !inQuotes;
            else if (valueText.at(i) == u';' && !inQuotes) {
                valueText = valueText.first(i);
                break;
            }
        }
        const QString key = unescapeKey(trimmed.first(equals).trimmed());
        QStringList values;
        QString error;
        if (!unescapeValue(valueText, &values, &error)) {
            problem(QStringLiteral("(%1) cannot be read: %2").arg(key, error));
            continue;
        }
        parsed.values.insert(section.isEmpty() ? key : section + u'/' + key, values);
    }
    return parsed;
}

QByteArray write(const Values &values)
{
    // Grouped by section, as QSettings writes them: [General] first, then by name.
    QMap<QString, QMap<QString, QStringList>> sections;
    for (auto i = values.constBegin(); i != values.constEnd(); ++i) {
        const qsizetype slash = i.key().indexOf(u'/');
        sections[slash < 0 ? QString() : i.key().left(slash)].insert(
            slash < 0 ? i.key() : i.key().mid(slash + 1), i.value());
    }
    QByteArray text;
    for (auto s = sections.constBegin(); s != sections.constEnd(); ++s) {
        if (!text.isEmpty())
            text += '\n';
        const QByteArray name = escapeKey(s.key());
        text += name.isEmpty()                                      ? QByteArray("[General]")
                : name.compare("general", Qt::CaseInsensitive) == 0 ? "[%General]"
                                                                    : '[' + name + ']';
        text += '\n';
        for (auto k = s.value().constBegin(); k != s.value().constEnd(); ++k) {
            text += escapeKey(k.key()) + '=';
            if (k.value().isEmpty()) {
                text += "@Invalid()";
            } else {
                for (qsizetype i = 0; i < k.value().size(); ++i) {
                    if (i > 0)
                        text += ", ";
                    escapeString(k.value().at(i), text);
                }
            }
            text += '\n';
        }
    }
    return text;
}

} // namespace SettingsText
