#include "OutputFile.h"

#include "storage/OpenDatabaseFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cerrno>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace {

// Writes of at most 1 MiB: a short write is retried for the rest, and an error is seen at the block
// that failed.
constexpr qint64 writeBlock = 1 << 20;

struct FileIdentity
{
    dev_t device = 0;
    ino_t inode = 0;
};

// stat(2), following symbolic links: a link to the database is the database.
std::optional<FileIdentity> identity(const QString &path, struct stat *status = nullptr)
{
    struct stat buffer = {};
    if (::stat(QFile::encodeName(path).constData(), &buffer) != 0)
        return std::nullopt;
    if (status)
        *status = buffer;
    return FileIdentity{buffer.st_dev, buffer.st_ino};
}

// Folder (canonical) and name of a path whose file may not exist yet; empty when its folder does not exist.
QString canonicalLocation(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QString() : folder + QLatin1Char('/') + info.fileName();
}

// A database's files: itself first, then its journals, under the name it was opened with and under its
// canonical path (SQLite puts the journals beside the file a symbolic link points to).
QStringList databaseFiles(const QString &database)
{
    QStringList bases{database};
    const QString canonical = QFileInfo(database).canonicalFilePath();
    if (!canonical.isEmpty() && canonical != database)
        bases.append(canonical);
    QStringList files;
    for (const QString &base : std::as_const(bases)) {
        files.append(base);
        for (const QString &suffix : OpenDatabaseFiles::companionSuffixes())
            files.append(base + suffix);
    }
    return files;
}

} // namespace

QString OutputFile::shownPath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString OutputFile::reason(int error, const QString &fallback)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return tr("the disk is full");
    case EACCES:
    case EPERM:
        return tr("permission denied");
    case EROFS:
        return tr("the file system is read-only");
    case EIO:
        return tr("input/output error");
    case EFBIG:
        return tr("the file is too large for this system");
    default:
        return fallback;
    }
}

Outcome OutputFile::checkTarget(const QString &path)
{
    const QString shown = shownPath(path);
    if (path.isEmpty())
        return Outcome::failure(tr("No file name was given to write."));

    struct stat status = {};
    errno = 0;
    const std::optional<FileIdentity> target = identity(path, &status);
    const int statError = errno;
    QString location; // for a new file: its canonical folder and name
    if (!target) {
        if (statError != ENOENT)
            return Outcome::failure(
                tr("Cannot write %1: %2.").arg(shown, reason(statError, qt_error_string(statError))));
        // A link that points nowhere: writing would create whatever it names, which nobody chose.
        if (QFileInfo(path).isSymLink())
            return Outcome::failure(tr("Cannot write %1: it is a link to a file that does not exist.").arg(shown));
        location = canonicalLocation(path);
    }

    // An existing file is the database's when it is the same inode (a link to it included); a new one when
    // it has the name of a journal SQLite has not created yet.
    for (const QString &database : OpenDatabaseFiles::paths()) {
        const QString canonicalDatabase = QFileInfo(database).canonicalFilePath();
        for (const QString &file : databaseFiles(database)) {
            bool same = false;
            if (target) {
                const std::optional<FileIdentity> other = identity(file);
                same = other && other->device == target->device && other->inode == target->inode;
            } else {
                same = !location.isEmpty() && canonicalLocation(file) == location;
            }
            if (!same)
                continue;
            if (file == database || file == canonicalDatabase)
                return Outcome::failure(
                    tr("Cannot write %1: it is the database in use; choose another file.").arg(shown));
            return Outcome::failure(
                tr("Cannot write %1: it is a journal of the database in use (%2); choose another file.")
                    .arg(shown, shownPath(database)));
        }
    }
    if (!target)
        return Outcome::success(); // a new file (when its folder is missing, the write says so)

    if (S_ISDIR(status.st_mode))
        return Outcome::failure(tr("Cannot write %1: it is a folder, not a file.").arg(shown));
    if (S_ISFIFO(status.st_mode))
        return Outcome::failure(tr("Cannot write %1: it is a named pipe, not a regular file.").arg(shown));
    if (S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode))
        return Outcome::failure(tr("Cannot write %1: it is a device, not a regular file.").arg(shown));
    if (S_ISSOCK(status.st_mode))
        return Outcome::failure(tr("Cannot write %1: it is a socket, not a regular file.").arg(shown));
    if (!S_ISREG(status.st_mode))
        return Outcome::failure(tr("Cannot write %1: it is not a regular file.").arg(shown));
    return Outcome::success();
}

Outcome OutputFile::write(const QString &path, const QByteArray &bytes)
{
    if (const Outcome allowed = checkTarget(path); !allowed)
        return allowed;
    // checkTarget let through only a regular file or a new path.
    const bool previous = QFileInfo::exists(path);
    const QString shown = shownPath(path);
    const auto failure = [&](const QString &why) {
        return Outcome::failure(previous ? tr("Cannot write %1: %2; the previous file was kept.").arg(shown, why)
                                         : tr("Cannot write %1: %2.").arg(shown, why));
    };

    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        const int error = errno;
        return failure(reason(error, file.errorString()));
    }
    // The bytes go straight to the temporary file's descriptor: QSaveFile still owns the temporary file,
    // the rename and the clean-up, and the errno reported is the one write(2) itself set, read before any
    // other call can change it.
    const int descriptor = file.handle();
    const char *data = bytes.constData();
    qint64 left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(descriptor, data, size_t(std::min(left, writeBlock)));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            const int error = written < 0 ? errno : EIO;
            file.cancelWriting();
            return failure(reason(error, qt_error_string(error)));
        }
        data += written;
        left -= written;
    }
    // QSaveFile ignores a failed sync; a file system that allocates late reports a full disk only here.
    // EINVAL means the file system has nothing to sync.
    if (::fsync(descriptor) != 0 && errno != EINVAL) {
        const int error = errno;
        file.cancelWriting();
        return failure(reason(error, qt_error_string(error)));
    }
    errno = 0;
    if (!file.commit()) {
        const int error = errno;
        return failure(reason(error, file.errorString()));
    }
    return Outcome::success();
}
