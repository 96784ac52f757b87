#include "texttospeechspeaker.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextToSpeech>

// The real engine, once: it must speak a sentence to the end, or say why it cannot. On a
// machine without the flite plugin or without an audio output the test says so and skips.
class TestTextToSpeechSpeaker : public QObject
{
    Q_OBJECT
private slots:
    void fliteSpeaksASentenceToTheEnd();
    void stopSilencesTheQueue();
};

namespace
{
void requireFlite()
{
    if (!QTextToSpeech::availableEngines().contains("flite"))
        QSKIP("the flite text-to-speech plugin is not installed (Debian: "
              "qt6-speech-flite-plugin); nothing to try");
}
} // namespace

void TestTextToSpeechSpeaker::fliteSpeaksASentenceToTheEnd()
{
    requireFlite();
    TextToSpeechSpeaker speaker;
    QCOMPARE(speaker.engine(), QString("flite"));
    QSignalSpy finished(&speaker, &TextToSpeechSpeaker::finished);
    QSignalSpy failed(&speaker, &TextToSpeechSpeaker::failed);
    speaker.setRate(0.6);
    speaker.say("Current vacancies.");
    speaker.say("Thirty open vacancies.");
    // Bounded: a stuck audio device must fail this test, never hang it.
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 30000);
    if (!failed.isEmpty())
        QSKIP(qPrintable("flite is installed but cannot speak here: " +
                         failed.first().first().toString()));
    QVERIFY(!speaker.isSpeaking());
}

void TestTextToSpeechSpeaker::stopSilencesTheQueue()
{
    requireFlite();
    TextToSpeechSpeaker speaker;
    speaker.say("One.");
    speaker.say("Two.");
    speaker.say("Three.");
    speaker.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!speaker.isSpeaking(), 10000);
}

QTEST_GUILESS_MAIN(TestTextToSpeechSpeaker)
#include "tst_texttospeechspeaker.moc"
