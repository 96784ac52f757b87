#include "console.h"

#include <cstdio>
#include <windows.h>

bool Console::attachToParent()
{
    // Output redirected to a file or a pipe already has somewhere to go.
    if (GetFileType(GetStdHandle(STD_OUTPUT_HANDLE)) != FILE_TYPE_UNKNOWN)
        return true;
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return false;
    FILE *ignored = nullptr;
    freopen_s(&ignored, "CONOUT$", "w", stdout);
    freopen_s(&ignored, "CONOUT$", "w", stderr);
    freopen_s(&ignored, "CONIN$", "r", stdin);
    return true;
}
