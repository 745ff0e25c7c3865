#pragma once

#include <QList>
#include <QString>
#include <QWidget>

// Figures under a chart as a grid, a name and an amount on each row, the amounts aligned on the right:
// read at a glance on a projector, where the same figures in one sentence wrapped anywhere and out of
// line with the chart above.
class FigureGrid : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        QString name;
        QString amount;
        // Drawn in vermillion, the overspend colour.
        bool warning = false;
    };

    explicit FigureGrid(QWidget *parent = nullptr);

    void setRows(const QList<Row> &rows);
    QList<Row> rows() const { return m_rows; }

private:
    QList<Row> m_rows;
};
