#include "scratchmount.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#if defined(Q_OS_LINUX)
#include <unistd.h>
#endif

bool ScratchMount::available()
{
#if defined(Q_OS_LINUX)
    return ::geteuid() == 0;
#else
    return false;
#endif
}

ScratchMount::ScratchMount(const QString &path, int kilobytes, const QString &source) : m_path(path)
{
    QDir().mkpath(path);
    if (available())
        m_mounted =
            run({"-t", "tmpfs", "-o", QStringLiteral("size=%1k").arg(kilobytes), source, path});
}

ScratchMount::~ScratchMount()
{
    if (m_mounted)
        QProcess::execute("umount", {"-l", m_path});
}

bool ScratchMount::run(const QStringList &arguments)
{
    QProcess mount;
    mount.start("mount", arguments);
    return mount.waitForFinished(10000) && mount.exitStatus() == QProcess::NormalExit &&
           mount.exitCode() == 0;
}

bool ScratchMount::makeReadOnly()
{
    return m_mounted && run({"-o", "remount,ro", m_path});
}

bool ScratchMount::makeWritable()
{
    return m_mounted && run({"-o", "remount,rw", m_path});
}

bool ScratchMount::fill()
{
    QFile filler(QDir(m_path).filePath("filler"));
    if (!filler.open(QIODevice::WriteOnly))
        return false;
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    return true;
}
