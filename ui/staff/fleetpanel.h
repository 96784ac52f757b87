#pragma once

#include "panel.h"

class ChipGroup;
class PlainLabel;

// What the kiosk trusts and where else it takes job data from: the signing keys (or that job
// data is not signed here), the hosts web addresses may point to, and the watched folder with
// the result of its last check. Staff can switch the watched folder off, or on for the folder
// that the set-up guide's sync tool fills.
class FleetPanel : public Panel
{
    Q_OBJECT
public:
    explicit FleetPanel(const QString &dataDir, QWidget *parent = nullptr);

    void refresh();
    void setWatchStatus(const QString &text);
    QString keysText() const;

    // The folder the set-up guide syncs into: ~/careers-kiosk-sync.
    static QString suggestedFolder();

signals:
    void watchFolderChosen(const QString &folder);

private:
    void choose(const QString &folder);

    QString m_dataDir;
    PlainLabel *m_keys;
    PlainLabel *m_hosts;
    PlainLabel *m_watch;
    PlainLabel *m_watchStatus;
    ChipGroup *m_folders;
};
