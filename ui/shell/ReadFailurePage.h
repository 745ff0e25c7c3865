#pragma once

#include "widgets/EmptyState.h"

// What the window shows instead of the welcome page when the database's promotions could not be read
// (a lock held by another program, a disk or I/O error): the database's words and a way to read again.
// An unreadable list must never look like an empty database: the welcome page would invite the user to
// create or import what is in fact stored.
class ReadFailurePage : public EmptyState
{
    Q_OBJECT

public:
    explicit ReadFailurePage(QWidget *parent = nullptr);

    // message: the read's own words ("Cannot read the promotions from the database: …").
    void showFailure(const QString &message);

signals:
    void retryRequested();
};
