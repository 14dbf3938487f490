#pragma once

#include "CliContext.h"

class DiaryStore;

// The commands of isletguide-cli, one function per command, each in its own file.
int runContent(CliContext &context);
int runStats(CliContext &context);
int runImport(CliContext &context);
int runExport(CliContext &context);
int runBackup(CliContext &context);
int runRestore(CliContext &context);

// Opens the diary named by --db for a command; false (the problem printed) when it cannot.
bool openStore(CliContext &context, DiaryStore &store);
