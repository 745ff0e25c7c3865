#pragma once

// The desktop window's entry point. Declared here, defined by the ui library and linked only into the
// executable: the core calls the window without including anything of ui/.
// Builds its own QApplication; understands --db, --demo and the window's other options.
int runDesktop(int argc, char *argv[]);
