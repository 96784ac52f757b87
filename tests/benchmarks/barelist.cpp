// The reference that the kiosk's start-up and memory are measured against: what a plain Qt
// program needs to show the same jobs from the same SQLite file full screen, with nothing of
// the kiosk's own. `packaging/kiosk bench` runs it and the kiosk alternately.
#include "firstpaint.h"
#include "processmemory.h"

#include <QApplication>
#include <QListView>
#include <QScreen>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringListModel>

#include <cstdio>

namespace
{

QStringList readJobs(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QStringList rows;
    if (!db.open())
        return rows;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT title, location, closing_date FROM jobs "
                              "ORDER BY closing_date, title"));
    while (query.next())
        rows << query.value(0).toString() + QStringLiteral(" · ") + query.value(1).toString() +
                    QStringLiteral(" · closes ") + query.value(2).toString();
    return rows;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: bare-qt-list BUNDLE\n", stderr);
        return 2;
    }
    const QStringList rows = readJobs(QString::fromLocal8Bit(argv[1]));
    if (rows.isEmpty()) {
        std::fputs("bare-qt-list: no jobs read\n", stderr);
        return 1;
    }
    QStringListModel model(rows);
    QListView view;
    view.setModel(&model);
    new FirstPaint(view.viewport());
    // Shown as the kiosk shows itself: frameless, on top, over the screen's whole geometry.
    view.setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    view.setGeometry(view.screen()->geometry());
    view.showFullScreen();
    const int exitCode = app.exec();
    // Its own peak, where Linux tells it, for a test that has no GNU time to read it with.
    if (const qint64 peak = ProcessMemory::peakKb(); peak >= 0)
        std::printf("peak %lld\n", static_cast<long long>(peak));
    return exitCode;
}
