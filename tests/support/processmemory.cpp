#include "processmemory.h"

#include <QByteArray>
#include <QFile>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace
{

qint64 statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

qint64 ProcessMemory::residentKb()
{
    return statusKb("VmRSS:");
}

qint64 ProcessMemory::peakKb()
{
    return statusKb("VmHWM:");
}

bool ProcessMemory::resetPeak()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
    // Linux: writing 5 to clear_refs sets VmHWM to the present VmRSS.
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}
