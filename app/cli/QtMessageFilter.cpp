#include "QtMessageFilter.h"

#include <QString>
#include <QtGlobal>

namespace {

QtMessageHandler defaultHandler = nullptr;
bool showEverything = false;

void commandLineHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg || showEverything) {
        defaultHandler(type, context, QStringLiteral("[Qt] ") + message);
        return;
    }
    // Dropped: a warning of Qt's is never the reason a command failed; the command says that itself.
}

} // namespace

void QtMessageFilter::installForCommandLine()
{
    showEverything = !qEnvironmentVariableIsEmpty(debugVariable);
    defaultHandler = qInstallMessageHandler(commandLineHandler);
}
