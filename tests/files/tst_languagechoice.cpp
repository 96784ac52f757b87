#include "languagechoice.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The kiosk's translation: the language set if a translation exists, else the system's, else
// English only; and each choice said in the log line, with the fall-back when the one set has
// no translation.
class TestLanguageChoice : public QObject
{
    Q_OBJECT
private slots:
    void theSettingFirst();
    void theSystemsWhenTheSettingHasNone();
    void englishOnlyWhenNeitherHasOne();
    void aBadSettingOrLocaleIsNotLookedFor();
    void findsInFoldersInOrderAndByLanguageAlone();
};

namespace
{

// Translations for these names only, each at a path that says its name.
LanguageChoice::Finder only(const QStringList &names, QStringList *asked = nullptr)
{
    return [names, asked](const QString &name) {
        if (asked)
            *asked << name;
        return names.contains(name) ? QStringLiteral("/t/%1.qm").arg(name) : QString();
    };
}

void touch(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
}

} // namespace

void TestLanguageChoice::theSettingFirst()
{
    const LanguageChoice choice(QStringLiteral("cy_GB"), QStringLiteral("fr_FR"),
                                only({QStringLiteral("cy_GB"), QStringLiteral("fr_FR")}));
    QCOMPARE(choice.file(), QStringLiteral("/t/cy_GB.qm"));
    QCOMPARE(choice.language(), QStringLiteral("cy_GB"));
    QCOMPARE(choice.logLine(), QStringLiteral("language cy_GB, as set (/t/cy_GB.qm)"));
}

void TestLanguageChoice::theSystemsWhenTheSettingHasNone()
{
    const LanguageChoice choice(QStringLiteral("de"), QStringLiteral("fr_FR"),
                                only({QStringLiteral("fr_FR")}));
    QCOMPARE(choice.file(), QStringLiteral("/t/fr_FR.qm"));
    QCOMPARE(choice.language(), QStringLiteral("fr_FR"));
    QCOMPARE(choice.logLine(), QStringLiteral("no translation for the language set, de, so "
                                              "language fr_FR, the system's (/t/fr_FR.qm)"));
    const LanguageChoice unset({}, QStringLiteral("fr_FR"), only({QStringLiteral("fr_FR")}));
    QCOMPARE(unset.file(), QStringLiteral("/t/fr_FR.qm"));
    QVERIFY(!unset.logLine().contains(QStringLiteral("no translation")));
}

void TestLanguageChoice::englishOnlyWhenNeitherHasOne()
{
    const LanguageChoice choice(QStringLiteral("de"), QStringLiteral("fr_FR"), only({}));
    QVERIFY(choice.file().isEmpty());
    QCOMPARE(choice.language(), QStringLiteral("en"));
    QCOMPARE(choice.logLine(), QStringLiteral("no translation for the language set, de, so "
                                              "English only (no translation for the system's "
                                              "language, fr_FR)"));
}

void TestLanguageChoice::aBadSettingOrLocaleIsNotLookedFor()
{
    QStringList asked;
    const LanguageChoice choice(QStringLiteral("../../etc/x"), QStringLiteral("C"),
                                only({QStringLiteral("../../etc/x"), QStringLiteral("C")}, &asked));
    QVERIFY(asked.isEmpty());
    QVERIFY(choice.file().isEmpty());
    QVERIFY(choice.logLine().startsWith(QStringLiteral("no translation for the language set")));
}

void TestLanguageChoice::findsInFoldersInOrderAndByLanguageAlone()
{
    QTemporaryDir first;
    QTemporaryDir second;
    touch(second.filePath(QStringLiteral("careers-kiosk_en_XA.qm")));
    touch(second.filePath(QStringLiteral("careers-kiosk_cy.qm")));
    const QStringList folders = {first.path(), second.path()};
    QCOMPARE(LanguageChoice::findIn(folders, QStringLiteral("en_XA")),
             second.filePath(QStringLiteral("careers-kiosk_en_XA.qm")));
    touch(first.filePath(QStringLiteral("careers-kiosk_en_XA.qm")));
    QCOMPARE(LanguageChoice::findIn(folders, QStringLiteral("en_XA")),
             first.filePath(QStringLiteral("careers-kiosk_en_XA.qm")));
    QCOMPARE(LanguageChoice::findIn(folders, QStringLiteral("cy_GB")),
             second.filePath(QStringLiteral("careers-kiosk_cy.qm")));
    QVERIFY(LanguageChoice::findIn(folders, QStringLiteral("fr_FR")).isEmpty());
    QVERIFY(LanguageChoice::findIn({}, QStringLiteral("cy")).isEmpty());
}

QTEST_GUILESS_MAIN(TestLanguageChoice)
#include "tst_languagechoice.moc"
