#include "FaultVfs.h"

#include <atomic>
#include <cstring>
#include <mutex>
#include <sqlite3.h>

namespace {

struct State {
    std::mutex mutex;
    FaultVfs::Plan plan;
    std::int64_t written = 0;
    int writes = 0;
    int syncs = 0;
    bool fired = false;
};

State &state()
{
    static State s;
    return s;
}

sqlite3_vfs *base = nullptr;
sqlite3_vfs faultVfs;
sqlite3_io_methods faultMethods;

// Every file this VFS opens: the base VFS's file follows this header in the same allocation.
struct FaultFile {
    sqlite3_file header;
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

FaultFile *cast(sqlite3_file *file)
{
    return reinterpret_cast<FaultFile *>(file);
}

// SQLITE_OK when this write may go ahead, otherwise the planned error.
int admitWrite(int amount)
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    ++s.writes;
    const FaultVfs::Plan &p = s.plan;
    if (p.bytesLeft >= 0 && s.written + amount > p.bytesLeft) {
        s.fired = true;
        return SQLITE_FULL;
    }
    if ((p.failAtWrite > 0 && s.writes == p.failAtWrite) || (p.persistent && s.fired)) {
        s.fired = true;
        return SQLITE_IOERR_WRITE;
    }
    s.written += amount;
    return SQLITE_OK;
}

int admitSync()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    ++s.syncs;
    const FaultVfs::Plan &p = s.plan;
    if ((p.failAtSync > 0 && s.syncs == p.failAtSync) || (p.persistent && s.fired)) {
        s.fired = true;
        return SQLITE_IOERR_FSYNC;
    }
    return SQLITE_OK;
}

int faultClose(sqlite3_file *f)
{
    sqlite3_file *real = cast(f)->real();
    return real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
}
int faultRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = cast(f)->real();
    return real->pMethods->xRead(real, buffer, amount, offset);
}
int faultWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = admitWrite(amount); rc != SQLITE_OK)
        return rc;
    sqlite3_file *real = cast(f)->real();
    return real->pMethods->xWrite(real, buffer, amount, offset);
}
int faultTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    sqlite3_file *real = cast(f)->real();
    return real->pMethods->xTruncate(real, size);
}
int faultSync(sqlite3_file *f, int flags)
{
    if (const int rc = admitSync(); rc != SQLITE_OK)
        return rc;
    sqlite3_file *real = cast(f)->real();
    return real->pMethods->xSync(real, flags);
}
int faultFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    sqlite3_file *real = cast(f)->real();
    return real->pMethods->xFileSize(real, size);
}
int faultLock(sqlite3_file *f, int level)
{
    sqlite3_file *real = cast(f)->real();
    return real->pMethods->xLock(real, level);
}
int faultUnlock(sqlite3_file *f, int level)
{
    sqlite3_file *real = cast(f)->real();
    return real->pMethods->xUnlock(real, level);
}
int faultCheckReservedLock(sqlite3_file *f, int *out)
{
    sqlite3_file *real = cast(f)->real();
    return real->pMethods->xCheckReservedLock(real, out);
}
int faultFileControl(sqlite3_file *f, int op, void *arg)
{
    sqlite3_file *real = cast(f)->real();
    return real->pMethods->xFileControl(real, op, arg);
}
int faultSectorSize(sqlite3_file *f)
{
    sqlite3_file *real = cast(f)->real();
    return real->pMethods->xSectorSize(real);
}
int faultDeviceCharacteristics(sqlite3_file *f)
{
    sqlite3_file *real = cast(f)->real();
    return real->pMethods->xDeviceCharacteristics(real);
}
int faultShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    sqlite3_file *real = cast(f)->real();
    return real->pMethods->xShmMap(real, page, size, extend, out);
}
int faultShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    sqlite3_file *real = cast(f)->real();
    return real->pMethods->xShmLock(real, offset, n, flags);
}
void faultShmBarrier(sqlite3_file *f)
{
    sqlite3_file *real = cast(f)->real();
    real->pMethods->xShmBarrier(real);
}
int faultShmUnmap(sqlite3_file *f, int deleteFlag)
{
    sqlite3_file *real = cast(f)->real();
    return real->pMethods->xShmUnmap(real, deleteFlag);
}
// No memory-mapped I/O: every write must pass through faultWrite.
int faultFetch(sqlite3_file *, sqlite3_int64, int, void **out)
{
    *out = nullptr;
    return SQLITE_OK;
}
int faultUnfetch(sqlite3_file *, sqlite3_int64, void *)
{
    return SQLITE_OK;
}

int faultOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    FaultFile *wrapper = cast(file);
    wrapper->header.pMethods = nullptr;
    const int rc = base->xOpen(base, name, wrapper->real(), flags, outFlags);
    if (rc == SQLITE_OK || wrapper->real()->pMethods)
        wrapper->header.pMethods = &faultMethods;
    return rc;
}

int faultDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return base->xDelete(base, name, syncDir);
}
int faultAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return base->xAccess(base, name, flags, out);
}
int faultFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return base->xFullPathname(base, name, size, out);
}
void *faultDlOpen(sqlite3_vfs *, const char *name)
{
    return base->xDlOpen(base, name);
}
void faultDlError(sqlite3_vfs *, int size, char *out)
{
    base->xDlError(base, size, out);
}
void (*faultDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return base->xDlSym(base, handle, symbol);
}
void faultDlClose(sqlite3_vfs *, void *handle)
{
    base->xDlClose(base, handle);
}
int faultRandomness(sqlite3_vfs *, int size, char *out)
{
    return base->xRandomness(base, size, out);
}
int faultSleep(sqlite3_vfs *, int micro)
{
    return base->xSleep(base, micro);
}
int faultCurrentTime(sqlite3_vfs *, double *out)
{
    return base->xCurrentTime(base, out);
}
int faultGetLastError(sqlite3_vfs *, int size, char *out)
{
    return base->xGetLastError ? base->xGetLastError(base, size, out) : 0;
}
int faultCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return base->xCurrentTimeInt64(base, out);
}

} // namespace

namespace FaultVfs {

void install()
{
    if (base)
        return;
    base = sqlite3_vfs_find(nullptr);
    faultMethods = sqlite3_io_methods{3,
                                      faultClose,
                                      faultRead,
                                      faultWrite,
                                      faultTruncate,
                                      faultSync,
                                      faultFileSize,
                                      faultLock,
                                      faultUnlock,
                                      faultCheckReservedLock,
                                      faultFileControl,
                                      faultSectorSize,
                                      faultDeviceCharacteristics,
                                      faultShmMap,
                                      faultShmLock,
                                      faultShmBarrier,
                                      faultShmUnmap,
                                      faultFetch,
                                      faultUnfetch};
    std::memset(&faultVfs, 0, sizeof faultVfs);
    faultVfs.iVersion = 2;
    faultVfs.szOsFile = int(sizeof(FaultFile)) + base->szOsFile;
    faultVfs.mxPathname = base->mxPathname;
    faultVfs.zName = "isletguide-fault";
    faultVfs.xOpen = faultOpen;
    faultVfs.xDelete = faultDelete;
    faultVfs.xAccess = faultAccess;
    faultVfs.xFullPathname = faultFullPathname;
    faultVfs.xDlOpen = faultDlOpen;
    faultVfs.xDlError = faultDlError;
    faultVfs.xDlSym = faultDlSym;
    faultVfs.xDlClose = faultDlClose;
    faultVfs.xRandomness = faultRandomness;
    faultVfs.xSleep = faultSleep;
    faultVfs.xCurrentTime = faultCurrentTime;
    faultVfs.xGetLastError = faultGetLastError;
    faultVfs.xCurrentTimeInt64 = faultCurrentTimeInt64;
    sqlite3_vfs_register(&faultVfs, 1);
}

void arm(const Plan &plan)
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    s.plan = plan;
    s.written = 0;
    s.writes = 0;
    s.syncs = 0;
    s.fired = false;
}

void disarm()
{
    arm(Plan{});
}

int writes()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    return s.writes;
}

int syncs()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    return s.syncs;
}

bool fired()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    return s.fired;
}

} // namespace FaultVfs
