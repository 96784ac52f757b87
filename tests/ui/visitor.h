#pragma once

#include <QPoint>
#include <QString>

#include <memory>

class KioskWindow;
class QPointingDevice;
class QPushButton;
class QWidget;
class TileButton;

// A visitor's finger for the soak: touches go to the window, as a touch screen delivers
// them, after the target has been scrolled into view. Says whether the touch could be made
// rather than failing the test itself, so a long run can report which session went wrong.
class Visitor
{
public:
    Visitor();
    ~Visitor();

    bool tap(QWidget *widget, QPoint at = {});
    bool tapJob(KioskWindow *window, int row);
    static TileButton *tile(QWidget *screen, const QString &heading);
    static QPushButton *button(QWidget *screen, const QString &text);

private:
    // Owned here: Qt 6.4 registers a test touch device but never deletes it.
    std::unique_ptr<QPointingDevice> m_touch;
};
