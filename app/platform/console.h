#pragma once

// Where a command's output goes. On Windows the kiosk is a GUI program (no console window
// opens behind the kiosk), so a command run from a terminal attaches to that terminal's console
// to print its help, results and errors. Elsewhere standard output is always there.
class Console
{
public:
    // Returns whether standard output and error now reach a console or a pipe.
    static bool attachToParent();
};
