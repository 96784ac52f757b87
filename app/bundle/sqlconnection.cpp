#include "sqlconnection.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>

namespace
{
QAtomicInt counter;
}

SqlConnection::SqlConnection(const QString &path, Mode mode)
    : m_name(QStringLiteral("kiosk-%1").arg(counter.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        m_error = db.lastError().text();
}

SqlConnection::~SqlConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool SqlConnection::isOpen() const
{
    return QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase SqlConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool SqlConnection::exec(const QString &sql)
{
    QSqlQuery query(database());
    if (query.exec(sql))
        return true;
    m_lastError = query.lastError();
    m_error = m_lastError.text();
    return false;
}

bool SqlConnection::applyUntrustedFileSettings()
{
    // CHECK constraints are code from the file, and quick_check would run them; every value is
    // checked in C++ instead.
    for (const char *pragma :
         {"trusted_schema=OFF", "cell_size_check=ON", "mmap_size=0", "query_only=ON",
          "ignore_check_constraints=ON", "cache_size=-2048"}) {
        if (!exec(QStringLiteral("PRAGMA ") + QLatin1String(pragma)))
            return false;
    }
    return true;
}
