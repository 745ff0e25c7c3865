#pragma once

#include <QList>
#include <QWidget>

class CommitteeStore;
class QGridLayout;
class QLabel;
class QSpinBox;

// The targets of indicator 1.2, one spin box per year the database knows, in a strip under the chart; a change is saved
// at once through CommitteeStore::setYearProductTarget, so it is audited like every other change. Zero means "no
// target". A refusal of the store is shown under the boxes and the box goes back to the stored value.
class IndicatorTargetEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maximumTarget = 999;
    // Years per row of the strip: six keep it narrower than the indicator chart above it.
    static constexpr int yearsPerRow = 6;

    explicit IndicatorTargetEditor(CommitteeStore &store, QWidget *parent = nullptr);

    // Re-reads the years; called by the dashboard when the store says they changed.
    void reload();
    QSpinBox *spinBoxForYear(int year) const;
    QString lastRefusal() const;

private:
    void targetEdited(int year, int value);

    CommitteeStore &m_store;
    QGridLayout *m_grid;
    QLabel *m_refusalLabel;
    QList<int> m_years;
    QList<QSpinBox *> m_spinBoxes;
};
