#pragma once

#include <QSqlDatabase>
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

    // Runs one statement; on failure keeps its error for errorText().
    bool exec(const QString &sql);

private:
    QString m_name;
    QString m_error;
};
