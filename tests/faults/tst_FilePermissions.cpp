#include "FaultDiary.h"
#include "diary/SafetyBackups.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

// Every file the diary leaves on disk — the diary, its -wal and -shm, backups, safety copies and the exports the user
// asks for — is readable by its owner only, even where the old file at that path was not and the umask is 022.
namespace {

constexpr auto Others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

void cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(ISLETGUIDE_CLI), arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(arguments.join(QLatin1Char(' ')).toStdString() << ": " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
}

} // namespace

TEST_CASE("The diary, its side files, backups, safety copies and exports are owner-only")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("diary.sqlite"));
    cli({QStringLiteral("--db"), db, QStringLiteral("import"),
         QStringLiteral(ISLETGUIDE_TEST_DATA "/io/xdrip_sidiary.csv")});
    QStringList files;
    for (const char *name : {"export.csv", "export.json", "report.pdf"}) {
        const QString path = dir.filePath(QLatin1String(name));
        QFile old(path);  // an older file, readable by everyone, is replaced by a private one
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.close();
        REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                | QFileDevice::ReadOther));
        const QString format = QFileInfo(path).suffix() == QLatin1String("json") ? QStringLiteral("fhir")
                                                                                  : QFileInfo(path).suffix();
        cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--format"), format,
             QStringLiteral("-o"), path});
        files << path;
    }
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    cli({QStringLiteral("--db"), db, QStringLiteral("backup"), backup});
    cli({QStringLiteral("--db"), db, QStringLiteral("restore"), backup});  // leaves a safety copy
    files << backup << db;

    DiaryStore store;  // open, so the -wal and -shm exist
    REQUIRE(store.open(db));
    REQUIRE(store.addEntry(DiaryTestData::glucose(DiaryTestData::utc(2026, 12, 1, 8), 6.1)));
    files << db + QLatin1String("-wal") << db + QLatin1String("-shm");
    const SafetyBackups safety(db);
    REQUIRE(safety.newest());
    files << safety.newest()->path << safety.folder() << QFileInfo(safety.folder()).absolutePath();

    for (const QString &path : std::as_const(files)) {
        INFO(path.toStdString());
        REQUIRE(QFileInfo::exists(path));
        CHECK((QFile::permissions(path) & Others) == 0);
    }
}
