#include "joblistreader.h"

#include <QSqlDriver>
#include <sqlite3.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace
{

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

std::string_view textAt(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(statement, column)))
                : std::string_view();
}

QString stringAt(sqlite3_stmt *statement, int column)
{
    const std::string_view text = textAt(statement, column);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// yyyy-mm-dd, as the validator lets a closing date in.
QDate dateAt(sqlite3_stmt *statement, int column)
{
    const std::string_view text = textAt(statement, column);
    if (text.size() != 10)
        return {};
    const auto number = [&text](size_t from, size_t length) {
        int value = 0;
        for (size_t i = from; i < from + length; ++i)
            value = value * 10 + (text[i] - '0');
        return value;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

// One string for each distinct value of a column.
class Shared
{
public:
    QString at(sqlite3_stmt *statement, int column)
    {
        const std::string_view text = textAt(statement, column);
        auto it = m_strings.find(text);
        if (it == m_strings.end())
            it = m_strings.emplace(std::string(text), stringAt(statement, column)).first;
        return it->second;
    }

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view>{}(text);
        }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_strings;
};

} // namespace

bool JobListReader::read(const QSqlDatabase &db, const QString &sql, const QString &today,
                         QList<Job> *jobs, QString *error)
{
    sqlite3 *handle = handleOf(db);
    if (!handle) {
        *error = QStringLiteral("the SQL driver is not SQLite's");
        return false;
    }
    sqlite3_stmt *raw = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &raw, nullptr) !=
        SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    const QByteArray day = today.toUtf8();
    sqlite3_bind_text(raw, 1, day.constData(), int(day.size()), SQLITE_TRANSIENT);
    Shared capabilities, kinds, places, salaries;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(raw)) == SQLITE_ROW) {
        Job job;
        job.reference = stringAt(raw, 0);
        job.title = stringAt(raw, 1);
        job.capabilityId = capabilities.at(raw, 2);
        job.kind = kinds.at(raw, 3);
        job.location = places.at(raw, 4);
        job.salary = salaries.at(raw, 5);
        job.closingDate = dateAt(raw, 6);
        job.summary = stringAt(raw, 7);
        jobs->append(std::move(job));
    }
    if (step == SQLITE_DONE)
        return true;
    *error = QString::fromUtf8(sqlite3_errmsg(handle));
    return false;
}
