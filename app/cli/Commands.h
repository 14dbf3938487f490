#pragma once

#include "CliContext.h"

// The commands of isletguide-cli, one function per command, each in its own file.
int runContent(CliContext &context);
int runStats(CliContext &context);
int runImport(CliContext &context);
int runExport(CliContext &context);
int runBackup(CliContext &context);
int runRestore(CliContext &context);
