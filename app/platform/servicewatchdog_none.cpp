#include "servicewatchdog.h"

// Windows and macOS restart the kiosk through their own means (see README.md); there is no
// notify protocol to speak.
ServiceWatchdog::ServiceWatchdog(QObject *parent) : QObject(parent) {}

bool ServiceWatchdog::isSupervised() const
{
    return false;
}

void ServiceWatchdog::start() {}

bool ServiceWatchdog::notify(const QByteArray &)
{
    return false;
}
