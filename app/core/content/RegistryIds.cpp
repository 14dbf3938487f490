#include "content/RegistryIds.h"

#include <QList>
#include <QRegularExpression>

namespace Content::RegistryIds {

namespace {

struct KnownRegistry {
    Registry registry;
    QRegularExpression pattern;
};

const QList<KnownRegistry> &knownRegistries()
{
    static const QList<KnownRegistry> registries = {
        {{QStringLiteral("ClinicalTrials.gov"), QStringLiteral("NCT + 8 digits"), QStringLiteral("https://clinicaltrials.gov/"),
          QStringLiteral("https://clinicaltrials.gov/study/")},
         QRegularExpression(QStringLiteral("^NCT\\d{8}$"))},
        {{QStringLiteral("ChiCTR"), QStringLiteral("ChiCTR + 10 digits"), QStringLiteral("https://www.chictr.org.cn/"), {}},
         QRegularExpression(QStringLiteral("^ChiCTR\\d{10}$"))},
        {{QStringLiteral("jRCT"), QStringLiteral("jRCT + 10 characters"), QStringLiteral("https://jrct.mhlw.go.jp/"),
          QStringLiteral("https://jrct.mhlw.go.jp/latest-detail/")},
         QRegularExpression(QStringLiteral("^jRCT[0-9a-z]{10}$"))},
        {{QStringLiteral("ISRCTN"), QStringLiteral("ISRCTN + 8 digits"), QStringLiteral("https://www.isrctn.com/"),
          QStringLiteral("https://www.isrctn.com/")},
         QRegularExpression(QStringLiteral("^ISRCTN\\d{8}$"))},
    };
    return registries;
}

} // namespace

const Registry *registryOf(const QString &id)
{
    for (const KnownRegistry &known : knownRegistries())
        if (known.pattern.match(id).hasMatch())
            return &known.registry;
    return nullptr;
}

QString lookUpAddress(const QString &id)
{
    const Registry *registry = registryOf(id);
    if (!registry)
        return {};
    return registry->recordPrefix.isEmpty() ? registry->homeAddress : registry->recordPrefix + id;
}

QStringList formats()
{
    QStringList result;
    for (const KnownRegistry &known : knownRegistries())
        result.append(known.registry.format);
    return result;
}

} // namespace Content::RegistryIds
