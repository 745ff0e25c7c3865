#include "cli/CommandLine.h"
#include "cli/DesktopEntry.h"

#include <cstdio>

// The executable is only this: the command line (no display needed) when a subcommand is given,
// the desktop window otherwise. The window lives in ui/, reached through DesktopEntry so that the
// core never includes it.
int main(int argc, char *argv[])
{
    if (CommandLine::wantsCommandLine(argc, argv))
        return CommandLine::runProcess(argc, argv);
    return runDesktop(argc, argv);
}
