#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QScrollArea;

// A tab of the window whose page is built only when the tab is first shown. Building the four pages
// after the candidates' one (scoring grid, ranking, what-if, dashboard) and laying them out while hidden
// was a quarter of the window's start-up (callgrind, 1 000 candidates); most sessions open only some
// of them. The window drops the page when it opens another database and the host builds a new one for
// the new stores when next shown. The page scrolls when the window is smaller than it.
class LazyPageHost : public QWidget
{
    Q_OBJECT

public:
    using Builder = std::function<QWidget *()>;

    // builder makes the page (without parent: the host takes it); it is called at most once per drop.
    explicit LazyPageHost(Builder builder, QWidget *parent = nullptr);

    // The page, built now if it is not yet.
    QWidget *ensurePage();
    // The page if built, else nullptr.
    QWidget *page() const { return m_page; }
    // Deletes the page; the next ensurePage() builds a new one.
    void dropPage();

private:
    Builder m_builder;
    QScrollArea *m_scrollArea;
    QPointer<QWidget> m_page;
};
