#include "shell/ReadFailurePage.h"

#include <QPushButton>

ReadFailurePage::ReadFailurePage(QWidget *parent) : EmptyState(parent)
{
    setObjectName(QStringLiteral("readFailurePage"));
    setTitle(tr("The promotions could not be read"));
    addButton(tr("&Try again"), QStringLiteral("readFailureRetryButton"), [this] { emit retryRequested(); });
}

void ReadFailurePage::showFailure(const QString &message)
{
    setMessage(tr("%1\nNothing was changed in the database. Close the program that holds it, or free some space, "
                  "then try again.")
                   .arg(message));
}
