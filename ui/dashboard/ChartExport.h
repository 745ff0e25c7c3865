#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

// Saves a chart as an image for a slide or as a PDF page for the committee's minutes. Both are rendered
// in memory and written through OutputFile: a failed save says why and leaves an existing file untouched,
// and the open database or a file that is not a regular one is refused. The PNG is rendered at twice the
// widget's size so that it stays sharp on a projector; the PDF draws the widget as vectors on an A4
// landscape page.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    static constexpr int pngScale = 2;

    static Outcome savePng(QWidget &widget, const QString &path);
    static Outcome savePdf(QWidget &widget, const QString &path, const QString &title);
};
