#include "bundleschema.h"

#include <QTest>

class TestBundleSchema : public QObject
{
    Q_OBJECT
private slots:
    void values_data();
    void values();
    void metaValues();
    void integersFromText();
};

namespace
{
BundleSchema::Column column(const QString &table, const QString &name)
{
    const BundleSchema::Table *t = BundleSchema::table(table);
    return t->columns.at(t->indexOf(name));
}
} // namespace

void TestBundleSchema::values_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("problem"); // empty when the value is good

    const QString jobs = QStringLiteral("jobs");
    QTest::newRow("good url") << jobs << "apply_url" << QVariant("https://a.example/x?y=1") << "";
    QTest::newRow("http url") << jobs << "apply_url" << QVariant("http://a.example/") << "https://";
    QTest::newRow("javascript url")
        << jobs << "apply_url" << QVariant("javascript:alert(1)") << "https://";
    QTest::newRow("file url") << jobs << "apply_url" << QVariant("file:///etc/passwd")
                              << "https://";
    QTest::newRow("user in url") << jobs << "apply_url" << QVariant("https://u:p@a.example/")
                                 << "user name";
    QTest::newRow("good date") << jobs << "closing_date" << QVariant("2026-02-28") << "";
    QTest::newRow("impossible date")
        << jobs << "closing_date" << QVariant("2026-02-30") << "not a date";
    QTest::newRow("us date") << jobs << "closing_date" << QVariant("02/03/2026") << "not a date";
    QTest::newRow("kind") << jobs << "kind" << QVariant("volunteer") << "neither officer";
    QTest::newRow("slug") << "capabilities"
                          << "id" << QVariant("Cyber Crime") << "not an id";
    QTest::newRow("reference") << jobs << "reference" << QVariant("../x") << "not a reference";
    QTest::newRow("null required") << jobs << "title" << QVariant() << "required";
    QTest::newRow("empty optional") << jobs << "salary_min" << QVariant() << "";
    QTest::newRow("text in integer") << jobs << "salary_min" << QVariant("lots") << "whole number";
    QTest::newRow("negative") << jobs << "salary_min" << QVariant(qlonglong(-5)) << "out of range";
    QTest::newRow("blob title") << jobs << "title" << QVariant(QByteArray("abc")) << "not text";
    QTest::newRow("tab in line") << jobs << "title" << QVariant("a\tb") << "U+0009";
    QTest::newRow("newline in line") << jobs << "title" << QVariant("a\nb") << "U+000A";
    QTest::newRow("newline in body") << jobs << "description" << QVariant("a\nb") << "";
    QTest::newRow("escape in body") << jobs << "description" << QVariant("a\x1b[2Jb") << "U+001B";
    QTest::newRow("bidi override")
        << jobs << "title" << QVariant(QString::fromUtf8("a\u202Eb")) << "U+202E";
    QTest::newRow("bad utf-8") << jobs << "title" << QVariant(QString(QChar(0xFFFD)))
                               << "not valid UTF-8";
    QTest::newRow("too long") << jobs << "title" << QVariant(QString(121, QLatin1Char('x')))
                              << "longer than 120";
    QTest::newRow("blank") << jobs << "title" << QVariant("   ") << "white space";
}

void TestBundleSchema::values()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    QFETCH(QString, problem);
    const QString found = BundleSchema::checkValue(::column(table, column), value);
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

void TestBundleSchema::metaValues()
{
    QVERIFY(BundleSchema::checkMeta("published_at", "2026-11-25T09:00:00Z").isEmpty());
    QVERIFY(BundleSchema::checkMeta("published_at", "2026-11-25T09:00:00+01:00").isEmpty());
    QVERIFY(!BundleSchema::checkMeta("published_at", "yesterday").isEmpty());
    QVERIFY(!BundleSchema::checkMeta("sample", "yes").isEmpty());
    QVERIFY(!BundleSchema::checkMeta("colour", "blue").isEmpty());
}

void TestBundleSchema::integersFromText()
{
    const BundleSchema::Column salary = column("jobs", "salary_min");
    QString error;
    QCOMPARE(BundleSchema::fromText(salary, "31000", &error), QVariant(qlonglong(31000)));
    QVERIFY(BundleSchema::fromText(salary, "", &error).isNull());
    QVERIFY(error.isEmpty());
    BundleSchema::fromText(salary, "£31k", &error);
    QVERIFY(error.contains("whole number"));
}

QTEST_GUILESS_MAIN(TestBundleSchema)
#include "tst_bundleschema.moc"
