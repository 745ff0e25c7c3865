#include "PasswordPrompt.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {

// The line without its line end; a null string at the end of the input.
QString readLine(FILE *stream)
{
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(stream)) != EOF && c != '\n')
        line.append(char(c));
    if (c == EOF && line.isEmpty())
        return QString();
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line.isNull() ? QByteArray("") : line);
}

} // namespace

Result<QString> PasswordPrompt::read(QTextStream &err, bool fromStandardInput, const QString &login)
{
    if (fromStandardInput) {
        const QString line = readLine(stdin);
        if (line.isNull())
            return Result<QString>::failure(tr("--password-stdin: standard input ended before a password."));
        return Result<QString>::success(line);
    }
    if (!isatty(STDIN_FILENO))
        return Result<QString>::failure(
            tr("No terminal to ask the password of %1 on: give it on standard input with --password-stdin.")
                .arg(login));
    const Result<QString> first = readHidden(err, tr("Password for %1: ").arg(login));
    if (!first)
        return first;
    const Result<QString> again = readHidden(err, tr("The same password again: "));
    if (!again)
        return again;
    if (first.value() != again.value())
        return Result<QString>::failure(tr("The two passwords differ; nothing was changed."));
    return first;
}

Result<QString> PasswordPrompt::readHidden(QTextStream &err, const QString &prompt)
{
    err << prompt;
    err.flush();
    termios saved{};
    const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        hidden.c_lflag |= tcflag_t(ECHONL);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    const QString line = readLine(stdin);
    if (canHide)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (line.isNull())
        return Result<QString>::failure(tr("No password was typed; nothing was changed."));
    return Result<QString>::success(line);
}
