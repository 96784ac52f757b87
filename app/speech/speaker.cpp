#include "speaker.h"

Speaker::~Speaker() = default;
