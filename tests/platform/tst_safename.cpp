#include "safename.h"

#include <QTest>

// Names chosen by whoever made a USB stick, made safe to show, log and write into a report.
class TestSafeName : public QObject
{
    Q_OBJECT
private slots:
    void plainNamesStayAsTheyAre();
    void newlinesCannotForgeLines();
    void bidiOverridesAreRemoved();
    void invisibleCharactersAreRemoved();
    void controlCharactersAreRemoved();
    void invalidUtf16BecomesAReplacement();
    void longNamesAreCut();
};

void TestSafeName::plainNamesStayAsTheyAre()
{
    QCOMPARE(SafeName::from("event.kioskbundle"), QString("event.kioskbundle"));
    QCOMPARE(SafeName::from(u"Café – Ünïcødé 職業.kioskbundle"_qs),
             u"Café – Ünïcødé 職業.kioskbundle"_qs);
    QCOMPARE(SafeName::from(u"emoji 👮.kioskbundle"_qs), u"emoji 👮.kioskbundle"_qs);
}

void TestSafeName::newlinesCannotForgeLines()
{
    // The name that replaced the staff PIN when the report followed a link into staff-pin.ini.
    const QString name = "x\n[pin]\r\nhash=00\u2028salt=11\u0085.kioskbundle";
    const QString safe = SafeName::from(name);
    QCOMPARE(safe, QString("x [pin]  hash=00 salt=11 .kioskbundle"));
    for (const QChar c : safe)
        QVERIFY2(c.category() != QChar::Other_Control, qPrintable(safe));
}

void TestSafeName::bidiOverridesAreRemoved()
{
    // Shown as "reporttxt.kioskbundle", but the name ends in ".txt".
    QCOMPARE(SafeName::from(u"report\u202Eeldnuboik.txt"_qs), QString("reporteldnuboik.txt"));
    QCOMPARE(SafeName::from(u"a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i"_qs),
             QString("abcdefghi"));
    QCOMPARE(SafeName::from(u"a\u200Eb\u200Fc\u061Cd"_qs), QString("abcd"));
}

void TestSafeName::invisibleCharactersAreRemoved()
{
    QCOMPARE(SafeName::from(u"a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf"_qs), QString("abcdef"));
    // Tag characters spell hidden text after a visible one.
    QString tagged = "flag";
    for (const char32_t tag : {U'\U000E0001', U'\U000E0068', U'\U000E0069', U'\U000E007F'})
        tagged += QString::fromUcs4(&tag, 1);
    QCOMPARE(SafeName::from(tagged), QString("flag"));
}

void TestSafeName::controlCharactersAreRemoved()
{
    QString name = "a";
    for (const char16_t c : {u'\0', u'\x01', u'\x1b', u'\x7f', u'\x80', u'\x9b', u'\x9f'})
        name += QChar(c);
    name += "b";
    QCOMPARE(SafeName::from(name), QString("ab"));
    QCOMPARE(SafeName::from("tab\there"), QString("tab here"));
}

void TestSafeName::invalidUtf16BecomesAReplacement()
{
    const QString lone = QString("a") + QChar(0xD800) + "b" + QChar(0xDC00);
    QCOMPARE(SafeName::from(lone), u"a\uFFFDb\uFFFD"_qs);
}

void TestSafeName::longNamesAreCut()
{
    const QString name = QString(200, 'x') + ".kioskbundle";
    const QString safe = SafeName::from(name);
    QCOMPARE(safe.size(), SafeName::defaultLength);
    QVERIFY(safe.endsWith(u'\u2026'));
    QCOMPARE(SafeName::from(QString(120, 'y')), QString(120, 'y')); // exactly at the limit
    QCOMPARE(SafeName::from("abcdef", 4), u"abc\u2026"_qs);
    // Code points, not UTF-16 units: a character outside the BMP is never cut in half.
    QString emoji;
    for (int i = 0; i < 10; ++i)
        emoji += u"👮"_qs;
    const QString cut = SafeName::from(emoji, 5);
    QCOMPARE(cut, u"👮👮👮👮\u2026"_qs);
}

QTEST_MAIN(TestSafeName)
#include "tst_safename.moc"
