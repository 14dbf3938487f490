#include "io/AppleHealthExport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <cstddef>
#include <cstdint>

// libFuzzer entry point for a zipped Apple Health export: any bytes, written to a file as the picker hands one over,
// must give entries or a refusal with a reason (a damaged zip, no export inside, bad XML), never a crash, a leak or
// undefined behaviour.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("export.zip"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        __builtin_trap();
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    ImportOptions options;
    options.zone = QTimeZone("Europe/London");
    ImportProblem problem;
    const auto parsed = AppleHealthExport::read(path, options, &problem);
    if (!parsed && problem.reason.isEmpty())
        __builtin_trap();  // a refusal must always say why
    return 0;
}
