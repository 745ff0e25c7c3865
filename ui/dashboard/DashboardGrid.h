#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;

// The dashboard's cards in rows: a card alone on its row, or two side by side that go one above the
// other when the width no longer gives each of them its minimum width (its axis labels whole) at the
// current text size (session mode on a 1 280-pixel projector). A card is then never squeezed until Qt
// Charts cuts its labels; the page scrolls instead. Arranged again when resized or the text changes.
class DashboardGrid : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardGrid(QWidget *parent = nullptr);

    void addCard(QWidget *card);
    // Two cards sharing a row in proportion to their stretch, when there is room.
    void addPair(QWidget *left, int leftStretch, QWidget *right, int rightStretch);
    bool isSideBySide() const { return m_sideBySide; }
    // Arranged again: a card's minimum width changed with its figures.
    void cardsChanged() { arrange(false); }

    bool eventFilter(QObject *watched, QEvent *event) override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QWidget *left;
        QWidget *right; // null for a card alone
        int leftStretch;
        int rightStretch;
    };

    void arrange(bool force);
    // The width the cards may take: the scroll area's viewport when in one (the grid itself can be wider,
    // held by its minimum), else the grid's own.
    int availableWidth() const;

    QGridLayout *m_grid;
    QList<Row> m_rows;
    bool m_sideBySide = true;
};
