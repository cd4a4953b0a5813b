#include "ImportClusterPage.h"

#include "AuthMethodCombo.h"
#include "ClusterSession.h"
#include "FieldWidth.h"
#include "HostKeyDialog.h"
#include "jobs/ClusterImportJob.h"
#include "PathField.h"
#include "plan/PlanOptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ImportClusterPage::ImportClusterPage(ClusterSession *session)
    : m_session(session)
{
    setObjectName(QStringLiteral("importClusterPage"));
    setTitle(tr("Import a running cluster"));
    setSubTitle(tr("Read the cluster from backend-1, where the guide keeps its files. Nothing is changed on the nodes."));
    m_prompt = [this](const ConnectionCheck &check) { return HostKeyDialog(check, this).exec() == QDialog::Accepted; };

    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("importHostEdit"));
    m_host->setPlaceholderText(tr("backend-1's address or ssh_config alias"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("importPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    FieldWidth::fit(m_port);
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("importUserEdit"));
    m_auth = new AuthMethodCombo(QStringLiteral("importAuthCombo"));
    auto *identity = new PathField(PathField::Kind::OpenFile, QStringLiteral("importIdentityEdit"), tr("Private key"));
    m_identity = identity->edit();
    m_secret = new QLineEdit;
    m_secret->setObjectName(QStringLiteral("importSecretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_installerDir = new QLineEdit(PlanOptions::kDefaultInstallerDir);
    m_installerDir->setObjectName(QStringLiteral("importInstallerDirEdit"));
    m_installationDir = new QLineEdit(PlanOptions::kDefaultInstallationDir);
    m_installationDir->setObjectName(QStringLiteral("importInstallationDirEdit"));
    m_withCaKey = new QCheckBox(tr("Also copy the CA private key (needed to issue certificates for new nodes). It stays on this machine, "
                                   "mode 600, and is never sent to a node."));
    m_withCaKey->setObjectName(QStringLiteral("importCaKeyCheck"));
    m_import = new QPushButton(tr("&Import"));
    m_import->setObjectName(QStringLiteral("importButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("backend-1:"), m_host);
    form->addRow(tr("SSH port:"), m_port);
    form->addRow(tr("SSH user:"), m_user);
    form->addRow(tr("Authentication:"), m_auth);
    form->addRow(tr("Key file:"), identity);
    form->addRow(tr("SSH password / key passphrase:"), m_secret);
    form->addRow(tr("Installer directory:"), m_installerDir);
    form->addRow(tr("Installation directory (-p):"), m_installationDir);
    form->addRow(QString(), m_withCaKey);
    form->addRow(QString(), m_import);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_import, &QPushButton::clicked, this, [this] { startImport(); });
    connect(session->clusterImport(), &ClusterImportJob::finished, this, &ImportClusterPage::finished);
}

void ImportClusterPage::initializePage()
{
    m_imported = false;
    m_message->clear();
}

void ImportClusterPage::startImport(const QStringList &acceptedFingerprints)
{
    if (m_host->text().trimmed().isEmpty()) {
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_message->setText(tr("backend-1: give its address or ssh_config alias."));
        return;
    }
    ClusterImportJob::Request request;
    request.endpoint.host = m_host->text().trimmed();
    request.endpoint.port = m_port->value();
    request.endpoint.user = m_user->text().trimmed();
    request.endpoint.auth = m_auth->currentData().toString();
    request.endpoint.identityFile = m_identity->text().trimmed();
    request.endpoint.acceptedFingerprints = acceptedFingerprints;
    request.sshPassword = m_secret->text().toUtf8();
    request.installerDir = m_installerDir->text().trimmed();
    request.installationDir = m_installationDir->text().trimmed();
    request.osUser = request.endpoint.user;
    request.withCaKey = m_withCaKey->isChecked();
    request.projectPath = m_session->project().path;
    m_import->setEnabled(false);
    m_imported = false;
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Connecting to %1...").arg(request.endpoint.host));
    m_session->clusterImport()->start(request);
    Q_EMIT completeChanged();
}

void ImportClusterPage::finished(bool ok, const QString &message, const ConnectionCheck &check)
{
    m_import->setEnabled(true);
    if (!ok && (check.hostKey == ConnectionCheck::HostKey::Unknown || check.hostKey == ConnectionCheck::HostKey::Changed)
        && !check.fingerprint.isEmpty()) {
        if (m_prompt(check)) {
            startImport({check.fingerprint});
            return;
        }
    }
    m_imported = ok;
    m_message->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_message->setText(ok ? tr("%1\n%n node(s) in the project. Next: test the connections to every node, then verify them.", nullptr,
                               int(m_session->cluster().nodes.size()))
                                .arg(message)
                          : message);
    Q_EMIT completeChanged();
}

bool ImportClusterPage::isComplete() const
{
    return m_imported && !m_session->clusterImport()->isRunning();
}
