#include "fakeudisks.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVirtualObject>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QStandardPaths>
#include <QVariantMap>

namespace
{

using Interfaces = QMap<QString, QVariantMap>;
using ManagedObjects = QMap<QDBusObjectPath, Interfaces>;

const QString root = QStringLiteral("/org/freedesktop/UDisks2");
const QString stickDrive = root + QStringLiteral("/drives/Stick");
const QString diskDrive = root + QStringLiteral("/drives/Disk");
const QString stickWhole = root + QStringLiteral("/block_devices/sdb");

QVariantMap drive(bool removable, const QString &bus)
{
    return {{"Removable", removable}, {"MediaRemovable", false}, {"ConnectionBus", bus}};
}

QVariantMap block(const QString &drivePath)
{
    return {{"Drive", QVariant::fromValue(QDBusObjectPath(drivePath))},
            {"HintSystem", false},
            {"HintIgnore", false}};
}

// As UDisks2 gives them: byte strings with their terminating NUL.
QVariantMap filesystem(const QString &mountPoint)
{
    QByteArrayList points;
    if (!mountPoint.isEmpty())
        points << QFile::encodeName(mountPoint) + '\0';
    return {{"MountPoints", QVariant::fromValue(points)}};
}

} // namespace

const QString FakeUDisks::stickObject = root + QStringLiteral("/block_devices/sdb1");
const QString FakeUDisks::diskObject = root + QStringLiteral("/block_devices/sda1");

// Serves every path below /org/freedesktop/UDisks2; replies are sent by hand, so that a
// silent service can leave a caller waiting.
class FakeUDisksService : public QDBusVirtualObject
{
public:
    mutable QMutex mutex;
    QString mountDirectory;
    QString stickMountPoint;
    bool stickPresent = true;
    bool silent = false;
    QString refusal;
    QString refusedOption;
    QStringList calls;

    QString introspect(const QString &) const override { return {}; }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        QMutexLocker lock(&mutex);
        if (silent)
            return true;
        QDBusConnection(connection).send(answer(message));
        return true;
    }

private:
    QDBusMessage answer(const QDBusMessage &message)
    {
        const QString member = message.member();
        if (member == QLatin1String("GetManagedObjects") && message.path() == root)
            return message.createReply(QVariant::fromValue(managedObjects()));
        if (member == QLatin1String("Mount"))
            return mount(message);
        if (member == QLatin1String("Unmount"))
            return unmount(message);
        return message.createErrorReply(QDBusError::UnknownMethod, member);
    }

    ManagedObjects managedObjects() const
    {
        ManagedObjects objects;
        objects[QDBusObjectPath(diskDrive)] = {{"org.freedesktop.UDisks2.Drive", drive(false, {})}};
        objects[QDBusObjectPath(FakeUDisks::diskObject)] = {
            {"org.freedesktop.UDisks2.Block", block(diskDrive)},
            {"org.freedesktop.UDisks2.Filesystem", filesystem({})}};
        if (!stickPresent)
            return objects;
        objects[QDBusObjectPath(stickDrive)] = {
            {"org.freedesktop.UDisks2.Drive", drive(true, QStringLiteral("usb"))}};
        // The whole stick, partitioned: a block device with no filesystem of its own.
        objects[QDBusObjectPath(stickWhole)] = {
            {"org.freedesktop.UDisks2.Block", block(stickDrive)}};
        objects[QDBusObjectPath(FakeUDisks::stickObject)] = {
            {"org.freedesktop.UDisks2.Block", block(stickDrive)},
            {"org.freedesktop.UDisks2.Filesystem", filesystem(stickMountPoint)}};
        return objects;
    }

    static QVariantMap options(const QDBusMessage &message)
    {
        return qdbus_cast<QVariantMap>(message.arguments().value(0));
    }

    QDBusMessage mount(const QDBusMessage &message)
    {
        const QVariantMap given = options(message);
        calls << QStringLiteral("Mount %1 %2 interactive=%3")
                     .arg(message.path(), given.value("options").toString(),
                          given.value("auth.no_user_interaction").toBool() ? "false" : "true");
        if (message.path() != FakeUDisks::stickObject || !stickPresent)
            return message.createErrorReply("org.freedesktop.UDisks2.Error.NotAuthorized", "no");
        if (!refusal.isEmpty() && given.value("options").toString().contains(refusedOption))
            return message.createErrorReply(refusal, "refused");
        if (!stickMountPoint.isEmpty())
            return message.createErrorReply("org.freedesktop.UDisks2.Error.AlreadyMounted", "");
        stickMountPoint = mountDirectory;
        return message.createReply(mountDirectory);
    }

    QDBusMessage unmount(const QDBusMessage &message)
    {
        const bool report =
            !stickMountPoint.isEmpty() &&
            QFileInfo::exists(QDir(stickMountPoint).filePath("careers-kiosk-result.txt"));
        calls << QStringLiteral("Unmount %1 report=%2").arg(message.path(), report ? "yes" : "no");
        if (message.path() != FakeUDisks::stickObject || stickMountPoint.isEmpty())
            return message.createErrorReply("org.freedesktop.UDisks2.Error.NotMounted", "no");
        stickMountPoint.clear();
        return message.createReply();
    }
};

FakeUDisks::FakeUDisks() : m_service(std::make_unique<FakeUDisksService>())
{
    qDBusRegisterMetaType<QByteArrayList>();
    qDBusRegisterMetaType<Interfaces>();
    qDBusRegisterMetaType<ManagedObjects>();
}

FakeUDisks::~FakeUDisks()
{
    if (!m_address.isEmpty())
        QDBusConnection::disconnectFromBus(QStringLiteral("fake udisks ") + m_address);
    m_thread.quit();
    m_thread.wait();
    m_bus.kill();
    m_bus.waitForFinished();
}

bool FakeUDisks::start(bool serve)
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty()) {
        m_error = QStringLiteral("dbus-daemon is not installed");
        return false;
    }
    m_bus.start(daemon, {"--session", "--nofork", "--nopidfile", "--print-address"});
    if (!m_bus.waitForReadyRead(10000)) {
        m_error = QStringLiteral("dbus-daemon did not start");
        return false;
    }
    m_address = QString::fromUtf8(m_bus.readLine().trimmed());
    if (!serve)
        return true;
    QDBusConnection bus =
        QDBusConnection::connectToBus(m_address, QStringLiteral("fake udisks ") + m_address);
    if (!bus.registerVirtualObject(root, m_service.get(), QDBusConnection::SubPath) ||
        !bus.registerService(QStringLiteral("org.freedesktop.UDisks2"))) {
        m_error = bus.lastError().message();
        return false;
    }
    // Registered first: the connection gives the object a helper child, made in this thread.
    m_service->moveToThread(&m_thread);
    m_thread.start();
    return true;
}

void FakeUDisks::setMountDirectory(const QString &path)
{
    QMutexLocker lock(&m_service->mutex);
    m_service->mountDirectory = path;
}

void FakeUDisks::setStickMountedAt(const QString &path)
{
    QMutexLocker lock(&m_service->mutex);
    m_service->stickMountPoint = path;
}

void FakeUDisks::setStickPresent(bool present)
{
    QMutexLocker lock(&m_service->mutex);
    m_service->stickPresent = present;
    if (!present)
        m_service->stickMountPoint.clear(); // pulled out: the kernel drops the mount
}

void FakeUDisks::refuseMount(const QString &name, const QString &option)
{
    QMutexLocker lock(&m_service->mutex);
    m_service->refusal = name;
    m_service->refusedOption = option;
}

void FakeUDisks::setSilent(bool silent)
{
    QMutexLocker lock(&m_service->mutex);
    m_service->silent = silent;
}

QStringList FakeUDisks::calls() const
{
    QMutexLocker lock(&m_service->mutex);
    return m_service->calls;
}

void FakeUDisks::clearCalls()
{
    QMutexLocker lock(&m_service->mutex);
    m_service->calls.clear();
}
