#include "OpenDatabaseFiles.h"

#include <QMutex>
#include <QMutexLocker>

namespace {

struct Registry
{
    QMutex mutex;
    QStringList paths;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

void OpenDatabaseFiles::add(const QString &path)
{
    Registry &files = registry();
    const QMutexLocker locker(&files.mutex);
    files.paths.append(path);
}

void OpenDatabaseFiles::remove(const QString &path)
{
    Registry &files = registry();
    const QMutexLocker locker(&files.mutex);
    files.paths.removeOne(path);
}

QStringList OpenDatabaseFiles::paths()
{
    Registry &files = registry();
    const QMutexLocker locker(&files.mutex);
    return files.paths;
}

QStringList OpenDatabaseFiles::companionSuffixes()
{
    return {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
}
