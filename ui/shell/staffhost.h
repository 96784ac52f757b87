#pragma once

#include "kioskwindow.h"

#include <QObject>

class Catalogue;
class StaffArea;

// The staff area behind the hidden gesture and the PIN, for a kiosk with a data folder: made
// from the window's options, and followed by the window when staff change the settings.
class StaffHost : public QObject
{
    Q_OBJECT
public:
    StaffHost(KioskWindow *window, Catalogue *catalogue, const KioskWindow::Options &options);

    StaffArea *area() const { return m_area; }
    // Staff are in: the area shows the settings in force, and its own idle time runs.
    void start(int idleSeconds, bool reachDefault);
    void setWatchStatus(const QString &text);

private:
    void followSettings(KioskWindow *window);

    StaffArea *m_area;
};
