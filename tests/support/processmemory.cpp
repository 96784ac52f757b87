#include "processmemory.h"

#include <QByteArray>
#include <QFile>

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
