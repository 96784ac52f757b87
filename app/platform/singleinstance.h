#pragma once

#include <QLockFile>
#include <QObject>

class QLocalServer;

// One kiosk per data folder. The first launch holds a lock and listens; a second launch finds
// the lock, asks the first to come to the front, and exits.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when this process is the kiosk; false when another one is running (and was asked
    // to come to the front).
    bool claim();

signals:
    void activationRequested();

private:
    bool askRunningInstance();

    QString m_name;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
};
