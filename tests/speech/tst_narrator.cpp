#include "narrator.h"
#include "recordingspeaker.h"

#include <QSignalSpy>
#include <QTest>

class TestNarrator : public QObject
{
    Q_OBJECT
private slots:
    void silentUntilSwitchedOn();
    void interruptReplacesWhatIsBeingSaid();
    void switchingOffSilencesAtOnce();
    void rateAndVolumeInSteps();
    void resetIsOffWithNormalSettings();
};

void TestNarrator::silentUntilSwitchedOn()
{
    RecordingSpeaker speaker;
    Narrator narrator(&speaker);
    QVERIFY(!narrator.isEnabled());
    narrator.say("Home");
    narrator.interrupt("Back, button");
    QVERIFY(speaker.all().isEmpty());
    QSignalSpy changed(&narrator, &Narrator::enabledChanged);
    narrator.setEnabled(true);
    narrator.say("Home");
    narrator.say("   "); // nothing worth a pause
    QCOMPARE(speaker.all(), QStringList({"Home"}));
    QCOMPARE(changed.count(), 1);
}

void TestNarrator::interruptReplacesWhatIsBeingSaid()
{
    RecordingSpeaker speaker;
    Narrator narrator(&speaker);
    narrator.setEnabled(true);
    narrator.say("Current vacancies");
    narrator.say("30 open vacancies");
    QCOMPARE(speaker.current().size(), 2);
    narrator.interrupt("Police staff, filter");
    QCOMPARE(speaker.current(), QStringList({"Police staff, filter"}));
}

void TestNarrator::switchingOffSilencesAtOnce()
{
    RecordingSpeaker speaker;
    Narrator narrator(&speaker);
    narrator.setEnabled(true);
    narrator.say("a long job description");
    narrator.setEnabled(false);
    QVERIFY(speaker.current().isEmpty());
    QCOMPARE(speaker.stops(), 1);
}

void TestNarrator::rateAndVolumeInSteps()
{
    RecordingSpeaker speaker;
    Narrator narrator(&speaker);
    QCOMPARE(speaker.rate(), 0.0); // the middle step is the engine's normal rate
    QVERIFY(narrator.changeRate(+1));
    QVERIFY(narrator.changeRate(+1));
    QVERIFY(!narrator.changeRate(+1));
    QCOMPARE(narrator.rate(), Narrator::steps);
    QCOMPARE(speaker.rate(), 0.6);
    while (narrator.changeRate(-1)) {
    }
    QCOMPARE(narrator.rate(), 1);
    QCOMPARE(speaker.rate(), -0.6);
    while (narrator.changeVolume(-1)) {
    }
    QCOMPARE(narrator.volume(), 1);
    QVERIFY(speaker.volume() > 0); // the quietest step can still be heard
    QVERIFY(narrator.changeVolume(+1));
    QCOMPARE(speaker.volume(), 0.4);
}

void TestNarrator::resetIsOffWithNormalSettings()
{
    RecordingSpeaker speaker;
    Narrator narrator(&speaker);
    narrator.setEnabled(true);
    narrator.changeRate(+2);
    narrator.changeVolume(-3);
    narrator.reset();
    QVERIFY(!narrator.isEnabled());
    QCOMPARE(narrator.rate(), Narrator::defaultRate);
    QCOMPARE(narrator.volume(), Narrator::defaultVolume);
    QCOMPARE(speaker.rate(), 0.0);
    QCOMPARE(speaker.volume(), 0.8);
}

QTEST_GUILESS_MAIN(TestNarrator)
#include "tst_narrator.moc"
