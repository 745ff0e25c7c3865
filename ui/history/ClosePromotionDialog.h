#pragma once

#include "domain/Promotion.h"
#include "domain/Result.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks before a promotion is closed, and for the date of the committee that adopted its list: the official
// list prints "Liste arrêtée par le comité d'investissement du …", so a promotion is never closed without it.
// The date is prefilled (the promotion's own, else today as the database's clock has it) and typed as
// dd/mm/yyyy (yyyy-mm-dd too); the close button stays disabled, saying why, while it is empty or not a date.
// A refusal from the store is shown in the dialog, which stays open.
class ClosePromotionDialog : public QDialog
{
    Q_OBJECT

public:
    using CloseHandler = std::function<Outcome(const QDate &committeeDate)>;

    ClosePromotionDialog(const Promotion &promotion, const QDate &today, QWidget *parent = nullptr);

    void setCloseHandler(CloseHandler handler) { m_closeHandler = std::move(handler); }
    // The date typed, null while it is empty or not a date.
    QDate committeeDate() const;
    // Why the promotion cannot be closed as typed; empty when it can.
    QString problem() const;

    // Reads "12/06/2026", "12/6/2026" or "2026-06-12"; null for anything else.
    static QDate parseDate(const QString &text);

private:
    void refresh();
    void closePromotion();

    CloseHandler m_closeHandler;
    QLineEdit *m_dateEdit;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
};
