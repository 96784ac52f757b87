#include "texttospeechspeaker.h"

#include <QLocale>
#include <QTextToSpeech>

namespace
{
QString chooseEngine()
{
    // flite needs no daemon and no network, so it is the one that works at a fair.
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.contains(QLatin1String("flite")))
        return QStringLiteral("flite");
    return engines.value(0);
}
} // namespace

bool TextToSpeechSpeaker::isAvailable()
{
    return !QTextToSpeech::availableEngines().isEmpty();
}

TextToSpeechSpeaker::TextToSpeechSpeaker(QObject *parent)
    : Speaker(parent), m_engine(chooseEngine())
{
}

QTextToSpeech *TextToSpeechSpeaker::speech()
{
    if (m_speech)
        return m_speech;
    m_speech = new QTextToSpeech(m_engine, this);
    m_speech->setRate(m_rate);
    m_speech->setVolume(m_volume);
    const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    if (m_speech->availableLocales().contains(british))
        m_speech->setLocale(british);
    connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (state == QTextToSpeech::Ready) {
            m_busy = false;
            sayNext();
        }
    });
    connect(m_speech, &QTextToSpeech::errorOccurred, this,
            [this](QTextToSpeech::ErrorReason, const QString &reason) {
                m_queue.clear();
                m_busy = false;
                emit failed(reason);
            });
    return m_speech;
}

TextToSpeechSpeaker::~TextToSpeechSpeaker() = default;

bool TextToSpeechSpeaker::isSpeaking() const
{
    return m_busy || !m_queue.isEmpty();
}

void TextToSpeechSpeaker::say(const QString &text)
{
    m_queue << text;
    if (!m_busy)
        sayNext();
}

void TextToSpeechSpeaker::stop()
{
    m_queue.clear();
    m_busy = false;
    if (m_speech)
        m_speech->stop();
}

void TextToSpeechSpeaker::setRate(double rate)
{
    m_rate = rate;
    if (m_speech)
        m_speech->setRate(rate);
}

void TextToSpeechSpeaker::setVolume(double volume)
{
    m_volume = volume;
    if (m_speech)
        m_speech->setVolume(volume);
}

void TextToSpeechSpeaker::sayNext()
{
    if (m_queue.isEmpty()) {
        emit finished();
        return;
    }
    m_busy = true;
    speech()->say(m_queue.takeFirst());
}
