#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// The command line of fast-committee: global options (--db, --operator) anywhere on the line, then a
// subcommand (promotion, import, candidates, summary, audit, export, members, scores, rank, propose, decide, db)
// with its own options. None of it needs a display (export only lays out text offscreen). Success exits 0; a
// refusal exits non-zero, says why on stderr and leaves the database unchanged.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // True when the arguments name a subcommand or ask for --help / --version: then no window opens.
    static bool wantsCommandLine(int argc, char *argv[]);
    // The whole process: builds the QCoreApplication, runs, returns the exit code.
    static int runProcess(int argc, char *argv[]);
    // Runs one command line (arguments without the program name), printing to out and err.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static QStringList subcommands();
    // Who is recorded in the audit log when --operator is not given: FAST_COMMITTEE_OPERATOR, else the
    // name set in the app's preferences, else the system user; refused as OperatorName::resolve says.
    static Result<QString> defaultOperatorName();

private:
    static QString generalHelp();
    // True for the commands that lay out text (export pdf).
    static bool needsGui(int argc, char *argv[]);
};
