#include "checkedbundle.h"

#include "contentreader.h"
#include "sqlconnection.h"

#include <QTemporaryDir>

CheckedBundle::CheckedBundle(std::shared_ptr<QTemporaryDir> folder, const QString &path)
    : m_folder(std::move(folder)), m_path(path)
{
}

void CheckedBundle::add(const QString &table, const BundleContent::Row &row)
{
    const QString key = row.value(0).toString();
    if (table == QLatin1String("meta") && !m_meta.contains(key))
        m_meta.insert(key, row.value(1).toString());
    else if (table == QLatin1String("jobs"))
        m_jobDigests.insert(key, BundleContent::digest(row));
    for (const BundleContent::Address &address : BundleContent::addressesIn(table, row))
        ++m_hosts[address.host];
}

BundleContent CheckedBundle::readContent() const
{
    BundleContent content;
    SqlConnection db(m_path, SqlConnection::Mode::ReadOnly);
    QString error;
    if (isNull() || !db.applyUntrustedFileSettings() ||
        !ContentReader::read(db.database(), &content, &error))
        return {};
    return content;
}
