// The bundle validator over any file: it must refuse what is not a bundle, and neither crash,
// hang nor leak on anything a USB stick could hold.
#include "bundlevalidator.h"
#include "fuzzsupport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = FuzzSupport::scratchPath(QStringLiteral("input.kioskbundle"));
    FuzzSupport::writeFile(path, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    BundleValidator validator;
    validator.validate(path);
    return 0;
}
