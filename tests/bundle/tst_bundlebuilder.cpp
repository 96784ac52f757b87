#include "bundlebuilder.h"
#include "bundleschema.h"
#include "bundlevalidator.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestBundleBuilder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void shippedSourcesMakeAValidSampleBundle();
    void shippedSampleCoversTheRange();
    void badSources_data();
    void badSources();
    void columnsMayComeInAnyOrder();
    void namesInAnyLanguageBuild();

private:
    // Copies data/*.csv into a scratch folder, then replaces one line of one file.
    void copySources();
    void replaceInFile(const QString &name, const QString &before, const QString &after);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBundleBuilder::initTestCase()
{
    BundleSchema::setNowForTesting(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
}

void TestBundleBuilder::cleanupTestCase()
{
    BundleSchema::setNowForTesting({});
}

void TestBundleBuilder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    copySources();
}

void TestBundleBuilder::copySources()
{
    const QDir source(QStringLiteral(KIOSK_SOURCE_DATA));
    for (const QString &name : source.entryList({"*.csv"}))
        QVERIFY(QFile::copy(source.filePath(name), m_dir->filePath(name)));
}

void TestBundleBuilder::replaceInFile(const QString &name, const QString &before,
                                      const QString &after)
{
    QFile file(m_dir->filePath(name));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    QVERIFY2(text.contains(before), qPrintable(before));
    text.replace(text.indexOf(before), before.size(), after);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

void TestBundleBuilder::shippedSourcesMakeAValidSampleBundle()
{
    BundleBuilder builder;
    QVERIFY2(builder.readDirectory(m_dir->path()), qPrintable(builder.error()));
    const QString out = m_dir->filePath("out.kioskbundle");
    QVERIFY2(builder.write(out), qPrintable(builder.error()));
    BundleValidator validator;
    QVERIFY2(validator.validate(out), qPrintable(validator.error()));
    QVERIFY(validator.content().isSample());
}

void TestBundleBuilder::shippedSampleCoversTheRange()
{
    BundleBuilder builder;
    QVERIFY(builder.readDirectory(m_dir->path()));
    const QList<BundleContent::Row> jobs = builder.content().rows("jobs");
    QVERIFY(jobs.size() >= 40);
    const QDate published =
        QDate::fromString(builder.content().publishedAt().left(10), Qt::ISODate);
    QSet<QString> capabilities, kinds, locations;
    int closed = 0, closingSoon = 0, withinThreeMonths = 0;
    for (const BundleContent::Row &job : jobs) {
        capabilities << job.at(2).toString();
        kinds << job.at(3).toString();
        locations << job.at(4).toString();
        const QDate closing = QDate::fromString(job.at(11).toString(), Qt::ISODate);
        closed += closing < published;
        closingSoon += closing >= published && closing <= published.addDays(7);
        withinThreeMonths += closing <= published.addDays(92);
        QVERIFY(job.at(13).toString().contains("sample data"));
    }
    QCOMPARE(capabilities.size(), builder.content().rows("capabilities").size());
    QCOMPARE(kinds.size(), 2);
    QVERIFY(locations.size() >= 4);
    // Dates move with the day they are shown (data/FORMAT.md): none closed, a few this week,
    // most within three months.
    QCOMPARE(closed, 0);
    QVERIFY(closingSoon >= 3);
    QVERIFY(withinThreeMonths * 4 >= jobs.size() * 3);
    // Format version 2: the unit's three calls to action and the words a visitor may not know.
    QCOMPARE(builder.content().rows("links").size(), 3);
    QVERIFY(builder.content().rows("glossary").size() >= 10);
}

void TestBundleBuilder::badSources_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("error"); // relative to the scratch folder

    QTest::newRow("bad date") << "jobs.csv"
                              << ",2026-11-26,"
                              << ",2026-11-31,"
                              << "jobs.csv:2: closing_date: '2026-11-31' is not a date";
    QTest::newRow("http link") << "links.csv"
                               << "https://careers.example.org/serocu/contact"
                               << "http://careers.example.org/serocu/contact"
                               << "links.csv:2: url: not an https:// address (a http: address)";
    QTest::newRow("link shown nowhere") << "links.csv"
                                        << "/contact,both,1"
                                        << "/contact,everywhere,1"
                                        << "links.csv:2: shown_on: 'everywhere' is none of home, "
                                           "about and both";
    QTest::newRow("link id with spaces") << "links.csv"
                                         << "\ncontact,"
                                         << "\nget in touch,"
                                         << "links.csv:2: id: 'get in touch' is not an id";
    QTest::newRow("glossary term twice") << "glossary.csv"
                                         << "\nPolice staff,"
                                         << "\npolice officer,"
                                         << "glossary.csv:3: term: 'police officer' appears more "
                                            "than once";
    QTest::newRow("glossary control character")
        << "glossary.csv"
        << "A sworn officer"
        << "A sworn\x07 officer"
        << "glossary.csv:2: explanation: contains the control character U+0007";
    QTest::newRow("javascript url") << "jobs.csv"
                                    << "https://careers.example.org/serocu/sample-s-0101"
                                    << "javascript:alert(1)"
                                    << "jobs.csv:2: apply_url: not an https:// address";
    QTest::newRow("ip address url") << "jobs.csv"
                                    << "https://careers.example.org/serocu/sample-s-0101"
                                    << "https://[::1]:8443/sample-s-0101"
                                    << "jobs.csv:2: apply_url: an IP address ([::1]) in place of "
                                       "a host name";
    QTest::newRow("punycode url") << "jobs.csv"
                                  << "https://careers.example.org/serocu/sample-s-0101"
                                  << "https://xn--careers-example-xyz.org/sample-s-0101"
                                  << "jobs.csv:2: apply_url: the host "
                                     "'xn--careers-example-xyz.org' is punycode";
    QTest::newRow("unknown capability") << "roles.csv"
                                        << "intelligence-analyst,intelligence,"
                                        << "intelligence-analyst,astrology,"
                                        << "roles.csv:2: capability_id: no capability has the id";
    QTest::newRow("missing column") << "partners.csv"
                                    << "id,name,description,position"
                                    << "id,name,position"
                                    << "partners.csv:1: description: the column is missing";
    QTest::newRow("unknown column") << "partners.csv"
                                    << "id,name,description,position"
                                    << "id,name,description,position,colour"
                                    << "partners.csv:1: colour: no such column";
    QTest::newRow("short row") << "partners.csv"
                               << "border-force,UK Border Force,"
                               << "border-force,"
                               << "partners.csv:2: 3 fields where the header has 4";
    QTest::newRow("duplicate reference") << "jobs.csv"
                                         << "SAMPLE-S-0102,"
                                         << "SAMPLE-S-0101,"
                                         << "jobs.csv:5: reference: 'SAMPLE-S-0101' appears more";
    QTest::newRow("salary text") << "jobs.csv"
                                 << ",27500,31000,"
                                 << ",27.5k,31000,"
                                 << "jobs.csv:2: salary_min: '27.5k' is not a whole number";
    QTest::newRow("missing meta") << "meta.csv"
                                  << "publisher,Careers Kiosk sample data\n"
                                  << ""
                                  << "meta.csv: publisher: the key is missing";
    QTest::newRow("bad published_at") << "meta.csv"
                                      << "2026-11-25T09:00:00Z"
                                      << "25/11/2026"
                                      << "meta.csv:3: value: '25/11/2026' is not an ISO 8601";
    QTest::newRow("zero-width space") << "jobs.csv"
                                      << "SAMPLE-S-0101,Intelligence analyst,"
                                      << "SAMPLE-S-0101,Intelligence\u200Banalyst,"
                                      << "jobs.csv:2: title: contains the zero-width character "
                                         "U+200B";
    QTest::newRow("bidirectional override") << "partners.csv"
                                            << "border-force,UK Border Force,"
                                            << "border-force,UK Border \u202EForce,"
                                            << "partners.csv:2: name: contains the "
                                               "bidirectional control U+202E";
    QTest::newRow("invisible heading") << "sections.csv"
                                       << "get-in-touch,Get in touch,"
                                       << "get-in-touch,\u0301\u0301,"
                                       << "sections.csv:13: heading: no visible character";
    QTest::newRow("stacked marks") << "roles.csv"
                                   << "intelligence-analyst,intelligence,"
                                   << "intelligence-analyst\u0301\u0301\u0301\u0301\u0301,"
                                      "intelligence,"
                                   << "roles.csv:2: id: more than 4 combining marks";
    QTest::newRow("published in the future")
        << "meta.csv"
        << "2026-11-25T09:00:00Z"
        << "2026-11-27T09:00:00Z"
        << "meta.csv:3: value: '2026-11-27T09:00:00Z' is more than a day in the future";
    QTest::newRow("closing before 2000") << "jobs.csv"
                                         << ",2026-11-26,"
                                         << ",1999-11-05,"
                                         << "jobs.csv:2: closing_date: '1999-11-05' is before "
                                            "2000-01-01";
    QTest::newRow("closing far ahead") << "jobs.csv"
                                       << ",2026-11-26,"
                                       << ",2036-11-26,"
                                       << "jobs.csv:2: closing_date: '2036-11-26' is more than 10 "
                                          "years after published_at (2026-11-25)";
    QTest::newRow("text after quote") << "sections.csv"
                                      << "get-in-touch,Get in touch,\"Got a question"
                                      << "get-in-touch,Get in touch,\"\"Got a question"
                                      << "sections.csv:13: text after the closing quote";
    QTest::newRow("unclosed quote") << "partners.csv"
                                    << "crimes.\",4\n"
                                    << "crimes.\",4\nx,\"open\n"
                                    << "partners.csv:6: a quoted field is never closed";
}

void TestBundleBuilder::badSources()
{
    QFETCH(QString, file);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, error);
    replaceInFile(file, before, after);
    BundleBuilder builder;
    QVERIFY(!builder.readDirectory(m_dir->path()));
    QVERIFY2(builder.error().startsWith(m_dir->filePath(error.section(':', 0, 0))),
             qPrintable(builder.error()));
    QVERIFY2(builder.error().contains(error), qPrintable(builder.error()));
    QVERIFY(!builder.error().contains('\n'));
}

void TestBundleBuilder::columnsMayComeInAnyOrder()
{
    replaceInFile("partners.csv", "id,name,description,position", "name,id,description,position");
    BundleBuilder builder;
    QVERIFY(!builder.readDirectory(m_dir->path())); // the rows still follow the old order
    QFile file(m_dir->filePath("partners.csv"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("position,name,id,description\n1,NCA,nca,\"Works with us, a lot.\"\n");
    file.close();
    QVERIFY2(builder.readDirectory(m_dir->path()), qPrintable(builder.error()));
    QCOMPARE(builder.content().rows("partners").first().at(0).toString(), QString("nca"));
}

void TestBundleBuilder::namesInAnyLanguageBuild()
{
    replaceInFile("partners.csv", "border-force,UK Border Force,",
                  "border-force,Zoë Brontë and Ahmed Al-Hassan,");
    replaceInFile("jobs.csv", "SAMPLE-S-0101,Intelligence analyst,",
                  "SAMPLE-S-0101,Dadansoddwr Cudd-wybodaeth (Ysgol Llŷn),");
    BundleBuilder builder;
    QVERIFY2(builder.readDirectory(m_dir->path()), qPrintable(builder.error()));
    QCOMPARE(builder.content().rows("partners").first().at(1).toString(),
             QString("Zoë Brontë and Ahmed Al-Hassan"));
}

QTEST_GUILESS_MAIN(TestBundleBuilder)
#include "tst_bundlebuilder.moc"
