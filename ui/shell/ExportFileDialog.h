#pragma once

#include <QString>

class QWidget;

// The save dialog every export of the window asks through (the laureate list, the candidates, the workbook,
// the follow-up's PDFs): it opens in the folder the last export went to (the home folder the first time),
// proposes a file name, asks before replacing a file, and remembers the folder chosen.
class ExportFileDialog
{
public:
    // The path chosen, empty when cancelled.
    static QString ask(QWidget *parent, const QString &title, const QString &fileName, const QString &filter);
};
