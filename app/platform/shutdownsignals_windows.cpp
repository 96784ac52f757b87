#include "shutdownsignals.h"

#include <QMetaObject>
#include <QPointer>

#include <windows.h>

namespace
{

// The console handler runs on a thread of its own; the request is queued to the object's
// thread. A session end in a GUI application arrives as QGuiApplication::commitDataRequest,
// which the shell connects to the same clean stop.
QPointer<ShutdownSignals> target;

BOOL WINAPI onConsoleEvent(DWORD type)
{
    const char *name = type == CTRL_C_EVENT          ? "CTRL_C"
                       : type == CTRL_BREAK_EVENT    ? "CTRL_BREAK"
                       : type == CTRL_CLOSE_EVENT    ? "CTRL_CLOSE"
                       : type == CTRL_LOGOFF_EVENT   ? "CTRL_LOGOFF"
                       : type == CTRL_SHUTDOWN_EVENT ? "CTRL_SHUTDOWN"
                                                     : nullptr;
    if (!name || !target)
        return FALSE;
    QMetaObject::invokeMethod(target, "stopRequested", Qt::QueuedConnection,
                              Q_ARG(QString, QString::fromLatin1(name)));
    return TRUE;
}

} // namespace

ShutdownSignals::ShutdownSignals(QObject *parent) : QObject(parent)
{
    target = this;
    m_watching = SetConsoleCtrlHandler(onConsoleEvent, TRUE) != 0;
    if (!m_watching)
        m_error = QStringLiteral("SetConsoleCtrlHandler failed with error %1").arg(GetLastError());
}

ShutdownSignals::~ShutdownSignals()
{
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    target = nullptr;
}
