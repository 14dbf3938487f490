#pragma once

#include "content/ContentLibrary.h"
#include "content/ContentSearch.h"

#include <QJsonObject>

namespace Content {

// The content in one script as JSON (the `content dump` and `content search` contract of DESIGN.md).
QJsonObject libraryToJson(const ContentLibrary &library, Script script);
QJsonObject searchHitsToJson(const QList<SearchHit> &hits);

} // namespace Content
