#include "console.h"

bool Console::attachToParent()
{
    return true;
}
