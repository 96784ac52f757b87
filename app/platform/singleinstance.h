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

    // True when this process is the kiosk; false only when another one is running (and was
    // asked to come to the front). A folder where no lock can be made (read-only, full) does
    // not stop the kiosk: it runs without the lock, and lockProblem() says why.
    bool claim();
    QString lockProblem() const { return m_lockProblem; }

signals:
    void activationRequested();

private:
    bool askRunningInstance();
    bool takeOverStaleLock();

    QString m_name;
    QString m_lockProblem;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
};
