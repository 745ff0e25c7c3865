#include "PromotionOption.h"

#include "CliContext.h"

PromotionOption::PromotionOption(const QString &description, const QString &valueName)
    : m_option(QStringLiteral("promotion"), description, valueName)
{}

bool PromotionOption::isSet(const QCommandLineParser &parser) const
{
    return parser.isSet(m_option);
}

std::optional<Promotion> PromotionOption::find(CliContext &context, const QCommandLineParser &parser) const
{
    return context.findPromotion(parser.value(m_option));
}
