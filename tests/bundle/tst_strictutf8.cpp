#include "bundlebuilder.h"
#include "bundlefactory.h"
#include "bundleschema.h"
#include "bundlevalidator.h"
#include "csvreader.h"
#include "sqlconnection.h"
#include "strictutf8.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Text is the bytes the bundle really held: every malformed UTF-8 form is refused, by the
// decoder, the validator (in every text column) and the CSV reader that the builder uses.
class TestStrictUtf8 : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_good;

    QString withBytes(const QString &table, const QString &column, const QByteArray &bytes);

private slots:
    void initTestCase();
    void cleanupTestCase();
    void acceptsWellFormedText_data();
    void acceptsWellFormedText();
    void refusesEveryMalformedForm_data();
    void refusesEveryMalformedForm();
    void validatorRefusesEachFormInAText_data();
    void validatorRefusesEachFormInAText();
    void validatorRefusesMalformedTextInEveryColumn_data();
    void validatorRefusesMalformedTextInEveryColumn();
    void validatorKeepsGoodTextInEveryColumn();
    void csvReaderRefusesEachForm_data();
    void csvReaderRefusesEachForm();
    void builderRefusesAMalformedCsvFile();
    void addressesRefuseEverySpace_data();
    void addressesRefuseEverySpace();
};

namespace
{

void addMalformedRows()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("wrongAt");
    QTest::newRow("lone continuation 80") << QByteArray("a\x80z") << 1;
    QTest::newRow("lone A0 (would be NBSP)") << QByteArray("a\xA0z") << 1;
    QTest::newRow("lone A9 (would be (c))") << QByteArray("a\xA9z") << 1;
    QTest::newRow("lone BF") << QByteArray("a\xBFz") << 1;
    QTest::newRow("overlong C0 80") << QByteArray("a\xC0\x80z") << 1;
    QTest::newRow("overlong C1 BF") << QByteArray("a\xC1\xBFz") << 1;
    QTest::newRow("overlong E0 80 80") << QByteArray("a\xE0\x80\x80z") << 1;
    QTest::newRow("overlong F0 80 80 80") << QByteArray("a\xF0\x80\x80\x80z") << 1;
    QTest::newRow("surrogate ED A0 80") << QByteArray("a\xED\xA0\x80z") << 1;
    QTest::newRow("surrogate ED BF BF") << QByteArray("a\xED\xBF\xBFz") << 1;
    QTest::newRow("above U+10FFFF: F4 90 80 80") << QByteArray("a\xF4\x90\x80\x80z") << 1;
    QTest::newRow("F5 80 80 80") << QByteArray("a\xF5\x80\x80\x80z") << 1;
    QTest::newRow("F7 BF BF BF") << QByteArray("a\xF7\xBF\xBF\xBFz") << 1;
    QTest::newRow("five bytes F8 88 80 80 80") << QByteArray("a\xF8\x88\x80\x80\x80z") << 1;
    QTest::newRow("six bytes FC 84 80 80 80 80") << QByteArray("a\xFC\x84\x80\x80\x80\x80z") << 1;
    QTest::newRow("FE") << QByteArray("a\xFEz") << 1;
    QTest::newRow("FF") << QByteArray("a\xFFz") << 1;
    QTest::newRow("cut short E2 82") << QByteArray("ab\xE2\x82") << 2;
    QTest::newRow("bad continuation E2 28 A1") << QByteArray("a\xE2\x28\xA1z") << 1;
    QTest::newRow("noncharacter U+FFFE") << QByteArray("a\xEF\xBF\xBEz") << 1;
    QTest::newRow("noncharacter U+FDD0") << QByteArray("a\xEF\xB7\x90z") << 1;
    QTest::newRow("noncharacter U+FFFFF") << QByteArray("a\xF3\xBF\xBF\xBFz") << 1;
    QTest::newRow("noncharacter U+10FFFF") << QByteArray("a\xF4\x8F\xBF\xBFz") << 1;
}

QList<const BundleSchema::Column *> textColumns(const BundleSchema::Table &table)
{
    QList<const BundleSchema::Column *> columns;
    for (const BundleSchema::Column &column : table.columns) {
        if (column.type != BundleSchema::Type::Integer)
            columns << &column;
    }
    return columns;
}

} // namespace

void TestStrictUtf8::initTestCase()
{
    BundleSchema::setNowForTesting(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    m_good = m_dir.filePath("good.kioskbundle");
    BundleFactory::write(BundleFactory::content(3), m_good);
}

void TestStrictUtf8::cleanupTestCase()
{
    BundleSchema::setNowForTesting({});
}

// A copy of the good bundle whose first row of `table` holds `bytes` as text in `column`.
QString TestStrictUtf8::withBytes(const QString &table, const QString &column,
                                  const QByteArray &bytes)
{
    static int made = 0;
    const QString path = m_dir.filePath(QString("edited-%1.kioskbundle").arg(++made));
    QFile::copy(m_good, path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    SqlConnection db(path, SqlConnection::Mode::ReadWrite);
    QSqlQuery edit(db.database());
    // CAST(... AS TEXT) stores the bytes as they are, as a hand-made bundle could.
    const QString sql = QString("UPDATE %1 SET %2 = CAST(X'%3' AS TEXT) WHERE rowid = "
                                "(SELECT min(rowid) FROM %1)")
                            .arg(table, column, QString::fromLatin1(bytes.toHex()));
    if (!edit.exec(sql))
        qWarning("%s", qPrintable(edit.lastError().text()));
    return path;
}

void TestStrictUtf8::acceptsWellFormedText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("ASCII") << QByteArray("Detective Constable");
    QTest::newRow("two bytes") << QByteArray("caf\xC3\xA9");
    QTest::newRow("three bytes") << QByteArray("\xE2\x82\xAC 30,000");
    QTest::newRow("four bytes") << QByteArray("\xF0\x9F\x98\x80");
    QTest::newRow("last before surrogates U+D7FF") << QByteArray("\xED\x9F\xBF");
    QTest::newRow("first after surrogates U+E000") << QByteArray("\xEE\x80\x80");
    QTest::newRow("U+10FFFD") << QByteArray("\xF4\x8F\xBF\xBD");
    QTest::newRow("empty") << QByteArray("");
}

void TestStrictUtf8::acceptsWellFormedText()
{
    QFETCH(QByteArray, bytes);
    qsizetype wrong = 0;
    const QString text = StrictUtf8::decode(bytes, &wrong);
    QCOMPARE(wrong, -1);
    QVERIFY(!text.isNull());
    QCOMPARE(text.toUtf8(), bytes);
}

void TestStrictUtf8::refusesEveryMalformedForm_data()
{
    addMalformedRows();
}

void TestStrictUtf8::refusesEveryMalformedForm()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, wrongAt);
    qsizetype wrong = -1;
    QVERIFY(StrictUtf8::decode(bytes, &wrong).isNull());
    QCOMPARE(wrong, qsizetype(wrongAt));
    QVERIFY(!StrictUtf8::isValid(bytes));
}

void TestStrictUtf8::validatorRefusesEachFormInAText_data()
{
    addMalformedRows();
}

void TestStrictUtf8::validatorRefusesEachFormInAText()
{
    QFETCH(QByteArray, bytes);
    BundleValidator validator;
    QVERIFY(!validator.validate(withBytes("jobs", "title", "Analyst " + bytes)));
    QVERIFY2(validator.error().contains("table jobs row 1") &&
                 validator.error().contains("title") &&
                 validator.error().contains("not valid UTF-8"),
             qPrintable(validator.error()));
}

void TestStrictUtf8::validatorRefusesMalformedTextInEveryColumn_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    const BundleContent content = BundleFactory::content(3);
    for (const BundleSchema::Table &table : BundleSchema::tables()) {
        if (content.rows(table.name).isEmpty())
            continue;
        for (const BundleSchema::Column *column : textColumns(table))
            QTest::addRow("%s.%s", qPrintable(table.name), qPrintable(column->name))
                << table.name << column->name;
    }
}

void TestStrictUtf8::validatorRefusesMalformedTextInEveryColumn()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    BundleValidator validator;
    QVERIFY(!validator.validate(withBytes(table, column, "x\xA0y")));
    QVERIFY2(validator.error().contains(QString("table %1 row").arg(table)) &&
                 validator.error().contains(column) &&
                 validator.error().contains("not valid UTF-8"),
             qPrintable(validator.error()));
}

void TestStrictUtf8::validatorKeepsGoodTextInEveryColumn()
{
    // The same edit with good bytes passes, so the refusals above are the bytes' doing.
    BundleValidator validator;
    const QString path = withBytes("jobs", "title", "Analyst caf\xC3\xA9");
    QVERIFY2(validator.validate(path), qPrintable(validator.error()));
    QCOMPARE(validator.content().rows("jobs").first().at(1).toString(),
             QString::fromUtf8("Analyst caf\xC3\xA9"));
}

void TestStrictUtf8::csvReaderRefusesEachForm_data()
{
    addMalformedRows();
}

void TestStrictUtf8::csvReaderRefusesEachForm()
{
    QFETCH(QByteArray, bytes);
    CsvReader reader;
    QVERIFY(!reader.parse("id,title\nfirst,ok\nsecond," + bytes + "\n"));
    QCOMPARE(reader.errorLine(), 3);
    QVERIFY2(reader.error().contains("not UTF-8"), qPrintable(reader.error()));
}

void TestStrictUtf8::builderRefusesAMalformedCsvFile()
{
    QTemporaryDir sources;
    for (const QString &name : QDir(KIOSK_SOURCE_DATA).entryList({"*.csv"}, QDir::Files))
        QVERIFY(QFile::copy(QDir(KIOSK_SOURCE_DATA).filePath(name), sources.filePath(name)));
    QFile jobs(sources.filePath("jobs.csv"));
    QVERIFY(jobs.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(jobs.open(QIODevice::Append));
    jobs.write("TEST-1,Analyst \xF7\xBF\xBF\xBF,intelligence\n");
    jobs.close();
    BundleBuilder builder;
    QVERIFY(!builder.readDirectory(sources.path()));
    QVERIFY2(builder.error().contains("jobs.csv") && builder.error().contains("not UTF-8"),
             qPrintable(builder.error()));
}

void TestStrictUtf8::addressesRefuseEverySpace_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("space") << "https://jobs.example.org/a b";
    QTest::newRow("U+00A0") << QString("https://jobs.example.org/a") + QChar(0xA0) + "b";
    QTest::newRow("U+2028") << QString("https://jobs.example.org/a") + QChar(0x2028) + "b";
    QTest::newRow("U+3000") << QString("https://jobs.example.org/a") + QChar(0x3000) + "b";
    QTest::newRow("U+2009") << QString("https://jobs.example.org/a") + QChar(0x2009) + "b";
    QTest::newRow("U+200B") << QString("https://jobs.example.org/a") + QChar(0x200B) + "b";
    QTest::newRow("tab") << QString("https://jobs.example.org/a\tb");
}

void TestStrictUtf8::addressesRefuseEverySpace()
{
    QFETCH(QString, address);
    for (const QString &table : {QString("jobs"), QString("links")}) {
        const BundleSchema::Table *schema = BundleSchema::table(table);
        const int column = schema->indexOf(table == "jobs" ? "apply_url" : "url");
        QVERIFY(column >= 0);
        const QString problem = BundleSchema::checkValue(schema->columns.at(column), address);
        QVERIFY2(!problem.isEmpty(), qPrintable(table));
    }
    QVERIFY(BundleSchema::checkValue(BundleSchema::table("jobs")->columns.at(
                                         BundleSchema::table("jobs")->indexOf("apply_url")),
                                     QString("https://jobs.example.org/ab"))
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestStrictUtf8)
#include "tst_strictutf8.moc"
