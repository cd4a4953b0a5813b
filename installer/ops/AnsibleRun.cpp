#include "ops/AnsibleRun.h"

#include "exec/InstallJournal.h"
#include "export/AnsibleHosts.h"
#include "export/AnsibleRenderer.h"
#include "export/AnsibleYaml.h"
#include "project/Project.h"
#include "util/FileSetWriter.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace {
const char *kKeyVariable = "AGILESEC_VAULT_KEY";

QString oneTimeKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    return QString::fromLatin1(key.toHex());
}

QProcessEnvironment environmentWith(const QString &key)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(kKeyVariable), key);
    env.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
    env.insert(QStringLiteral("ANSIBLE_STDOUT_CALLBACK"), QStringLiteral("default"));
    env.remove(QStringLiteral("ANSIBLE_CONFIG")); // the ansible.cfg written next to the playbook
    return env;
}

// The vault: the secrets as YAML on ansible-vault's stdin, encrypted to vault.yml.
QString writeVault(const QString &dir, const InstallSecrets &secrets, const QString &keyScript, const QProcessEnvironment &env)
{
    QByteArray plain = "---\nagilesec_admin_password: " + AnsibleYaml::unsafe(QString::fromUtf8(secrets.adminPassword)).toUtf8() + '\n';
    if (!secrets.sudoPassword.isEmpty())
        plain += "agilesec_sudo_password: " + AnsibleYaml::unsafe(QString::fromUtf8(secrets.sudoPassword)).toUtf8() + '\n';
    QProcess vault;
    vault.setProcessEnvironment(env);
    vault.setProcessChannelMode(QProcess::MergedChannels);
    vault.start(QStringLiteral("ansible-vault"), {QStringLiteral("encrypt"), QStringLiteral("--vault-password-file"), keyScript, QStringLiteral("--output"),
                                                  QDir(dir).filePath(QStringLiteral("group_vars/all/vault.yml")), QStringLiteral("-")});
    vault.write(plain);
    plain.fill('\0');
    vault.closeWriteChannel();
    if (!vault.waitForFinished(120000) || vault.exitStatus() != QProcess::NormalExit || vault.exitCode() != 0)
        return QStringLiteral("ansible-vault could not encrypt the secrets: %1").arg(QString::fromUtf8(vault.readAll()).trimmed());
    return {};
}

void record(InstallJournal *journal, const AnsibleOutputReader::Event &event)
{
    if (!journal || event.step.id.isEmpty())
        return;
    if (event.kind == AnsibleOutputReader::Event::Kind::StepStarted)
        journal->record(event.step, InstallJournal::State::Running);
    else if (event.kind == AnsibleOutputReader::Event::Kind::StepFinished)
        journal->record(event.step, event.ok ? InstallJournal::State::Done : InstallJournal::State::Failed, event.message);
}
} // namespace

QString AnsibleRun::unavailableReason(const Project &project, const ClusterLoader::Result &loaded)
{
    for (const char *tool : {"ansible-playbook", "ansible-vault"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            return QStringLiteral("%1 is not installed (Debian/Ubuntu: apt install ansible-core)").arg(QLatin1String(tool));
    }
    if (project.auth == QLatin1String("password") || project.auth == QLatin1String("keyboard-interactive"))
        return QStringLiteral("Ansible logs in with keys (an agent or a key file); this project uses %1 authentication").arg(project.auth);
    QStringList missing;
    for (const Node &node : loaded.cluster.nodes) {
        const NodeAccess a = project.accessFor(node);
        QString why;
        AnsibleHosts::knownHostsLines(project, a.host, a.port > 0 ? a.port : 22, &why);
        if (!why.isEmpty())
            missing << why;
        QString ignored; // the project's reader validated the list
        for (const SshJumpHost &hop : SshJumpHost::parseList(a.proxyJump, &ignored)) {
            why.clear();
            AnsibleHosts::knownHostsLines(project, hop.host, hop.port > 0 ? hop.port : 22, &why);
            if (!why.isEmpty() && !missing.contains(QStringLiteral("jump host ") + why))
                missing << QStringLiteral("jump host ") + why;
        }
    }
    return missing.isEmpty() ? QString() : QStringLiteral("Ansible checks host keys against known_hosts lines, and some are not known: %1").arg(missing.join(QStringLiteral("; ")));
}

AnsibleRun::Result AnsibleRun::run(const Project &project, const ClusterLoader::Result &loaded, const InstallPlan &plan, const InstallSecrets &secrets,
                                   const QString &stagingDir, const std::function<void(const AnsibleOutputReader::Event &)> &onEvent,
                                   const std::function<void(const QString &)> &onLine, const std::atomic_bool *stop)
{
    Result result;
    const QString dir = QDir(project.outputPath()).filePath(AnsibleRenderer::directory());
    AnsibleRenderer::Options options;
    options.sudoPassword = !secrets.sudoPassword.isEmpty();
    options.sourceDir = stagingDir;
    const RunbookRenderer::Context context{QStringLiteral(AGILESEC_INSTALLER_VERSION), QDateTime::currentDateTimeUtc().toString(Qt::ISODate), {}};
    QList<RenderedFile> files;
    for (RenderedFile f : AnsibleRenderer::render(plan, AnsibleHosts::of(project, loaded.cluster, true), options, context)) {
        f.relativePath = f.relativePath.mid(AnsibleRenderer::directory().size() + 1);
        files << f;
    }
    // Reads the one-time key from the environment: the file holds no secret.
    files << RenderedFile{QStringLiteral("vault-key.sh"), QByteArray("#!/bin/sh\nprintf '%s\\n' \"$") + kKeyVariable + "\"\n", 0700};
    result.error = FileSetWriter::write(dir, files);
    if (!result.error.isEmpty())
        return result;
    const QProcessEnvironment env = environmentWith(oneTimeKey());
    const QString keyScript = QDir(dir).filePath(QStringLiteral("vault-key.sh"));
    result.error = writeVault(dir, secrets, keyScript, env);
    if (!result.error.isEmpty())
        return result;

    // Ansible's whole output, for when a row's summary is not enough.
    QDir().mkpath(project.logDir());
    result.logPath = QDir(project.logDir()).filePath(QStringLiteral("ansible.log"));
    QFile log(result.logPath);
    if (!log.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        result.error = QStringLiteral("%1: %2").arg(log.fileName(), log.errorString());
        return result;
    }
    QString journalError;
    std::optional<InstallJournal> journal = InstallJournal::load(project.journalPath(), &journalError);
    AnsibleOutputReader reader(plan);
    QProcess ansible;
    ansible.setProcessEnvironment(env);
    ansible.setWorkingDirectory(dir);
    ansible.setProcessChannelMode(QProcess::MergedChannels);
    ansible.start(QStringLiteral("ansible-playbook"), {QStringLiteral("-i"), QStringLiteral("inventory.ini"), QStringLiteral("playbook.yml"),
                                                      QStringLiteral("--vault-password-file"), keyScript});
    QByteArray pending;
    const auto drain = [&](bool all) {
        pending += ansible.readAll();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0 || (all && !pending.isEmpty())) {
            const QString line = QString::fromUtf8(nl >= 0 ? pending.left(nl) : pending);
            pending = nl >= 0 ? pending.mid(nl + 1) : QByteArray();
            log.write(line.toUtf8() + '\n');
            if (onLine)
                onLine(line);
            for (const AnsibleOutputReader::Event &e : reader.read(line)) {
                record(journal ? &*journal : nullptr, e);
                if (onEvent)
                    onEvent(e);
            }
        }
    };
    QElapsedTimer stopping;
    while (ansible.state() != QProcess::NotRunning) {
        ansible.waitForReadyRead(200);
        drain(false);
        if (stop && *stop && !stopping.isValid()) {
            ansible.terminate();
            stopping.start();
        } else if (stopping.isValid() && stopping.hasExpired(10000)) {
            ansible.kill();
        }
    }
    drain(true);
    QFile::remove(QDir(dir).filePath(QStringLiteral("group_vars/all/vault.yml")));
    result.exitCode = ansible.exitStatus() == QProcess::NormalExit ? ansible.exitCode() : -1;
    result.ok = result.exitCode == 0;
    if (stopping.isValid())
        result.error = QStringLiteral("stopped on request; steps already started go on on the nodes, and the next install attaches to them");
    else if (!result.ok)
        result.error = QStringLiteral("ansible-playbook ended with exit status %1").arg(result.exitCode);
    if (!journal)
        result.error += QStringLiteral(" (the install journal could not be read: %1)").arg(journalError);
    return result;
}
