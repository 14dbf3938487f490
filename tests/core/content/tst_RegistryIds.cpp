#include "content/RegistryIds.h"

#include <catch2/catch.hpp>

using namespace Content;

TEST_CASE("registry ids are matched to their registry by format")
{
    const auto [id, registry, address] = GENERATE(table<const char *, const char *, const char *>({
        {"NCT04786262", "ClinicalTrials.gov", "https://clinicaltrials.gov/study/NCT04786262"},
        {"ChiCTR2300072200", "ChiCTR", "https://www.chictr.org.cn/"},
        {"jRCT2053210068", "jRCT", "https://jrct.mhlw.go.jp/latest-detail/jRCT2053210068"},
        {"jRCTs051180085", "jRCT", "https://jrct.mhlw.go.jp/latest-detail/jRCTs051180085"},
        {"ISRCTN12345678", "ISRCTN", "https://www.isrctn.com/ISRCTN12345678"},
    }));
    const QString text = QString::fromUtf8(id);
    const RegistryIds::Registry *found = RegistryIds::registryOf(text);
    REQUIRE(found);
    CHECK(found->name == QString::fromUtf8(registry));
    CHECK(RegistryIds::lookUpAddress(text) == QString::fromUtf8(address));
}

TEST_CASE("an id in no registry's format has no registry and no address")
{
    const char *id = GENERATE("NCT0478626", "NCT047862620", "nct04786262", "ChiCTR-2300072200", "VX-880", "");
    CHECK(RegistryIds::registryOf(QString::fromUtf8(id)) == nullptr);
    CHECK(RegistryIds::lookUpAddress(QString::fromUtf8(id)).isEmpty());
}
