#pragma once

#include <QString>

// A small tmpfs mounted on a folder for one test, so that a disk can be made full or read-only
// for real: chmod stops nobody when the tests run as root, as they do in CI. Needs root on
// Linux; available() says whether it can be used, and a test skips with a message otherwise.
class ScratchMount
{
public:
    static bool available();

    // `source` is what the mount table shows as the device: a test names a /dev/ node there to
    // stand in for a stick's partition (see RemovableDisk::setSysRootForTesting).
    ScratchMount(const QString &path, int kilobytes, const QString &source = "tmpfs");
    ~ScratchMount();
    ScratchMount(const ScratchMount &) = delete;
    ScratchMount &operator=(const ScratchMount &) = delete;

    bool isMounted() const { return m_mounted; }
    QString path() const { return m_path; }
    bool makeReadOnly();
    bool makeWritable();
    // Writes a filler file until the disk has no room left.
    bool fill();

private:
    bool run(const QStringList &arguments);

    QString m_path;
    bool m_mounted = false;
};
