#include "udisksdrives.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QFile>
#include <QMap>
#include <QVariantMap>

#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>

namespace
{

const QString service = QStringLiteral("org.freedesktop.UDisks2");
const QString managerPath = QStringLiteral("/org/freedesktop/UDisks2");
const QString blockInterface = QStringLiteral("org.freedesktop.UDisks2.Block");
const QString driveInterface = QStringLiteral("org.freedesktop.UDisks2.Drive");
const QString filesystemInterface = QStringLiteral("org.freedesktop.UDisks2.Filesystem");

using Interfaces = QMap<QString, QVariantMap>;
using ManagedObjects = QMap<QDBusObjectPath, Interfaces>;

QString testAddress;

// A service that let a call time out is left alone for a while: the staff screen looks for
// drives every two seconds, and each look would otherwise wait out the timeout again.
constexpr qint64 quietMsec = 30000;
std::atomic<qint64> quietUntil{0};

qint64 nowMsec()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

void registerTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        qDBusRegisterMetaType<QByteArrayList>();
        qDBusRegisterMetaType<Interfaces>();
        qDBusRegisterMetaType<ManagedObjects>();
    });
}

QDBusConnection bus()
{
    if (testAddress.isEmpty())
        return QDBusConnection::systemBus();
    // Named after the address: a test that switches buses gets a connection to the new one.
    return QDBusConnection::connectToBus(testAddress, QStringLiteral("udisks ") + testAddress);
}

// A method call that gives up after `timeoutMsec`. The answer is an error message when the
// call failed, with `error` saying why.
QDBusMessage call(const QDBusMessage &message, int timeoutMsec, QString *error)
{
    if (nowMsec() < quietUntil) {
        *error = QStringLiteral("UDisks2 did not answer a moment ago");
        return message.createErrorReply(QDBusError::NoReply, *error);
    }
    QDBusConnection connection = bus();
    if (!connection.isConnected()) {
        *error = QStringLiteral("no D-Bus system bus");
        return message.createErrorReply(QDBusError::Disconnected, *error);
    }
    const QDBusMessage reply = connection.call(message, QDBus::Block, timeoutMsec);
    if (reply.errorName() == QDBusError::errorString(QDBusError::NoReply) ||
        reply.errorName() == QDBusError::errorString(QDBusError::Timeout))
        quietUntil = nowMsec() + quietMsec;
    if (reply.type() != QDBusMessage::ReplyMessage)
        *error = reply.errorMessage().isEmpty() ? reply.errorName() : reply.errorMessage();
    return reply;
}

bool answered(const QDBusMessage &reply)
{
    return reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty();
}

// Worth trying again with fewer options: the mount itself failed, not the permission or the
// service.
bool mountFailed(const QDBusMessage &reply)
{
    const QString name = reply.errorName();
    return !name.startsWith(QLatin1String("org.freedesktop.DBus.Error")) &&
           !name.startsWith(QLatin1String("org.freedesktop.UDisks2.Error.NotAuthorized")) &&
           name != QLatin1String("org.freedesktop.UDisks2.Error.AlreadyMounted");
}

// Mount points are NUL-terminated byte strings; one with a NUL inside is not a path.
QStringList mountPointsOf(const QVariantMap &filesystem)
{
    QStringList points;
    for (QByteArray point :
         qdbus_cast<QByteArrayList>(filesystem.value(QStringLiteral("MountPoints")))) {
        if (point.endsWith('\0'))
            point.chop(1);
        if (!point.isEmpty() && !point.contains('\0'))
            points << QFile::decodeName(point);
    }
    return points;
}

// A stick or card reader on USB. Internal disks are never mounted by the kiosk, and devices
// UDisks2 marks as system or to be ignored (an EFI partition) are left alone as well.
bool isRemovableUsb(const Interfaces &block, const ManagedObjects &objects)
{
    const QVariantMap properties = block.value(blockInterface);
    if (properties.value(QStringLiteral("HintSystem")).toBool() ||
        properties.value(QStringLiteral("HintIgnore")).toBool())
        return false;
    const auto drivePath = qdbus_cast<QDBusObjectPath>(properties.value(QStringLiteral("Drive")));
    const QVariantMap drive = objects.value(drivePath).value(driveInterface);
    const bool removable = drive.value(QStringLiteral("Removable")).toBool() ||
                           drive.value(QStringLiteral("MediaRemovable")).toBool();
    return removable &&
           drive.value(QStringLiteral("ConnectionBus")).toString() == QLatin1String("usb");
}

QDBusMessage filesystemCall(const QString &object, const QString &method,
                            const QVariantMap &options)
{
    QDBusMessage message =
        QDBusMessage::createMethodCall(service, object, filesystemInterface, method);
    // No password dialogue can answer on a kiosk: polkit decides from its rules alone.
    QVariantMap withOptions = options;
    withOptions.insert(QStringLiteral("auth.no_user_interaction"), true);
    message << withOptions;
    return message;
}

} // namespace

void UDisksDrives::setBusAddressForTesting(const QString &address)
{
    testAddress = address;
    quietUntil = 0;
}

std::optional<QList<UDisksDrives::Filesystem>> UDisksDrives::removableFilesystems()
{
    registerTypes();
    const QDBusMessage message = QDBusMessage::createMethodCall(
        service, managerPath, QStringLiteral("org.freedesktop.DBus.ObjectManager"),
        QStringLiteral("GetManagedObjects"));
    const QDBusMessage reply = call(message, queryTimeoutMsec, &m_error);
    if (!answered(reply))
        return std::nullopt;
    const auto objects = qdbus_cast<ManagedObjects>(reply.arguments().first());
    QList<Filesystem> filesystems;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        if (it->contains(filesystemInterface) && isRemovableUsb(*it, objects))
            filesystems.append({it.key().path(), mountPointsOf(it->value(filesystemInterface))});
    }
    return filesystems;
}

QString UDisksDrives::mount(const QString &object)
{
    // Read-write, because the kiosk writes its result report and the counts to the stick;
    // nothing on the stick may run, act as a device or grant privileges. nosymfollow makes the
    // kernel refuse the stick's links too, on top of the kiosk's own checks; a filesystem
    // that cannot take it (a FUSE one) is mounted without it.
    for (const QString &options : {QStringLiteral("rw,nosuid,nodev,noexec,nosymfollow"),
                                   QStringLiteral("rw,nosuid,nodev,noexec")}) {
        const QDBusMessage reply = call(
            filesystemCall(object, QStringLiteral("Mount"), {{QStringLiteral("options"), options}}),
            mountTimeoutMsec, &m_error);
        if (answered(reply))
            return reply.arguments().first().toString();
        if (!mountFailed(reply))
            break;
    }
    return {};
}

bool UDisksDrives::unmount(const QString &object)
{
    const QDBusMessage reply =
        call(filesystemCall(object, QStringLiteral("Unmount"), {}), mountTimeoutMsec, &m_error);
    return reply.type() == QDBusMessage::ReplyMessage;
}
