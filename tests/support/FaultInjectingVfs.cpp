#include "FaultInjectingVfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace {

// The VFS callbacks are plain C functions: the state they share lives here, one wrapper at a time.
struct State
{
    sqlite3_vfs *real = nullptr;
    std::atomic<bool> armed{false};
    std::atomic<int> failAt{0};
    std::atomic<bool> everyAfter{false};
    std::atomic<int> counted{0};
    std::atomic<int> count{0};
    std::atomic<int> failures{0};
    std::atomic<int> fault{0}; // FaultInjectingVfs::Fault
};

State state;
sqlite3_vfs wrapper;

// A file of the wrapper: its own header, then the real VFS's file, which SQLite allocates with it.
struct WrappedFile
{
    sqlite3_file base;
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<WrappedFile *>(file)->real();
}

// The error the operation returns when it is the one chosen to fail, or SQLITE_OK.
int injected(FaultInjectingVfs::Operation operation, int inputOutputCode)
{
    if (!state.armed.load() || !(state.counted.load() & operation))
        return SQLITE_OK;
    const int number = ++state.count;
    const int failAt = state.failAt.load();
    if (number != failAt && !(state.everyAfter.load() && number > failAt))
        return SQLITE_OK;
    ++state.failures;
    return FaultInjectingVfs::Fault(state.fault.load()) == FaultInjectingVfs::Fault::DiskFull ? SQLITE_FULL
                                                                                              : inputOutputCode;
}

int fileClose(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
}

int fileRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xRead(real, buffer, amount, offset);
}

int fileWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (const int error = injected(FaultInjectingVfs::Write, SQLITE_IOERR_WRITE))
        return error;
    sqlite3_file *real = realOf(file);
    return real->pMethods->xWrite(real, buffer, amount, offset);
}

int fileTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    if (const int error = injected(FaultInjectingVfs::Truncate, SQLITE_IOERR_TRUNCATE))
        return error;
    sqlite3_file *real = realOf(file);
    return real->pMethods->xTruncate(real, size);
}

int fileSync(sqlite3_file *file, int flags)
{
    if (const int error = injected(FaultInjectingVfs::Sync, SQLITE_IOERR_FSYNC))
        return error;
    sqlite3_file *real = realOf(file);
    return real->pMethods->xSync(real, flags);
}

int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFileSize(real, size);
}

int fileLock(sqlite3_file *file, int lock)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xLock(real, lock);
}

int fileUnlock(sqlite3_file *file, int lock)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xUnlock(real, lock);
}

int fileCheckReservedLock(sqlite3_file *file, int *reserved)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xCheckReservedLock(real, reserved);
}

int fileControl(sqlite3_file *file, int operation, void *argument)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFileControl(real, operation, argument);
}

int fileSectorSize(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xSectorSize(real);
}

int fileDeviceCharacteristics(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xDeviceCharacteristics(real);
}

// The shared memory (the WAL index) is mapped memory, not file writes: passed through untouched.
int fileShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **memory)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmMap(real, region, size, extend, memory);
}

int fileShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmLock(real, offset, n, flags);
}

void fileShmBarrier(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    real->pMethods->xShmBarrier(real);
}

int fileShmUnmap(sqlite3_file *file, int deleteFlag)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmUnmap(real, deleteFlag);
}

int fileFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **pointer)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFetch(real, offset, amount, pointer);
}

int fileUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *pointer)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xUnfetch(real, offset, pointer);
}

// Version 3, the unix VFS's own: the wrapper forwards every method it has.
const sqlite3_io_methods wrappedMethods = {
    3,
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileUnlock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    fileShmMap,
    fileShmLock,
    fileShmBarrier,
    fileShmUnmap,
    fileFetch,
    fileUnfetch,
};

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *wrapped = reinterpret_cast<WrappedFile *>(file);
    sqlite3_file *real = wrapped->real();
    std::memset(real, 0, size_t(state.real->szOsFile));
    const int result = state.real->xOpen(state.real, name, real, flags, outFlags);
    // SQLite reads pMethods whatever xOpen returned: ours only over a real file that has methods.
    wrapped->base.pMethods = real->pMethods ? &wrappedMethods : nullptr;
    return result;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDirectory)
{
    return state.real->xDelete(state.real, name, syncDirectory);
}

int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *result)
{
    return state.real->xAccess(state.real, name, flags, result);
}

int vfsFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return state.real->xFullPathname(state.real, name, size, out);
}

void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return state.real->xDlOpen(state.real, name);
}

void vfsDlError(sqlite3_vfs *, int size, char *message)
{
    state.real->xDlError(state.real, size, message);
}

void (*vfsDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return state.real->xDlSym(state.real, handle, symbol);
}

void vfsDlClose(sqlite3_vfs *, void *handle)
{
    state.real->xDlClose(state.real, handle);
}

int vfsRandomness(sqlite3_vfs *, int size, char *out)
{
    return state.real->xRandomness(state.real, size, out);
}

int vfsSleep(sqlite3_vfs *, int microseconds)
{
    return state.real->xSleep(state.real, microseconds);
}

int vfsCurrentTime(sqlite3_vfs *, double *now)
{
    return state.real->xCurrentTime(state.real, now);
}

int vfsGetLastError(sqlite3_vfs *, int size, char *message)
{
    return state.real->xGetLastError(state.real, size, message);
}

int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *now)
{
    return state.real->xCurrentTimeInt64(state.real, now);
}

} // namespace

FaultInjectingVfs::FaultInjectingVfs()
{
    Q_ASSERT(!state.real);
    m_previousDefault = sqlite3_vfs_find(nullptr);
    state.real = sqlite3_vfs_find("unix");
    if (!state.real)
        return;
    wrapper = sqlite3_vfs{};
    // Version 2 (with xCurrentTimeInt64); the system-call overrides of version 3 stay the real VFS's.
    wrapper.iVersion = 2;
    wrapper.szOsFile = int(sizeof(WrappedFile)) + state.real->szOsFile;
    wrapper.mxPathname = state.real->mxPathname;
    wrapper.zName = "fast-fault-injecting";
    wrapper.xOpen = vfsOpen;
    wrapper.xDelete = vfsDelete;
    wrapper.xAccess = vfsAccess;
    wrapper.xFullPathname = vfsFullPathname;
    wrapper.xDlOpen = vfsDlOpen;
    wrapper.xDlError = vfsDlError;
    wrapper.xDlSym = vfsDlSym;
    wrapper.xDlClose = vfsDlClose;
    wrapper.xRandomness = vfsRandomness;
    wrapper.xSleep = vfsSleep;
    wrapper.xCurrentTime = vfsCurrentTime;
    wrapper.xGetLastError = vfsGetLastError;
    wrapper.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    m_registered = sqlite3_vfs_register(&wrapper, 1) == SQLITE_OK;
}

FaultInjectingVfs::~FaultInjectingVfs()
{
    disarm();
    if (m_registered) {
        sqlite3_vfs_unregister(&wrapper);
        if (m_previousDefault)
            sqlite3_vfs_register(m_previousDefault, 1);
    }
    state.real = nullptr;
}

bool FaultInjectingVfs::isRegistered() const
{
    return m_registered;
}

void FaultInjectingVfs::arm(int n, Fault fault, Operations counted, bool everyAfter)
{
    state.armed = false;
    state.count = 0;
    state.failures = 0;
    state.failAt = n;
    state.everyAfter = everyAfter;
    state.counted = int(counted);
    state.fault = int(fault);
    state.armed = true;
}

void FaultInjectingVfs::disarm()
{
    state.armed = false;
}

int FaultInjectingVfs::operationCount() const
{
    return state.count.load();
}

int FaultInjectingVfs::failureCount() const
{
    return state.failures.load();
}
