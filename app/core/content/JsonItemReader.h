#pragma once

#include "content/ContentOrigin.h"
#include "content/LocalizedText.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Content {

// Reads the fields of one JSON item into typed values, reporting a field that is missing or of the wrong type
// with the item's file and line; a missing value reads as empty so the validator can name what is lacking.
class JsonItemReader
{
public:
    JsonItemReader(const QJsonObject &object, ContentOrigin origin, QList<ContentProblem> &problems);

    QString string(const QString &key, bool required = true) const;
    LocalizedText text(const QString &key) const;
    QStringList strings(const QString &key) const;
    QDate date(const QString &key, bool required = true) const;
    int integer(const QString &key) const;
    QList<QJsonObject> objects(const QString &key) const;

private:
    void report(const QString &key, const QString &problem) const;

    QJsonObject m_object;
    ContentOrigin m_origin;
    QList<ContentProblem> &m_problems;
};

} // namespace Content
