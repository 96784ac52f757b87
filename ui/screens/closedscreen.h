#pragma once

#include "clock.h"

#include <QDateTime>
#include <QWidget>

// What the kiosk shows outside its opening hours: a screen dimmed to near black over
// everything, saying only "Closed". A touch or a key shows when it opens again for ten
// seconds, and does nothing else (the window's InputRouter keeps every touch from what lies
// beneath). Drawn by hand, plain text only, in the window's size.
class ClosedScreen : public QWidget
{
    Q_OBJECT
public:
    static constexpr int timeShownMsec = 10000;

    ClosedScreen(Clock *clock, QWidget *window);

    // When it opens next (invalid: not known); the message follows it.
    void setNextOpening(const QDateTime &opening);
    // "Closed. We open again at 09:00 on Monday.", in words from `now`.
    static QString openingText(const QDateTime &opening, const QDateTime &now);
    QString message() const;
    // The opening time is shown, brighter, for timeShownMsec after a touch.
    void showTime();
    bool isTimeShown() const { return m_hide.isActive(); }

signals:
    // The opening time came up after a touch, or went again.
    void timeShownChanged(bool shown);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Clock *m_clock;
    ClockTimer m_hide;
    QDateTime m_opening;
};
