#include "dashboard/FigureGrid.h"

#include "widgets/ChartPalette.h"
#include "widgets/RelativeFont.h"

#include <QGridLayout>
#include <QLabel>

FigureGrid::FigureGrid(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setRows({});
}

void FigureGrid::setRows(const QList<Row> &rows)
{
    m_rows = rows;
    // A new layout: a QGridLayout keeps counting the rows it once had.
    const QList<QLabel *> old = findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(old);
    delete layout();
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(2);
    for (int row = 0; row < rows.size(); ++row) {
        auto *name = new QLabel(rows.at(row).name, this);
        auto *amount = new QLabel(rows.at(row).amount, this);
        name->setObjectName(QStringLiteral("figureNameLabel"));
        amount->setObjectName(QStringLiteral("figureAmountLabel"));
        for (QLabel *label : {name, amount}) {
            label->setTextFormat(Qt::PlainText);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            RelativeFont::follow(label, 1, rows.at(row).warning);
            if (rows.at(row).warning)
                label->setStyleSheet(QStringLiteral("color: %1;").arg(ChartPalette::vermillion().name()));
        }
        amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(name, row, 0);
        grid->addWidget(amount, row, 1);
    }
    setVisible(!rows.isEmpty());
}
