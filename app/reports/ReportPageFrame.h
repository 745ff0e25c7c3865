#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QString>

class QPainter;
class QPaintDevice;

// What every official document of the fund draws around its body on each page: the issuing authority at
// the top (a preference of the window, an option of the command line) with a rule under it, and a mark
// beside it when the document needs one on every page (a provisional list's "PROVISOIRE — non arrêtée",
// larger and in red, the rule red too, so that no page taken alone passes for the final one); at the
// foot a rule, the document's line with its generation time in small print, and "Page i / n". Measured
// and painted at the device's resolution, as ReportPages lays out the body.
class ReportPageFrame
{
public:
    ReportPageFrame(const QString &authority, const QString &footerText, const QFont &bodyFont, QPaintDevice &device);

    // Shown at the right of the authority, which gives way to it.
    void setMark(const QString &mark) { m_mark = mark; }

    qreal headerHeight() const;
    qreal footerHeight() const;
    // width: the page's printable width; the header at the top, the footer below footerTop.
    void paintHeader(QPainter &painter, qreal width) const;
    void paintFooter(QPainter &painter, qreal footerTop, qreal width, int pageIndex, int pageCount) const;

    qreal millimetres(qreal mm) const;

    // The documents' few colours: the rules, the small print, a warning, the State's blue.
    static QColor ruleColor();
    static QColor mutedColor();
    static QColor warningColor();
    static QColor authorityColor();

private:
    QString m_authority;
    QString m_footerText;
    QString m_mark;
    QFont m_headerFont;
    QFont m_footerFont;
    QFont m_markFont;
    QFontMetricsF m_headerMetrics;
    QFontMetricsF m_markMetrics;
    QFontMetricsF m_footerMetrics;
    int m_resolution;
};
