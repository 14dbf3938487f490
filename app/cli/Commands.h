#pragma once

#include "CliContext.h"

// The commands of isletguide-cli, one function per command, each in its own file.
int runContent(CliContext &context);
