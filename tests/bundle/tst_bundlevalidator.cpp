#include "bundlefactory.h"
#include "bundleschema.h"
#include "bundlevalidator.h"
#include "importer.h"
#include "plainfile.h"
#include "sqlconnection.h"
#include "validationlimits.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

class TestBundleValidator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void acceptsAGoodBundle();
    void acceptsNamesInAnyLanguage();
    void readsVersion1AndVersion2();
    void hostile_data();
    void hostile();
    void everyHostileBundleHasItsOwnMessage();
    void acceptsTheLargestBundleWithinItsBudget();
    void aCheckThatTakesTooLongIsRefused();
    void limitsStopAnEndlessStatement();
    void limitsBoundFieldsAndRestoreTheHeap();
    void unreadableFile();
    void onlyPlainFilesAreRead();
    void plainFileOpensOnlyAPlainFile();
    void errorsCarryNoControlOrInvisibleCharacters_data();
    void errorsCarryNoControlOrInvisibleCharacters();
    void theFileItselfIsNeverAdopted();
    void theCheckedCopyIsPrivateAndGoesWithTheCheck();

private:
    QString makeHostile(const QString &name);
    QString m_good;
    QTemporaryDir m_dir;
    QTemporaryDir m_data;
    QSet<QString> m_messages;
    qint64 m_slowestMs = 0;
    QString m_slowest;
};

void TestBundleValidator::initTestCase()
{
    BundleSchema::setNowForTesting(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    m_good = m_dir.filePath("good.kioskbundle");
    BundleFactory::write(BundleFactory::content(20), m_good);
    Importer importer(m_data.path());
    QVERIFY2(importer.import(m_good, false), qPrintable(importer.error()));
}

void TestBundleValidator::cleanupTestCase()
{
    BundleSchema::setNowForTesting({});
    qInfo("slowest hostile bundle: %s, refused in %lld ms", qPrintable(m_slowest), m_slowestMs);
}

void TestBundleValidator::acceptsAGoodBundle()
{
    BundleValidator validator;
    QVERIFY2(validator.validate(m_good), qPrintable(validator.error()));
    QCOMPARE(validator.content().rows("jobs").size(), 20);
    const QString loose = m_dir.filePath("loose.kioskbundle");
    BundleFactory::writeLoose(BundleFactory::content(3), loose);
    QVERIFY2(validator.validate(loose), qPrintable(validator.error()));
    const QString tomorrow = m_dir.filePath("tomorrow.kioskbundle");
    BundleContent early = BundleFactory::content(3, "2026-11-26T12:00:00Z"); // a day of slack
    early.rows("jobs")[0][11] = "2036-11-26";
    early.rows("jobs")[1][11] = "2000-01-01";
    BundleFactory::write(early, tomorrow);
    QVERIFY2(validator.validate(tomorrow), qPrintable(validator.error()));
}

void TestBundleValidator::acceptsNamesInAnyLanguage()
{
    BundleContent content = BundleFactory::content(3);
    content.rows("jobs")[0][1] = "Zoë Brontë, Ahmed Al-Hassan and Siân Llŷr";
    content.rows("jobs")[1][4] = "Ysgol Gymraeg Bro Morgannwg";
    content.rows("jobs")[2][12] = "Nguyễn Thị, Dvořák, Søren, Łukasz, أحمد 👍";
    const QString path = m_dir.filePath("names.kioskbundle");
    BundleFactory::write(content, path);
    BundleValidator validator;
    QVERIFY2(validator.validate(path), qPrintable(validator.error()));
    QCOMPARE(validator.content().rows("jobs").at(0).at(1).toString(),
             QString("Zoë Brontë, Ahmed Al-Hassan and Siân Llŷr"));
}

void TestBundleValidator::readsVersion1AndVersion2()
{
    BundleValidator validator;
    const QString old = m_dir.filePath("version1.kioskbundle");
    BundleFactory::writeLoose(BundleFactory::content(3), old, {}, BundleSchema::applicationId, 1);
    QVERIFY2(validator.validate(old), qPrintable(validator.error()));
    QCOMPARE(validator.content().rows("jobs").size(), 3);
    QVERIFY(validator.content().rows("links").isEmpty());
    QVERIFY(validator.content().rows("glossary").isEmpty());
    Importer importer(m_dir.filePath("version1-data"));
    QVERIFY2(importer.import(old, false), qPrintable(importer.error()));

    BundleContent content = BundleFactory::content(3);
    content.rows("links") << BundleContent::Row{"pack", "Information pack",
                                                "https://careers.example.org/pack", "about", 2};
    content.rows("glossary") << BundleContent::Row{"Security check (SC)", "A check."};
    const QString v2 = m_dir.filePath("version2.kioskbundle");
    BundleFactory::write(content, v2);
    QVERIFY2(validator.validate(v2), qPrintable(validator.error()));
    QCOMPARE(validator.content().rows("links"), content.rows("links"));
    QCOMPARE(validator.content().rows("glossary"), content.rows("glossary"));
    // Version 2 without its new tables is a damaged file, not a version 1 one.
    const QString missing = m_dir.filePath("version2-missing.kioskbundle");
    BundleFactory::writeLoose(content, missing, {"DROP TABLE glossary"});
    QVERIFY(!validator.validate(missing));
    QVERIFY2(validator.error().contains("the table glossary is missing"),
             qPrintable(validator.error()));
}

namespace
{

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

BundleContent withJobField(BundleContent content, int column, const QVariant &value)
{
    content.rows("jobs")[0][column] = value;
    return content;
}

BundleContent withLinkField(BundleContent content, int column, const QVariant &value)
{
    BundleContent::Row link = {"contact", "Get in touch", "https://careers.example.org/contact",
                               "both", 1};
    link[column] = value;
    content.rows("links") << link;
    return content;
}

BundleContent withGlossary(BundleContent content, const QList<BundleContent::Row> &rows)
{
    content.rows("glossary") = rows;
    return content;
}

// SQL that rebuilds the jobs table with one more column defined as `extra`.
QStringList jobsWithColumn(const QString &extra)
{
    const QString columns = BundleSchema::table("jobs")->columnNames().join(',');
    return {"ALTER TABLE jobs RENAME TO old_jobs",
            QString("CREATE TABLE jobs (%1, %2)").arg(columns, extra),
            QString("INSERT INTO jobs (%1) SELECT %1 FROM old_jobs").arg(columns),
            "DROP TABLE old_jobs"};
}

} // namespace

QString TestBundleValidator::makeHostile(const QString &name)
{
    using namespace BundleFactory;
    const QString path = m_dir.filePath(name + ".kioskbundle");
    QFile::remove(path);
    const BundleContent good = content(5);
    const QByteArray goodBytes = readBytes(m_good);
    if (name == "empty file")
        writeBytes(path, {});
    else if (name == "random bytes") {
        QByteArray noise(8192, '\0');
        QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(noise.data()), 2048);
        writeBytes(path, noise);
    } else if (name == "truncated file")
        writeBytes(path, goodBytes.left(goodBytes.size() - 1500));
    else if (name == "missing last page")
        writeBytes(path, goodBytes.left(goodBytes.size() - 4096));
    else if (name == "corrupted page") {
        QByteArray bytes = goodBytes;
        for (int i = 4096 + 8; i < 4096 * 3; ++i)
            bytes[i] = char(0xA5 ^ (i * 7));
        writeBytes(path, bytes);
    } else if (name == "wrong application_id")
        writeLoose(good, path, {}, 0x12345678);
    else if (name == "wrong user_version")
        writeLoose(good, path, {}, 0x4B696F73, 4);
    else if (name == "missing table")
        writeLoose(good, path, {"DROP TABLE partners"});
    else if (name == "extra table")
        writeLoose(good, path, {"CREATE TABLE notes (x)"});
    else if (name == "extra column")
        writeLoose(good, path, {"ALTER TABLE jobs ADD COLUMN secret"});
    else if (name == "trigger")
        writeLoose(good, path,
                   {"CREATE TRIGGER t AFTER INSERT ON jobs BEGIN DELETE FROM jobs; END"});
    else if (name == "view in place of a table")
        writeLoose(
            good, path,
            {"DROP TABLE partners",
             "CREATE VIEW partners AS SELECT 'a' id, 'b' name, 'c' description, 1 position"});
    else if (name == "virtual table")
        writeLoose(good, path, {"CREATE VIRTUAL TABLE search USING rtree(id, x0, x1)"});
    else if (name == "index")
        writeLoose(good, path, {"CREATE INDEX jobs_by_title ON jobs (lower(title))"});
    else if (name == "generated column") {
        // Written cheaply, then made expensive by hand: quick_check computed this column for
        // the CHECK of every row, which took minutes and hundreds of megabytes.
        QStringList sql =
            jobsWithColumn("x TEXT GENERATED ALWAYS AS ('x') VIRTUAL CHECK (length(x) > 0)");
        sql << "PRAGMA writable_schema=ON"
            << "UPDATE sqlite_master SET sql = replace(sql, '''x'') VIRTUAL', "
               "'printf(''%.*c'', 20000000, ''x'')) VIRTUAL') WHERE name = 'jobs'";
        writeLoose(content(100), path, sql);
    } else if (name == "stored generated column")
        writeLoose(good, path,
                   jobsWithColumn("y TEXT GENERATED ALWAYS AS (printf('%.*c', 100000, 'x')) "
                                  "STORED"));
    else if (name == "generated column in place of one")
        writeLoose(good, path,
                   {"ALTER TABLE partners RENAME COLUMN description TO d",
                    "ALTER TABLE partners ADD COLUMN description GENERATED ALWAYS AS (d || d)"});
    else if (name == "endless view")
        writeLoose(good, path,
                   {"CREATE VIEW endless AS WITH RECURSIVE c(x) AS "
                    "(SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c"});
    else if (name == "index posing as automatic")
        writeLoose(
            good, path,
            {"CREATE INDEX x ON jobs (title)", "PRAGMA writable_schema=ON",
             "UPDATE sqlite_master SET name = 'sqlite_autoindex_jobs_9', "
             "sql = 'CREATE INDEX sqlite_autoindex_jobs_9 ON jobs (title)' WHERE name = 'x'"});
    else if (name == "hand-written table definition")
        writeLoose(good, path,
                   {"PRAGMA writable_schema=ON",
                    "UPDATE sqlite_master SET sql = 'CREATE/**/TABLE partners "
                    "(id, name, description, position)' WHERE name = 'partners'"});
    else if (name == "50 MB text field")
        writeLoose(withJobField(good, 13, QString(50'000'000, QLatin1Char('x'))), path);
    else if (name == "50 MB blob") {
        BundleContent big = good;
        big.rows("sections")[0][2] = QByteArray(50'000'000, 'b');
        writeLoose(big, path);
    } else if (name == "schema that fills the memory") {
        // Each view is small on disk, but SQLite needs about a hundred times its size in memory
        // to read the schema; a whole file of them would need gigabytes.
        QStringList sql = {"PRAGMA writable_schema=ON"};
        const QString values = QStringList(3500, "(1)").join(',');
        for (int i = 0; i < 400; ++i)
            sql << QString("INSERT INTO sqlite_master VALUES ('view', 'v%1', 'v%1', 0, "
                           "'CREATE VIEW v%1 AS VALUES %2')")
                       .arg(i)
                       .arg(values);
        writeLoose(good, path, sql);
    } else if (name == "huge definition in the schema")
        writeLoose(good, path,
                   {"PRAGMA writable_schema=ON",
                    QString("INSERT INTO sqlite_master VALUES ('view', 'v', 'v', 0, "
                            "'CREATE VIEW v AS VALUES %1')")
                        .arg(QStringList(12000, "(1)").join(','))});
    else if (name == "oversized field")
        writeLoose(withJobField(good, 13, QString(9000, QLatin1Char('x'))), path);
    else if (name == "100,000 rows") {
        BundleContent many = good;
        many.rows("jobs").clear();
        for (int i = 1; i <= 100000; ++i)
            many.rows("jobs") << job(i);
        writeLoose(many, path);
    } else if (name == "null id")
        writeLoose(withJobField(good, 0, QVariant()), path);
    else if (name == "malformed date")
        writeLoose(withJobField(good, 11, "2026-02-30"), path);
    else if (name == "file: url")
        writeLoose(withJobField(good, 14, "file:///etc/passwd"), path);
    else if (name == "javascript: url")
        writeLoose(withJobField(good, 14, "javascript:alert(1)"), path);
    else if (name == "duplicate reference")
        writeLoose(withJobField(good, 0, "TEST-00002"), path);
    else if (name == "control character")
        writeLoose(withJobField(good, 1, "Analyst\x1b[2J"), path);
    else if (name == "unknown capability")
        writeLoose(withJobField(good, 2, "astrology"), path);
    else if (name == "zero-width space")
        writeLoose(withJobField(good, 1, "Pay\u200BPal"), path);
    else if (name == "bidirectional mark")
        writeLoose(withJobField(good, 4, "Oxford\u200F"), path);
    else if (name == "tag characters")
        writeLoose(withJobField(good, 12, "Hello\U000E0041\U000E0042"), path);
    else if (name == "stacked combining marks")
        writeLoose(withJobField(good, 1, "Z\u0301\u0302\u0303\u0304\u0305\u0306"), path);
    else if (name == "invisible title")
        writeLoose(withJobField(good, 1, " \u0301 "), path);
    else if (name == "blank partner name") {
        BundleContent blank = good;
        blank.rows("partners")[0][1] = "\u3164";
        writeLoose(blank, path);
    } else if (name == "IP address")
        writeLoose(withJobField(good, 14, "https://169.254.169.254/latest/meta-data"), path);
    else if (name == "look-alike host")
        writeLoose(withJobField(good, 14, "https://careers.exаmple.org/apply"), path);
    else if (name == "punycode host")
        writeLoose(withJobField(good, 14, "https://careers.xn--exmple-4nf.org/apply"), path);
    else if (name == "overlong address")
        writeLoose(withJobField(good, 14, "https://careers.example.org/" + QString(600, 'a')),
                   path);
    else if (name == "published in the future")
        writeLoose(content(5, "2026-11-26T12:00:01Z"), path);
    else if (name == "published before 2000")
        writeLoose(content(5, "1999-06-01T12:00:00Z"), path);
    else if (name == "closing before 2000")
        writeLoose(withJobField(good, 11, "1999-12-31"), path);
    else if (name == "closing far ahead")
        writeLoose(withJobField(good, 11, "2036-11-21"), path);
    else if (name == "number as text")
        writeLoose(withJobField(good, 6, "thirty thousand"), path);
    else if (name == "link to an http address")
        writeLoose(withLinkField(good, 2, "http://careers.example.org/contact"), path);
    else if (name == "link to an IP address")
        writeLoose(withLinkField(good, 2, "https://127.1/contact"), path);
    else if (name == "link with a password")
        writeLoose(withLinkField(good, 2, "https://me:pw@careers.example.org/"), path);
    else if (name == "link shown nowhere known")
        writeLoose(withLinkField(good, 3, "sidebar"), path);
    else if (name == "link id not an id")
        writeLoose(withLinkField(good, 0, "Contact Us"), path);
    else if (name == "link label with a bidirectional control")
        writeLoose(withLinkField(good, 1, "Get in \u202Etouch"), path);
    else if (name == "overlong link label")
        writeLoose(withLinkField(good, 1, QString(81, QLatin1Char('x'))), path);
    else if (name == "link position as text")
        writeLoose(withLinkField(good, 4, "first"), path);
    else if (name == "duplicate link id") {
        BundleContent twice = withLinkField(good, 0, "contact");
        twice.rows("links") << twice.rows("links").first();
        writeLoose(twice, path);
    } else if (name == "glossary term twice")
        writeLoose(withGlossary(good, {{"SC", "Security check."}, {"sc", "Something else."}}),
                   path);
    else if (name == "glossary explanation with a control character")
        writeLoose(withGlossary(good, {{"SC", "Security\x1b[2J check."}}), path);
    else if (name == "overlong glossary term")
        writeLoose(withGlossary(good, {{QString(61, QLatin1Char('x')), "Long."}}), path);
    else if (name == "blank glossary explanation")
        writeLoose(withGlossary(good, {{"SC", "\u3164"}}), path);
    else if (name == "too many links") {
        BundleContent many = good;
        for (int i = 0; i < 13; ++i)
            many.rows("links") << BundleContent::Row{QString("link-%1").arg(i), "Link",
                                                     "https://careers.example.org/", "home", i};
        writeLoose(many, path);
    } else if (name == "version 1 holding links")
        writeLoose(good, path, {"CREATE TABLE links (id, label, url, shown_on, position)"},
                   0x4B696F73, 1);
    else if (name == "wal mode")
        writeLoose(good, path, {"PRAGMA journal_mode=WAL"});
    else if (name == "symlink")
        QFile::link(m_good, path);
    else if (name == "folder")
        QDir().mkpath(path);
    return path; // "missing file": nothing is written
}

void TestBundleValidator::hostile_data()
{
    QTest::addColumn<QString>("message");
    QTest::newRow("empty file") << "the file is empty";
    QTest::newRow("random bytes") << "not an SQLite database";
    QTest::newRow("truncated file") << "ends part way through a page";
    QTest::newRow("missing last page") << "the header counts";
    QTest::newRow("corrupted page") << "damaged";
    QTest::newRow("wrong application_id") << "not a Careers Kiosk bundle";
    QTest::newRow("wrong user_version") << "bundle format version 4";
    QTest::newRow("missing table") << "the table partners is missing";
    QTest::newRow("extra table") << "unexpected table (notes)";
    QTest::newRow("extra column") << "table jobs has an unexpected column (secret)";
    QTest::newRow("trigger") << "contains a trigger (t)";
    QTest::newRow("view in place of a table") << "partners is a view, not a table";
    QTest::newRow("virtual table") << "contains a virtual table (search)";
    QTest::newRow("index") << "contains an index (jobs_by_title)";
    QTest::newRow("generated column") << "table jobs has a generated column (x)";
    QTest::newRow("stored generated column") << "table jobs has a generated column (y)";
    QTest::newRow("generated column in place of one")
        << "table partners has a generated column (description)";
    QTest::newRow("endless view") << "it contains a view (endless)";
    QTest::newRow("index posing as automatic") << "contains an index (sqlite_autoindex_jobs_9)";
    QTest::newRow("hand-written table definition")
        << "table partners has a definition SQLite did not write";
    QTest::newRow("50 MB text field")
        << "table jobs row 1: a field is larger than the format allows (over 64 KiB)";
    QTest::newRow("50 MB blob")
        << "table sections row 1: a field is larger than the format allows (over 64 KiB)";
    QTest::newRow("schema that fills the memory")
        << "checking it would need more memory than a bundle may use";
    QTest::newRow("huge definition in the schema")
        << "its schema holds a definition larger than a bundle needs";
    QTest::newRow("oversized field") << "table jobs row 1 (TEST-00001), column description: "
                                        "longer than 8000 characters";
    QTest::newRow("100,000 rows") << "table jobs has 100000 rows, more than the 20000 allowed";
    QTest::newRow("null id") << "table jobs row 1, column reference: empty, but required";
    QTest::newRow("malformed date") << "column closing_date: '2026-02-30' is not a date";
    QTest::newRow("file: url") << "row 1 (TEST-00001), column apply_url: not an https://";
    QTest::newRow("javascript: url") << "column apply_url: not an https:// address";
    QTest::newRow("duplicate reference") << "table jobs row 2, column reference: 'TEST-00002' "
                                            "appears more than once";
    QTest::newRow("control character") << "column title: contains the control character U+001B";
    QTest::newRow("unknown capability") << "no capability has the id 'astrology'";
    QTest::newRow("zero-width space")
        << "table jobs row 1 (TEST-00001), column title: contains the zero-width character U+200B";
    QTest::newRow("bidirectional mark")
        << "row 1 (TEST-00001), column location: contains the bidirectional control U+200F";
    QTest::newRow("tag characters") << "column summary: contains the tag character U+E0041";
    QTest::newRow("stacked combining marks")
        << "column title: more than 4 combining marks on one character";
    QTest::newRow("invisible title") << "column title: no visible character";
    QTest::newRow("blank partner name")
        << "table partners row 1 (nca), column name: contains the blank letter U+3164";
    QTest::newRow("IP address") << "row 1 (TEST-00001), column apply_url: an IP address "
                                   "(169.254.169.254) in place of a host name";
    QTest::newRow("look-alike host")
        << "column apply_url: the host 'careers.exаmple.org' may only hold ASCII letters";
    QTest::newRow("punycode host") << "column apply_url: the host 'careers.xn--exmple-4nf.org' is "
                                      "punycode (xn--)";
    QTest::newRow("overlong address") << "column apply_url: longer than 512 characters (628)";
    QTest::newRow("published in the future")
        << "table meta row 2 (published_at), column value: '2026-11-26T12:00:01Z' is more "
           "than a day in the future";
    QTest::newRow("published before 2000") << "'1999-06-01T12:00:00Z' is before 2000-01-01";
    QTest::newRow("closing before 2000")
        << "table jobs row 1 (TEST-00001), column closing_date: '1999-12-31' is before 2000-01-01";
    QTest::newRow("closing far ahead")
        << "table jobs row 1 (TEST-00001), column closing_date: '2036-11-21' is more than 10 "
           "years after published_at (2026-11-20)";
    QTest::newRow("number as text") << "column salary_min: not a whole number";
    QTest::newRow("link to an http address")
        << "table links row 1 (contact), column url: not an https:// address (a http: address)";
    QTest::newRow("link to an IP address")
        << "table links row 1 (contact), column url: an IP address (127.1) in place of a host";
    QTest::newRow("link with a password")
        << "column url: an address with a user name or password is not allowed";
    QTest::newRow("link shown nowhere known")
        << "column shown_on: 'sidebar' is none of home, about and both";
    QTest::newRow("link id not an id") << "table links row 1, column id: 'Contact Us' is not an id";
    QTest::newRow("link label with a bidirectional control")
        << "column label: contains the bidirectional control U+202E";
    QTest::newRow("overlong link label") << "column label: longer than 80 characters (81)";
    QTest::newRow("link position as text") << "table links row 1 (contact), column position: not "
                                              "a whole number";
    QTest::newRow("duplicate link id")
        << "table links row 2, column id: 'contact' appears more than once";
    QTest::newRow("glossary term twice")
        << "table glossary row 2, column term: 'sc' appears more than once";
    QTest::newRow("glossary explanation with a control character")
        << "table glossary row 1 (SC), column explanation: contains the control character U+001B";
    QTest::newRow("overlong glossary term") << "column term: longer than 60 characters (61)";
    QTest::newRow("blank glossary explanation")
        << "column explanation: contains the blank letter U+3164";
    QTest::newRow("too many links") << "table links has 13 rows, more than the 12 allowed";
    QTest::newRow("version 1 holding links")
        << "it contains the table links, which only bundles of format version 2 or later may hold";
    QTest::newRow("wal mode") << "WAL mode";
    QTest::newRow("symlink") << "symbolic link";
    QTest::newRow("folder") << "folder, not a bundle file";
    QTest::newRow("missing file") << "no such file";
}

void TestBundleValidator::hostile()
{
    QFETCH(QString, message);
    const QString path = makeHostile(QTest::currentDataTag());
    const auto before = BundleFactory::snapshot(m_data.path());
    QVERIFY(!before.isEmpty());

    Importer importer(m_data.path());
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!importer.import(path, true));
    const qint64 ms = clock.elapsed();
    if (ms > m_slowestMs) {
        m_slowestMs = ms;
        m_slowest = QTest::currentDataTag();
    }
    QVERIFY2(ms < 5000, qPrintable(QString("refused after %1 ms").arg(ms)));
    QVERIFY2(importer.error().contains(message), qPrintable(importer.error()));
    QVERIFY(!importer.error().contains('\n'));
    QVERIFY(!importer.changedAnything());
    QCOMPARE(BundleFactory::snapshot(m_data.path()), before);
    m_messages.insert(importer.error());
}

void TestBundleValidator::everyHostileBundleHasItsOwnMessage()
{
    QCOMPARE(m_messages.size(), 67);
}

void TestBundleValidator::acceptsTheLargestBundleWithinItsBudget()
{
    // As many jobs as a bundle may hold, with long descriptions: well inside the time budget.
    BundleContent content = BundleFactory::content(20000);
    const QString description = QString("A long description of the role. ").repeated(40);
    for (BundleContent::Row &job : content.rows("jobs"))
        job[13] = description;
    const QString path = m_dir.filePath("largest.kioskbundle");
    BundleFactory::write(content, path);
    QElapsedTimer clock;
    clock.start();
    BundleValidator validator;
    QVERIFY2(validator.validate(path), qPrintable(validator.error()));
    qInfo("%lld MB checked in %lld ms; SQLite's budget is %d ms", QFileInfo(path).size() >> 20,
          clock.elapsed(), ValidationLimits::budgetFor(QFileInfo(path).size()));
}

void TestBundleValidator::aCheckThatTakesTooLongIsRefused()
{
    const QString path = m_dir.filePath("slow.kioskbundle");
    BundleFactory::write(BundleFactory::content(3000), path);
    ValidationLimits::setBudgetForTesting(1);
    BundleValidator validator;
    const bool valid = validator.validate(path);
    ValidationLimits::setBudgetForTesting(0);
    QVERIFY(!valid);
    QVERIFY2(validator.error().startsWith("the check took too long"),
             qPrintable(validator.error()));
    QVERIFY2(validator.validate(path), qPrintable(validator.error()));
}

void TestBundleValidator::limitsStopAnEndlessStatement()
{
    SqlConnection db(m_dir.filePath("scratch.sqlite"), SqlConnection::Mode::ReadWrite);
    const ValidationLimits limits(db.database(), 100000);
    QVERIFY(limits.isApplied());
    QCOMPARE(limits.budgetMs(), ValidationLimits::budgetFor(100000));
    QElapsedTimer clock;
    clock.start();
    QSqlQuery endless(db.database());
    QVERIFY(!endless.exec("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                          "SELECT count(*) FROM c"));
    QVERIFY(limits.timedOut());
    QVERIFY2(clock.elapsed() >= limits.budgetMs() && clock.elapsed() < 5000,
             qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(endless.lastError().nativeErrorCode(), QString::number(SQLITE_INTERRUPT));
}

void TestBundleValidator::limitsBoundFieldsAndRestoreTheHeap()
{
    QVERIFY(ValidationLimits::budgetFor(1) >= 1000); // a floor for small files
    QCOMPARE(ValidationLimits::budgetFor(BundleSchema::maxFileBytes), 2000);
    const qint64 before = sqlite3_hard_heap_limit64(-1);
    {
        SqlConnection db(m_dir.filePath("scratch.sqlite"), SqlConnection::Mode::ReadWrite);
        const ValidationLimits limits(db.database(), 100000);
        QVERIFY(sqlite3_hard_heap_limit64(-1) > 0);
        QSqlQuery query(db.database());
        QVERIFY(query.exec("SELECT zeroblob(60000)"));
        QVERIFY(!query.exec("SELECT zeroblob(70000)"));
        QCOMPARE(query.lastError().nativeErrorCode(), QString::number(SQLITE_TOOBIG));
    }
    QCOMPARE(sqlite3_hard_heap_limit64(-1), before);
}

void TestBundleValidator::unreadableFile()
{
#ifdef Q_OS_UNIX
    QTemporaryDir open("/tmp/kiosk-unreadable-XXXXXX"); // a place that user nobody can reach
    QVERIFY(QFile::setPermissions(open.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ExeOwner | QFileDevice::ExeOther |
                                                   QFileDevice::ReadOther));
    const QString path = open.filePath("locked.kioskbundle");
    QVERIFY(QFile::copy(m_good, path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    // Permissions do not bind root, so as root the check runs in a child that drops to nobody.
    const pid_t child = geteuid() == 0 ? fork() : 0;
    if (child == 0) {
        // Group and supplementary groups first: as group root the folder would stay closed.
        if (geteuid() == 0 &&
            (setgroups(0, nullptr) != 0 || setgid(65534) != 0 || setuid(65534) != 0))
            _exit(3);
        BundleValidator validator;
        const bool ok = !validator.validate(path) && validator.error().contains("cannot be read");
        if (getuid() == 65534) {
            if (!ok)
                qWarning("unexpected: %s", qPrintable(validator.error()));
            _exit(ok ? 0 : 1);
        }
        QVERIFY2(ok, qPrintable(validator.error()));
        return;
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
#else
    QSKIP("file permissions are tested on Unix");
#endif
}

void TestBundleValidator::onlyPlainFilesAreRead()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString link = dir.filePath("link.kioskbundle");
    QVERIFY(QFile::link(m_good, link)); // a link to a good bundle elsewhere on the disk
    const QString fifo = dir.filePath("fifo.kioskbundle");
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString folder = dir.filePath("folder.kioskbundle");
    QVERIFY(QDir().mkpath(folder));
    const QList<QPair<QString, QString>> cases = {
        {link, "symbolic link"}, {fifo, "not a regular file"}, {folder, "folder"}};
    for (const auto &[path, message] : cases) {
        QElapsedTimer clock;
        clock.start();
        BundleValidator validator;
        QVERIFY(!validator.validate(path)); // and a FIFO does not block the check
        QVERIFY2(validator.error().contains(message), qPrintable(validator.error()));
        QVERIFY(clock.elapsed() < 1000);
    }
#else
    QSKIP("links and FIFOs are tested on Unix");
#endif
}

void TestBundleValidator::plainFileOpensOnlyAPlainFile()
{
    // What copyPrivately() opens, after checkFile() looked at the name: a FIFO swapped in
    // between must be refused at once, not wait for a writer.
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString fifo = dir.filePath("fifo.kioskbundle");
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString link = dir.filePath("link.kioskbundle");
    QVERIFY(QFile::link(m_good, link));
    const QList<QPair<QString, QString>> cases = {{fifo, "not a regular file"},
                                                  {link, "symbolic link"}};
    for (const auto &[path, message] : cases) {
        QElapsedTimer clock;
        clock.start();
        QFile file;
        QString error;
        QVERIFY(!PlainFile::open(file, path, &error));
        QVERIFY(clock.elapsed() < 1000);
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!file.isOpen());
    }
    QFile file;
    QString error;
    QVERIFY2(PlainFile::open(file, m_good, &error), qPrintable(error));
    QVERIFY(file.isReadable());
    QVERIFY(file.read(16).startsWith("SQLite format 3"));
#else
    QSKIP("links and FIFOs are tested on Unix");
#endif
}

void TestBundleValidator::errorsCarryNoControlOrInvisibleCharacters_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QString>("message");
    QTest::newRow("table name") << QStringList{u"CREATE TABLE \"x\u202e\u200b\x1b[31m\x07\" (a)"_qs}
                                << "unexpected table (x[31m)";
    QTest::newRow("meta key")
        << QStringList{u"INSERT INTO meta VALUES ('\u202e\x1b[2Jevil', 'x')"_qs} << "[2Jevil";
}

void TestBundleValidator::errorsCarryNoControlOrInvisibleCharacters()
{
    // The error goes to the log, to stderr of --import and --validate, and to the staff screen.
    QFETCH(QStringList, sql);
    QFETCH(QString, message);
    const QString path =
        m_dir.filePath(QString("unsafe %1.kioskbundle").arg(QTest::currentDataTag()));
    BundleFactory::writeLoose(BundleFactory::content(3), path, sql);
    BundleValidator validator;
    QVERIFY(!validator.validate(path));
    const QString error = validator.error();
    QVERIFY2(error.contains(message), qPrintable(error));
    for (const QChar c : {QChar(0x202e), QChar(0x200b), QChar(0x1b), QChar(0x07)})
        QVERIFY2(!error.contains(c), qPrintable(error.toUtf8().toPercentEncoding(" ()[]:',")));
}

void TestBundleValidator::theFileItselfIsNeverAdopted()
{
    // Changing the bundle after the import must not change what the kiosk shows.
    QTemporaryDir data;
    const QString path = m_dir.filePath("later-edited.kioskbundle");
    BundleFactory::write(BundleFactory::content(4), path);
    Importer importer(data.path());
    QVERIFY(importer.import(path, false));
    QVERIFY(QFile::remove(path));
    const auto files = BundleFactory::snapshot(data.path());
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY(!it.key().contains("later-edited"));
    BundleValidator validator;
    QVERIFY(!validator.validate(path));
}

void TestBundleValidator::theCheckedCopyIsPrivateAndGoesWithTheCheck()
{
    // An import writes the store from the copy that was checked: only the kiosk may reach it,
    // and it goes when the last holder of the check does.
    QString copy;
    {
        CheckedBundle kept;
        {
            BundleValidator validator;
            QVERIFY2(validator.validate(m_good), qPrintable(validator.error()));
            kept = validator.checked();
        }
        copy = kept.path();
        QVERIFY(QFileInfo(copy).isFile() && !QFileInfo(copy).isSymLink());
        QVERIFY(!copy.startsWith(m_dir.path()));
        QCOMPARE(kept.jobDigests().size(), 20);
        QCOMPARE(kept.readContent().rows("jobs").size(), 20);
#ifdef Q_OS_UNIX
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFileInfo(QFileInfo(copy).absolutePath()).permissions() & others,
                 QFile::Permissions());
#endif
    }
    QVERIFY(!QFileInfo::exists(copy));
    BundleValidator validator;
    QVERIFY(!validator.validate(m_dir.filePath("no such.kioskbundle")));
    QVERIFY(validator.checked().isNull()); // a refused file leaves nothing to install
}

QTEST_GUILESS_MAIN(TestBundleValidator)
#include "tst_bundlevalidator.moc"
