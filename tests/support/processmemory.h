#pragma once

#include <QtGlobal>

// This process's memory as Linux reports it in /proc/self/status, in KB; -1 elsewhere.
namespace ProcessMemory
{

qint64 residentKb(); // VmRSS: now
qint64 peakKb();     // VmHWM: the most it ever was

} // namespace ProcessMemory
