// agilesec-docgen OUTDIR: the man page and the shell completions, from the command registry.
// Run by the build (not installed), so what is installed always matches the program.
#include "cli/ManPage.h"
#include "cli/ShellCompletion.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTextStream>

namespace {
bool write(const QString &path, const QString &text)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        QTextStream(stderr) << "usage: agilesec-docgen OUTDIR\n";
        return 2;
    }
    const QDir out(args.at(1));
    if (!QDir().mkpath(out.path()))
        return 1;
    const bool ok = write(out.filePath(QStringLiteral("agilesec-installer.1")), ManPage::render(QStringLiteral(AGILESEC_INSTALLER_VERSION), QStringLiteral(AGILESEC_RELEASE_DATE)))
        && write(out.filePath(QStringLiteral("agilesec-installer.bash")), ShellCompletion::bash())
        && write(out.filePath(QStringLiteral("_agilesec-installer")), ShellCompletion::zsh());
    return ok ? 0 : 1;
}
