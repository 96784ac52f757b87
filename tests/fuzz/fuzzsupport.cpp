#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace
{

QTemporaryDir *scratch = nullptr;

} // namespace

void FuzzSupport::startQt(int *argc, char ***argv)
{
    // Both live for the whole run: libFuzzer ends the process with exit(), never by returning.
    new QCoreApplication(*argc, *argv);
    scratch = new QTemporaryDir();
    if (!scratch->isValid()) {
        std::fputs("fuzz: no temporary folder\n", stderr);
        std::abort();
    }
}

QString FuzzSupport::scratchPath(const QString &name)
{
    return scratch->filePath(name);
}

void FuzzSupport::writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        std::fputs("fuzz: cannot write the input\n", stderr);
        std::abort();
    }
}
