#include "PromotionArguments.h"

#include "CliContext.h"

PromotionArguments::PromotionArguments(const QString &promotionHelp, const QString &valueName, const QString &jsonHelp)
    : m_promotionOption(promotionHelp, valueName)
{
    m_parser.addOption(m_promotionOption.option());
    if (!jsonHelp.isEmpty()) {
        m_jsonOption.emplace(QStringLiteral("json"), jsonHelp);
        m_parser.addOption(*m_jsonOption);
    }
}

std::optional<int> PromotionArguments::parse(CliContext &context, const QStringList &arguments, const QString &usage,
                                             const QString &usageMessage, int minimumPositional, int maximumPositional)
{
    if (const auto stop = context.parse(m_parser, arguments, usage))
        return stop;
    const qsizetype positional = m_parser.positionalArguments().size();
    if (!m_promotionOption.isSet(m_parser) || positional < minimumPositional ||
        (maximumPositional >= 0 && positional > maximumPositional))
        return context.fail(usageMessage, CliContext::usageError);
    m_promotion = m_promotionOption.find(context, m_parser);
    if (!m_promotion)
        return CliContext::refused;
    return std::nullopt;
}

bool PromotionArguments::json() const
{
    return m_jsonOption && m_parser.isSet(*m_jsonOption);
}
