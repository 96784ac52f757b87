#pragma once

#include <QString>

// Links and FIFOs for the tests that play a hostile USB stick or a damaged data folder. Both
// return false where the platform has no such files, and the tests then skip those cases.
namespace SpecialFiles
{

bool makeLink(const QString &target, const QString &link);
bool makeFifo(const QString &path);

} // namespace SpecialFiles
