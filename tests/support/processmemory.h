#pragma once

#include <QtGlobal>

// This process's memory as Linux reports it in /proc/self/status, in KB; -1 elsewhere.
namespace ProcessMemory
{

qint64 residentKb(); // VmRSS: now
qint64 peakKb();     // VmHWM: the most it ever was
// Gives freed heap back to the system and starts the peak again from what is resident now,
// so that the next peakKb() is what the work in between needed. False where it cannot.
bool resetPeak();

} // namespace ProcessMemory
