#pragma once

#include <QWidget>

class IdleMonitor;
class PlainLabel;
class QPushButton;

// Covers the screen when the kiosk has been left alone, asking whether anyone is still there
// and counting down before it starts again for the next visitor.
class StillTherePrompt : public QWidget
{
    Q_OBJECT
public:
    explicit StillTherePrompt(QWidget *parent = nullptr);
    void setSecondsLeft(int seconds);
    // Shown while the idle monitor warns, counting down with it; an answer is activity.
    void follow(IdleMonitor *idle);
    QPushButton *button() const { return m_button; }

signals:
    void stillHere();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *m_box;
    PlainLabel *m_countdown;
    QPushButton *m_button;
};
