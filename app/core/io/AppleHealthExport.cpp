#include "AppleHealthExport.h"

#include "AppleHealthParser.h"
#include "ZipArchive.h"

#include <QCoreApplication>
#include <QFile>

namespace {

constexpr qint64 HeadBytes = 4096;  // the XML declaration, the DTD's first lines and <HealthData …> fit in this

QByteArray headOf(QIODevice &device)
{
    return device.read(HeadBytes);
}

// The member's name for a message: the XML problem is in that member, not in the zip.
void nameMember(ImportProblem *problem, const ZipArchive::Member &member)
{
    if (problem->line > 0)
        problem->reason = QCoreApplication::translate("Import", "%1, line %2: %3")
                              .arg(member.name).arg(problem->line).arg(problem->reason);
    else
        problem->reason = QCoreApplication::translate("Import", "%1: %2").arg(member.name, problem->reason);
    problem->line = 0;
}

std::optional<ParsedImport> readZip(const QString &path, const ImportOptions &options, ImportProblem *problem)
{
    ZipArchive archive;
    if (!archive.open(path, &problem->reason))
        return std::nullopt;
    for (const ZipArchive::Member &member : archive.members()) {
        if (member.rawName.toLower().endsWith("_cda.xml") || !member.rawName.toLower().endsWith(".xml"))
            continue;
        auto head = archive.openMember(member, &problem->reason);
        if (!head)
            return std::nullopt;
        if (!looksLikeAppleHealthXml(headOf(*head)))
            continue;
        auto xml = archive.openMember(member, &problem->reason);
        if (!xml)
            return std::nullopt;
        auto parsed = parseAppleHealth(*xml, member.size, options, problem);
        if (!parsed && !problem->cancelled)
            nameMember(problem, member);
        return parsed;
    }
    *problem = {0, QCoreApplication::translate("Import", "the zip holds no Apple Health export (export.xml)")};
    return std::nullopt;
}

} // namespace

bool AppleHealthExport::looksLike(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = headOf(file);
    return ZipArchive::looksLikeZip(head) || looksLikeAppleHealthXml(head);
}

std::optional<ParsedImport> AppleHealthExport::read(const QString &path, const ImportOptions &options,
                                                    ImportProblem *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {  // the stream reader keeps its own buffer
        *problem = {0, QCoreApplication::translate("Import", "cannot be read (%1)").arg(file.errorString())};
        return std::nullopt;
    }
    if (ZipArchive::looksLikeZip(file.peek(4))) {
        file.close();
        return readZip(path, options, problem);
    }
    return parseAppleHealth(file, file.size(), options, problem);
}
