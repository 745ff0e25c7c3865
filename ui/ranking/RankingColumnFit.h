#pragma once

#include <QList>

class QString;
class QTableView;

// The widths of the ranking's columns, so that the whole table fits its viewport without scrolling
// sideways (a projector of 1 280 pixels in session mode has no one to scroll it). Each column is first as
// wide as its title and its longest cell on one line; when that leaves the reasons ("does not fit the
// remaining 190 000 €: passed over for …") less than they need on two lines, the columns that may wrap
// (the rank's "4 ex aequo", the proposal's "Waitlist", then the projects' names) are narrowed, one after
// the other, to what their cells need on two lines. The reasons' column takes whatever is left.
class RankingColumnFit
{
public:
    // wrapping: the columns that may go on two lines, in the order they give up width; stretched: the
    // column that takes the rest (it wraps too).
    RankingColumnFit(QTableView &view, QList<int> wrapping, int stretched);

    // Sets every visible column's width for the viewport's current width and font.
    void apply() const;

private:
    // The narrowest width (margins included) at which a cell's text holds on at most two lines.
    int twoLineWidth(int row, int column) const;
    int oneLineWidth(int column) const;
    int twoLineColumnWidth(int column) const;
    int headerWidth(int column) const;
    int cellMargin() const;

    QTableView &m_view;
    QList<int> m_wrapping;
    int m_stretched;
};
