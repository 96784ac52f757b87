#pragma once

#include <QWidget>

class Narrator;
class QPushButton;

// The speed and volume of speech, as four buttons under the top bar's "Read aloud" switch;
// shown only while speech is on, so a sighted visitor never sees them otherwise.
class SpeechControls : public QWidget
{
    Q_OBJECT
public:
    explicit SpeechControls(Narrator *narrator, QWidget *parent = nullptr);

    QPushButton *slower() const { return m_slower; }
    QPushButton *faster() const { return m_faster; }
    QPushButton *quieter() const { return m_quieter; }
    QPushButton *louder() const { return m_louder; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rateChange(int delta);
    void volumeChange(int delta);

    Narrator *m_narrator;
    QPushButton *m_slower;
    QPushButton *m_faster;
    QPushButton *m_quieter;
    QPushButton *m_louder;
};
