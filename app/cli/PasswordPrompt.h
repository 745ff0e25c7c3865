#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QTextStream>

// A new login's password, read where a password may be read: from the terminal with its echo off (typed
// twice), or from the first line of standard input with --password-stdin (a script, a secret manager's
// pipe). Never from the command line, where every user of the machine sees it in the process list, and never
// printed.
class PasswordPrompt
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPrompt)

public:
    static Result<QString> read(QTextStream &err, bool fromStandardInput, const QString &login);

private:
    // One line typed on the terminal without echo; the prompt on standard error.
    static Result<QString> readHidden(QTextStream &err, const QString &prompt);
};
