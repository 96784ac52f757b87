#include "servicewatchdog.h"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

ServiceWatchdog::ServiceWatchdog(QObject *parent) : QObject(parent)
{
    const qint64 usec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong();
    m_timer.setInterval(usec > 0 ? int(qMax<qint64>(1, usec / 2000)) : 0);
    connect(&m_timer, &QTimer::timeout, this, [this] { notify("WATCHDOG=1"); });
}

bool ServiceWatchdog::isSupervised() const
{
    return !qEnvironmentVariableIsEmpty("NOTIFY_SOCKET");
}

void ServiceWatchdog::start()
{
    if (!isSupervised())
        return;
    notify("READY=1");
    if (m_timer.interval() > 0)
        m_timer.start();
}

bool ServiceWatchdog::notify(const QByteArray &state)
{
    QByteArray path = qgetenv("NOTIFY_SOCKET");
    sockaddr_un address{};
    if (path.isEmpty() || size_t(path.size()) >= sizeof(address.sun_path))
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    if (address.sun_path[0] == '@')
        address.sun_path[0] = '\0'; // an abstract socket
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const socklen_t length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(path.size()));
    const bool sent = ::sendto(fd, state.constData(), size_t(state.size()), MSG_NOSIGNAL,
                               reinterpret_cast<sockaddr *>(&address), length) == state.size();
    ::close(fd);
    return sent;
}
