#include "cli/Cli.h"
#include "AppSettings.h"
#include "WizardWindow.h"

#include <QApplication>
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
} // namespace

int main(int argc, char *argv[])
{
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
    WizardWindow::applyLanguage(AppSettings::language());
    WizardWindow window;
    window.show();
    return QApplication::exec();
}
