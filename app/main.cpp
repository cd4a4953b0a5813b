#include "cli/Cli.h"
#include "AppSettings.h"
#include "WizardWindow.h"

#include <QApplication>
#include <QIcon>
#include <QTimer>
#include <QCoreApplication>
#include <QTextStream>

namespace {
// On X11/Wayland systems a missing display would make QApplication abort with a cryptic
// message; say what to do instead.
bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

// The wizard; with a screenshot path, it saves the first page at 1366x768 and ends (for the
// AppStream screenshots and for checking an installed package: `--screenshot FILE`).
int runWizard(int argc, char *argv[], const QString &screenshot)
{
    if (!displayAvailable()) {
        QTextStream(stderr) << "agilesec-installer: no display found, so the wizard cannot start.\n"
                               "  - Headless use: 'agilesec-installer --help' lists the commands (validate, render, plan, certs).\n"
                               "  - To see the wizard without a desktop: xvfb-run agilesec-installer, or QT_QPA_PLATFORM=offscreen.\n"
                               "  - A local lab of simulated nodes ('lab up') comes with the SSH transport; see README.md.\n";
        return Command::Failed;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("agilesec-installer"));
    QApplication::setOrganizationName(QStringLiteral("AgileSec"));
    QApplication::setApplicationVersion(QStringLiteral(AGILESEC_INSTALLER_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(AGILESEC_APP_ID)); // Wayland matches the window to the desktop entry
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/256x256/apps/com.agilesec.HaInstaller.png")));
    WizardWindow::applyLanguage(AppSettings::language());
    WizardWindow window;
    if (!screenshot.isEmpty())
        window.resize(1366, 768);
    window.show();
    if (screenshot.isEmpty())
        return QApplication::exec();
    QTimer::singleShot(500, &window, [&] {
        const bool saved = window.grab().save(screenshot);
        QTextStream(saved ? stdout : stderr) << (saved ? "screenshot: " : "agilesec-installer: cannot write the screenshot ") << screenshot << Qt::endl;
        QApplication::exit(saved ? Command::Ok : Command::Failed);
    });
    return QApplication::exec();
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--screenshot") == 0)
        return runWizard(argc - 2, argv, QString::fromLocal8Bit(argv[2]));
    if (argc > 1 && Cli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("agilesec-installer"));
        QCoreApplication::setApplicationVersion(QStringLiteral(AGILESEC_INSTALLER_VERSION));
        return Cli::run(QCoreApplication::arguments());
    }
    if (argc > 1) {
        QCoreApplication app(argc, argv);
        return Cli::run(QCoreApplication::arguments()); // reports the unknown command, exit 2
    }
    return runWizard(argc, argv, {});
}
