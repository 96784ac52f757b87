#include "screensaverinhibitor.h"

#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>

namespace
{
const QString service = QStringLiteral("org.freedesktop.ScreenSaver");
const QString path = QStringLiteral("/org/freedesktop/ScreenSaver");
} // namespace

ScreenSaverInhibitor::ScreenSaverInhibitor() = default;

ScreenSaverInhibitor::~ScreenSaverInhibitor()
{
    release();
}

bool ScreenSaverInhibitor::inhibit(const QString &reason)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        m_error = QStringLiteral("no session bus");
        return false;
    }
    QDBusInterface saver(service, path, service, bus);
    const QDBusReply<quint32> reply =
        saver.call(QStringLiteral("Inhibit"), QStringLiteral("careers-kiosk"), reason);
    if (!reply.isValid()) {
        m_error = reply.error().message();
        return false;
    }
    m_cookie = reply.value();
    m_active = true;
    return true;
}

void ScreenSaverInhibitor::release()
{
    if (!m_active)
        return;
    QDBusInterface saver(service, path, service, QDBusConnection::sessionBus());
    saver.call(QStringLiteral("UnInhibit"), m_cookie);
    m_active = false;
}
