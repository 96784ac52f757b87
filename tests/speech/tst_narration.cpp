#include "narration.h"

#include <QTest>

class TestNarration : public QObject
{
    Q_OBJECT
private slots:
    void itemInScreenReaderOrder();
    void itemLeavesOutWhatItLacks();
    void addressSpelledInWords();
    void addressSpelled_data();
    void addressSpelled();
    void qrCodeSaysWhatItIsForThenTheAddress();
    void countdownOnlyAtTenAndTheLastFive();
};

void TestNarration::itemInScreenReaderOrder()
{
    Narration::Item chip{"Police staff", "filter", {"selected"}, 3, 4, {}};
    QCOMPARE(Narration::item(chip), QString("Police staff, filter, selected, 3 of 4"));
    chip.description = "Police officer or police staff";
    QCOMPARE(Narration::item(chip),
             QString("Police staff, filter, selected, 3 of 4. Police officer or police staff"));
}

void TestNarration::itemLeavesOutWhatItLacks()
{
    QCOMPARE(Narration::item({"Home", "button", {}, 0, 0, {}}), QString("Home, button"));
    // One of one is not a set worth counting; a description that repeats the name is said once.
    QCOMPARE(Narration::item({"Back", {}, {}, 1, 1, "Back"}), QString("Back"));
    QCOMPARE(Narration::item({"  Two\n lines ", "button", {"dimmed"}, 0, 0, {}}),
             QString("Two lines, button, dimmed"));
}

void TestNarration::addressSpelledInWords()
{
    QCOMPARE(Narration::spelledAddress("https://careers.example.org/serocu/sample-s-0101"),
             QString("careers dot example dot org slash serocu slash sample dash S dash zero one "
                     "zero one"));
}

void TestNarration::addressSpelled_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("spoken");
    QTest::newRow("short runs letter by letter") << "http://www.police.uk/"
                                                 << "W W W dot police dot U K";
    QTest::newRow("no vowels spelled") << "https://tvp.example/jobs?id=42"
                                       << "T V P dot example slash jobs question mark I D equals "
                                          "four two";
    QTest::newRow("case folded") << "HTTPS://Careers.Example.ORG"
                                 << "careers dot example dot org";
    QTest::newRow("other characters as they are") << "a.b/c_d~e"
                                                  << "A dot B slash C underscore "
                                                     "D tilde E";
}

void TestNarration::addressSpelled()
{
    QFETCH(QString, address);
    QFETCH(QString, spoken);
    QCOMPARE(Narration::spelledAddress(address), spoken);
}

void TestNarration::qrCodeSaysWhatItIsForThenTheAddress()
{
    const QString said = Narration::qrCode("https://careers.example.org/a1");
    QVERIFY(said.startsWith("QR code to apply on your phone."));
    QVERIFY(said.endsWith("careers dot example dot org slash A one."));
    // A code to take away opens a page: nothing in it speaks of applying for a vacancy.
    const QString link = Narration::linkCode("https://careers.example.org/a1");
    QVERIFY(link.startsWith("QR code to take this page away on your phone."));
    QVERIFY(!link.contains("apply"));
    QVERIFY(link.endsWith("careers dot example dot org slash A one."));
}

void TestNarration::countdownOnlyAtTenAndTheLastFive()
{
    QList<int> said;
    for (int s = 20; s >= 0; --s)
        if (Narration::countdownWorthSaying(s))
            said << s;
    QCOMPARE(said, QList<int>({10, 5, 4, 3, 2, 1}));
    QCOMPARE(Narration::secondsLeft(1), QString("1 second."));
    QCOMPARE(Narration::secondsLeft(4), QString("4 seconds."));
}

QTEST_GUILESS_MAIN(TestNarration)
#include "tst_narration.moc"
