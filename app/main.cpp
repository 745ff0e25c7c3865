#include "cli/CommandLine.h"
#include "shell/DesktopEntry.h"

// The executable is only this, and the only place that sees both the core and the window: the command
// line (no display needed) when a subcommand is given, the desktop window otherwise. Choosing here keeps
// every dependency pointing down: the core library never declares or calls anything of ui/.
int main(int argc, char *argv[])
{
    if (CommandLine::wantsCommandLine(argc, argv))
        return CommandLine::runProcess(argc, argv);
    return runDesktop(argc, argv);
}
