#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

// The one description of the bundle format, versions 1 to 3 (data/FORMAT.md). The builder, the
// validator and the store writer all read it, so the three can never disagree about a table or a
// column.
class BundleSchema
{
public:
    static constexpr quint32 applicationId = 0x4B696F73; // "Kios"
    static constexpr int userVersion = 3;                // what this kiosk writes
    static constexpr int oldestVersion = 1;              // the oldest it still reads
    static constexpr int maxFileBytes = 64 * 1024 * 1024;
    // The largest field, 8,000 characters, takes at most 32,000 bytes of UTF-8.
    static constexpr int maxFieldBytes = 64 * 1024;
    // Enough for any language; stacks of marks are drawn over the lines around them.
    static constexpr int maxCombiningMarks = 4;
    static constexpr int maxClosingYears = 10; // after published_at

    enum class Type {
        Slug,       // lower-case letters, digits and hyphens
        Reference,  // letters, digits, hyphens, slashes and dots
        Line,       // one line of text
        Paragraphs, // text that may hold line breaks
        Kind,       // "officer" or "staff"
        Integer,
        Date,      // yyyy-mm-dd
        HttpsUrl,  // https:// and a plain ASCII domain name
        Placement, // where a link is shown: "home", "about" or "both"
        FaqPlace,  // where a question is listed: "home", "job" or "both"
        Weights,   // a finder answer's "id:weight; id:weight" (FinderWeights)
    };

    struct Column {
        QString name;
        Type type;
        bool required;
        int maxLength;
    };

    struct Table {
        QString name;
        QList<Column> columns;
        int maxRows;
        int since = 1; // the format version that added the table
        int indexOf(const QString &column) const;
        QStringList columnNames() const;
    };

    static const QList<Table> &tables(); // every table of the newest version
    static QList<Table> tables(int version);
    static const Table *table(const QString &name);
    static QStringList metaKeys();

    // Returns an empty string when the value fits the column, otherwise what is wrong with it.
    static QString checkValue(const Column &column, const QVariant &value);
    static QString checkMeta(const QString &key, const QString &value);
    static QString checkText(const QString &text, bool multiline, int maxLength);
    static QString checkClosingDate(const QString &closingDate, const QString &publishedAt);
    // Whether the job screen can show the address as a QR code.
    static bool fitsQrCode(const QString &text);
    // The host of an https:// address as written (lower case), and what is wrong with a host
    // name a visitor would have to trust (empty when nothing).
    static QString hostOf(const QString &url);
    static QString checkHost(const QString &host);

    // No date in a bundle may be earlier.
    static QDate earliestDate();
    // What the checks take as the present; tests fix it, an invalid value restores the clock.
    static QDateTime now();
    static void setNowForTesting(const QDateTime &fixed);

    // While one lives, on its thread, a publication date in the future is accepted. Only for
    // the bundle built into the application, which was checked when it was built: a kiosk
    // whose clock is behind must still be able to show it.
    class TrustPublicationDate
    {
    public:
        TrustPublicationDate();
        ~TrustPublicationDate();
        TrustPublicationDate(const TrustPublicationDate &) = delete;
        TrustPublicationDate &operator=(const TrustPublicationDate &) = delete;
    };

    // Turns a CSV cell into the value the column stores (integers become numbers, an empty
    // optional cell becomes NULL); returns an error text instead when it cannot.
    static QVariant fromText(const Column &column, const QString &text, QString *error);

    static bool isIsoDate(const QString &text);
    static bool isIsoDateTime(const QString &text);
    static QString createTableSql(const Table &table);
};
