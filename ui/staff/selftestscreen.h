#pragma once

#include "screen.h"
#include "selftestreport.h"

#include <QMap>
#include <QSet>

class Catalogue;
class KioskSettings;
class PlainLabel;
class QPushButton;
class Speaker;
class StaffTasks;
class TouchTargets;

// "Test this kiosk", in staff mode: one screen of checks, each with a plain result and what to
// do. Touch (five targets), the screen (size, rotation, scale, and the body text against EN
// 301 549's 0.7° at 1 m), sound (a sentence; staff say whether they heard it), the keypad's
// keys lighting up as they are pressed, the clock against the live data, and the data folder,
// the disk and the watched folder (on the staff worker). Saving keeps the result in the data
// folder, for the fleet's status file, and writes it to the USB drive beside the load report.
class SelfTestScreen : public Screen
{
    Q_OBJECT
public:
    SelfTestScreen(KioskSettings *settings, Catalogue *catalogue, StaffTasks *tasks,
                   QWidget *parent = nullptr);

    QString title() const override;
    QString key() const override { return QStringLiteral("self-test"); }
    // None: the sound check says the kiosk cannot speak.
    void setSpeaker(Speaker *speaker) { m_speaker = speaker; }
    // The drive the result goes to: the one the bundle staff last used is on.
    void setUsedBundle(const QString &path) { m_usedBundle = path; }

    // Runs the checks that need no one: the screen, the clock, the data and disk.
    void start();
    void startTouch();
    void playSentence();
    void answerSound(bool heard);
    void save();

    const SelfTestReport &report() const { return m_report; }
    QString resultText(const QString &key) const;
    TouchTargets *touchTargets() const { return m_targets; }
    // A key of the keypad has been seen (by its name in SelfTestChecks::keypadKeys()).
    bool keySeen(const QString &name) const { return m_keysSeen.contains(name); }
    QString savedText() const;

signals:
    void done();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildCheck(const QString &key, const QList<QWidget *> &controls);
    QList<QWidget *> buildKeys(); // a lamp a key
    void showCheck(const SelfTestReport::Check &check);
    void checkScreen();
    void keyPressed(int key);

    KioskSettings *m_settings;
    Catalogue *m_catalogue;
    StaffTasks *m_tasks;
    Speaker *m_speaker = nullptr;
    QString m_usedBundle;
    SelfTestReport m_report;
    QMap<QString, PlainLabel *> m_results;
    QMap<QString, PlainLabel *> m_keyLamps;
    QSet<QString> m_keysSeen;
    TouchTargets *m_targets = nullptr;
    QPushButton *m_heard;
    QPushButton *m_notHeard;
    PlainLabel *m_saved;
    bool m_played = false;
};
