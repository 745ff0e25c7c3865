#pragma once

// The desktop window's entry point, part of the window's library: builds its own QApplication, understands
// --db, --demo, --operator and --quit-after-show, and returns the process's exit code. Only the executable's
// main() calls it, after choosing between it and the command line; the core library never sees it.
int runDesktop(int argc, char *argv[]);
