#include "TouchTargetCheck.h"

#include <QQuickItem>

namespace {
// The Qt Quick Controls a user taps, types into or drags; labels and layout items are not targets.
constexpr const char *TargetClasses[] = {"QQuickAbstractButton", "QQuickTextField", "QQuickTextArea",
                                         "QQuickComboBox",       "QQuickSlider",    "QQuickSpinBox"};

bool isTarget(const QQuickItem *item)
{
    for (const char *className : TargetClasses) {
        if (item->inherits(className))
            return true;
    }
    return false;
}

QString describe(const QQuickItem *item)
{
    QString name = item->property("text").toString();
    if (name.isEmpty())
        name = item->objectName();
    const QString type = QString::fromLatin1(item->metaObject()->className()).section(QStringLiteral("_QML"), 0, 0);
    return QStringLiteral("%1 \"%2\" is %3 × %4 px")
        .arg(type, name.left(40))
        .arg(item->width())
        .arg(item->height());
}

void collect(const QQuickItem *item, QStringList &found)
{
    if (!item->isVisible() || !item->isEnabled())
        return;
    if (isTarget(item) && (item->width() < TouchTargetCheck::MinimumPx || item->height() < TouchTargetCheck::MinimumPx))
        found << describe(item);
    for (const QQuickItem *child : item->childItems())
        collect(child, found);
}
} // namespace

QStringList TouchTargetCheck::tooSmall(QQuickItem *root)
{
    QStringList found;
    if (root)
        collect(root, found);
    return found;
}
