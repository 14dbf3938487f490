#pragma once

#include <cstdint>

// A SQLite VFS layered over the default one that fails writes on request, as SQLite's own I/O-error tests do: the
// disk fills after a byte budget (SQLITE_FULL), or the Nth write or sync fails (SQLITE_IOERR). It becomes the default
// VFS, so Qt SQL's connections (the same system libsqlite3) go through it too.
namespace FaultVfs {

struct Plan {
    std::int64_t bytesLeft = -1;  // writes beyond this many bytes fail with SQLITE_FULL (< 0: no budget)
    int failAtWrite = -1;         // the Nth write (from 1) fails with SQLITE_IOERR_WRITE
    int failAtSync = -1;          // the Nth sync (from 1) fails with SQLITE_IOERR_FSYNC
    bool persistent = false;      // an I/O error repeats on every later write and sync until disarm()
};

void install();  // once per process, before the first connection is opened
void arm(const Plan &plan);
void disarm();

int writes();  // since the last arm()
int syncs();
bool fired();  // whether a planned failure happened since the last arm()

} // namespace FaultVfs
