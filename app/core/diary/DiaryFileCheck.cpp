#include "DiaryFileCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QtEndian>
#include <cstring>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DiaryFileCheck", text);
}

constexpr char SqliteMagic[] = "SQLite format 3";  // with its terminating NUL: the file's first 16 bytes
constexpr int HeaderSize = 100;
constexpr int WalHeaderSize = 32;

std::uint32_t bigEndian32(const char *bytes)
{
    return qFromBigEndian<std::uint32_t>(bytes);
}

// The -wal header's own checksum over its first 24 bytes (SQLite's WAL format: pairs of 32-bit words, big- or
// little-endian as the magic number says).
bool walHeaderIsValid(const QByteArray &header)
{
    const std::uint32_t magic = bigEndian32(header.constData());
    if ((magic & 0xfffffffe) != 0x377f0682 || bigEndian32(header.constData() + 4) != 3007000)
        return false;
    const bool big = magic & 1;
    std::uint32_t s0 = 0;
    std::uint32_t s1 = 0;
    for (int offset = 0; offset < 24; offset += 8) {
        const char *p = header.constData() + offset;
        const std::uint32_t x0 = big ? qFromBigEndian<std::uint32_t>(p) : qFromLittleEndian<std::uint32_t>(p);
        const std::uint32_t x1 = big ? qFromBigEndian<std::uint32_t>(p + 4) : qFromLittleEndian<std::uint32_t>(p + 4);
        s0 += x0 + s1;
        s1 += x1 + s0;
    }
    return s0 == bigEndian32(header.constData() + 24) && s1 == bigEndian32(header.constData() + 28);
}

} // namespace

namespace DiaryFileCheck {

std::optional<QString> problem(const QString &path, int latestSchemaVersion)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read (%2).").arg(name, file.errorString());
    const QByteArray header = file.read(HeaderSize);
    if (header.size() < HeaderSize || std::memcmp(header.constData(), SqliteMagic, sizeof SqliteMagic) != 0)
        return tr("%1 is not an IsletGuide diary: it is not a database file. It was left as it is.").arg(name);

    const std::uint32_t rawPageSize = qFromBigEndian<std::uint16_t>(header.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const std::uint32_t changeCounter = bigEndian32(header.constData() + 24);
    const qint64 pages = bigEndian32(header.constData() + 28);
    const bool sizeIsValid = pages > 0 && changeCounter == bigEndian32(header.constData() + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || (sizeIsValid && file.size() < pages * pageSize))
        return tr("%1 is damaged: the file is shorter than its own header says, as if it was cut off while being "
                  "copied. It was left as it is; you can restore a backup under “Import and export”.")
            .arg(name);

    if (qint32(bigEndian32(header.constData() + 60)) > latestSchemaVersion)
        return tr("This diary was saved by a newer version of IsletGuide. Update the app to open it.");

    QFile wal(path + QLatin1String("-wal"));
    if (wal.exists() && wal.size() > 0) {
        if (!wal.open(QIODevice::ReadOnly))
            return tr("%1 cannot be read (%2).").arg(QFileInfo(wal).fileName(), wal.errorString());
        const QByteArray walHeader = wal.read(WalHeaderSize);
        if (walHeader.size() < WalHeaderSize || !walHeaderIsValid(walHeader))
            return tr("%1 is damaged: its journal %2 cannot be read, so the latest entries may be missing. Both "
                      "files were left as they are; you can restore a backup under “Import and export”.")
                .arg(name, QFileInfo(wal).fileName());
    }
    return std::nullopt;
}

} // namespace DiaryFileCheck
