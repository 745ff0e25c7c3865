#pragma once

// Routes Qt's own messages (qWarning and the like, from Qt or from our repositories) so that they never
// stand before the reason of a failure. On the command line the first line of stderr is the reason a
// command was refused, read by people and scripts alike; a warning such as Qt's "QStandardPaths:
// XDG_RUNTIME_DIR not set" (cron, sudo) would take its place. So the command line keeps only critical and
// fatal messages, unless FAST_COMMITTEE_DEBUG is set, when every message is written, marked as Qt's. The
// window, whose stderr no user reads, keeps Qt's default handler for whoever runs it from a terminal.
class QtMessageFilter
{
public:
    // Installs the handler for the whole process; call once, before the application object exists.
    static void installForCommandLine();
    // The environment variable that lets every message through on the command line.
    static constexpr const char *debugVariable = "FAST_COMMITTEE_DEBUG";
};
