#pragma once

#include <QTableView>

// The window's table of a promotion's candidates. Only the width it asks for a column differs from
// QTableView's: laying a cell's text out to measure it (HarfBuzz shaping) is the costliest step of
// showing the list, and QTableView measures every row up to the header's precision. This view measures
// only the few rows whose text is longest in characters among the first rows, which in the table's
// proportional font are the widest give or take a few pixels.
class CandidateTableView : public QTableView
{
    Q_OBJECT

public:
    // Rows whose length is read to choose those measured, and rows measured per column.
    static constexpr int scannedRows = 2000;
    static constexpr int measuredRows = 6;

    explicit CandidateTableView(QWidget *parent = nullptr);

    int sizeHintForColumn(int column) const override;
};
