#include "bundlebuilder.h"
#include "bundleschema.h"
#include "glossary.h"
#include "readability.h"

#include <QRegularExpression>
#include <QTest>

// The shipped sample in plain English, for a reading age of about 12: short sentences and
// common words (a Flesch-Kincaid grade over all of it, and for each paragraph), sentence case
// for titles, and every police word or short form a visitor meets explained in the glossary.
class TestSampleText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readsAtAboutTwelve();
    void sentencesAreShort();
    void titlesAreInSentenceCase();
    void noStockOrMisspeltPhrases();
    void policeWordsAreInTheGlossary_data();
    void policeWordsAreInTheGlossary();
    void scorerTellsHardTextFromEasy();

private:
    QStringList m_texts; // every paragraph a visitor reads
    QStringList m_titles;
    Glossary m_glossary;
};

void TestSampleText::initTestCase()
{
    BundleSchema::setNowForTesting(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    BundleBuilder builder;
    QVERIFY2(builder.readDirectory(QStringLiteral(KIOSK_SOURCE_DATA)), qPrintable(builder.error()));
    BundleSchema::setNowForTesting({});
    const BundleContent &content = builder.content();
    // What a visitor reads, table by table: ids, numbers, dates and addresses are left out.
    const QHash<QString, QStringList> shown = {
        {"sections", {"heading", "body"}},
        {"partners", {"name", "description"}},
        {"capabilities", {"name", "summary", "body"}},
        {"roles", {"title", "summary", "body"}},
        {"jobs",
         {"title", "location", "salary", "hours", "contract", "vetting", "summary", "description"}},
        {"links", {"label"}},
        {"glossary", {"explanation"}},
        {"finder_questions", {"text", "help"}},
        {"finder_answers", {"text"}},
        {"faq", {"question", "answer"}},
    };
    for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
        const BundleSchema::Table *table = BundleSchema::table(it.key());
        for (const BundleContent::Row &row : content.rows(it.key())) {
            for (const QString &column : it.value())
                m_texts << row.at(table->indexOf(column)).toString().split(QLatin1Char('\n'));
            if (table->indexOf("title") >= 0)
                m_titles << row.at(table->indexOf("title")).toString();
        }
    }
    QList<GlossaryTerm> terms;
    for (const BundleContent::Row &row : content.rows("glossary"))
        terms.append({row.at(0).toString(), row.at(1).toString()});
    m_glossary = Glossary(terms);
    QVERIFY(m_texts.size() > 300);
}

void TestSampleText::readsAtAboutTwelve()
{
    Readability all;
    QString hardest;
    double worst = 0;
    for (const QString &paragraph : std::as_const(m_texts)) {
        const Readability one = Readability::of(paragraph);
        all += one;
        // A grade from a few words says little; longer paragraphs are held to it one by one.
        if (one.words >= 12 && one.grade() > worst) {
            worst = one.grade();
            hardest = paragraph;
        }
    }
    qInfo("Flesch-Kincaid grade of the whole sample: %.1f (%d words, %.1f a sentence); hardest "
          "paragraph %.1f",
          all.grade(), all.words, double(all.words) / all.sentences, worst);
    // Grade 7 is a reading age of 12 to 13.
    QVERIFY2(all.grade() <= 7.0, qPrintable(QString::number(all.grade())));
    QVERIFY2(worst <= 12.0, qPrintable(hardest));
}

void TestSampleText::sentencesAreShort()
{
    for (const QString &paragraph : std::as_const(m_texts)) {
        for (const QString &sentence : Readability::sentencesIn(paragraph))
            QVERIFY2(Readability::wordsIn(sentence) <= 25, qPrintable(sentence));
    }
}

void TestSampleText::titlesAreInSentenceCase()
{
    // Proper names keep their capitals; nothing else after the first word does.
    static const QRegularExpression capital(QStringLiteral("\\s[A-Z][a-z]"));
    QVERIFY(m_titles.size() > 50);
    for (const QString &title : std::as_const(m_titles)) {
        QVERIFY2(!title.contains(QStringLiteral(" - ")), qPrintable(title));
        QVERIFY2(!title.contains(capital), qPrintable(title));
    }
}

void TestSampleText::noStockOrMisspeltPhrases()
{
    const QStringList banned = {"court room",
                                "An example of the roles in this capability",
                                "exploit sensitive intelligence tactically",
                                "inquisitive",
                                "utilise",
                                "in order to"};
    for (const QString &paragraph : std::as_const(m_texts)) {
        for (const QString &phrase : banned)
            QVERIFY2(!paragraph.contains(phrase, Qt::CaseInsensitive), qPrintable(paragraph));
    }
}

void TestSampleText::policeWordsAreInTheGlossary_data()
{
    QTest::addColumn<QString>("used");     // how the word is found in the text
    QTest::addColumn<QString>("glossary"); // the glossary's term for it
    QTest::newRow("RV") << "\\bRV\\b"
                        << "Recruitment vetting (RV)";
    QTest::newRow("SC") << "\\bSC\\b"
                        << "Security check (SC)";
    QTest::newRow("MV") << "\\bMV\\b"
                        << "Management vetting (MV)";
    QTest::newRow("DV") << "\\bDV\\b"
                        << "Developed vetting (DV)";
    QTest::newRow("police officer") << "(?i)\\bpolice officers?\\b"
                                    << "Police officer";
    QTest::newRow("police staff") << "(?i)\\bpolice staff\\b"
                                  << "Police staff";
    QTest::newRow("capability") << "(?i)\\bcapabilit(y|ies)\\b"
                                << "Capability";
    QTest::newRow("secondment") << "(?i)\\bsecondment\\b"
                                << "Secondment";
    QTest::newRow("on-call rota") << "(?i)\\bon-call\\b"
                                  << "On-call rota";
    QTest::newRow("4P approach") << "\\b4P\\b"
                                 << "4P approach";
    QTest::newRow("protected persons") << "(?i)\\bprotected persons\\b"
                                       << "Protected persons";
    QTest::newRow("covert") << "(?i)\\bcovert\\b"
                            << "Covert";
    QTest::newRow("fixed term") << "(?i)\\bfixed term\\b"
                                << "Fixed term";
    QTest::newRow("South East Allowance") << "(?i)\\bSouth East Allowance\\b"
                                          << "South East Allowance";
}

void TestSampleText::policeWordsAreInTheGlossary()
{
    QFETCH(QString, used);
    QFETCH(QString, glossary);
    const QRegularExpression pattern(used);
    QVERIFY(pattern.isValid());
    bool found = false;
    for (const QString &paragraph : std::as_const(m_texts)) {
        if (!pattern.match(paragraph).hasMatch())
            continue;
        found = true;
        // Where the word is used, the glossary is there to explain it on a job's page.
        QVERIFY2(m_glossary.find(glossary), qPrintable(glossary));
    }
    if (!found)
        QSKIP("not used in the sample");
}

void TestSampleText::scorerTellsHardTextFromEasy()
{
    // The test must be able to fail: the sample's old wording scores well above the limit.
    const Readability hard = Readability::of(QStringLiteral(
        "Intelligence teams build the strategic picture of organised crime across the region. "
        "They also manage and exploit sensitive intelligence tactically, so that investigations "
        "go after the right people at the right time."));
    const Readability easy =
        Readability::of(QStringLiteral("We find the people behind crime. We take away "
                                       "their money. Then we take them to court."));
    QVERIFY2(hard.grade() > 12.0, qPrintable(QString::number(hard.grade())));
    QVERIFY2(easy.grade() < 5.0, qPrintable(QString::number(easy.grade())));
    QCOMPARE(Readability::syllablesIn("organised"), 3);
    QCOMPARE(Readability::syllablesIn("the"), 1);
}

QTEST_GUILESS_MAIN(TestSampleText)
#include "tst_sampletext.moc"
