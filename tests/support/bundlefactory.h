#pragma once

#include "bundlecontent.h"

#include <QMap>
#include <QStringList>

// Makes bundles for tests: valid ones from generated content, and hostile ones written with
// raw SQL, free of the constraints that the kiosk's own writer would add.
namespace BundleFactory
{

// Its jobs close at the end of 2035, or ten years after `publishedAt` if that is sooner.
BundleContent content(int jobCount = 5,
                      const QString &publishedAt = QStringLiteral("2026-11-20T10:00:00Z"));
BundleContent::Row job(int number, const QString &closingDate = QStringLiteral("2035-12-31"));

void write(const BundleContent &content, const QString &path);
// The tables of format `userVersion` without constraints, then `extraSql`, then the header
// fields.
void writeLoose(const BundleContent &content, const QString &path, const QStringList &extraSql = {},
                quint32 applicationId = 0x4B696F73, int userVersion = 2);

// Name and SHA-256 of every file below `dir`, to prove that a folder did not change.
QMap<QString, QByteArray> snapshot(const QString &dir);

} // namespace BundleFactory
