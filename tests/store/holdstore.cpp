// A second process that holds the live store open, as a running kiosk in the middle of a
// visitor's session does, until its standard input closes.
#include "jobstore.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    JobStore store(QString::fromLocal8Bit(argv[1]));
    if (!store.open())
        return 1;
    std::puts("open");
    std::fflush(stdout);
    QFile input;
    if (input.open(stdin, QIODevice::ReadOnly))
        input.readAll(); // returns when the test closes the pipe
    return 0;
}
