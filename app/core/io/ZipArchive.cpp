#include "ZipArchive.h"

#include <QCoreApplication>
#include <QFile>
#include <zip.h>

namespace {

QString damagedReason(const char *detail)
{
    return QCoreApplication::translate("Import", "the zip file is damaged or incomplete (%1)")
        .arg(QString::fromUtf8(detail));
}

// One member, inflated as it is read; a CRC mismatch or a cut-off member is a read error with libzip's reason.
class ZipMemberDevice : public QIODevice
{
public:
    ZipMemberDevice(zip_file_t *file, qint64 size) : m_file(file), m_size(size)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);  // its reader keeps its own buffer
    }
    ~ZipMemberDevice() override { zip_fclose(m_file); }

    bool isSequential() const override { return true; }
    qint64 size() const override { return m_size; }
    qint64 bytesAvailable() const override { return QIODevice::bytesAvailable() + (m_atEnd ? 0 : m_size - m_read); }
    bool atEnd() const override { return m_atEnd && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_atEnd || maxSize <= 0)
            return m_atEnd ? -1 : 0;
        const zip_int64_t got = zip_fread(m_file, data, zip_uint64_t(maxSize));
        if (got < 0) {
            m_atEnd = true;
            setErrorString(damagedReason(zip_file_strerror(m_file)));
            return -1;
        }
        if (got == 0)
            m_atEnd = true;
        m_read += got;
        return got;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    zip_file_t *m_file;
    qint64 m_size;
    qint64 m_read = 0;
    bool m_atEnd = false;
};

} // namespace

ZipArchive::ZipArchive() = default;

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool ZipArchive::looksLikeZip(QByteArrayView head)
{
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06");
}

bool ZipArchive::open(const QString &path, QString *error)
{
    int code = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!m_zip) {
        zip_error_t zipError;
        zip_error_init_with_code(&zipError, code);
        *error = damagedReason(zip_error_strerror(&zipError));
        zip_error_fini(&zipError);
        return false;
    }
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_zip, zip_uint64_t(i), ZIP_FL_ENC_RAW, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME))
            continue;
        Member member;
        member.index = zip_uint64_t(i);
        member.rawName = QByteArray(stat.name);
        member.name = QString::fromUtf8(zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS));
        member.size = (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : 0;
        m_members.push_back(std::move(member));
    }
    return true;
}

std::unique_ptr<QIODevice> ZipArchive::openMember(const Member &member, QString *error) const
{
    zip_file_t *file = zip_fopen_index(m_zip, member.index, 0);
    if (!file) {
        *error = damagedReason(zip_strerror(m_zip));
        return nullptr;
    }
    return std::make_unique<ZipMemberDevice>(file, member.size);
}
