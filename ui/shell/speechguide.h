#pragma once

#include "narration.h"

#include <QObject>
#include <QPointer>

class Narrator;
class QAbstractItemView;
class QAccessibleInterface;
class QWidget;

// Says what the visitor needs to hear, reading each item's name, role and state from Qt's
// accessibility interface, the same description a platform screen reader gets. The first
// thing said in an event cuts off what was being said; what follows in the same event is
// queued after it, so "Home" is followed by the focused tile, not cut off by it. The focus
// is described once the event is over, so that it is not heard passing over buttons on its
// way to where it lands.
class SpeechGuide : public QObject
{
    Q_OBJECT
public:
    explicit SpeechGuide(Narrator *narrator, QWidget *window);

    Narrator *narrator() const { return m_narrator; }
    void speak(const QString &text);
    // A new screen cuts off everything said before it in the same event (the focus passing
    // over buttons on its way), except that speech was just switched on.
    void arrive(const QString &screen, const QString &purpose);
    void speechSwitchedOn();
    void describe(QWidget *widget);
    void help();
    // The new number of results, after what changed it: the chip just chosen, or the
    // search text typed so far.
    void results(const QString &count, const QString &search);

    // What speech says for a widget, from its accessible interface.
    static Narration::Item itemFor(QWidget *widget);

private:
    static Narration::Item listItem(QAbstractItemView *view);
    static QString roleWord(QWidget *widget, const QAccessibleInterface *accessible);
    static QStringList states(QWidget *widget, const QAccessibleInterface *accessible);
    static void placeInSet(QWidget *widget, Narration::Item &item);
    void focusChanged(QWidget *now);

    Narrator *m_narrator;
    QPointer<QWidget> m_window;
    void startEvent();
    void scheduleEnd();
    void endEvent();

    QPointer<QWidget> m_pendingFocus;
    bool m_ending = false;
    bool m_fresh = true;   // nothing said yet in this event
    bool m_pinned = false; // this event switched speech on: say that before the screen
};
