#pragma once

#include "domain/Promotion.h"
#include "domain/Result.h"

#include <QObject>

class MainWindow;
class PromotionDialog;
class QAction;

// The Promotion menu: create and edit a promotion, close it and reopen it (with a written reason), each
// one undoable command on the window's undo stack. The window shows the promotion; this object asks the
// questions, runs the commands and enables its actions for the promotion shown.
class PromotionActions : public QObject
{
    Q_OBJECT

public:
    explicit PromotionActions(MainWindow &window);

    Outcome addPromotion(const Promotion &promotion);
    Outcome editPromotion(const Promotion &before, const Promotion &after);
    // committeeDate: recorded with the closing when valid (the close dialog always gives one).
    Outcome closeCurrentPromotion(const QDate &committeeDate = QDate());
    Outcome reopenCurrentPromotion(const QString &reason);
    // Window-modal, deleted on close; null when there is nothing to create or edit.
    PromotionDialog *openPromotionDialog(bool editCurrent);

    // For the promotion the window shows now (none), with or without a database open.
    void updateActions(const std::optional<Promotion> &promotion, bool databaseOpen);
    // As the Promotion menu lists them, a null action standing for a separator.
    QList<QAction *> actions() const;

signals:
    void refused(const QString &message);

private:
    void closePromotionAsked();
    void reopenPromotionAsked();

    MainWindow &m_window;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_closeAction;
    QAction *m_reopenAction;
};
