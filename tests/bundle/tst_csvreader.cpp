#include "csvreader.h"

#include <QTest>

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void plainRows();
    void quotedFieldsKeepCommasQuotesAndLineBreaks();
    void crlfAndByteOrderMark();
    void emptyFieldsAndTrailingLine();
    void errors_data();
    void errors();
};

void TestCsvReader::plainRows()
{
    CsvReader csv;
    QVERIFY(csv.parse("a,b,c\n1,2,3\n"));
    QCOMPARE(csv.records().size(), 2);
    QCOMPARE(csv.records().at(1).fields, QStringList({"1", "2", "3"}));
    QCOMPARE(csv.records().at(1).line, 2);
}

void TestCsvReader::quotedFieldsKeepCommasQuotesAndLineBreaks()
{
    CsvReader csv;
    QVERIFY(csv.parse("id,text\nx,\"one, \"\"two\"\"\nthree\"\ny,plain\n"));
    QCOMPARE(csv.records().size(), 3);
    QCOMPARE(csv.records().at(1).fields.at(1), QStringLiteral("one, \"two\"\nthree"));
    QCOMPARE(csv.records().at(2).line, 4); // the record after a two-line field starts on line 4
}

void TestCsvReader::crlfAndByteOrderMark()
{
    CsvReader csv;
    QVERIFY(csv.parse("\xEF\xBB\xBFname,value\r\n\xC2\xA3"
                      "5,\"a\r\nb\"\r\n"));
    QCOMPARE(csv.records().first().fields.first(), QStringLiteral("name"));
    QCOMPARE(csv.records().at(1).fields, QStringList({QStringLiteral("£5"), "a\nb"}));
}

void TestCsvReader::emptyFieldsAndTrailingLine()
{
    CsvReader csv;
    QVERIFY(csv.parse("a,,\"\""));
    QCOMPARE(csv.records().size(), 1);
    QCOMPARE(csv.records().first().fields, QStringList({"a", "", ""}));
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed quote") << QByteArray("a\n\"open\n") << 2 << "never closed";
    QTest::newRow("quote inside field") << QByteArray("a\nab\"c\n") << 2 << "quote in the middle";
    QTest::newRow("text after quote") << QByteArray("a\n\"x\"y\n") << 2 << "after the closing";
    QTest::newRow("latin-1") << QByteArray("a\n\xA3"
                                           "5\n")
                             << 2 << "not UTF-8";
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, message);
    CsvReader csv;
    QVERIFY(!csv.parse(data));
    QCOMPARE(csv.errorLine(), line);
    QVERIFY2(csv.error().contains(message), qPrintable(csv.error()));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
