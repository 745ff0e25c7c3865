#include "shell/PastPromotionsActions.h"

#include "candidates/CandidateSearchDialog.h"
#include "history/ComparePromotionsDialog.h"
#include "history/PromotionHistoryDialog.h"
#include "reports/PromotionArchive.h"
#include "shell/MainWindow.h"
#include "shell/ShellAction.h"

#include <QCoreApplication>

// These texts were written in the window and are translated under its context ("MainWindow").

PastPromotionsActions::PastPromotionsActions(MainWindow &window)
    : QObject(&window), m_window(window),
      m_historyAction(ShellAction::make(&window, QCoreApplication::translate("MainWindow", "Promotion &History…"),
                                        "historyAction", QKeySequence(Qt::CTRL | Qt::Key_H))),
      m_searchAllAction(ShellAction::make(&window, QCoreApplication::translate("MainWindow", "&Search All Promotions…"),
                                          "searchAllAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F))),
      m_compareAction(ShellAction::make(&window, QCoreApplication::translate("MainWindow", "&Compare Promotions…"),
                                        "compareAction"))
{
    connect(m_historyAction, &QAction::triggered, this, [this] { openHistoryDialog(); });
    connect(m_searchAllAction, &QAction::triggered, this, [this] { openSearchAllDialog(); });
    connect(m_compareAction, &QAction::triggered, this, [this] { openCompareDialog(); });
}

void PastPromotionsActions::setEnabled(bool enabled)
{
    for (QAction *action : {m_historyAction, m_searchAllAction, m_compareAction})
        action->setEnabled(enabled);
}

void PastPromotionsActions::prepare(QWidget *dialog) const
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (m_window.isSessionMode())
        dialog->setFont(m_window.font());
}

PromotionHistoryDialog *PastPromotionsActions::openHistoryDialog()
{
    const PromotionArchive *promotions = m_window.archive();
    if (!promotions)
        return nullptr;
    auto *dialog = new PromotionHistoryDialog(*promotions, &m_window);
    prepare(dialog);
    connect(dialog, &PromotionHistoryDialog::promotionChosen, &m_window,
            [this](int number) { m_window.selectPromotion(number); });
    dialog->open();
    return dialog;
}

CandidateSearchDialog *PastPromotionsActions::openSearchAllDialog()
{
    const PromotionArchive *promotions = m_window.archive();
    if (!promotions)
        return nullptr;
    auto *dialog = new CandidateSearchDialog(*promotions, &m_window);
    prepare(dialog);
    connect(dialog, &CandidateSearchDialog::candidateChosen, &m_window,
            [this](int number, const QString &name) { m_window.goToCandidate(number, name); });
    dialog->open();
    return dialog;
}

ComparePromotionsDialog *PastPromotionsActions::openCompareDialog()
{
    const PromotionArchive *promotions = m_window.archive();
    if (!promotions)
        return nullptr;
    // The shown promotion against the one before it, the usual question.
    const int shown = m_window.currentPromotionNumber();
    int previous = 0;
    for (const PromotionArchive::Entry &entry : promotions->entries()) {
        if (entry.promotion.number == shown)
            break;
        previous = entry.promotion.number;
    }
    auto *dialog = new ComparePromotionsDialog(*promotions, previous, shown, &m_window);
    prepare(dialog);
    dialog->open();
    return dialog;
}
