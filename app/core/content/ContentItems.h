#pragma once

#include "content/ContentOrigin.h"
#include "content/LocalizedText.h"

#include <QDate>
#include <QList>
#include <QStringList>

// The typed items of the education content (content/FORMAT.md describes the files they are read from).
namespace Content {

struct Topic {
    QString id;
    LocalizedText title;
    LocalizedText summary;
    int order = 0;
    ContentOrigin origin;
};

struct Article {
    QString id;
    QString topic;
    QString audience;  // "patient" or "caregiver"
    QString evidence;
    QDate reviewed;
    LocalizedText title;
    LocalizedText summary;
    LocalizedText body;  // Markdown
    QStringList sources;
    QStringList related;
    QStringList glossary;
    ContentOrigin origin;
};

struct Trial {
    QString id;
    LocalizedText name;
    QStringList otherNames;
    LocalizedText sponsor;
    QStringList countries;
    QString cellSource;
    LocalizedText delivery;
    QStringList diabetesTypes;
    QString phase;
    QStringList registryIds;
    QString status;
    QDate statusAsOf;
    LocalizedText statusNote;
    LocalizedText participants;
    QString immunosuppression;  // "yes", "no" or "unknown"
    LocalizedText immunosuppressionNote;
    LocalizedText results;
    LocalizedText caveats;
    LocalizedText whoCanJoin;
    QString evidence;
    QStringList sources;
    ContentOrigin origin;
};

struct RedFlag {
    QString id;
    LocalizedText question;  // "yes" is the warning sign
    LocalizedText why;
    QString weight;  // "strong" or "caution"
    QDate asOf;
    QStringList sources;
    ContentOrigin origin;
};

struct RegulatorLink {
    LocalizedText label;
    QString url;
};

struct Regulator {
    QString id;
    QString region;  // "cn", "tw", "hk" or "us"
    LocalizedText name;
    LocalizedText rules;
    LocalizedText howToVerify;
    LocalizedText whereToReport;
    QList<RegulatorLink> links;
    QDate asOf;
    QStringList sources;
    ContentOrigin origin;
};

struct GlossaryTerm {
    QString id;
    LocalizedText term;
    LocalizedText definition;
    QStringList aliases;
    ContentOrigin origin;
};

struct Source {
    QString id;
    QString citation;
    QString doi;
    QString url;
    QString printOnly;  // why a source without DOI or URL can only be read on paper; empty for sources online
    QString type;
    QDate published;
    QDate accessed;
    ContentOrigin origin;

    // Where the reader can look the source up: the DOI resolver or the URL.
    QString link() const { return doi.isEmpty() ? url : QStringLiteral("https://doi.org/") + doi; }
};

} // namespace Content
