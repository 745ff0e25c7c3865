#pragma once

#include <QCoreApplication>
#include <QString>

class DatabaseSession;

// What a support request needs to know about the running application, gathered once when the About
// dialog opens: its version, its licence, the database in use and its schema version (read from the
// file through the core, as PRAGMA user_version records it), and the Qt it runs on and was built with.
// The dialog shows these facts and copies them, as text, to the clipboard.
class AboutFacts
{
    Q_DECLARE_TR_FUNCTIONS(AboutFacts)

public:
    QString version;
    // The licence's short name and its copyright line, read from the LICENSE file embedded in the build.
    QString licence;
    QString copyright;
    // The file's full path, "demonstration" for the demonstration's temporary database, "none" when closed.
    QString database;
    // The open database's schema version, or why it could not be read; empty when no database is open.
    QString schemaVersion;
    QString qtRuntime;
    QString qtBuild;
    QString system;

    static AboutFacts collect(const DatabaseSession &session);
    // One "label: value" line per fact, the application's name first: what a user pastes into a request.
    QString toPlainText() const;
};
