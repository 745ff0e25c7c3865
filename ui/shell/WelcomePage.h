#pragma once

#include <QWidget>

class QPushButton;

// What an empty database opens on instead of an empty window: one line on what the application does and
// three large actions, each the start of a committee's first day — create a promotion, import the call's
// file (a promotion first, then the file), or open the demonstration. The window shows it while its
// database holds no promotion and brings the usual pages back as soon as one exists.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QPushButton *createPromotionButton() const { return m_createButton; }
    QPushButton *importButton() const { return m_importButton; }
    QPushButton *demoButton() const { return m_demoButton; }

signals:
    void createPromotionRequested();
    void importRequested();
    void demoRequested();
    // The user guide's link under the actions (Help > User Guide).
    void guideRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPushButton *makeAction(const QString &text, const QString &explanation, const QString &iconName,
                            const QString &objectName);

    QPushButton *m_createButton;
    QPushButton *m_importButton;
    QPushButton *m_demoButton;
};
