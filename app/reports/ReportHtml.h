#pragma once

#include <QString>

// The pieces of Qt rich text the fund's PDF documents are written with (LaureateListPdf, PaymentSchedulePdf,
// FollowUpSheetPdf), so that they share one look: the title in the State's blue, tables with a shaded header
// row that repeats on each page, ruled cells, amounts right-aligned that never wrap, a shaded total row.
// Every stored text reaches a document through text() or freeText(): as NameText::visible shows it (nothing
// can hide or turn the text around) and HTML-escaped, so that a name like "<b>R&D</b>" prints as written.
class ReportHtml
{
public:
    enum class Align { Left, Centre, Right };

    // HTML-escaped, nothing else: for the documents' own French text and the amounts.
    static QString escaped(const QString &text);
    // A stored name or reference as printed; an empty one as a dash rather than a blank that looks like a
    // printing fault.
    static QString text(const QString &stored);
    // A stored free text (a reason, a note) as printed, its line breaks kept; a dash when empty.
    static QString freeText(const QString &stored);

    // The document's title on two lines, the fund's name over what the document is.
    static QString title(const QString &firstLine, const QString &secondLine);
    // A section's heading; the pagination keeps it on the page of what it introduces (ReportPages).
    static QString heading(const QString &text, int topMarginPx = 18);
    // Rich text drops a heading's top margin after a table: an empty line keeps the sections apart.
    static QString spacer();

    // A full-width table of ruled rows; its header row goes in <thead> so that it repeats on every page.
    static QString tableStart();
    // A header cell of that width ("12%"); right-aligned for the amounts so that their digits line up.
    static QString headerCell(const QString &text, const QString &width, Align align = Align::Left);
    // A ruled cell; dates are centred so that they keep apart from an amount beside them.
    static QString cell(const QString &text, Align align = Align::Left);
    // Amounts and percentages never wrap: a column is widened rather than "2 000 000" and "€" split.
    static QString amountCell(const QString &text);
    // A cell of a total or subtotal row: shaded, in bold, over columnSpan columns.
    static QString totalCell(const QString &text, int columnSpan = 1, bool right = false);

    // A table of label / amount lines without rules (a synthesis), of that width.
    static QString summaryStart(const QString &width);
    // A line of it: the label on the left, the amount on the right.
    static QString summaryRow(const QString &label, const QString &value, bool bold = false);
};
