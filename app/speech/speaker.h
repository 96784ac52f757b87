#pragma once

#include <QObject>
#include <QString>

// Something that can speak: a text-to-speech engine, or a recorder in the tests. Words are
// queued in order; stop() silences at once and forgets the queue.
class Speaker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Speaker() override;

    virtual void say(const QString &text) = 0;
    virtual void stop() = 0;
    // rate: -1 (slowest) to 1 (fastest), 0 normal; volume: 0 to 1.
    virtual void setRate(double rate) = 0;
    virtual void setVolume(double volume) = 0;
};
