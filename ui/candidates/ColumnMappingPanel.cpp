#include "candidates/ColumnMappingPanel.h"

#include "reports/CandidateImportFields.h"
#include "reports/CsvProblem.h"
#include "widgets/Palette.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int samplesWidth = 140;

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

// A field's widgets are named after its English column name, camel-cased: "annualBudgetMappingComboBox".
QString objectNameOf(const CandidateImportFields::Field &field, const QString &suffix)
{
    const QStringList words = field.english.split(QLatin1Char('_'));
    QString name = words.constFirst();
    for (qsizetype i = 1; i < words.size(); ++i)
        name += words.at(i).left(1).toUpper() + words.at(i).mid(1);
    return name + suffix;
}

} // namespace

ColumnMappingPanel::ColumnMappingPanel(QWidget *parent)
    : QWidget(parent), m_statusLabel(new QLabel(this)), m_columnsTable(new QTableWidget(this)),
      m_nameEdit(new QLineEdit(this)), m_saveButton(new QPushButton(tr("Save &mapping"), this)),
      m_saveResultLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("columnMappingPanel"));
    m_statusLabel->setObjectName(QStringLiteral("mappingStatusLabel"));
    m_statusLabel->setWordWrap(true);

    // The fields, two to a row so that the twelve fit the height of a projected 1280×720 screen.
    auto *fields = new QWidget;
    auto *grid = new QGridLayout(fields);
    grid->setContentsMargins(0, 0, 0, 0);
    const QList<CandidateImportFields::Field> &all = CandidateImportFields::all();
    for (int index = 0; index < all.size(); ++index) {
        const CandidateImportFields::Field &field = all.at(index);
        const QString name = CandidateImportFields::displayName(field.field);
        auto *label = new QLabel(field.required ? tr("%1 (required):").arg(name) : tr("%1:").arg(name), fields);
        auto *combo = new QComboBox(fields);
        combo->setObjectName(objectNameOf(field, QStringLiteral("MappingComboBox")));
        combo->setAccessibleName(tr("Column of the file read as %1").arg(name));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
        label->setBuddy(combo);
        auto *samples = new QLabel(fields);
        samples->setObjectName(objectNameOf(field, QStringLiteral("SamplesLabel")));
        samples->setStyleSheet(Palette::textStyle(Palette::secondaryText()));
        samples->setTextFormat(Qt::PlainText);
        // A fixed width, the values elided to it: the grid stays put whatever the file holds.
        samples->setFixedWidth(samplesWidth);
        const int row = index / 2;
        const int column = (index % 2) * 3;
        grid->addWidget(label, row, column);
        grid->addWidget(combo, row, column + 1);
        grid->addWidget(samples, row, column + 2);
        m_comboOf.insert(int(field.field), combo);
        m_samplesOf.insert(int(field.field), samples);
        const CandidateField chosenField = field.field;
        // Activated, not changed: filling the list must never read the file again.
        connect(combo, &QComboBox::activated, this,
                [this, combo, chosenField](int item) { choose(chosenField, combo->itemData(item).toInt()); });
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(4, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("mappingScrollArea"));
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMaximumHeight(std::min(fields->sizeHint().height() + 4, 220));

    m_columnsTable->setObjectName(QStringLiteral("fileColumnsTableWidget"));
    m_columnsTable->setAccessibleName(tr("Columns of the file"));
    m_columnsTable->setColumnCount(3);
    m_columnsTable->setHorizontalHeaderLabels({tr("Column of the file"), tr("First values"), tr("Read as")});
    m_columnsTable->verticalHeader()->hide();
    m_columnsTable->horizontalHeader()->setStretchLastSection(true);
    m_columnsTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_columnsTable->setMaximumHeight(150);

    m_nameEdit->setObjectName(QStringLiteral("mappingNameLineEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Form FAST 2026"));
    m_saveButton->setObjectName(QStringLiteral("saveMappingButton"));
    m_saveButton->setAutoDefault(false);
    m_saveButton->setEnabled(false);
    m_saveResultLabel->setObjectName(QStringLiteral("mappingSaveResultLabel"));
    auto *nameLabel = new QLabel(tr("Save mapping &as:"), this);
    nameLabel->setBuddy(m_nameEdit);
    connect(m_nameEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_saveButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { emit saveRequested(m_nameEdit->text().trimmed()); });
    connect(m_nameEdit, &QLineEdit::returnPressed, m_saveButton, &QPushButton::click);

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(nameLabel);
    saveRow->addWidget(m_nameEdit);
    saveRow->addWidget(m_saveButton);
    saveRow->addWidget(m_saveResultLabel, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusLabel);
    layout->addWidget(scroll);
    layout->addWidget(m_columnsTable);
    layout->addLayout(saveRow);

    // Tab order: the fields in reading order, then the save control.
    QWidget *previous = nullptr;
    for (const CandidateImportFields::Field &field : all) {
        QWidget *combo = m_comboOf.value(int(field.field));
        if (previous)
            setTabOrder(previous, combo);
        previous = combo;
    }
    setTabOrder(previous, m_columnsTable);
    setTabOrder(m_columnsTable, m_nameEdit);
    setTabOrder(m_nameEdit, m_saveButton);
}

void ColumnMappingPanel::setParse(const CandidateCsvParse &parse)
{
    m_columns = parse.columns;
    m_mapping = parse.mapping;
    if (m_mapping.columnOf.size() != CandidateImportFields::count())
        m_mapping = ColumnMapping::none(CandidateImportFields::count());
    if (!m_mapping.savedName.isEmpty())
        m_statusLabel->setText(tr("Mapping « %1 » applied.").arg(m_mapping.savedName));
    else
        m_statusLabel->setText(tr("Each field is read from the column shown; change one and the rows below are "
                                  "read again. Columns that hold no field are kept as the candidates' other answers."));
    fillCombos();
    fillColumns();
}

QString ColumnMappingPanel::columnText(int column) const
{
    const QString title = m_columns.at(column).title;
    return tr("%1 · %2").arg(CsvProblem::columnLetters(column), title.isEmpty() ? tr("(untitled)") : title);
}

void ColumnMappingPanel::fillCombos()
{
    for (const CandidateImportFields::Field &field : CandidateImportFields::all()) {
        QComboBox *combo = m_comboOf.value(int(field.field));
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("— not in the file —"), -1);
        for (int column = 0; column < m_columns.size(); ++column)
            combo->addItem(columnText(column), column);
        const int chosen = m_mapping.column(field.field);
        combo->setCurrentIndex(chosen >= 0 && chosen < m_columns.size() ? chosen + 1 : 0);
        QLabel *samples = m_samplesOf.value(int(field.field));
        const QStringList values =
            chosen >= 0 && chosen < m_columns.size() ? m_columns.at(chosen).samples : QStringList();
        const QString text = values.join(QStringLiteral(" · "));
        samples->setText(samples->fontMetrics().elidedText(text, Qt::ElideRight, samplesWidth - 4));
        samples->setToolTip(text);
    }
}

void ColumnMappingPanel::fillColumns()
{
    m_columnsTable->setRowCount(int(m_columns.size()));
    for (int column = 0; column < m_columns.size(); ++column) {
        m_columnsTable->setItem(column, 0, readOnlyItem(columnText(column)));
        m_columnsTable->setItem(column, 1, readOnlyItem(m_columns.at(column).samples.join(QStringLiteral(" · "))));
        const int field = m_mapping.fieldAt(column);
        const QString readAs = field >= 0 ? CandidateImportFields::displayName(CandidateField(field))
                               : m_columns.at(column).title.isEmpty() ? QString()
                                                                      : tr("other answer");
        m_columnsTable->setItem(column, 2, readOnlyItem(readAs));
    }
    m_columnsTable->resizeColumnsToContents();
    m_columnsTable->setColumnWidth(0, std::min(m_columnsTable->columnWidth(0), 360));
    m_columnsTable->setColumnWidth(1, std::min(m_columnsTable->columnWidth(1), 420));
}

void ColumnMappingPanel::choose(CandidateField field, int column)
{
    if (m_mapping.column(field) == column)
        return;
    m_mapping.set(field, column, ColumnMapping::Source::Given);
    m_mapping.savedName.clear();
    fillCombos();
    fillColumns();
    emit mappingChosen(m_mapping);
}

QString ColumnMappingPanel::missingReason() const
{
    if (m_columns.isEmpty())
        return QString();
    for (const CandidateImportFields::Field &field : CandidateImportFields::all()) {
        if (field.required && m_mapping.column(field.field) < 0)
            return tr("Map a column to « %1 » to import").arg(CandidateImportFields::displayName(field.field));
    }
    return QString();
}

void ColumnMappingPanel::showSaveResult(const QString &text, bool failed)
{
    m_saveResultLabel->setText(text);
    m_saveResultLabel->setStyleSheet(Palette::textStyle(failed ? Palette::errorText() : Palette::secondaryText()));
}
