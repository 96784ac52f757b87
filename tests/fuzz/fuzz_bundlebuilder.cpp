// The bundle builder over any CSV folder. The input holds the tables' files in schema order
// (meta, sections, ...), separated by NUL bytes. What the builder accepts and writes, the
// validator must accept too: a bundle made by staff's own tool is never refused by the kiosk.
#include "bundlebuilder.h"
#include "bundleschema.h"
#include "bundlevalidator.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::startQt(argc, argv);
    QDir().mkpath(FuzzSupport::scratchPath(QStringLiteral("csv")));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> parts = input.split('\0');
    const QDir folder(FuzzSupport::scratchPath(QStringLiteral("csv")));
    const QList<BundleSchema::Table> &tables = BundleSchema::tables();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const QString path = folder.filePath(tables.at(i).name + QStringLiteral(".csv"));
        if (i < parts.size())
            FuzzSupport::writeFile(path, parts.at(i));
        else
            QFile::remove(path); // a missing file is a case too
    }
    BundleBuilder builder;
    if (!builder.readDirectory(folder.path()))
        return 0;
    const QString bundle = FuzzSupport::scratchPath(QStringLiteral("built.kioskbundle"));
    QFile::remove(bundle);
    if (!builder.write(bundle))
        return 0;
    BundleValidator validator;
    if (!validator.validate(bundle)) {
        std::fprintf(stderr, "the validator refused a bundle the builder wrote: %s\n",
                     qPrintable(validator.error()));
        std::abort();
    }
    return 0;
}
