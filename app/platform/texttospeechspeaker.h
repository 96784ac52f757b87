#pragma once

#include "speaker.h"

#include <QStringList>

class QTextToSpeech;

// Speaks through Qt TextToSpeech: the offline flite engine where it is installed, otherwise
// the first engine the system has (speech-dispatcher, SAPI, AVSpeech). Qt 6.4 has no queue of
// its own (say() cuts off what is being said), so the queue is kept here. The engine is
// loaded when first needed, so a kiosk nobody asks to speak starts no later for it.
class TextToSpeechSpeaker : public Speaker
{
    Q_OBJECT
public:
    // Whether any engine is installed; without one the kiosk offers no speech at all.
    static bool isAvailable();

    explicit TextToSpeechSpeaker(QObject *parent = nullptr);
    ~TextToSpeechSpeaker() override;

    QString engine() const { return m_engine; }
    bool isSpeaking() const;

    void say(const QString &text) override;
    void stop() override;
    void setRate(double rate) override;
    void setVolume(double volume) override;

signals:
    // Everything queued has been spoken.
    void finished();
    void failed(const QString &reason);

private:
    void sayNext();
    QTextToSpeech *speech();

    QString m_engine;
    QTextToSpeech *m_speech = nullptr;
    double m_rate = 0;
    double m_volume = 1;
    // From handing a sentence to the engine until it is ready again: the engine may take a
    // moment to report that it speaks, and a second say() then would cut off the first.
    bool m_busy = false;
    QStringList m_queue;
};
