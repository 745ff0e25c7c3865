#pragma once

#include <QTreeWidget>

class QTextDocument;

// The guide's table of contents: its headings (levels 1 to 3) as a tree, each leading to its place in the
// document, read from the document itself so that it always matches the text shown.
class GuideContentsTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit GuideContentsTree(QWidget *parent = nullptr);

    void setDocument(const QTextDocument &document);
    // The heading's position in the document, -1 for none.
    static int positionOf(const QTreeWidgetItem *item);

signals:
    // A heading was chosen (clicked, or Enter on it): its position in the document.
    void headingChosen(int position);
};
