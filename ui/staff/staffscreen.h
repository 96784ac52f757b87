#pragma once

#include "clock.h"
#include "screen.h"
#include "stafftasks.h"

class Catalogue;
class ChipGroup;
class CountsList;
class EventReportPanel;
class FleetPanel;
class InterestStats;
class KioskSettings;
class PlainLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;
class StandPanel;

// What event staff need behind the PIN: what is live, loading a bundle from a USB drive
// with its check and changes shown before it goes live, rolling back, the idle time, the
// interest counts and their export, and leaving or exiting the kiosk. The idle time and
// "Within reach" are written to the kiosk's settings here; the window follows their signals.
class StaffScreen : public Screen
{
    Q_OBJECT
public:
    StaffScreen(KioskSettings *settings, Catalogue *catalogue, InterestStats *stats,
                StaffTasks *tasks, QWidget *parent = nullptr);
    QString title() const override;
    QString key() const override { return QStringLiteral("staff"); }
    void refresh() override;
    void setIdleSeconds(int seconds);
    void setWithinReachDefault(bool on);
    // Shown under the live data: a repaired data folder, or one that cannot be written; what
    // is damaged in the settings, and how to repair it, follows.
    void setNotice(const QString &text);
    QString notice() const;

    // Checks a bundle on the worker and shows the result; loading it waits for confirmLoad().
    void offer(const QString &bundlePath);
    void confirmLoad();
    void rollback();
    void exportCounts();
    QString resultText() const;
    QStringList offeredBundles() const { return m_offered; }
    bool isBusy() const { return m_tasks->isBusy(); }
    FleetPanel *fleet() const { return m_fleet; }
    EventReportPanel *eventReport() const { return m_report; }
    StandPanel *stand() const { return m_stand; }
    // The bundle staff last checked or loaded: its drive gets the reports.
    QString usedBundle() const { return m_usedBundle; }
    // Every count, visitors first: a heading for each kind and a line for each item.
    QStringList countLines() const;
    QScrollArea *countsList() const;

signals:
    void dataChanged();
    void leaveRequested();
    void exitRequested();
    void selfTestRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildUsbPanel();
    QWidget *buildCountsPanel();
    QWidget *buildFinishPanel();
    QWidget *buildReachPanel();
    void lookForBundles();
    void showBundles(const QStringList &found, qsizetype total);
    void showResult(const QString &text, bool canLoad);
    void checked(const QString &bundlePath, const StaffTasks::Outcome &outcome);
    void imported(const QString &bundlePath, const StaffTasks::Outcome &outcome);
    void rolledBack(const StaffTasks::Outcome &outcome);
    void setBusy(bool busy);
    void showNotice();
    void updateUndo();
    void showCounts();
    QString publishedInWords(const QString &publishedAt) const;
    static QString reportNote(const StaffTasks::Outcome &outcome);

    QString m_dataDir;
    KioskSettings *m_settings;
    QString m_notice; // what the kiosk found at start
    Catalogue *m_catalogue;
    InterestStats *m_stats;
    StaffTasks *m_tasks;
    PlainLabel *m_live;
    PlainLabel *m_noticeLabel;
    QVBoxLayout *m_bundleList;
    PlainLabel *m_noBundles;
    PlainLabel *m_moreBundles;
    PlainLabel *m_result;
    QPushButton *m_load;
    QPushButton *m_cancel;
    QPushButton *m_rollback;
    PlainLabel *m_rollbackResult;
    QWidget *m_undo;
    ChipGroup *m_idle;
    ChipGroup *m_reach;
    PlainLabel *m_noCounts;
    PlainLabel *m_countsHint;
    CountsList *m_countsList;
    PlainLabel *m_exportResult;
    FleetPanel *m_fleet;
    EventReportPanel *m_report;
    StandPanel *m_stand;
    QString m_pending;
    QString m_usedBundle;   // the bundle staff last checked or loaded: its drive gets the counts
    QString m_resultBundle; // the file the result shown is about, while it is one on a drive
    QByteArray m_pendingFingerprint; // what the check saw; the load refuses anything else
    bool m_pendingIsOlder = false;
    QStringList m_offered;
    bool m_looking = false;
    ClockTimer m_poll; // a new drive is looked for on the kiosk's clock
};
