#include "widgets/TitledPane.h"

#include <QLabel>
#include <QVBoxLayout>

TitledPane::TitledPane(const QString &title, QWidget *parent)
    : QWidget(parent), m_titleLabel(new QLabel(title, this)), m_body(new QVBoxLayout(this))
{
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->addWidget(m_titleLabel);
}
