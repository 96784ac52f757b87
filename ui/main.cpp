#include "catalogue.h"
#include "commandline.h"
#include "importer.h"
#include "kioskwindow.h"

#include <QApplication>
#include <QScreen>

namespace
{

const QString defaultBundle = QStringLiteral(":/careers-kiosk/default.kioskbundle");

int runCommand(int argc, char *argv[], CommandLine &cli)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cli.runCommand(out, err);
}

int runKiosk(int argc, char *argv[], const CommandLine &cli)
{
    QApplication app(argc, argv);
    const QString dataDir = cli.dataDir();
    Importer importer(dataDir);
    if (!importer.syncDefault(defaultBundle))
        qWarning("careers-kiosk: %s", qPrintable(importer.error()));
    Catalogue catalogue(dataDir);
    if (!catalogue.loadContent(QDate::currentDate())) {
        qCritical("careers-kiosk: cannot open the job data: %s", qPrintable(catalogue.error()));
        return 1;
    }
    KioskWindow::Options options;
    options.idleMsec = cli.idleSeconds() * 1000;
    KioskWindow window(&catalogue, options);
    if (cli.quitAfterFirstFrame())
        window.quitAfterFirstFrame();
    // The attract screen needs no vacancies: it is painted first, the list is read next.
    QObject::connect(&window, &KioskWindow::firstFrameShown, &catalogue, &Catalogue::loadJobs);
    if (cli.windowed()) {
        window.resize(1280, 720);
        window.show();
    } else {
        // With no window manager, showFullScreen() alone leaves a small window in a corner.
        window.setGeometry(window.screen()->geometry());
        window.showFullScreen();
    }
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("careers-kiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    CommandLine cli(arguments);
    return cli.isCommand() ? runCommand(argc, argv, cli) : runKiosk(argc, argv, cli);
}
