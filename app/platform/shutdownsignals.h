#pragma once

#include <QObject>

// Turns the operating system's requests to stop (SIGTERM from `systemctl stop` or a shutdown,
// SIGINT, SIGHUP from a closed session; a console close or log-off on Windows) into a Qt
// signal on the thread that created this object, so the kiosk stops through its event loop:
// it logs the stop, tells the service manager and records a clean end. Only a real crash, a
// kill -9 or a hang then counts towards the crash back-off.
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

    // False when the handlers could not be installed; error() says why.
    bool isWatching() const { return m_watching; }
    QString error() const { return m_error; }

signals:
    // `name` is the signal's name ("SIGTERM") or the Windows event's.
    void stopRequested(const QString &name);

private:
    bool m_watching = false;
    QString m_error;
};
