#include "screensaverinhibitor.h"

#include <IOKit/pwr_mgt/IOPMLib.h>

ScreenSaverInhibitor::ScreenSaverInhibitor() = default;

ScreenSaverInhibitor::~ScreenSaverInhibitor()
{
    release();
}

bool ScreenSaverInhibitor::inhibit(const QString &reason)
{
    IOPMAssertionID id = 0;
    const CFStringRef name = reason.toCFString();
    const IOReturn result = IOPMAssertionCreateWithName(kIOPMAssertionTypeNoDisplaySleep,
                                                        kIOPMAssertionLevelOn, name, &id);
    CFRelease(name);
    m_active = result == kIOReturnSuccess;
    m_cookie = id;
    if (!m_active)
        m_error = QStringLiteral("IOPMAssertionCreateWithName failed");
    return m_active;
}

void ScreenSaverInhibitor::release()
{
    if (m_active)
        IOPMAssertionRelease(IOPMAssertionID(m_cookie));
    m_active = false;
}
