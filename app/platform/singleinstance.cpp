#include "singleinstance.h"

#include "datafolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSysInfo>

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent), m_lock(DataFolder(dataDir).filePath(DataFolder::File::InstanceLock))
{
    // A link or FIFO left where the lock belongs is set aside; a lock file is left as it is.
    DataFolder(dataDir).prepareFile(DataFolder::File::InstanceLock);
    const QByteArray folder = QDir(dataDir).absolutePath().toUtf8();
    m_name = QStringLiteral("careers-kiosk-") +
             QString::fromLatin1(
                 QCryptographicHash::hash(folder, QCryptographicHash::Sha256).toHex().left(16));
    m_lock.setStaleLockTime(0); // a lock whose process is gone is stale at once
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

bool SingleInstance::claim()
{
    if (!m_lock.tryLock(200) && m_lock.error() == QLockFile::LockFailedError &&
        !takeOverStaleLock())
        return false; // another kiosk holds the lock, and was asked to come to the front
    if (!m_lock.isLocked()) {
        // No lock file can be made here; a kiosk already running would still answer.
        if (askRunningInstance())
            return false;
        m_lockProblem = QStringLiteral("no lock file can be made in the data folder (error %1)")
                            .arg(int(m_lock.error()));
    }
    QLocalServer::removeServer(m_name); // left behind by a crash; we hold the lock
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().startsWith("activate"))
                    emit activationRequested();
                socket->disconnectFromServer();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    m_server->listen(m_name);
    return true;
}

bool SingleInstance::takeOverStaleLock()
{
    // Qt sees a lock as stale only when its process is gone from this machine. A lock copied
    // from another kiosk, or one that cannot be read, would otherwise keep this kiosk from
    // ever starting; a kiosk that holds its lock answers on its socket.
    if (askRunningInstance())
        return false;
    qint64 pid = 0;
    QString host;
    QString application;
    if (m_lock.getLockInfo(&pid, &host, &application) && host == QSysInfo::machineHostName())
        return false;
    m_lockProblem = QStringLiteral("took over a lock left by %1 on %2")
                        .arg(pid)
                        .arg(host.isEmpty() ? QStringLiteral("an unknown machine") : host);
    return m_lock.removeStaleLockFile() && m_lock.tryLock(200);
}

bool SingleInstance::askRunningInstance()
{
    QLocalSocket socket;
    for (int attempt = 0; attempt < 10; ++attempt) {
        socket.connectToServer(m_name);
        if (socket.waitForConnected(300)) {
            socket.write("activate\n");
            socket.waitForBytesWritten(1000);
            socket.waitForDisconnected(1000);
            return true;
        }
    }
    return false;
}
