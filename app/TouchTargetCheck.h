#pragma once

#include <QStringList>

class QQuickItem;

// The accessibility rule that every control a finger can use is at least 48 × 48 px, checked on a live page: the
// smoke test reports each visible, enabled button, field, list choice or slider under ROOT that is smaller.
namespace TouchTargetCheck {
constexpr qreal MinimumPx = 48;

// One line per control that is too small: its kind, its text or name, and its size.
QStringList tooSmall(QQuickItem *root);
}
