#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// What a CLI command receives: the global options, its own arguments, and where to print.
struct CliContext {
    QString dbPath;          // from --db; empty when not given
    QStringList args;        // the command's arguments, after the command word
    QTextStream &out;
    QTextStream &err;

    // The value after `--name`, or `fallback` when absent.
    QString option(const QString &name, const QString &fallback = {}) const
    {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    }
    bool hasFlag(const QString &name) const { return args.contains(name); }
};

// A command prints one line naming the problem and returns non-zero on failure.
using CliCommand = int (*)(CliContext &context);
