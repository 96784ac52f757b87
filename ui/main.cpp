#include "commandline.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("careers-kiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    CommandLine cli(arguments);
    if (cli.isCommand()) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return cli.runCommand(out, err);
    }
    QApplication app(argc, argv);
    return app.exec();
}
