#include "shutdownsignals.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace
{

// The handler may only do async-signal-safe work: it writes the signal's number into a
// socket, and a notifier reads it back on the event loop.
int pipeFds[2] = {-1, -1};
constexpr int watched[] = {SIGTERM, SIGINT, SIGHUP};

void onSignal(int number)
{
    const int saved = errno;
    const char byte = char(number);
    [[maybe_unused]] const ssize_t written = ::write(pipeFds[0], &byte, 1);
    errno = saved;
}

QString nameOf(int number)
{
    switch (number) {
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    case SIGINT:
        return QStringLiteral("SIGINT");
    case SIGHUP:
        return QStringLiteral("SIGHUP");
    default:
        return QStringLiteral("signal %1").arg(number);
    }
}

bool install(void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int number : watched) {
        if (::sigaction(number, &action, nullptr) != 0)
            return false;
    }
    return true;
}

} // namespace

ShutdownSignals::ShutdownSignals(QObject *parent) : QObject(parent)
{
    if (pipeFds[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pipeFds) != 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return;
    }
    ::fcntl(pipeFds[0], F_SETFL, O_NONBLOCK); // a flood of signals must not block the handler
    auto *notifier = new QSocketNotifier(pipeFds[1], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(pipeFds[1], &byte, 1) == 1)
            emit stopRequested(nameOf(int(byte)));
    });
    m_watching = install(onSignal);
    if (!m_watching)
        m_error = QString::fromLocal8Bit(std::strerror(errno));
}

ShutdownSignals::~ShutdownSignals()
{
    install(SIG_DFL);
}
