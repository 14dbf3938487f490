#include "ContentCorpus.h"
#include "Fts5Index.h"
#include "Median.h"

#include "content/ContentLoader.h"
#include "content/ContentSearch.h"
#include "content/ScriptCharacters.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

// The content engine's budgets: loading all content at start-up (< 50 ms) and any search (< 5 ms), each query also
// run against an SQLite FTS5 trigram index over the same text. Prints a Markdown table of medians and maxima.
namespace {

// The median and the slowest of one measure's rounds.
struct Timing {
    double medianMs = 0;
    double maxMs = 0;
};

template<typename Work>
Timing time(int rounds, Work &&work)
{
    work();  // warm-up, not counted
    std::vector<double> ms;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return {median(ms), *std::max_element(ms.begin(), ms.end())};
}

// A query of the table, with the script of the index it runs against and what it stands for.
struct Query {
    Content::Script script;
    QString text;
    const char *why;
};

const QList<Query> Queries = {
    {Content::Script::Hans, QStringLiteral("糖"), "one character, matches nearly everything"},
    {Content::Script::Hans, QStringLiteral("胰岛"), "two characters (too short for a trigram index)"},
    {Content::Script::Hans, QStringLiteral("干细胞"), "common term"},
    {Content::Script::Hant, QStringLiteral("干细胞"), "Simplified typed, Traditional text"},
    {Content::Script::Hans, QStringLiteral("幹細胞"), "Traditional typed, Simplified text"},
    {Content::Script::Hant, QStringLiteral("免疫抑制"), "four characters"},
    {Content::Script::Hans, QStringLiteral("VX-880"), "Latin alias"},
    {Content::Script::Hans, QStringLiteral("干细胞 免疫"), "two words (both must match)"},
    {Content::Script::Hant, QStringLiteral("量子糾纏"), "no match"},
    {Content::Script::Hans, QStringLiteral("研究者判断都与细胞无关"), "long phrase"},
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 101;

    const Timing load = time(rounds, [] { return Content::ContentLoader::load(); });
    const Timing tables = time(rounds, [] { return Content::ScriptCharacters::load(QStringLiteral(":/opencc")); });
    const Content::LoadResult loaded = Content::ContentLoader::load();
    if (!loaded.problems.isEmpty()) {
        std::fprintf(stderr, "bench-content: the bundled content has problems; run isletguide-cli content validate\n");
        return 1;
    }
    const Timing index = time(rounds, [&] { return Content::ContentSearch(loaded.library, Content::Script::Hant); });

    std::printf("Content start-up, %d rounds (ms, median / max):\n\n", rounds);
    std::printf("| step | median | max |\n|---|---|---|\n");
    std::printf("| load all content from the resources (`ContentLoader::load`) | %.2f | %.2f |\n", load.medianMs, load.maxMs);
    std::printf("| OpenCC character tables (once per process, on first search) | %.2f | %.2f |\n", tables.medianMs, tables.maxMs);
    std::printf("| search index of one script (on first search) | %.2f | %.2f |\n\n", index.medianMs, index.maxMs);

    std::printf("Search, %d rounds per query (ms, median / max; FTS5 trigram needs 3 characters a word):\n\n", rounds);
    std::printf("| query | script | what | results | app median | app max | FTS5 median | FTS5 results |\n");
    std::printf("|---|---|---|---|---|---|---|---|\n");
    double worst = 0;
    for (const Content::Script script : {Content::Script::Hans, Content::Script::Hant}) {
        const Content::ContentSearch engine(loaded.library, script);
        Fts5Index peer(contentCorpus(loaded.library, script));  // one at a time: the peer uses one connection name
        for (const Query &query : Queries) {
            if (query.script != script)
                continue;
            const Timing appTiming = time(rounds, [&] { return engine.search(query.text); });
            worst = std::max(worst, appTiming.medianMs);
            const bool trigramCan = query.text.size() >= 3 && !query.text.contains(QLatin1Char(' '));
            QString peerMedian = QStringLiteral("n/a");
            QString peerResults = QStringLiteral("n/a");
            if (trigramCan) {
                peerMedian = QString::number(time(rounds, [&] { return peer.search(query.text); }).medianMs, 'f', 3);
                peerResults = QString::number(peer.search(query.text).size());
            }
            std::printf("| %s | %s | %s | %lld | %.3f | %.3f | %s | %s |\n", qPrintable(query.text),
                        qPrintable(Content::scriptKey(script)), query.why, qlonglong(engine.search(query.text).size()),
                        appTiming.medianMs, appTiming.maxMs, qPrintable(peerMedian), qPrintable(peerResults));
        }
    }
    std::printf("\nBudgets (medians; the maxima above include scheduler noise): load %.2f ms of 50 ms; slowest query "
                "%.3f ms of 5 ms.\n", load.medianMs, worst);
    return load.medianMs < 50 && worst < 5 ? 0 : 1;
}
