#include "screensaverinhibitor.h"

#include <windows.h>

ScreenSaverInhibitor::ScreenSaverInhibitor() = default;

ScreenSaverInhibitor::~ScreenSaverInhibitor()
{
    release();
}

bool ScreenSaverInhibitor::inhibit(const QString &)
{
    m_active =
        SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED) != 0;
    if (!m_active)
        m_error = QStringLiteral("SetThreadExecutionState failed");
    return m_active;
}

void ScreenSaverInhibitor::release()
{
    if (m_active)
        SetThreadExecutionState(ES_CONTINUOUS);
    m_active = false;
}
