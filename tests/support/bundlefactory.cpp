#include "bundlefactory.h"

#include "bundleschema.h"
#include "bundlewriter.h"
#include "sqlconnection.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDirIterator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace BundleFactory
{

BundleContent::Row job(int number, const QString &closingDate)
{
    const QString ref = QStringLiteral("TEST-%1").arg(number, 5, 10, QLatin1Char('0'));
    const bool staff = number % 2 == 0;
    const QStringList capabilities = {QStringLiteral("intelligence"),
                                      QStringLiteral("specialist-investigation"),
                                      QStringLiteral("covert")};
    const QStringList places = {QStringLiteral("Oxford"), QStringLiteral("Reading"),
                                QStringLiteral("Guildford"), QStringLiteral("Brighton")};
    return {ref,
            QStringLiteral("Test role %1").arg(number),
            capabilities.at(number % 3),
            staff ? QStringLiteral("staff") : QStringLiteral("officer"),
            places.at(number % 4),
            QStringLiteral("£30,000 to £35,000"),
            staff ? QVariant(qlonglong(30000)) : QVariant(),
            staff ? QVariant(qlonglong(35000)) : QVariant(),
            QStringLiteral("37 hours a week"),
            QStringLiteral("Permanent"),
            QStringLiteral("Security check"),
            closingDate,
            QStringLiteral("A summary of test role %1.").arg(number),
            QStringLiteral("The first paragraph about role %1.\nThe second paragraph, a little "
                           "longer, to make the row the size of a real vacancy description.")
                .arg(number),
            QStringLiteral("https://careers.example.org/jobs/") + ref};
}

BundleContent content(int jobCount, const QString &publishedAt)
{
    BundleContent c;
    c.rows(QStringLiteral("meta")) = {
        {QStringLiteral("title"), QStringLiteral("Test data")},
        {QStringLiteral("published_at"), publishedAt},
        {QStringLiteral("publisher"), QStringLiteral("Tests")},
        {QStringLiteral("sample"), QStringLiteral("0")},
    };
    c.rows(QStringLiteral("sections")) = {
        {QStringLiteral("about"), QStringLiteral("About"), QStringLiteral("Body."), 1}};
    c.rows(QStringLiteral("partners")) = {
        {QStringLiteral("nca"), QStringLiteral("NCA"), QStringLiteral("Partner."), 1}};
    c.rows(QStringLiteral("capabilities")) = {
        {QStringLiteral("intelligence"), QStringLiteral("Intelligence"), QStringLiteral("S."),
         QStringLiteral("B."), 1},
        {QStringLiteral("specialist-investigation"), QStringLiteral("Specialist investigation"),
         QStringLiteral("S."), QStringLiteral("B."), 2},
        {QStringLiteral("covert"), QStringLiteral("Covert"), QStringLiteral("S."),
         QStringLiteral("B."), 3},
    };
    c.rows(QStringLiteral("roles")) = {{QStringLiteral("analyst"), QStringLiteral("intelligence"),
                                        QStringLiteral("Analyst"), QStringLiteral("staff"),
                                        QStringLiteral("S."), QStringLiteral("B.")}};
    // The same date in every bundle, so that only what a test changes differs between two.
    const QDate published = QDateTime::fromString(publishedAt, Qt::ISODate).date();
    const QString closing = qMin(QDate(2035, 12, 31), published.addYears(10)).toString(Qt::ISODate);
    for (int i = 1; i <= jobCount; ++i)
        c.rows(QStringLiteral("jobs")) << job(i, closing);
    return c;
}

void write(const BundleContent &content, const QString &path)
{
    QString error;
    if (!BundleWriter::write(content, path, BundleWriter::Purpose::Bundle, &error))
        qFatal("cannot write test bundle: %s", qPrintable(error));
}

void writeLoose(const BundleContent &content, const QString &path, const QStringList &extraSql,
                quint32 applicationId, int userVersion)
{
    SqlConnection db(path, SqlConnection::Mode::ReadWrite);
    QSqlQuery q(db.database());
    const auto run = [&](const QString &sql) {
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    };
    run(QStringLiteral("BEGIN"));
    for (const BundleSchema::Table &table : BundleSchema::tables(userVersion)) {
        const QStringList names = table.columnNames();
        const QStringList marks(names.size(), QStringLiteral("?"));
        run(QStringLiteral("CREATE TABLE %1 (%2)").arg(table.name, names.join(QLatin1Char(','))));
        q.prepare(QStringLiteral("INSERT INTO %1 VALUES (%2)")
                      .arg(table.name, marks.join(QLatin1Char(','))));
        for (const BundleContent::Row &row : content.rows(table.name)) {
            for (int i = 0; i < names.size(); ++i)
                q.bindValue(i, row.value(i));
            if (!q.exec())
                qFatal("insert: %s", qPrintable(q.lastError().text()));
        }
    }
    run(QStringLiteral("COMMIT"));
    for (const QString &sql : extraSql)
        run(sql);
    run(QStringLiteral("PRAGMA application_id=%1").arg(applicationId));
    run(QStringLiteral("PRAGMA user_version=%1").arg(userVersion));
}

QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    // Not the private copies in tmp/, which a check holds for as long as its importer lives.
    const QString scratch = QDir(dir).filePath(QStringLiteral("tmp")) + QLatin1Char('/');
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.fileName().startsWith(scratch))
            continue;
        if (file.open(QIODevice::ReadOnly))
            files.insert(file.fileName(),
                         QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

} // namespace BundleFactory
