#pragma once

#include <QString>

namespace Content {

// Where an item or a problem comes from, so every message can name the file and line to fix.
struct ContentOrigin {
    QString file;  // relative to the content root, e.g. "trials.json"
    int line = 0;  // 1-based; 0 when not known

    QString toString() const { return line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file; }
};

// One rule the content breaks, with where.
struct ContentProblem {
    ContentOrigin where;
    QString message;

    QString toString() const { return where.toString() + QStringLiteral(": ") + message; }
};

} // namespace Content
