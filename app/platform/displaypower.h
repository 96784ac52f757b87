#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

// Switches the display off while the kiosk is closed, and on again at opening or at a touch,
// where the platform lets an application do it. One command each way, started without waiting
// (a display that is slow to answer never holds the screen up):
// - the kiosk session under cage: its session script, which the script names in
//   CAREERS_KIOSK_DISPLAY_POWER ("SCRIPT display off|on", through wlopm or wlr-randr);
// - an X11 session: DPMS, `xset dpms force off|on` (X wakes the display by itself at a touch);
// - elsewhere (another Wayland compositor, Windows, macOS): nothing; the closed screen is
//   dimmed to near black and the display's own schedule or the power plan does the rest.
class DisplayPower
{
public:
    // Starts `program` with `arguments`; true when it started.
    using Runner = std::function<bool(const QString &program, const QStringList &arguments)>;

    // `platform` is the Qt platform plugin's name: xcb, wayland, windows, cocoa, offscreen…
    explicit DisplayPower(const QString &platform, const QProcessEnvironment &environment =
                                                       QProcessEnvironment::systemEnvironment());

    bool canSwitch() const { return !m_program.isEmpty(); }
    // How it switches, or why it cannot, in words for the log and the self-test.
    QString how() const { return m_how; }
    // False when it cannot switch here or the command did not start; `error` says which.
    bool setOn(bool on, QString *error = nullptr);
    // The command setOn() starts, for tests and the log; empty when it cannot switch.
    QStringList command(bool on) const;
    void setRunnerForTesting(const Runner &runner) { m_run = runner; }

private:
    // Per platform: the program, the arguments that follow it for off and on, and how().
    void choose(const QString &platform, const QProcessEnvironment &environment);

    QString m_program;
    QStringList m_off;
    QStringList m_on;
    QString m_how;
    Runner m_run;
};
