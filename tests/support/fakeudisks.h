#pragma once

#include <QMutex>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QThread>

#include <memory>

class FakeUDisksService;

// A stand-in for UDisks2 on a private bus of its own (a dbus-daemon it starts and stops), for
// tests of the kiosk's mounting. It knows one USB stick, removable, with one filesystem that
// nobody has mounted, and one internal disk with an unmounted filesystem too. Mount "mounts"
// the stick on a folder the test chose (which already holds what the stick should hold) and
// answers with its path; Unmount forgets it. Every call is recorded. It answers on a thread
// of its own, so a caller that blocks on it does not block it.
class FakeUDisks
{
public:
    static const QString stickObject; // the stick's filesystem
    static const QString diskObject;  // the internal disk's filesystem

    FakeUDisks();
    ~FakeUDisks();
    FakeUDisks(const FakeUDisks &) = delete;
    FakeUDisks &operator=(const FakeUDisks &) = delete;

    // Starts the bus and, unless `serve` is false, the service on it.
    bool start(bool serve = true);
    QString address() const { return m_address; }
    QString error() const { return m_error; }

    // Where Mount puts the stick.
    void setMountDirectory(const QString &path);
    // As if a desktop had mounted the stick there; an empty path: not mounted.
    void setStickMountedAt(const QString &path);
    // Whether the stick is plugged in.
    void setStickPresent(bool present);
    // Mount answers with the error `name` (none: mounts), only for options that contain
    // `option` if one is given.
    void refuseMount(const QString &name, const QString &option = {});
    // A hung service: takes calls and never answers.
    void setSilent(bool silent);
    // "Mount OBJECT OPTIONS interactive=false" or "Unmount OBJECT report=yes|no" (whether
    // careers-kiosk-result.txt was in the mount folder then).
    QStringList calls() const;
    void clearCalls();

private:
    QProcess m_bus;
    QThread m_thread;
    std::unique_ptr<FakeUDisksService> m_service;
    QString m_address;
    QString m_error;
};
