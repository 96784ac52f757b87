#include "displaypower.h"

// Windows and macOS give an application no supported way to switch one display off and back
// on at a set time (a broadcast "monitor off" turns every display off until any input, and is
// not reliable on modern drivers): the closed screen is dimmed instead.
void DisplayPower::choose(const QString &platform, const QProcessEnvironment &environment)
{
    Q_UNUSED(environment);
    m_how = QStringLiteral("on %1 the kiosk dims the screen but does not switch the display off: "
                           "use the display's own schedule or the power plan")
                .arg(platform);
}
