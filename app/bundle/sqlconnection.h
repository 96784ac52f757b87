#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// One QSqlDatabase connection with a name of its own, closed and removed when it goes out of
// scope, so that several stores and bundles can be open at once and none leaks.
class SqlConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    SqlConnection(const QString &path, Mode mode);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    bool isOpen() const;
    QString errorText() const { return m_error; }
    QSqlDatabase database() const;

    // Runs one statement; on failure keeps its error for errorText() and lastError().
    bool exec(const QString &sql);
    QSqlError lastError() const { return m_lastError; }

    // For a file from outside, even one already checked: code in its schema never runs, no
    // memory map, nothing written, a small page cache. False, with lastError(), when SQLite
    // refuses a setting (some make it read the schema, which may be damaged).
    bool applyUntrustedFileSettings();

private:
    QString m_name;
    QString m_error;
    QSqlError m_lastError;
};
