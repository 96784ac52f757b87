// Build-time tool: the same builder as `careers-kiosk --build-bundle`, linking only the bundle
// library, so that the default bundle does not wait for the rest of the program to build.
#include "bundlebuilder.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        err << "usage: kiosk-bundlegen SOURCE_DIR OUTPUT\n";
        return 2;
    }
    BundleBuilder builder;
    if (!builder.readDirectory(arguments.at(1)) || !builder.write(arguments.at(2))) {
        err << "kiosk-bundlegen: " << builder.error() << "\n";
        return 1;
    }
    return 0;
}
