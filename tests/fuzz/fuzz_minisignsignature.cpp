// The minisign signature and key readers over any bytes: they must refuse what is not theirs,
// never crash, and a signature may only hold for the message if it is one minisign made.
#include "fuzzsupport.h"
#include "minisignsignature.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace
{

// A key pair made once with `minisign -G`; the corpus holds its signatures of the message.
const QByteArray publicKey =
    QByteArrayLiteral("RWQQnbzlPbzXVF9AyQdegxNY2twW7qnTvX7oET8cu4ciRAqLbOj3y96z");
const QByteArray message = QByteArrayLiteral("Careers Kiosk fuzz message\n");
QString messagePath;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::startQt(argc, argv);
    messagePath = FuzzSupport::scratchPath(QStringLiteral("message"));
    FuzzSupport::writeFile(messagePath, message);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const MinisignKey anyKey = MinisignKey::fromText(bytes, &error);
    if (anyKey.isValid() && anyKey.publicKey().size() != MinisignKey::keyBytes)
        std::abort();
    const MinisignKey key = MinisignKey::fromText(publicKey, &error);
    const MinisignSignature signature = MinisignSignature::fromText(bytes);
    const QString problem = signature.verify(messagePath, 1 << 20, {key});
    // Holding means the input carries a signature the key's owner made: its two lines are
    // those of a corpus file, which only minisign could have written.
    if (problem.isEmpty() && (!signature.isValid() || signature.keyId() != key.id())) {
        std::fprintf(stderr, "a signature held that is not the key's\n");
        std::abort();
    }
    return 0;
}
