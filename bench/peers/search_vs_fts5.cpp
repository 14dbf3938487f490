#include "ContentCorpus.h"
#include "Fts5Index.h"
#include "Median.h"

#include "content/ContentLoader.h"
#include "content/ContentSearch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

// search_vs_fts5 of bench/run: the median time of a content search in the app's engine and in an FTS5 trigram index
// over the same text, query by query, both warmed up and built before timing. Prints one JSON object.
namespace {

struct ScriptQueries {
    Content::Script script;
    QStringList queries;  // at least three characters each, as the trigram tokenizer needs
};

const QList<ScriptQueries> Queries = {
    {Content::Script::Hans,
     {QStringLiteral("干细胞"), QStringLiteral("胰岛细胞"), QStringLiteral("临床试验"),
      QStringLiteral("免疫抑制"), QStringLiteral("低血糖"), QStringLiteral("1型糖尿病"),
      QStringLiteral("胰岛移植"), QStringLiteral("zimislecel")}},
    {Content::Script::Hant,
     {QStringLiteral("幹細胞"), QStringLiteral("胰島細胞"), QStringLiteral("臨床試驗"),
      QStringLiteral("免疫抑制"), QStringLiteral("低血糖"), QStringLiteral("1型糖尿病"),
      QStringLiteral("胰島移植"), QStringLiteral("zimislecel")}},
};

template<typename Search>
double timedNanoseconds(Search &&search, int *results)
{
    QElapsedTimer timer;
    timer.start();
    *results = search();
    return double(timer.nsecsElapsed());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 50;
    const Content::LoadResult loaded = Content::ContentLoader::load();
    if (!loaded.problems.isEmpty() || loaded.library.articles.isEmpty()) {
        std::fprintf(stderr, "search_vs_fts5: the bundled content did not load\n");
        return 1;
    }

    std::vector<double> appMedians;
    std::vector<double> peerMedians;
    for (const ScriptQueries &set : Queries) {
        const Content::ContentSearch engine(loaded.library, set.script);
        Fts5Index peer(contentCorpus(loaded.library, set.script));
        for (const QString &query : set.queries) {
            std::vector<double> appTimes;
            std::vector<double> peerTimes;
            int appResults = 0;
            int peerResults = 0;
            for (int round = 0; round <= rounds; ++round) {  // round 0 warms up and is not counted
                const double appNs = timedNanoseconds([&] { return int(engine.search(query).size()); }, &appResults);
                const double peerNs = timedNanoseconds([&] { return int(peer.search(query).size()); }, &peerResults);
                if (round > 0) {
                    appTimes.push_back(appNs);
                    peerTimes.push_back(peerNs);
                }
            }
            if (appResults == 0 || peerResults == 0) {
                std::fprintf(stderr, "search_vs_fts5: '%s' found %d in the app and %d in FTS5; each must find some\n",
                             qPrintable(query), appResults, peerResults);
                return 1;
            }
            appMedians.push_back(median(appTimes));
            peerMedians.push_back(median(peerTimes));
        }
    }
    std::printf("{\"app_ns\": %.0f, \"fts5_ns\": %.0f, \"queries\": %zu, \"rounds\": %d}\n", median(appMedians),
                median(peerMedians), appMedians.size(), rounds);
    return 0;
}
