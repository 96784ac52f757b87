#include "displaypower.h"

void DisplayPower::choose(const QString &platform, const QProcessEnvironment &environment)
{
    // The kiosk session's script knows its compositor and outputs; it is asked first.
    const QString script = environment.value(QStringLiteral("CAREERS_KIOSK_DISPLAY_POWER"));
    if (!script.isEmpty()) {
        m_program = script;
        m_off = {QStringLiteral("display"), QStringLiteral("off")};
        m_on = {QStringLiteral("display"), QStringLiteral("on")};
        m_how = QStringLiteral("through the kiosk session's script (%1)").arg(script);
        return;
    }
    if (platform == QLatin1String("xcb") &&
        !environment.value(QStringLiteral("DISPLAY")).isEmpty()) {
        m_program = QStringLiteral("xset");
        m_off = {QStringLiteral("dpms"), QStringLiteral("force"), QStringLiteral("off")};
        m_on = {QStringLiteral("dpms"), QStringLiteral("force"), QStringLiteral("on")};
        m_how = QStringLiteral("by X11 DPMS (xset)");
        return;
    }
    m_how = QStringLiteral("this session (%1) lets the kiosk dim the screen but not switch the "
                           "display off")
                .arg(platform);
}
