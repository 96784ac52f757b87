#pragma once

#include "panel.h"

class ChipGroup;
class KioskSettings;
class PlainLabel;

// What the kiosk trusts and where else it takes job data from: the signing keys (or that job
// data is not signed here), the hosts web addresses may point to, and the watched folder with
// the result of its last check. Staff can switch the watched folder off, or on for the folder
// that the set-up guide's sync tool fills; the choice goes into the kiosk's settings, whose
// signal restarts the watch.
class FleetPanel : public Panel
{
    Q_OBJECT
public:
    explicit FleetPanel(KioskSettings *settings, QWidget *parent = nullptr);

    void refresh();
    void setWatchStatus(const QString &text);
    QString keysText() const;

    // The folder the set-up guide syncs into: ~/careers-kiosk-sync.
    static QString suggestedFolder();

private:
    void choose(const QString &folder);

    KioskSettings *m_settings;
    PlainLabel *m_keys;
    PlainLabel *m_hosts;
    PlainLabel *m_watch;
    PlainLabel *m_watchStatus;
    ChipGroup *m_folders;
};
