#include "io/ImportFormatDetection.h"
#include "io/ImportTextEncoding.h"

#include <QTimeZone>
#include <cstddef>
#include <cstdint>

// libFuzzer entry point for one importer, chosen at build time by FUZZ_FORMAT (an ImportFormat enumerator): any bytes,
// decoded as an import decodes them, must give readings or a refusal with a reason, never a crash, a leak or undefined
// behaviour.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QTimeZone zone("Europe/London");  // a zone with daylight saving, to exercise the gaps
    ImportOptions options;
    options.format = ImportFormat::FUZZ_FORMAT;
    options.zone = zone;
    ImportProblem problem;
    const auto decoded = decodeImportText(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                          options.region, &problem.reason);
    std::optional<ParsedImport> parsed;
    if (decoded)
        parsed = parseGlucoseFile(decoded->utf8, options, &problem);
    if (!parsed && problem.reason.isEmpty())
        __builtin_trap();  // a refusal must always say why
    return 0;
}
