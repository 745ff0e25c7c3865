#include "help/AboutFacts.h"

#include "shell/DatabaseSession.h"

#include <QDir>
#include <QFile>
#include <QSysInfo>

namespace {

// The LICENSE file at the top of the sources, embedded with the guide: its first line names the licence
// ("MIT License") and one line holds the copyright, so the dialog never disagrees with the file.
void readLicence(AboutFacts &facts)
{
    QFile file(QStringLiteral(":/help/LICENSE"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty())
        facts.licence = lines.constFirst().trimmed().remove(QStringLiteral(" License"));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("Copyright"))) {
            facts.copyright = line.trimmed();
            break;
        }
    }
}

} // namespace

AboutFacts AboutFacts::collect(const DatabaseSession &session)
{
    AboutFacts facts;
    facts.version = QStringLiteral(FAST_COMMITTEE_VERSION);
    readLicence(facts);
    if (!session.isOpen()) {
        facts.database = tr("none");
    } else {
        facts.database = session.isDemo() ? tr("demonstration") : QDir::toNativeSeparators(session.path());
        const Result<int> version = session.schemaVersion();
        facts.schemaVersion = version ? QString::number(version.value()) : version.error();
    }
    facts.qtRuntime = QString::fromLatin1(qVersion());
    facts.qtBuild = QStringLiteral(QT_VERSION_STR);
    facts.system = QSysInfo::prettyProductName();
    return facts;
}

QString AboutFacts::toPlainText() const
{
    QStringList lines;
    lines << tr("Comité FAST %1").arg(version);
    lines << tr("Licence: %1 (%2)").arg(licence, copyright);
    lines << tr("Database: %1").arg(database);
    if (!schemaVersion.isEmpty())
        lines << tr("Schema version: %1").arg(schemaVersion);
    lines << tr("Qt: %1 (built with %2)").arg(qtRuntime, qtBuild);
    lines << tr("System: %1").arg(system);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
