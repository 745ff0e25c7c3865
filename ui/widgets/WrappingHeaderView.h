#pragma once

#include <QHeaderView>

// A horizontal header whose titles wrap at spaces onto two lines instead of being cut at both ends: the
// scoring grid's member names ("Sophie Laurent (fictive)") in narrow columns, in session mode on a
// projector. A section asks for the width of its longest word, or of half its title when that is wider, so
// that a column made as narrow as it may be still shows every word whole.
class WrappingHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit WrappingHeaderView(QWidget *parent = nullptr);

    static constexpr int lineCount = 2;

    // As high as the title that needs the most lines at its section's width.
    QSize sizeHint() const override;

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
};
