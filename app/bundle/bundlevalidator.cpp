#include "bundlevalidator.h"

#include "bundleschema.h"
#include "contentchecker.h"
#include "contentreader.h"
#include "minisignsignature.h"
#include "plainfile.h"
#include "safename.h"
#include "scratchdir.h"
#include "sqlconnection.h"
#include "validationlimits.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include <sqlite3.h>

namespace
{

quint32 bigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

} // namespace

bool BundleValidator::fail(const QString &message)
{
    // Messages quote names and text from the file and from SQLite, and go on to the log,
    // stderr and the staff screen: always one line, with nothing that could move the cursor,
    // reverse the text or hide characters.
    m_error = SafeName::from(message.simplified(), 1000);
    return false;
}

bool BundleValidator::validate(const QString &path)
{
    m_checked = {};
    m_foreignAddress.reset();
    m_error.clear();
    m_signedBy.clear();
    if (!checkFile(path))
        return false;
    const std::shared_ptr<QTemporaryDir> scratch = m_dataDir.isEmpty()
                                                       ? std::make_shared<QTemporaryDir>()
                                                       : std::make_shared<ScratchDir>(m_dataDir);
    if (!scratch->isValid())
        return fail(QStringLiteral("cannot make a private working folder (the disk may be full or "
                                   "read-only): %1")
                        .arg(scratch->errorString()));
    CheckedBundle checked(scratch, scratch->filePath(QStringLiteral("bundle.sqlite")));
    if (!copyPrivately(path, checked.path()) || !checkSignature(checked.path()) ||
        !checkHeader(checked.path()) || !checkDatabase(checked) || !checkHosts())
        return false;
    m_checked = checked;
    return true;
}

void BundleValidator::requireSignature(const QByteArray &signatureText,
                                       const QList<MinisignKey> &keys)
{
    m_signatureRequired = true;
    m_signatureText = signatureText;
    m_keys = keys;
}

bool BundleValidator::checkSignature(const QString &copyPath)
{
    if (!m_signatureRequired)
        return true;
    if (m_signatureText.isEmpty())
        return fail(QStringLiteral("it is not signed, and this kiosk only loads job data signed "
                                   "by a key it trusts (the .minisig file is missing or empty)"));
    const MinisignSignature signature = MinisignSignature::fromText(m_signatureText);
    const QString problem = signature.verify(copyPath, BundleSchema::maxFileBytes, m_keys);
    if (!problem.isEmpty())
        return fail(QStringLiteral("the signature is not valid: %1").arg(problem));
    m_signedBy = signature.keyId();
    return true;
}

void BundleValidator::noteForeignHost(const QString &table, const BundleContent::Row &row)
{
    if (!m_hostsRestricted || m_foreignAddress)
        return;
    for (const BundleContent::Address &address : BundleContent::addressesIn(table, row)) {
        if (!m_allowedHosts.contains(address.host)) {
            m_foreignAddress = address;
            return;
        }
    }
}

bool BundleValidator::checkHosts()
{
    if (!m_foreignAddress)
        return true;
    const BundleContent::Address &address = *m_foreignAddress;
    return fail(
        QStringLiteral("%1 %2 links to %3, a host this kiosk does not allow "
                       "(allowed: %4)")
            .arg(address.table.chopped(1), // "job", "link"
                 address.rowId, address.host,
                 m_allowedHosts.isEmpty() ? QStringLiteral("none") : m_allowedHosts.join(u", ")));
}

bool BundleValidator::checkDatabase(CheckedBundle &checked)
{
    const QString copyPath = checked.path();
    SqlConnection db(copyPath, SqlConnection::Mode::ReadOnly);
    if (!db.isOpen())
        return fail(QStringLiteral("SQLite cannot open it: %1").arg(db.errorText()));
    ValidationLimits limits(db.database(), QFileInfo(copyPath).size());
    if (!limits.isApplied())
        return fail(QStringLiteral("SQLite refused a safety setting: no limits on the check"));
    // The schema first: a generated column or an unexpected object could make the integrity
    // check itself compute for minutes.
    if (applySafetySettings(db) && checkSchema(db) && checkIntegrity(db) && countRows(db) &&
        readRows(db, limits, checked))
        return true;
    if (limits.timedOut())
        return fail(QStringLiteral("the check took too long (over %1 seconds); a valid bundle of "
                                   "this size takes far less")
                        .arg(limits.budgetMs() / 1000.0, 0, 'f', 1));
    return false;
}

bool BundleValidator::applySafetySettings(SqlConnection &db)
{
    return db.applyUntrustedFileSettings() || failSql(db.lastError());
}

bool BundleValidator::failSql(const QSqlError &error, const QString &where)
{
    const int code = error.nativeErrorCode().toInt() & 0xFF; // the primary code of an extended one
    if (code == SQLITE_NOMEM)
        return fail(QStringLiteral("checking it would need more memory than a bundle may use"));
    if (code == SQLITE_TOOBIG && !where.isEmpty())
        return fail(where + QStringLiteral(": a field is larger than the format allows (over %1 "
                                           "KiB)")
                                .arg(BundleSchema::maxFieldBytes / 1024));
    // While reading the schema SQLite reports an oversized entry as a malformed schema, and
    // names the reason only in its text.
    if (code == SQLITE_TOOBIG || error.databaseText().contains(QLatin1String("too big")))
        return fail(QStringLiteral("its schema holds a definition larger than a bundle needs"));
    return fail(QStringLiteral("damaged: %1").arg(error.text()));
}

bool BundleValidator::checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return fail(QStringLiteral("it is a symbolic link; name the bundle file itself"));
    if (!info.exists())
        return fail(QStringLiteral("there is no such file"));
    if (info.isDir())
        return fail(QStringLiteral("it is a folder, not a bundle file"));
    if (!info.isFile())
        return fail(QStringLiteral("it is not a regular file"));
    if (info.size() == 0)
        return fail(QStringLiteral("the file is empty"));
    if (info.size() < 512)
        return fail(QStringLiteral("too small to be a bundle (%1 bytes)").arg(info.size()));
    if (info.size() > BundleSchema::maxFileBytes)
        return fail(QStringLiteral("too large: %1 MB, the limit is %2 MB")
                        .arg(info.size() >> 20)
                        .arg(BundleSchema::maxFileBytes >> 20));
    return true;
}

bool BundleValidator::copyPrivately(const QString &path, const QString &copyPath)
{
    // checkFile() looked at the name; the file may have been swapped since.
    QString error;
    return PlainFile::copy(path, copyPath, BundleSchema::maxFileBytes, nullptr, &error) ||
           fail(error);
}

bool BundleValidator::checkHeader(const QString &copyPath)
{
    QFile file(copyPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("the private copy cannot be read: %1").arg(file.errorString()));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(QStringLiteral("not an SQLite database (its first bytes are wrong)"));
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    pageSize = pageSize == 1 ? 65536 : pageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return fail(QStringLiteral("damaged: the header gives an impossible page size"));
    if (header.at(18) == 2 || header.at(19) == 2)
        return fail(QStringLiteral("the database is in WAL mode; bundles must use the rollback "
                                   "journal (PRAGMA journal_mode=DELETE)"));
    if (header.at(18) != 1 || header.at(19) != 1)
        return fail(QStringLiteral("damaged: unknown file format version in the header"));
    const quint32 appId = bigEndian32(header, 68);
    if (appId != BundleSchema::applicationId)
        return fail(QStringLiteral("not a Careers Kiosk bundle (application_id is %1, not %2)")
                        .arg(appId)
                        .arg(BundleSchema::applicationId));
    const quint32 version = bigEndian32(header, 60);
    if (version < quint32(BundleSchema::oldestVersion) ||
        version > quint32(BundleSchema::userVersion))
        return fail(QStringLiteral("bundle format version %1; this kiosk reads versions %2 to %3")
                        .arg(version)
                        .arg(BundleSchema::oldestVersion)
                        .arg(BundleSchema::userVersion));
    m_version = int(version);
    const qint64 pages = file.size() / pageSize;
    if (file.size() % pageSize != 0)
        return fail(QStringLiteral("truncated: the file ends part way through a page"));
    if (bigEndian32(header, 92) == bigEndian32(header, 24) && bigEndian32(header, 28) != pages)
        return fail(QStringLiteral("truncated: the header counts %1 pages, the file holds %2")
                        .arg(bigEndian32(header, 28))
                        .arg(pages));
    return true;
}

bool BundleValidator::checkIntegrity(SqlConnection &db)
{
    QSqlQuery query(db.database());
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return failSql(query.lastError());
    QStringList messages;
    while (query.next())
        messages << query.value(0).toString();
    if (messages != QStringList{QStringLiteral("ok")})
        return fail(QStringLiteral("damaged: SQLite's quick_check says \"%1\"")
                        .arg(messages.join(QLatin1Char(' ')).left(200)));
    return true;
}

bool BundleValidator::checkSchema(SqlConnection &db)
{
    QSqlQuery query(db.database());
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master")))
        return failSql(query.lastError());
    QSet<QString> tables;
    while (query.next()) {
        const QString type = query.value(0).toString();
        const QString name = query.value(1).toString().left(80);
        if (!checkSchemaEntry(type, name, query.value(2)))
            return false;
        if (type == QLatin1String("table"))
            tables.insert(name);
    }
    if (query.lastError().isValid())
        return failSql(query.lastError());
    for (const BundleSchema::Table &table : BundleSchema::tables(m_version)) {
        if (!tables.contains(table.name))
            return fail(QStringLiteral("the table %1 is missing").arg(table.name));
        if (!checkColumns(db, table.name))
            return false;
    }
    return true;
}

bool BundleValidator::checkSchemaEntry(const QString &type, const QString &name,
                                       const QVariant &sql)
{
    const BundleSchema::Table *known = BundleSchema::table(name);
    const bool expected = known && known->since <= m_version;
    const QString definition = sql.toString().simplified();
    if (type == QLatin1String("trigger"))
        return fail(QStringLiteral("it contains a trigger (%1); bundles may not").arg(name));
    if (type == QLatin1String("view"))
        return fail(expected
                        ? QStringLiteral("%1 is a view, not a table").arg(name)
                        : QStringLiteral("it contains a view (%1); bundles may not").arg(name));
    // The automatic index of a PRIMARY KEY has no SQL of its own; anything else is an index
    // someone wrote, perhaps on an expression.
    if (type == QLatin1String("index"))
        return (name.startsWith(QLatin1String("sqlite_autoindex_")) && sql.isNull()) ||
               fail(QStringLiteral("it contains an index (%1); bundles may not").arg(name));
    if (type != QLatin1String("table"))
        return fail(
            QStringLiteral("it contains an unknown kind of object (%1)").arg(type.left(20)));
    if (definition.startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
        return fail(QStringLiteral("it contains a virtual table (%1); bundles may not").arg(name));
    if (known && !expected)
        return fail(QStringLiteral("it contains the table %1, which only bundles of format "
                                   "version %2 or later may hold")
                        .arg(name)
                        .arg(known->since));
    if (!expected)
        return fail(QStringLiteral("it contains an unexpected table (%1)").arg(name));
    // SQLite stores every table it made itself as "CREATE TABLE name ..."; any other text was
    // written into the schema by hand.
    if (!definition.startsWith(QLatin1String("CREATE TABLE "), Qt::CaseInsensitive))
        return fail(QStringLiteral("table %1 has a definition SQLite did not write").arg(name));
    return true;
}

bool BundleValidator::checkColumns(SqlConnection &db, const QString &table)
{
    QSqlQuery query(db.database());
    // table_xinfo, unlike table_info, also lists generated and hidden columns.
    query.prepare(QStringLiteral("SELECT name, hidden FROM pragma_table_xinfo(?)"));
    query.addBindValue(table);
    if (!query.exec())
        return failSql(query.lastError());
    QStringList found;
    while (query.next()) {
        const QString name = query.value(0).toString().left(80);
        const int hidden = query.value(1).toInt();
        if (hidden == 2 || hidden == 3)
            return fail(QStringLiteral("table %1 has a generated column (%2); bundles may not")
                            .arg(table, name));
        if (hidden != 0)
            return fail(QStringLiteral("table %1 has a hidden column (%2); bundles may not")
                            .arg(table, name));
        found << name;
    }
    if (query.lastError().isValid())
        return failSql(query.lastError());
    const QStringList wanted = BundleSchema::table(table)->columnNames();
    for (const QString &name : wanted) {
        if (!found.contains(name))
            return fail(QStringLiteral("table %1 has no column %2").arg(table, name));
    }
    for (const QString &name : std::as_const(found)) {
        if (!wanted.contains(name))
            return fail(QStringLiteral("table %1 has an unexpected column (%2)").arg(table, name));
    }
    return true;
}

bool BundleValidator::countRows(SqlConnection &db)
{
    for (const BundleSchema::Table &table : BundleSchema::tables(m_version)) {
        QSqlQuery count(db.database());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM ") + table.name) || !count.next())
            return failSql(count.lastError());
        if (count.value(0).toLongLong() > table.maxRows)
            return fail(QStringLiteral("table %1 has %2 rows, more than the %3 allowed")
                            .arg(table.name)
                            .arg(count.value(0).toLongLong())
                            .arg(table.maxRows));
    }
    return true;
}

bool BundleValidator::readRows(SqlConnection &db, ValidationLimits &limits, CheckedBundle &checked)
{
    ContentChecker checker;
    ContentChecker::Problem problem;
    const auto take = [&](const QString &table, const BundleContent::Row &row) {
        // SQLite's budget is for SQLite: the kiosk's own checks of a row are not in it.
        const ValidationLimits::Pause pause(limits);
        problem = checker.addRow(table, row);
        if (!problem.isNull())
            return false;
        noteForeignHost(table, row);
        checked.add(table, row);
        return true;
    };
    ContentReader::Failure failure;
    if (!ContentReader::read(db.database(), take, &failure))
        return !problem.isNull()
                   ? failContent(problem)
                   : failSql(failure.error,
                             QStringLiteral("table %1 row %2").arg(failure.table).arg(failure.row));
    problem = checker.finish();
    return problem.isNull() || failContent(problem);
}

bool BundleValidator::failContent(const ContentChecker::Problem &problem)
{
    QString where = QStringLiteral("table %1").arg(problem.table);
    if (problem.row >= 0) {
        where += QStringLiteral(" row %1").arg(problem.row + 1);
        if (!problem.key.isEmpty() && problem.column != QLatin1String("reference") &&
            problem.column != QLatin1String("id") && problem.column != QLatin1String("term"))
            where += QStringLiteral(" (%1)").arg(problem.key.left(40));
    }
    if (!problem.column.isEmpty())
        where += QStringLiteral(", column %1").arg(problem.column);
    return fail(where + QStringLiteral(": ") + problem.message);
}
