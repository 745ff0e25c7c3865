#pragma once

#include "domain/Promotion.h"
#include "domain/Result.h"

#include <QDialog>
#include <QSet>
#include <QStringList>

#include <functional>

class AmountField;
class FormSaveBar;
class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;

// Creates or edits a promotion: number, year, envelope, co-financing rate and cap, minimum score and
// committee date. Like the candidate form, it refuses to save anything Promotion::validate refuses and
// says why next to the disabled save button.
class PromotionDialog : public QDialog
{
    Q_OBJECT

public:
    using SaveHandler = std::function<Outcome(const Promotion &promotion)>;

    // takenNumbers: the numbers of the other promotions, which this one may not reuse.
    explicit PromotionDialog(const QSet<int> &takenNumbers, QWidget *parent = nullptr);

    void setPromotion(const Promotion &promotion);
    Promotion promotion() const;
    QStringList problems() const { return m_problems; }
    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }

private:
    void refresh();
    void save();

    QSet<int> m_takenNumbers;
    Promotion m_original;
    SaveHandler m_saveHandler;
    QStringList m_problems;

    QSpinBox *m_numberSpinBox = nullptr;
    QSpinBox *m_yearSpinBox = nullptr;
    AmountField *m_envelopeField = nullptr;
    QSpinBox *m_rateSpinBox = nullptr;
    AmountField *m_capField = nullptr;
    QSpinBox *m_minimumScoreSpinBox = nullptr;
    QCheckBox *m_committeeDateCheckBox = nullptr;
    QDateEdit *m_committeeDateEdit = nullptr;
    QLabel *m_ruleLabel = nullptr;
    FormSaveBar *m_saveBar = nullptr;
};
