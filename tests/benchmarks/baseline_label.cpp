// Baseline of the start measurement: the least a Qt Widgets program does to show a window, a bare
// QApplication showing one label, painted once, then quitting (as fast-committee --quit-after-show).
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTimer>

namespace {

// Quits once the label has painted.
class QuitAfterPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QLabel label(QStringLiteral("Comité FAST"));
    QuitAfterPaint quitter;
    label.installEventFilter(&quitter);
    label.show();
    return QApplication::exec();
}
