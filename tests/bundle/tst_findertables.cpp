#include "bundlebuilder.h"
#include "bundlefactory.h"
#include "bundleschema.h"
#include "bundlevalidator.h"
#include "importer.h"
#include "jobstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// Format version 3's tables: the role finder's questions and answers and the questions people
// ask, checked in a bundle and in CSV like every other table; a version 2 bundle still loads.
class TestFinderTables : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void acceptsAFinderAndQuestions();
    void version2StillLoadsWithNoFinder();
    void version2HoldingAFinderTableIsRefused();
    void hostile_data();
    void hostile();
    void builderNamesTheFileAndLine_data();
    void builderNamesTheFileAndLine();
    void sampleDataBuildsWithItsFinder();

private:
    static BundleContent withFinder();
    QTemporaryDir m_dir;
};

using Change = std::function<void(BundleContent &)>;
Q_DECLARE_METATYPE(Change)

BundleContent TestFinderTables::withFinder()
{
    BundleContent c = BundleFactory::content(3);
    c.rows("finder_questions") = {{"q1", 1, "Which sounds most like you?", "Pick one."},
                                  {"q2", 2, "What would you like to work with?", ""}};
    c.rows("finder_answers") = {
        {"a1", "q1", 1, "Finding patterns", "analyst:3"},
        {"a2", "q1", 2, "Asking questions", "intelligence:2; covert:1"},
        {"a3", "q1", 3, "Not sure", ""},
        {"b1", "q2", 1, "Gadgets", "covert:2"},
        {"b2", "q2", 2, "People", "specialist-investigation:1"},
    };
    c.rows("faq") = {{"degree", 1, "Do I need a degree?", "No.\nSee the pack.", "both"},
                     {"age", 2, "Am I too old?", "No.", "home"}};
    return c;
}

void TestFinderTables::initTestCase()
{
    BundleSchema::setNowForTesting(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
}

void TestFinderTables::cleanupTestCase()
{
    BundleSchema::setNowForTesting({});
}

void TestFinderTables::acceptsAFinderAndQuestions()
{
    const QString path = m_dir.filePath("finder.kioskbundle");
    const BundleContent content = withFinder();
    BundleFactory::write(content, path);
    BundleValidator validator;
    QVERIFY2(validator.validate(path), qPrintable(validator.error()));
    QCOMPARE(validator.content().rows("finder_answers"), content.rows("finder_answers"));
    QCOMPARE(validator.content().rows("faq"), content.rows("faq"));
    Importer importer(m_dir.filePath("data3"));
    QVERIFY2(importer.import(path, false), qPrintable(importer.error()));
    JobStore store(m_dir.filePath("data3"));
    QVERIFY(store.open());
    QCOMPARE(store.finderQuestions().size(), 2);
    const QList<FinderAnswer> answers = store.finderAnswers();
    QCOMPARE(answers.size(), 5);
    // In position order across the questions: a1 and b1, a2 and b2, a3.
    QCOMPARE(answers.at(2).id, QString("a2"));
    QCOMPARE(answers.at(2).weights,
             (QList<FinderWeights::Entry>{{"intelligence", 2}, {"covert", 1}}));
    QVERIFY(answers.at(4).weights.isEmpty());
    QCOMPARE(store.faq().size(), 2);
    QCOMPARE(store.faq().at(0).answer, QString("No.\nSee the pack."));
}

void TestFinderTables::version2StillLoadsWithNoFinder()
{
    const QString path = m_dir.filePath("version2.kioskbundle");
    BundleFactory::writeLoose(BundleFactory::content(3), path, {}, BundleSchema::applicationId, 2);
    Importer importer(m_dir.filePath("data2"));
    QVERIFY2(importer.import(path, false), qPrintable(importer.error()));
    JobStore store(m_dir.filePath("data2"));
    QVERIFY(store.open());
    QVERIFY(store.finderQuestions().isEmpty());
    QVERIFY(store.finderAnswers().isEmpty());
    QVERIFY(store.faq().isEmpty());
    QCOMPARE(store.openJobs(QDate(2026, 11, 25)).size(), 3);
}

void TestFinderTables::version2HoldingAFinderTableIsRefused()
{
    const QString path = m_dir.filePath("version2-faq.kioskbundle");
    BundleFactory::writeLoose(BundleFactory::content(3), path,
                              {"CREATE TABLE faq (id, position, question, answer, shown_on)"},
                              BundleSchema::applicationId, 2);
    BundleValidator validator;
    QVERIFY(!validator.validate(path));
    QVERIFY2(validator.error().contains("it contains the table faq, which only bundles of format "
                                        "version 3 or later may hold"),
             qPrintable(validator.error()));
}

void TestFinderTables::hostile_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("message");
    const auto answers = [](BundleContent &c) -> QList<BundleContent::Row> & {
        return c.rows("finder_answers");
    };
    const auto weights = [answers](const QString &text) {
        return Change([answers, text](BundleContent &c) { answers(c)[0][4] = text; });
    };
    QTest::newRow("unknown question")
        << Change([answers](BundleContent &c) { answers(c)[3][1] = "nope"; })
        << "table finder_answers row 4 (b1), column question_id: no finder question has the "
           "id 'nope'";
    QTest::newRow("unknown id in weights")
        << weights("astrology:3")
        << "table finder_answers row 1 (a1), column weights: no capability or role has the id "
           "'astrology'";
    QTest::newRow("weight out of range")
        << weights("analyst:6") << "the weight of 'analyst' is 6; weights go from 0 to 5";
    QTest::newRow("huge weight") << weights("analyst:999999") << "'analyst:999999' is not an id";
    QTest::newRow("negative weight") << weights("analyst:-1") << "'analyst:-1' is not an id";
    QTest::newRow("weights in another form") << weights("analyst=3") << "'analyst=3' is not an id";
    QTest::newRow("weighted twice")
        << weights("analyst:1; analyst:2") << "'analyst' is weighted twice";
    QTest::newRow("too many weights")
        << weights(QStringList(13, "analyst:1").join("; ")) << "more than 12 weights in one answer";
    QTest::newRow("answer points at a question")
        << weights("q2:3") << "column weights: no capability or role has the id 'q2'";
    QTest::newRow("answer points at an answer (a cycle)")
        << weights("a1:3") << "column weights: no capability or role has the id 'a1'";
    QTest::newRow("role named like a capability") << Change([weights](BundleContent &c) {
        c.rows("roles") << BundleContent::Row{"covert", "intelligence", "Covert role",
                                              "staff",  "S.",           "B."};
        weights("covert:2")(c);
    }) << "'covert' is both a capability's id and a role's: rename one";
    QTest::newRow("one answer") << Change([answers](BundleContent &c) {
        answers(c).removeAt(4);
    }) << "table finder_questions row 2, column id: 1 answers; a question has 2 to 6";
    QTest::newRow("seven answers") << Change([answers](BundleContent &c) {
        for (int i = 0; i < 5; ++i)
            answers(c) << BundleContent::Row{QString("extra-%1").arg(i), "q2", 9, "More",
                                             "covert:1"};
    }) << "table finder_questions row 2, column id: 7 answers; a question has 2 to 6";
    QTest::newRow("two not sure") << Change([answers](BundleContent &c) {
        answers(c)[0][4] = "";
    }) << "table finder_questions row 1, column id: 2 answers with blank weights";
    QTest::newRow("pointing nowhere") << Change([answers](BundleContent &c) {
        answers(c)[3][4] = "covert:0";
        answers(c)[4][4] = "analyst:0; intelligence:0";
    }) << "table finder_questions row 2, column id: none of its answers gives a weight above 0";
    QTest::newRow("duplicate answer id")
        << Change([answers](BundleContent &c) { answers(c)[1][0] = "a1"; })
        << "table finder_answers row 2, column id: 'a1' appears more than once";
    QTest::newRow("13 questions") << Change([](BundleContent &c) {
        for (int i = 3; i <= 13; ++i)
            c.rows("finder_questions") << BundleContent::Row{QString("q%1").arg(i), i, "Q?", ""};
    }) << "table finder_questions has 13 rows, more than the 12 allowed";
    QTest::newRow("10,000 questions") << Change([](BundleContent &c) {
        for (int i = 3; i <= 10000; ++i)
            c.rows("finder_questions") << BundleContent::Row{QString("q%1").arg(i), i, "Q?", ""};
    }) << "table finder_questions has 10000 rows, more than the 12 allowed";
    QTest::newRow("61 questions people ask") << Change([](BundleContent &c) {
        for (int i = 0; i < 59; ++i)
            c.rows("faq") << BundleContent::Row{QString("f%1").arg(i), i, "Q?", "A.", "job"};
    }) << "table faq has 61 rows, more than the 60 allowed";
    QTest::newRow("question shown nowhere known")
        << Change([](BundleContent &c) { c.rows("faq")[0][4] = "sidebar"; })
        << "table faq row 1 (degree), column shown_on: 'sidebar' is none of home, job and both";
    QTest::newRow("question reversed by a bidirectional control")
        << Change([](BundleContent &c) { c.rows("finder_questions")[0][2] = "Which \u202Eyou?"; })
        << "table finder_questions row 1 (q1), column text: contains the bidirectional control "
           "U+202E";
    QTest::newRow("answer with a line break")
        << Change([answers](BundleContent &c) { answers(c)[0][3] = "Finding\npatterns"; })
        << "column text: contains the control character U+000A";
    QTest::newRow("invisible answer")
        << Change([answers](BundleContent &c) { answers(c)[0][3] = QString(QChar(0x3164)); })
        << "table finder_answers row 1 (a1), column text: contains the blank letter U+3164";
    QTest::newRow("weights hiding a control")
        << weights("analyst:3\u200B") << "column weights: contains the zero-width character U+200B";
    QTest::newRow("zero-width space in an answer to a question people ask")
        << Change([](BundleContent &c) { c.rows("faq")[1][3] = "No\u200B."; })
        << "table faq row 2 (age), column answer: contains the zero-width character U+200B";
    QTest::newRow("overlong question people ask")
        << Change([](BundleContent &c) { c.rows("faq")[0][2] = QString(161, 'a'); })
        << "column question: longer than 160 characters (161)";
    QTest::newRow("overlong answer to a question people ask")
        << Change([](BundleContent &c) { c.rows("faq")[0][3] = QString(2001, 'a'); })
        << "column answer: longer than 2000 characters (2001)";
    QTest::newRow("position as text")
        << Change([](BundleContent &c) { c.rows("finder_questions")[0][1] = "first"; })
        << "table finder_questions row 1 (q1), column position: not a whole number";
}

void TestFinderTables::hostile()
{
    QFETCH(Change, change);
    QFETCH(QString, message);
    BundleContent content = withFinder();
    change(content);
    const QString path = m_dir.filePath(QStringLiteral("hostile.kioskbundle"));
    QFile::remove(path);
    // Without the writer's constraints, which would refuse a duplicate id before the kiosk did.
    BundleFactory::writeLoose(content, path, {}, BundleSchema::applicationId, 3);
    BundleValidator validator;
    QVERIFY(!validator.validate(path));
    QVERIFY2(validator.error().contains(message), qPrintable(validator.error()));
}

void TestFinderTables::builderNamesTheFileAndLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("weight out of range")
        << "finder_answers.csv"
        << "id,question_id,position,text,weights\nx,like-you,1,Maybe,intelligence:9\n"
        << "finder_answers.csv:2: weights: the weight of 'intelligence' is 9";
    QTest::newRow("unknown role") << "finder_answers.csv"
                                  << "id,question_id,position,text,weights\n"
                                     "x,like-you,1,Maybe,intelligence:1\n"
                                     "y,like-you,2,Or,wizard:2\n"
                                  << "finder_answers.csv:3: weights: no capability or role has "
                                     "the id 'wizard'";
    QTest::newRow("question with one answer")
        << "finder_answers.csv"
        << "id,question_id,position,text,weights\nx,like-you,1,Maybe,intelligence:1\n"
        << "finder_questions.csv:2: id: 1 answers; a question has 2 to 6";
    QTest::newRow("missing column") << "faq.csv"
                                    << "id,position,question,answer\nx,1,Why?,Because.\n"
                                    << "faq.csv:1: shown_on: the column is missing";
}

void TestFinderTables::builderNamesTheFileAndLine()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(QString, message);
    QTemporaryDir folder;
    for (const QString &name : QDir(KIOSK_SOURCE_DATA).entryList({"*.csv"}))
        QVERIFY(QFile::copy(QDir(KIOSK_SOURCE_DATA).filePath(name), folder.filePath(name)));
    QFile csv(folder.filePath(file));
    csv.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
    csv.write(text.toUtf8());
    csv.close();
    BundleBuilder builder;
    QVERIFY(!builder.readDirectory(folder.path()));
    QVERIFY2(builder.error().startsWith(folder.filePath(message)), qPrintable(builder.error()));
}

void TestFinderTables::sampleDataBuildsWithItsFinder()
{
    BundleBuilder builder;
    QVERIFY2(builder.readDirectory(KIOSK_SOURCE_DATA), qPrintable(builder.error()));
    const int questions = int(builder.content().rows("finder_questions").size());
    QVERIFY2(questions >= 5 && questions <= 7, qPrintable(QString::number(questions)));
    QVERIFY(builder.content().rows("faq").size() >= 12);
    // Each answer to a question people ask ends by pointing to the information pack.
    for (const BundleContent::Row &row : builder.content().rows("faq"))
        QVERIFY2(row.at(3).toString().endsWith("information pack has the rules for each job."),
                 qPrintable(row.at(0).toString()));
}

QTEST_GUILESS_MAIN(TestFinderTables)
#include "tst_findertables.moc"
