#include "domain/Money.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

// libFuzzer target for Money::parse, the one parser of typed and imported amounts. Beyond not crashing,
// whatever it accepts must be within the rules (0 to 10^12 €) and come back unchanged through both
// formatters: the French form the window shows and the plain form the exports write.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Money> parsed = Money::parse(text);
    if (!parsed) {
        if (parsed.error().isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    const Money amount = parsed.value();
    if (amount.isNegative() || amount.cents() > Money::maximumCents)
        std::abort();
    const Result<Money> french = Money::parse(amount.toString());
    if (!french || french.value() != amount)
        std::abort();
    const Result<Money> plain = Money::parse(amount.toPlainString());
    if (!plain || plain.value() != amount)
        std::abort();
    return 0;
}
