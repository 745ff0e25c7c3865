#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

// A titled column: a label over whatever the caller adds to body(), without margins of its own, so that
// panes side by side in a splitter line up with the page around them.
class TitledPane : public QWidget
{
    Q_OBJECT

public:
    explicit TitledPane(const QString &title, QWidget *parent = nullptr);

    QLabel *titleLabel() const { return m_titleLabel; }
    QVBoxLayout *body() const { return m_body; }

private:
    QLabel *m_titleLabel;
    QVBoxLayout *m_body;
};
