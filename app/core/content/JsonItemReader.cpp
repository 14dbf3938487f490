#include "content/JsonItemReader.h"

#include <QJsonArray>

namespace Content {

JsonItemReader::JsonItemReader(const QJsonObject &object, ContentOrigin origin, QList<ContentProblem> &problems)
    : m_object(object)
    , m_origin(std::move(origin))
    , m_problems(problems)
{
}

void JsonItemReader::report(const QString &key, const QString &problem) const
{
    m_problems.append({m_origin, QStringLiteral("field \"%1\" %2").arg(key, problem)});
}

QString JsonItemReader::string(const QString &key, bool required) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isString())
        return value.toString();
    if (!value.isUndefined() || required)
        report(key, value.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("must be a string"));
    return {};
}

LocalizedText JsonItemReader::text(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        report(key, value.isUndefined() ? QStringLiteral("is missing")
                                        : QStringLiteral("must be an object {\"zh-Hans\": …, \"zh-Hant\": …}"));
        return {};
    }
    const QJsonObject text = value.toObject();
    return {text.value(QLatin1String("zh-Hans")).toString(), text.value(QLatin1String("zh-Hant")).toString()};
}

QStringList JsonItemReader::strings(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        report(key, value.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("must be a list of strings"));
        return {};
    }
    QStringList result;
    for (const QJsonValue &entry : value.toArray()) {
        if (!entry.isString()) {
            report(key, QStringLiteral("must be a list of strings"));
            return {};
        }
        result.append(entry.toString());
    }
    return result;
}

QList<QJsonObject> JsonItemReader::objects(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        report(key, value.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("must be a list of objects"));
        return {};
    }
    QList<QJsonObject> result;
    for (const QJsonValue &entry : value.toArray()) {
        if (!entry.isObject()) {
            report(key, QStringLiteral("must be a list of objects"));
            return {};
        }
        result.append(entry.toObject());
    }
    return result;
}

QDate JsonItemReader::date(const QString &key, bool required) const
{
    const QString text = string(key, required);
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        report(key, QStringLiteral("is not a date YYYY-MM-DD: \"%1\"").arg(text));
    return date;
}

int JsonItemReader::integer(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (!value.isDouble()) {
        report(key, value.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("must be a number"));
        return 0;
    }
    return value.toInt();
}

} // namespace Content
