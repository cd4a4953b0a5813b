#pragma once

#include <QMainWindow>
#include <QMessageBox>

#include <functional>

class ClusterSession;
class InstallWizard;
class QMenu;
class QTranslator;

// The application window: the guided wizard, with menus for projects (open, recent, save,
// export and import bundles) and the language. Remembers its geometry and recent projects.
class WizardWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit WizardWindow(QWidget *parent = nullptr);
    ~WizardWindow() override;
    ClusterSession *session() const { return m_session; }
    InstallWizard *wizard() const { return m_wizard; }
    // Loads the translations for code ("de", "fr", "en"; empty: the system locale) into the
    // application. Returns the language actually used.
    static QString applyLanguage(const QString &code);
    // Switches the language at once: the pages are rebuilt over the same session.
    void switchLanguage(const QString &code);
    bool openProjectFile(const QString &path);
    bool importBundle(const QString &zipPath, const QString &projectPath);
    // How a quit question is answered: (title, text, buttons) -> the button pressed. The default
    // shows a QMessageBox with our own translated button texts; tests replace it.
    using Ask = std::function<QMessageBox::StandardButton(const QString &, const QString &, QMessageBox::StandardButtons)>;
    void setAsk(Ask ask) { m_ask = std::move(ask); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildWizard(int startPage);
    void fillRecent();
    void showPageHelp(); // F1
    bool mayQuit(); // asks about a running install, unsaved edits and a running lab

    ClusterSession *m_session;
    InstallWizard *m_wizard = nullptr;
    QMenu *m_recent = nullptr;
    class QAction *m_export = nullptr;
    Ask m_ask;
};
