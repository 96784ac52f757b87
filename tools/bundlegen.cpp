// Build-time tool: the same builder as `careers-kiosk --build-bundle`, without the GUI.
#include "commandline.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        err << "usage: kiosk-bundlegen SOURCE_DIR OUTPUT\n";
        return 2;
    }
    CommandLine cli({arguments.at(0), QStringLiteral("--build-bundle"), arguments.at(1),
                     QStringLiteral("--output"), arguments.at(2)});
    return cli.runCommand(out, err);
}
