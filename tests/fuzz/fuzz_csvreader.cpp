// The CSV reader over any bytes: every field and line it reports must come from the input.
#include "csvreader.h"
#include "fuzzsupport.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    CsvReader csv;
    if (!csv.parse(bytes))
        return 0;
    // Records start on increasing lines, none beyond the input's last.
    const qsizetype lines = bytes.count('\n') + bytes.count('\r') + 1;
    int previous = 0;
    for (const CsvReader::Record &record : csv.records()) {
        if (record.line <= previous || record.line > lines) {
            std::fprintf(stderr, "record on line %d after %d, input has %lld lines\n", record.line,
                         previous, static_cast<long long>(lines));
            std::abort();
        }
        previous = record.line;
    }
    return 0;
}
