#include "shell/DesktopEntry.h"

#include "cli/CommandLine.h"
#include "cli/OperatorName.h"
#include "shell/LanguageSetting.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "widgets/AppIcons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace {

// Until a database opens, asks the user what to do instead of giving up: open another file, create a new
// one, or quit. Returns false when the user quits.
bool openUntilAccepted(MainWindow &window, QString path)
{
    for (;;) {
        const Outcome opened = window.openDatabase(path);
        if (opened)
            return true;
        QMessageBox box(QMessageBox::Warning, QApplication::translate("DesktopEntry", "Comité FAST"),
                        QApplication::translate("DesktopEntry", "The database %1 cannot be opened.")
                            .arg(QDir::toNativeSeparators(path)));
        box.setInformativeText(opened.error());
        QPushButton *openButton =
            box.addButton(QApplication::translate("DesktopEntry", "Open Another…"), QMessageBox::AcceptRole);
        QPushButton *createButton =
            box.addButton(QApplication::translate("DesktopEntry", "Create New…"), QMessageBox::AcceptRole);
        box.addButton(QApplication::translate("DesktopEntry", "Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(openButton);
        box.exec();
        const QString filter = QApplication::translate("DesktopEntry", "Committee databases (*.sqlite);;All files (*)");
        if (box.clickedButton() == openButton)
            path = QFileDialog::getOpenFileName(nullptr, QApplication::translate("DesktopEntry", "Open database"),
                                                QDir::homePath(), filter);
        else if (box.clickedButton() == createButton)
            path = QFileDialog::getSaveFileName(nullptr, QApplication::translate("DesktopEntry", "New database"),
                                                QDir::homePath(), filter);
        else
            return false;
        if (path.isEmpty())
            return false;
    }
}

} // namespace

int runDesktop(int argc, char *argv[])
{
    // Without any display Qt aborts with a plugin error; say what is wrong and what to do instead.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fputs(qPrintable(QCoreApplication::translate(
                       "DesktopEntry", "fast-committee: there is no display to open the window on (DISPLAY and "
                                       "WAYLAND_DISPLAY are not set). Run it in a desktop session, or give it a "
                                       "command: fast-committee --help.\n")),
                   stderr);
        return 1;
    }
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DINUM"));
    QApplication::setApplicationName(QStringLiteral("fast-committee"));
    QApplication::setApplicationVersion(QStringLiteral(FAST_COMMITTEE_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Comité FAST"));
    AppIcons::setUpApplication();
    LanguageSetting::install(application, LanguageSetting::current());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "DesktopEntry", "Comité FAST: candidates, co-financing rule and laureates of the FAST fund."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("db"),
        QApplication::translate("DesktopEntry", "The database file to open (created when missing)."),
        QApplication::translate("DesktopEntry", "path"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("DesktopEntry", "Open an illustrative committee: in a temporary database, or in the "
                                                "--db file when given (a new or empty one, or a demonstration's)."));
    const QCommandLineOption operatorOption(
        QStringLiteral("operator"), QApplication::translate("DesktopEntry", "The name written to the audit log."),
        QApplication::translate("DesktopEntry", "name"));
    const QCommandLineOption quitAfterShowOption(
        QStringLiteral("quit-after-show"),
        QApplication::translate("DesktopEntry", "Open the window, let it paint once and exit (start-up benchmarks)."));
    parser.addOptions({databaseOption, demoOption, operatorOption, quitAfterShowOption});
    parser.process(application);

    MainWindow window;
    // As on the command line: --operator for this run only, else FAST_COMMITTEE_OPERATOR, else the name
    // stored by the Preferences dialog, else the system user.
    // A name refused there is said before the window opens, as the command line refuses it (exit 2).
    const Result<QString> operatorName = OperatorName::resolve(
        parser.isSet(operatorOption) ? std::optional<QString>(parser.value(operatorOption)) : std::nullopt);
    if (!operatorName) {
        QMessageBox::critical(nullptr, QApplication::translate("DesktopEntry", "Comité FAST"), operatorName.error());
        return 2;
    }
    window.setOperatorName(operatorName.value());
    if (parser.isSet(demoOption)) {
        // With --db, the demonstration goes into that file (kept), else into a temporary one.
        const Outcome demo = parser.isSet(databaseOption)
                                 ? window.session()->openDemoAt(Database::resolvePath(parser.value(databaseOption)))
                                 : window.openDemo();
        if (!demo) {
            std::fputs(qPrintable(demo.error() + QLatin1Char('\n')), stderr);
            QMessageBox::critical(nullptr, QApplication::translate("DesktopEntry", "Comité FAST"), demo.error());
            return 1;
        }
    } else {
        // The last database used, unless --db or FAST_COMMITTEE_DB says otherwise.
        QString path = Database::resolvePath(parser.value(databaseOption));
        const QString last = QSettings().value(QStringLiteral("lastDatabase")).toString();
        if (!parser.isSet(databaseOption) && qEnvironmentVariableIsEmpty(Database::environmentVariable) &&
            !last.isEmpty())
            path = last;
        if (!openUntilAccepted(window, path))
            return 1;
    }
    window.show();
    if (parser.isSet(quitAfterShowOption)) {
        // Queued behind the first paint of the shown window.
        QTimer::singleShot(0, &window, [&window] {
            window.repaint();
            QCoreApplication::exit(0);
        });
    }
    return QApplication::exec();
}
