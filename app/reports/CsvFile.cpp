#include "CsvFile.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// Closes the descriptor on every return path.
class Descriptor
{
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int fd() const { return m_fd; }

private:
    int m_fd;
};

// errno's text, taken before anything else can change errno.
QString lastSystemError()
{
    const int error = errno;
    return QString::fromLocal8Bit(std::strerror(error));
}

// Why a file that is not a regular one is refused, naming what it is.
QString notRegular(mode_t mode)
{
    QString kind;
    if (S_ISDIR(mode))
        kind = CsvFile::tr("a folder");
    else if (S_ISFIFO(mode))
        kind = CsvFile::tr("a named pipe");
    else if (S_ISCHR(mode))
        kind = CsvFile::tr("a character device");
    else if (S_ISBLK(mode))
        kind = CsvFile::tr("a block device");
    else if (S_ISSOCK(mode))
        kind = CsvFile::tr("a socket");
    else
        kind = CsvFile::tr("a special file");
    return CsvFile::tr("not a regular file but %1: give the path of a CSV file saved on a disk").arg(kind);
}

} // namespace

QString CsvFile::describeSize(qint64 bytes)
{
    constexpr qint64 mebibyte = qint64(1024) * 1024;
    if (bytes > 0 && bytes % mebibyte == 0)
        return tr("%1 MiB").arg(bytes / mebibyte);
    return tr("%1 bytes").arg(bytes);
}

QString CsvFile::tooLarge(qint64 size, qint64 maxBytes)
{
    return tr("the file is %1 bytes, more than the limit of %2: split it into smaller files")
        .arg(size)
        .arg(describeSize(maxBytes));
}

Result<QByteArray> CsvFile::read(const QString &path, qint64 maxBytes)
{
    // A socket cannot even be opened: look at the name first so that it is told for what it is.
    const QByteArray encodedPath = QFile::encodeName(path);
    struct stat status = {};
    if (::stat(encodedPath.constData(), &status) == 0 && !S_ISREG(status.st_mode))
        return Result<QByteArray>::failure(notRegular(status.st_mode));
    // O_NONBLOCK: opening a named pipe for reading would otherwise wait for a writer, before fstat can
    // tell it is one. It changes nothing for a regular file, which never blocks.
    const Descriptor file(::open(encodedPath.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (file.fd() < 0) {
        const QString error = lastSystemError();
        return Result<QByteArray>::failure(tr("cannot be read: %1").arg(error));
    }
    // The checks are made on the file that was opened, not on the name, so that nothing can be swapped
    // in between.
    if (::fstat(file.fd(), &status) != 0) {
        const QString error = lastSystemError();
        return Result<QByteArray>::failure(tr("cannot be read: %1").arg(error));
    }
    if (!S_ISREG(status.st_mode))
        return Result<QByteArray>::failure(notRegular(status.st_mode));
    const qint64 size = status.st_size;
    if (size > maxBytes)
        return Result<QByteArray>::failure(tooLarge(size, maxBytes));

    // Read up to one byte past the limit, whatever the size said, so that a file that grew since is
    // still caught, and never more.
    // (A size of 0 may also be a file that the kernel makes up as it is read, such as those of /proc.)
    QByteArray bytes;
    bytes.resize(qsizetype(qMin(size, maxBytes) + 1));
    qint64 total = 0;
    while (total <= maxBytes) {
        if (total == qint64(bytes.size()))
            bytes.resize(qsizetype(qMin(maxBytes + 1, total * 2 + 4096)));
        const qint64 room = qint64(bytes.size()) - total;
        const ssize_t count = ::read(file.fd(), bytes.data() + total, size_t(room));
        if (count < 0) {
            if (errno == EINTR)
                continue;
            const QString error = lastSystemError();
            return Result<QByteArray>::failure(tr("cannot be read: %1").arg(error));
        }
        if (count == 0)
            break;
        total += count;
    }
    if (total > maxBytes)
        return Result<QByteArray>::failure(
            tr("the file grew past the limit of %1 while it was read: split it into smaller files")
                .arg(describeSize(maxBytes)));
    bytes.truncate(qsizetype(total));
    return Result<QByteArray>::success(bytes);
}
