#include "bundleschema.h"

#include "finderweights.h"
#include "qrcode.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

namespace
{

using Type = BundleSchema::Type;

BundleSchema::Column col(const char *name, Type type, bool required, int maxLength)
{
    return {QString::fromLatin1(name), type, required, maxLength};
}

QList<BundleSchema::Table> makeTables()
{
    return {
        {QStringLiteral("meta"),
         {col("key", Type::Line, true, 40), col("value", Type::Line, true, 200)},
         16},
        {QStringLiteral("sections"),
         {col("id", Type::Slug, true, 40), col("heading", Type::Line, true, 120),
          col("body", Type::Paragraphs, true, 4000), col("position", Type::Integer, true, 0)},
         50},
        {QStringLiteral("partners"),
         {col("id", Type::Slug, true, 40), col("name", Type::Line, true, 120),
          col("description", Type::Paragraphs, true, 2000),
          col("position", Type::Integer, true, 0)},
         50},
        {QStringLiteral("capabilities"),
         {col("id", Type::Slug, true, 40), col("name", Type::Line, true, 80),
          col("summary", Type::Line, true, 300), col("body", Type::Paragraphs, true, 4000),
          col("position", Type::Integer, true, 0)},
         20},
        {QStringLiteral("roles"),
         {col("id", Type::Slug, true, 60), col("capability_id", Type::Slug, true, 40),
          col("title", Type::Line, true, 120), col("kind", Type::Kind, true, 10),
          col("summary", Type::Line, true, 300), col("body", Type::Paragraphs, true, 4000)},
         500},
        {QStringLiteral("jobs"),
         {col("reference", Type::Reference, true, 40), col("title", Type::Line, true, 120),
          col("capability_id", Type::Slug, true, 40), col("kind", Type::Kind, true, 10),
          col("location", Type::Line, true, 80), col("salary", Type::Line, true, 120),
          col("salary_min", Type::Integer, false, 0), col("salary_max", Type::Integer, false, 0),
          col("hours", Type::Line, true, 120), col("contract", Type::Line, true, 80),
          col("vetting", Type::Line, true, 80), col("closing_date", Type::Date, true, 10),
          col("summary", Type::Line, true, 400), col("description", Type::Paragraphs, true, 8000),
          col("apply_url", Type::HttpsUrl, true, 512)},
         20000},
        {QStringLiteral("links"),
         {col("id", Type::Slug, true, 40), col("label", Type::Line, true, 80),
          col("url", Type::HttpsUrl, true, 512), col("shown_on", Type::Placement, true, 10),
          col("position", Type::Integer, true, 0)},
         12,
         2},
        {QStringLiteral("glossary"),
         {col("term", Type::Line, true, 60), col("explanation", Type::Line, true, 400)},
         200,
         2},
        {QStringLiteral("finder_questions"),
         {col("id", Type::Slug, true, 40), col("position", Type::Integer, true, 0),
          col("text", Type::Line, true, 160), col("help", Type::Line, false, 300)},
         12,
         3},
        // An answer's id is unique in the table, not only within its question: it is the key.
        {QStringLiteral("finder_answers"),
         {col("id", Type::Slug, true, 40), col("question_id", Type::Slug, true, 40),
          col("position", Type::Integer, true, 0), col("text", Type::Line, true, 120),
          col("weights", Type::Weights, false, 400)},
         72,
         3},
        {QStringLiteral("faq"),
         {col("id", Type::Slug, true, 40), col("position", Type::Integer, true, 0),
          col("question", Type::Line, true, 160), col("answer", Type::Paragraphs, true, 2000),
          col("shown_on", Type::FaqPlace, true, 10)},
         60,
         3},
    };
}

// What is wrong with `text` when it is none of the three words of `allowed`.
QString oneOf(const QString &text, const QStringList &allowed)
{
    return allowed.contains(text) ? QString()
                                  : QStringLiteral("'%1' is none of %2, %3 and %4")
                                        .arg(text, allowed.at(0), allowed.at(1), allowed.at(2));
}

// What kind of character `c` is when the text may not hold it, or nothing when it may. Each of
// these hides or reorders text, so that what the kiosk shows is not what it seems.
QString forbiddenKind(char32_t c, bool multiline)
{
    if (c == U'\n')
        return multiline ? QString() : QStringLiteral("the control character");
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return QStringLiteral("the control character"); // tab and carriage return included
    if (c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
        (c >= 0x2066 && c <= 0x2069))
        return QStringLiteral("the bidirectional control");
    if ((c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF)
        return QStringLiteral("the zero-width character");
    if (c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800)
        return QStringLiteral("the blank letter"); // Hangul fillers and the empty braille cell
    if (c == 0x2028 || c == 0x2029)
        return multiline ? QString() : QStringLiteral("the line or paragraph separator");
    if (c >= 0xE0000 && c <= 0xE007F)
        return QStringLiteral("the tag character");
    if (QChar::category(c) == QChar::Other_Format)
        return QStringLiteral("the invisible formatting character"); // soft hyphen, U+2062...
    return {};
}

QString describeChar(const QString &kind, char32_t c)
{
    const QString code = QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    return QStringLiteral("%1 U+%2").arg(kind, code);
}

bool isVisible(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isPunct(c) || QChar::isSymbol(c);
}

// The code point at `i`, moving `i` past a surrogate pair; a lone surrogate stays as it is.
char32_t nextPoint(const QString &text, qsizetype &i)
{
    const char16_t unit = text.at(i).unicode();
    if (!QChar::isHighSurrogate(unit) || i + 1 == text.size() ||
        !QChar::isLowSurrogate(text.at(i + 1).unicode()))
        return unit;
    return QChar::surrogateToUcs4(unit, text.at(++i).unicode());
}

// Returns what is wrong with the characters of `text`, one by one and in runs.
QString checkCharacters(const QString &text, bool multiline)
{
    int marks = 0; // combining marks since the last base character
    bool visible = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = nextPoint(text, i);
        if (c > 0x20 && c < 0x7F) { // printable ASCII, most of any bundle, is always fine
            marks = 0;
            visible = true;
            continue;
        }
        if (c == 0xFFFD || (c >= 0xD800 && c <= 0xDFFF))
            return QStringLiteral("contains text that is not valid UTF-8");
        const QString kind = forbiddenKind(c, multiline);
        if (!kind.isEmpty())
            return QStringLiteral("contains %1").arg(describeChar(kind, c));
        marks = QChar::isMark(c) ? marks + 1 : 0;
        if (marks > BundleSchema::maxCombiningMarks)
            return QStringLiteral("more than %1 combining marks on one character")
                .arg(BundleSchema::maxCombiningMarks);
        visible = visible || isVisible(c);
    }
    if (!text.isEmpty() && text.trimmed().isEmpty())
        return QStringLiteral("only white space");
    if (!text.isEmpty() && !visible)
        return QStringLiteral("no visible character (a letter, digit, punctuation or symbol)");
    return {};
}

QDateTime &fixedNow()
{
    static QDateTime fixed;
    return fixed;
}

thread_local int trustedPublication = 0;

QString checkPublishedAt(const QString &value)
{
    if (!BundleSchema::isIsoDateTime(value))
        return QStringLiteral("'%1' is not an ISO 8601 date and time").arg(value);
    const QDateTime published = QDateTime::fromString(value, Qt::ISODate);
    if (published.date() < BundleSchema::earliestDate())
        return QStringLiteral("'%1' is before 2000-01-01").arg(value);
    // A day of slack for time zones and a kiosk clock that is a little behind.
    const QDateTime now = BundleSchema::now();
    if (published > now.addDays(1) && trustedPublication == 0)
        return QStringLiteral("'%1' is more than a day in the future (the kiosk's clock says %2: "
                              "check the clock if that is wrong)")
            .arg(value, now.toUTC().toString(Qt::ISODate));
    return {};
}

bool isIpAddress(const QString &host)
{
    // Dotted, decimal, octal and hex forms alike: no top-level domain starts with a digit.
    static const QRegularExpression ip(QStringLiteral("(^|\\.)[0-9][^.]*$"));
    return host.startsWith(QLatin1Char('[')) || ip.match(host).hasMatch();
}

// Host names a visitor can read and trust: plain ASCII labels, no look-alike letters.
QString hostProblem(const QString &host)
{
    static const QRegularExpression ascii(QStringLiteral("^[A-Za-z0-9.-]+$"));
    static const QRegularExpression label(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (isIpAddress(host))
        return QStringLiteral("an IP address (%1) in place of a host name").arg(host.left(60));
    if (!ascii.match(host).hasMatch())
        return QStringLiteral("the host '%1' may only hold ASCII letters, digits, hyphens and dots")
            .arg(host.left(60));
    const QStringList labels = host.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return QStringLiteral("the host '%1' is not a full domain name").arg(host.left(60));
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch())
            return QStringLiteral("the host '%1' is not a valid domain name").arg(host.left(60));
        if (part.startsWith(QLatin1String("xn--"), Qt::CaseInsensitive))
            return QStringLiteral("the host '%1' is punycode (xn--), which can hide look-alike "
                                  "letters")
                .arg(host.left(60));
    }
    return {};
}

// The host as written, between "https://" and the port, path, query or fragment.
QString writtenHost(const QString &text)
{
    static const QRegularExpression authority(QStringLiteral("^https://([^/?#]*)"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QString hostAndPort = authority.match(text).captured(1);
    if (hostAndPort.startsWith(QLatin1Char('[')))
        return hostAndPort.left(hostAndPort.indexOf(QLatin1Char(']')) + 1);
    static const QRegularExpression port(QStringLiteral(":[0-9]*$"));
    return QString(hostAndPort).remove(port);
}

// Any kind of space, separator, control or format character: U+00A0 and U+3000 look like a
// space, and U+2028 breaks a line, yet none is the plain space an address may not hold.
bool hasSpaceOrInvisible(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = nextPoint(text, i);
        switch (QChar::category(c)) {
        case QChar::Separator_Space:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
        case QChar::Other_Control:
        case QChar::Other_Format:
            return true;
        default:
            if (QChar::isSpace(c))
                return true;
        }
    }
    return false;
}

QString checkUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return QStringLiteral("not an https:// address");
    if (url.scheme() != QLatin1String("https"))
        return QStringLiteral("not an https:// address (a %1: address)").arg(url.scheme().left(20));
    if (url.host().isEmpty() || !text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return QStringLiteral("not an https:// address (no host)");
    if (!url.userInfo().isEmpty() || writtenHost(text).contains(QLatin1Char('@')))
        return QStringLiteral("an address with a user name or password is not allowed");
    if (hasSpaceOrInvisible(text))
        return QStringLiteral("an address may not contain spaces or invisible characters");
    const QString problem = hostProblem(writtenHost(text));
    if (!problem.isEmpty())
        return problem;
    return BundleSchema::fitsQrCode(text) ? QString()
                                          : QStringLiteral("the address does not fit a QR code");
}

} // namespace

QString BundleSchema::hostOf(const QString &url)
{
    return writtenHost(url).toLower();
}

QString BundleSchema::checkHost(const QString &host)
{
    return hostProblem(host);
}

int BundleSchema::Table::indexOf(const QString &column) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == column)
            return i;
    }
    return -1;
}

QStringList BundleSchema::Table::columnNames() const
{
    QStringList names;
    for (const Column &c : columns)
        names << c.name;
    return names;
}

const QList<BundleSchema::Table> &BundleSchema::tables()
{
    static const QList<Table> all = makeTables();
    return all;
}

QList<BundleSchema::Table> BundleSchema::tables(int version)
{
    QList<Table> known;
    for (const Table &t : tables()) {
        if (t.since <= version)
            known << t;
    }
    return known;
}

const BundleSchema::Table *BundleSchema::table(const QString &name)
{
    for (const Table &t : tables()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QStringList BundleSchema::metaKeys()
{
    return {QStringLiteral("title"), QStringLiteral("published_at"), QStringLiteral("publisher"),
            QStringLiteral("sample")};
}

bool BundleSchema::isIsoDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

bool BundleSchema::isIsoDateTime(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?$"));
    return shape.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODate).isValid();
}

QString BundleSchema::checkText(const QString &text, bool multiline, int maxLength)
{
    if (maxLength > 0 && text.size() > maxLength)
        return QStringLiteral("longer than %1 characters (%2)").arg(maxLength).arg(text.size());
    return checkCharacters(text, multiline);
}

QString BundleSchema::checkValue(const Column &column, const QVariant &value)
{
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
        return column.required ? QStringLiteral("empty, but required") : QString();
    if (column.type == Type::Integer) {
        if (value.typeId() != QMetaType::LongLong && value.typeId() != QMetaType::Int)
            return QStringLiteral("not a whole number");
        const qint64 n = value.toLongLong();
        return (n < 0 || n > 100000000) ? QStringLiteral("out of range (%1)").arg(n) : QString();
    }
    if (value.typeId() != QMetaType::QString)
        return QStringLiteral("not text");
    const QString text = value.toString();
    const QString textProblem = checkText(text, column.type == Type::Paragraphs, column.maxLength);
    if (!textProblem.isEmpty())
        return textProblem;
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    static const QRegularExpression reference(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9./-]*$"));
    switch (column.type) {
    case Type::Slug:
        return slug.match(text).hasMatch()
                   ? QString()
                   : QStringLiteral("'%1' is not an id (lower-case letters, digits, hyphens)")
                         .arg(text);
    case Type::Reference:
        return reference.match(text).hasMatch()
                   ? QString()
                   : QStringLiteral("'%1' is not a reference (letters, digits, - / .)").arg(text);
    case Type::Kind:
        return (text == QLatin1String("officer") || text == QLatin1String("staff"))
                   ? QString()
                   : QStringLiteral("'%1' is neither officer nor staff").arg(text);
    case Type::Date:
        if (!isIsoDate(text))
            return QStringLiteral("'%1' is not a date (yyyy-mm-dd)").arg(text);
        return QDate::fromString(text, Qt::ISODate) < earliestDate()
                   ? QStringLiteral("'%1' is before 2000-01-01").arg(text)
                   : QString();
    case Type::HttpsUrl:
        return checkUrl(text);
    case Type::Placement:
        return oneOf(text,
                     {QStringLiteral("home"), QStringLiteral("about"), QStringLiteral("both")});
    case Type::FaqPlace:
        return oneOf(text, {QStringLiteral("home"), QStringLiteral("job"), QStringLiteral("both")});
    case Type::Weights:
        return FinderWeights::parse(text).error;
    default:
        return {};
    }
}

QString BundleSchema::checkClosingDate(const QString &closingDate, const QString &publishedAt)
{
    const QDate published = QDateTime::fromString(publishedAt, Qt::ISODate).date();
    const QDate closing = QDate::fromString(closingDate, Qt::ISODate);
    if (!published.isValid() || !closing.isValid())
        return {}; // reported by the checks of each value
    if (closing > published.addYears(maxClosingYears))
        return QStringLiteral("'%1' is more than %2 years after published_at (%3)")
            .arg(closingDate)
            .arg(maxClosingYears)
            .arg(published.toString(Qt::ISODate));
    return {};
}

bool BundleSchema::fitsQrCode(const QString &text)
{
    // The largest symbol holds 2,331 bytes at level M, so shorter addresses fit without the
    // encoder's work, which would double the time a large bundle takes to check.
    const QByteArray bytes = text.toUtf8();
    if (bytes.size() <= 2331)
        return true;
    // Otherwise the same encoder as the job screen's code decides.
    return !QrCode::encode(bytes).isNull();
}

QDate BundleSchema::earliestDate()
{
    return QDate(2000, 1, 1);
}

BundleSchema::TrustPublicationDate::TrustPublicationDate()
{
    ++trustedPublication;
}

BundleSchema::TrustPublicationDate::~TrustPublicationDate()
{
    --trustedPublication;
}

QDateTime BundleSchema::now()
{
    return fixedNow().isValid() ? fixedNow() : QDateTime::currentDateTimeUtc();
}

void BundleSchema::setNowForTesting(const QDateTime &fixed)
{
    fixedNow() = fixed;
}

QString BundleSchema::checkMeta(const QString &key, const QString &value)
{
    if (key == QLatin1String("published_at"))
        return checkPublishedAt(value);
    if (key == QLatin1String("sample") && value != QLatin1String("0") &&
        value != QLatin1String("1"))
        return QStringLiteral("'%1' is neither 0 nor 1").arg(value);
    if (!metaKeys().contains(key))
        return QStringLiteral("unknown key '%1'").arg(key);
    return {};
}

QVariant BundleSchema::fromText(const Column &column, const QString &text, QString *error)
{
    if (column.type != Type::Integer)
        return text;
    if (text.isEmpty())
        return QVariant(QMetaType::fromType<qlonglong>());
    bool ok = false;
    const qlonglong n = text.toLongLong(&ok);
    if (!ok)
        *error = QStringLiteral("'%1' is not a whole number").arg(text);
    return ok ? QVariant(n) : QVariant();
}

QString BundleSchema::createTableSql(const Table &table)
{
    QStringList defs;
    for (const Column &c : table.columns) {
        QString def = c.name + (c.type == Type::Integer ? QStringLiteral(" INTEGER")
                                                        : QStringLiteral(" TEXT"));
        if (c.required)
            def += QStringLiteral(" NOT NULL");
        if (c.name == table.columns.first().name)
            def += QStringLiteral(" PRIMARY KEY");
        defs << def;
    }
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(table.name, defs.join(QStringLiteral(", ")));
}
