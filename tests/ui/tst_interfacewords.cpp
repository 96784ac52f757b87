#include "aboutscreen.h"
#include "bundlebuilder.h"
#include "bundleschema.h"
#include "idlemonitor.h"
#include "kioskfixture.h"
#include "narration.h"
#include "officerorstaffscreen.h"
#include "plainlabel.h"
#include "readability.h"
#include "recordingspeaker.h"
#include "vacanciesscreen.h"
#include "wordsscreen.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

// The kiosk's own words, held to what the shipped sample is held to (tst_sampletext): a
// reading age of about 12, short sentences, sentence case and no short form left unexplained.
// They are gathered from a real window, screen by screen, as a visitor meets them: every
// label, button and placeholder in sight and what each screen says as it opens, so a word
// added to a screen later is checked too. The bundle's own text is checked by tst_sampletext;
// here each of its strings is taken out of what is shown, leaving only the kiosk's words.
class TestInterfaceWords : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyScreenWasRead();
    void readsAtAboutTwelve();
    void sentencesAreShort();
    void sentenceCase();
    void shortFormsAreExplainedWhereTheyAreUsed();
    void checksFailOnHardWords();

private:
    void read(QWidget *root, const QString &where);
    void readScreen(KioskWindow *w, const QString &where);
    QString ownWords(const QString &shown) const;
    static QStringList unexplained(const QString &text, const QString &screen);
    static QStringList notInSentenceCase(const QString &text);

    QStringList m_bundleTexts;          // longest first
    QMap<QString, QStringList> m_words; // the kiosk's own words, and where each was seen
    QMap<QString, QString> m_screens;   // where -> everything shown there, bundle text too
};

void TestInterfaceWords::initTestCase()
{
    BundleSchema::setNowForTesting(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    BundleBuilder builder;
    QVERIFY2(builder.readDirectory(QStringLiteral(KIOSK_SOURCE_DATA)), qPrintable(builder.error()));
    BundleSchema::setNowForTesting({});
    QSet<QString> bundle;
    for (const BundleSchema::Table &table : BundleSchema::tables()) {
        for (const BundleContent::Row &row : builder.content().rows(table.name)) {
            for (const QVariant &value : row) {
                // Words, names and references, not ids ("vacancies", "covert"), counts or
                // dates, which are the kiosk's own way of saying things.
                static const QRegularExpression text(QStringLiteral("[A-Z]|\\s"));
                for (const QString &line : value.toString().split(QLatin1Char('\n'))) {
                    if (line.size() >= 4 && text.match(line).hasMatch())
                        bundle.insert(line);
                }
            }
        }
    }
    m_bundleTexts = bundle.values();
    std::sort(m_bundleTexts.begin(), m_bundleTexts.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });

    RecordingSpeaker speaker;
    KioskWindow::Options options;
    options.speaker = &speaker;
    KioskFixture kiosk(nullptr, options);
    KioskWindow *w = kiosk.window();
    kiosk.resize(1920, 1080);
    read(w, "attract");
    w->goHome();
    w->readAloudButton()->setChecked(true); // its speed and volume buttons show too
    readScreen(w, "home");
    for (Screen *screen : {static_cast<Screen *>(w->about()), static_cast<Screen *>(w->words()),
                           static_cast<Screen *>(w->officerOrStaff())}) {
        w->open(screen);
        readScreen(w, screen->key());
    }
    kiosk.visitScreens([&](const QString &where) { readScreen(w, where); });
    w->vacancies()->showFiltered("covert", "officer");
    w->open(w->vacancies());
    w->vacancies()->searchField()->setText("no such job anywhere");
    readScreen(w, "no results with filters");
    w->idleMonitor()->setIdleTime(1);
    w->idleMonitor()->start();
    kiosk.clock()->advance(1);
    QVERIFY(w->isPromptShowing());
    read(w, "still there");
    // Said, not shown: the sentences a visitor hears that no screen writes.
    for (const QString &said : {Narration::stillThere(30), Narration::keypadHelp(),
                                Narration::speechOn(), Narration::secondsLeft(5)})
        m_words[said] << QStringLiteral("spoken");
    for (const QString &code : {Narration::qrCode(QStringLiteral("https://example.org/x")),
                                Narration::linkCode(QStringLiteral("https://example.org/x"))})
        m_words[code.left(code.indexOf(QStringLiteral("The address is")))] << "spoken";
}

void TestInterfaceWords::readScreen(KioskWindow *w, const QString &where)
{
    for (int i = 0; i < 3; ++i) // layouts and counts settle over a few passes of events
        QCoreApplication::processEvents();
    read(w, where);
    const QString purpose = w->currentScreen()->purpose();
    m_words[ownWords(purpose)] << where + QStringLiteral(" (said as it opens)");
    m_screens[where] += QLatin1Char('\n') + purpose;
}

void TestInterfaceWords::read(QWidget *root, const QString &where)
{
    QStringList shown;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<PlainLabel *>(widget))
            shown << label->plainText();
        else if (auto *other = qobject_cast<QLabel *>(widget))
            shown << other->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            shown << button->text() << button->accessibleName();
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            shown << edit->placeholderText() << edit->accessibleName();
    }
    for (const QString &text : std::as_const(shown)) {
        const QString own = ownWords(text);
        if (own.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2}"))))
            m_words[own] << where;
    }
    m_screens[where] += shown.join(QLatin1Char('\n'));
}

QString TestInterfaceWords::ownWords(const QString &shown) const
{
    // Bundle text (a job's title, a capability's name) stands in a sentence as one word.
    QString own = shown;
    own.remove(QChar(0x200b)); // where a long address may break
    const auto letterAt = [&own](qsizetype i) {
        return i >= 0 && i < own.size() && own.at(i).isLetter();
    };
    for (const QString &text : m_bundleTexts) {
        for (qsizetype at = own.indexOf(text); at >= 0; at = own.indexOf(text, at + 1)) {
            if (!letterAt(at - 1) && !letterAt(at + text.size()))
                own.replace(at, text.size(), QStringLiteral("it"));
        }
    }
    return own.trimmed();
}

void TestInterfaceWords::everyScreenWasRead()
{
    // The walk reaches what it should: if a screen stopped showing, this is where it shows.
    for (const char *where :
         {"attract", "home", "about", "words", "officer-or-staff", "capabilities", "vacancies",
          "filter sheet", "no results", "job SAMPLE-S-0101", "still there"})
        QVERIFY2(m_screens.contains(where), where);
    QVERIFY2(m_words.size() > 80, qPrintable(QString::number(m_words.size())));
    const QStringList all = m_words.keys();
    for (const char *text : {"Still there?", "Back", "Home", "Larger text", "Slower",
                             "Touch the screen to explore careers"})
        QVERIFY2(all.contains(text), text);
}

void TestInterfaceWords::readsAtAboutTwelve()
{
    Readability all;
    for (auto it = m_words.cbegin(); it != m_words.cend(); ++it) {
        const Readability one = Readability::of(it.key());
        all += one;
        // A grade from a few words says little; longer texts are held to it one by one.
        if (one.words >= 12)
            QVERIFY2(one.grade() <= 9.0, qPrintable(QStringLiteral("%1 (%2, grade %3)")
                                                        .arg(it.key(), it.value().first())
                                                        .arg(one.grade(), 0, 'f', 1)));
    }
    qInfo("Flesch-Kincaid grade of the kiosk's own words: %.1f (%d texts, %d words, %.1f a "
          "sentence)",
          all.grade(), int(m_words.size()), all.words, double(all.words) / all.sentences);
    QVERIFY2(all.grade() <= 7.0, qPrintable(QString::number(all.grade())));
}

void TestInterfaceWords::sentencesAreShort()
{
    for (auto it = m_words.cbegin(); it != m_words.cend(); ++it) {
        for (const QString &sentence : Readability::sentencesIn(it.key()))
            QVERIFY2(Readability::wordsIn(sentence) <= 25,
                     qPrintable(sentence + " (" + it.value().first() + ")"));
    }
}

QStringList TestInterfaceWords::notInSentenceCase(const QString &text)
{
    // After the first word, a capital only for a name (the unit's, a key's, a month's, a
    // day's, a language's), "I", a letter on its own ("A to Z"), a short form, or a new
    // sentence.
    static const QStringList names = {
        "South",    "East",     "Regional", "Organised", "Crime",     "Unit",      "I'm",
        "Enter",    "Escape",   "Tab",      "Backspace", "January",   "February",  "March",
        "April",    "May",      "June",     "July",      "August",    "September", "October",
        "November", "December", "Monday",   "Tuesday",   "Wednesday", "Thursday",  "Friday",
        "Saturday", "Sunday",   "English"};
    static const QRegularExpression word(QStringLiteral("(^|[.?!:]\\s+|\\s)([A-Z][a-z'’]+)"));
    QStringList wrong;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const bool newSentence = match.capturedStart() == 0 || match.captured(1).trimmed().size();
        if (!newSentence && !names.contains(match.captured(2)))
            wrong << match.captured(2);
    }
    return wrong;
}

void TestInterfaceWords::sentenceCase()
{
    for (auto it = m_words.cbegin(); it != m_words.cend(); ++it) {
        const QStringList wrong = notInSentenceCase(it.key());
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringLiteral("'%1' in '%2' (%3)")
                                .arg(wrong.join(u", "), it.key(), it.value().first())));
    }
}

QStringList TestInterfaceWords::unexplained(const QString &text, const QString &screen)
{
    // A short form is explained where it is used: "... (SEROCU)" or "known as SEROCU" on the
    // same screen. "QR code" is what a phone's camera app itself says; F1 is a key's name.
    static const QRegularExpression shortForm(QStringLiteral("\\b[A-Z][A-Z0-9]+\\b"));
    QStringList missing;
    for (auto it = shortForm.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured();
        if (found == QLatin1String("QR") || found == QLatin1String("F1"))
            continue;
        if (!screen.contains(QLatin1Char('(') + found + QLatin1Char(')')) &&
            !screen.contains(QStringLiteral("known as ") + found))
            missing << found;
    }
    return missing;
}

void TestInterfaceWords::shortFormsAreExplainedWhereTheyAreUsed()
{
    for (auto it = m_words.cbegin(); it != m_words.cend(); ++it) {
        for (const QString &where : it.value()) {
            const QString screen = m_screens.value(where.section(QStringLiteral(" ("), 0, 0));
            const QStringList missing = unexplained(it.key(), screen);
            QVERIFY2(
                missing.isEmpty(),
                qPrintable(
                    QStringLiteral("%1 in '%2' (%3)").arg(missing.join(u", "), it.key(), where)));
        }
    }
}

void TestInterfaceWords::checksFailOnHardWords()
{
    // Each check must be able to fail: words like the kiosk's old ones fail them.
    const Readability hard = Readability::of(QStringLiteral(
        "Utilise the capability filter to constrain the enumerated vacancies accordingly."));
    QVERIFY2(hard.grade() > 9.0, qPrintable(QString::number(hard.grade())));
    QCOMPARE(notInSentenceCase("Roles By Capability"), QStringList({"By", "Capability"}));
    QVERIFY(notInSentenceCase("Police officer or police staff? Find out.").isEmpty());
    QVERIFY(notInSentenceCase("Yes, I'm still here").isEmpty());
    QCOMPARE(unexplained("Careers at SEROCU", "Careers at SEROCU"), QStringList("SEROCU"));
    QVERIFY(unexplained("Careers at SEROCU", "the Unit, known as SEROCU.").isEmpty());
    QVERIFY(unexplained("Scan the QR code", {}).isEmpty());
    QCOMPARE(ownWords("See Police staff jobs (29)"), QString("See it jobs (29)"));
}

QTEST_MAIN(TestInterfaceWords)
#include "tst_interfacewords.moc"
