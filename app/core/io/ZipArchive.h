#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <memory>
#include <vector>

struct zip;

// A zip file read member by member over libzip, each member a sequential QIODevice that decompresses as it is read,
// so a member of gigabytes (an Apple Health export) is streamed and never sits in memory. Shared by the importers
// that take zipped exports.
class ZipArchive
{
public:
    struct Member {
        quint64 index = 0;
        QByteArray rawName;  // as stored: UTF-8 only when the zip says so, else often CP437 or GBK
        QString name;        // as libzip decodes it (UTF-8, or CP437 without the UTF-8 flag), for messages
        qint64 size = 0;     // uncompressed
    };

    ZipArchive();
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // True for bytes that start like a zip file (a local header, or the end record of an empty zip).
    static bool looksLikeZip(QByteArrayView head);

    // Opens the zip at `path` and lists its files; false and a translated *error for a damaged or truncated zip.
    bool open(const QString &path, QString *error);
    const std::vector<Member> &members() const { return m_members; }
    // A device reading the member from the start; nullptr and a translated *error when it cannot be opened. The
    // device must not outlive the archive.
    std::unique_ptr<QIODevice> openMember(const Member &member, QString *error) const;

private:
    zip *m_zip = nullptr;
    std::vector<Member> m_members;
};
