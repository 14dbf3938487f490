#include "FaultDiary.h"

#include <QDateTime>
#include <QProcess>
#include <QTemporaryDir>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace FaultDiary;

// Files no export looks like — huge, one enormous line, millions of empty lines, NULs, a folder, a pipe, a device,
// an unreadable file — given to `isletguide-cli import`: each is refused with a message naming the file (and the line
// where there is one), exits non-zero, leaves the diary as it was, and the CLI's peak memory stays under 200 MB.
namespace {

constexpr long PeakRssLimitKb = 200 * 1024;
#if defined(__SANITIZE_ADDRESS__)
constexpr bool Sanitized = true;  // AddressSanitizer's shadow memory and quarantine: RSS then says nothing of ours
#else
constexpr bool Sanitized = false;
#endif
const QByteArray ClarityHeader = "Index,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,Event Subtype,Patient Info,"
                                 "Device Info,Source Device ID,Glucose Value (mg/dL),Insulin Value (u),"
                                 "Carb Value (grams),Duration (hh:mm:ss),Glucose Rate of Change (mg/dL/min),"
                                 "Transmitter Time (Long Integer),Transmitter ID\n";

void write(const QString &path, const std::function<void(QFile &)> &body)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    body(file);
}

// About 200 MB of distinct five-minute readings from 1990 on, then one reading whose value is not a number.
int writeHugeExport(const QString &path)
{
    int lines = 1;
    write(path, [&](QFile &file) {
        file.write(ClarityHeader);
        QDateTime time(QDate(1990, 1, 1), QTime(0, 0), Qt::UTC);
        QByteArray chunk;
        for (qint64 index = 1; file.size() + chunk.size() < 200LL * 1024 * 1024; ++index) {
            chunk += QByteArray::number(index) + ',' + time.toString(Qt::ISODate).chopped(1).toLatin1()
                     + ",EGV,,,,synthetic," + QByteArray::number(70 + index % 150) + ",,,,," + QByteArray::number(index)
                     + ",TEST\n";
            time = time.addSecs(300);
            ++lines;
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        chunk += "999999999,2024-01-01T00:00:00,EGV,,,,synthetic,abc,,,,,1,TEST\n";
        file.write(chunk);
    });
    return lines + 1;
}

long childrenPeakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

struct Outcome {
    int exitCode = 0;
    QString message;
};

Outcome import(const QString &db, const QString &file)
{
    QProcess cli;
    cli.start(QStringLiteral(ISLETGUIDE_CLI), {QStringLiteral("--db"), db, QStringLiteral("import"), file});
    REQUIRE(cli.waitForStarted());
    REQUIRE(cli.waitForFinished(300000));
    REQUIRE(cli.exitStatus() == QProcess::NormalExit);
    return {cli.exitCode(), QString::fromUtf8(cli.readAllStandardError()).trimmed()};
}

} // namespace

TEST_CASE("Hostile files are refused with where and why, in bounded memory, and the diary is unchanged")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("diary.sqlite"));
    makeSeed(db);
    const Snapshot before = snapshot(db);

    struct Case {
        QString name;
        QString expected;  // in the message, besides the file's name
    };
    std::vector<Case> cases;
    const auto add = [&](const QString &name, const QString &expected) {
        cases.push_back({name, expected});
        return dir.filePath(name);
    };

    const int hugeBadLine = writeHugeExport(add(QStringLiteral("huge-200MB.csv"), QString()));
    cases.back().expected = QStringLiteral("line %1").arg(hugeBadLine);
    write(add(QStringLiteral("one-50MB-line.csv"), QStringLiteral("line 2")), [](QFile &file) {
        file.write(ClarityHeader);
        file.write("1,2024-01-01T00:00:00,EGV,,,,synthetic,");
        file.write(QByteArray(50 * 1024 * 1024, '7'));
        file.write("\n");
    });
    write(add(QStringLiteral("ten-million-lines.csv"), QStringLiteral("no glucose readings")), [](QFile &file) {
        file.write(ClarityHeader);
        file.write(QByteArray(10'000'000, '\n'));
    });
    write(add(QStringLiteral("nul-bytes.csv"), QString()), [](QFile &file) { file.write(QByteArray(1 << 20, '\0')); });
    write(add(QStringLiteral("gbk-bytes.csv"), QString()),
          [](QFile &file) {
              file.write(QByteArray("\xd1\xaa\xcc\xc7,\xca\xb1\xbc\xe4\n\xb8\xdf,1\n", 16).repeated(1000));
          });
    REQUIRE(QDir(dir.path()).mkdir(add(QStringLiteral("a-folder.csv"), QStringLiteral("folder, pipe or device"))));
    REQUIRE(mkfifo(QFile::encodeName(add(QStringLiteral("a-pipe.csv"), QStringLiteral("folder, pipe or device"))), 0600)
            == 0);
    cases.push_back({QStringLiteral("/dev/zero"), QStringLiteral("folder, pipe or device")});
    write(add(QStringLiteral("unreadable.csv"), QStringLiteral("cannot be read")),
          [](QFile &file) { file.write("x"); });
    REQUIRE(QFile::setPermissions(dir.filePath(QStringLiteral("unreadable.csv")), QFileDevice::WriteOwner));
    const bool root = geteuid() == 0;  // root reads any file: that case then shows only that it is not an export

    for (const Case &c : cases) {
        const QString path = c.name.startsWith(QLatin1Char('/')) ? c.name : dir.filePath(c.name);
        const Outcome outcome = import(db, path);
        const long peakKb = childrenPeakRssKb();
        INFO(c.name.toStdString() << ": exit " << outcome.exitCode << ", peak " << peakKb / 1024 << " MB: "
                                  << outcome.message.left(300).toStdString());
        CHECK(outcome.exitCode != 0);
        CHECK(outcome.message.contains(QFileInfo(path).fileName()));
        if (!c.expected.isEmpty() && !(root && c.name == QLatin1String("unreadable.csv")))
            CHECK(outcome.message.contains(c.expected));
        CHECK(outcome.message.size() < 2000);  // a line of the file is never echoed whole
        CHECK((Sanitized || peakKb < PeakRssLimitKb));
        CHECK(snapshot(db) == before);
    }
    WARN(cases.size() << " hostile inputs refused; peak RSS of the CLI " << childrenPeakRssKb() / 1024 << " MB");
}
