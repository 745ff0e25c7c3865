#include "shell/ExportFileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace {

const QLatin1String exportFolderKey("export/lastFolder");

} // namespace

QString ExportFileDialog::ask(QWidget *parent, const QString &title, const QString &fileName, const QString &filter)
{
    QSettings settings;
    QString folder = settings.value(exportFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(fileName), filter);
    if (!path.isEmpty())
        settings.setValue(exportFolderKey, QFileInfo(path).absolutePath());
    return path;
}
