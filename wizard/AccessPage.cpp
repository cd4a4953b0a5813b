#include "AccessPage.h"

#include "AuthMethodCombo.h"
#include "ClusterSession.h"
#include "FieldWidth.h"
#include "HostKeyDialog.h"
#include "jobs/ConnectionsJob.h"
#include "PathField.h"
#include "ssh/SshJumpHost.h"

#include <QComboBox>
#include <algorithm>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

AccessPage::AccessPage(ClusterSession *session)
    : m_session(session)
{
    setObjectName(QStringLiteral("accessPage"));
    setTitle(tr("Access"));
    setSubTitle(tr("How to reach the nodes over SSH. Passwords stay in memory for this session only: they are never saved, logged or exported."));
    m_prompt = [this](const ConnectionCheck &check) { return HostKeyDialog(check, this).exec() == QDialog::Accepted; };

    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("sshUserEdit"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("sshPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    FieldWidth::fit(m_port);
    m_auth = new AuthMethodCombo(QStringLiteral("authCombo"));
    auto *identityRow = new PathField(PathField::Kind::OpenFile, QStringLiteral("identityFileEdit"), tr("Private key"));
    m_identity = identityRow->edit();
    m_identity->setPlaceholderText(tr("~/.ssh/id_ed25519 (empty: ~/.ssh/config's IdentityFile)"));
    m_proxyJump = new QLineEdit;
    m_proxyJump->setObjectName(QStringLiteral("proxyJumpEdit"));
    m_proxyJump->setPlaceholderText(tr("empty: direct, or ~/.ssh/config's ProxyJump; e.g. ops@bastion.example.com:2222"));
    m_proxyJump->setToolTip(tr("Jump hosts (bastions) as ssh -J takes them: [user@]host[:port], nearest first, separated by commas; \"none\" "
                               "ignores ~/.ssh/config's ProxyJump. Each jump host's key is checked and pinned like a node's. Per node: the "
                               "Topology page's \"SSH via\" column."));
    const auto secretEdit = [](const QString &name) {
        auto *edit = new QLineEdit;
        edit->setObjectName(name);
        edit->setEchoMode(QLineEdit::Password);
        return edit;
    };
    m_sshSecret = secretEdit(QStringLiteral("sshSecretEdit"));
    m_sudoPassword = secretEdit(QStringLiteral("sudoPasswordEdit"));
    m_sudoPassword->setPlaceholderText(tr("empty: sudo needs no password (NOPASSWD)"));
    m_adminPassword = secretEdit(QStringLiteral("adminPasswordEdit"));
    m_adminConfirm = secretEdit(QStringLiteral("adminConfirmEdit"));
    m_installerDir = new QLineEdit;
    m_installerDir->setObjectName(QStringLiteral("installerDirEdit"));
    m_installationDir = new QLineEdit;
    m_installationDir->setObjectName(QStringLiteral("installationDirEdit"));

    auto *form = new QFormLayout;
    form->addRow(tr("SSH &user:"), m_user);
    form->addRow(tr("SSH p&ort:"), m_port);
    form->addRow(tr("&Authentication:"), m_auth);
    form->addRow(tr("&Key file:"), identityRow);
    form->addRow(tr("&Jump hosts (ProxyJump):"), m_proxyJump);
    form->addRow(tr("SSH password / key &passphrase:"), m_sshSecret);
    form->addRow(tr("&sudo password:"), m_sudoPassword);
    form->addRow(tr("Installer directory:"), m_installerDir);
    form->addRow(tr("Installation directory (-p):"), m_installationDir);
    form->addRow(tr("Platform a&dmin password:"), m_adminPassword);
    form->addRow(tr("Confirm admin password:"), m_adminConfirm);

    m_test = new QPushButton(tr("&Test connections"));
    m_test->setObjectName(QStringLiteral("testConnectionsButton"));
    connect(m_test, &QPushButton::clicked, this, &AccessPage::testConnections);
    m_results = new QTableWidget(0, 4);
    m_results->setObjectName(QStringLiteral("connectionTable"));
    m_results->setHorizontalHeaderLabels({tr("Node"), tr("Connects as"), tr("Host key"), tr("Result")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setWordWrap(true);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("accessProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *note = new QLabel(tr("Per-node SSH host, port, user and jump hosts: the Topology page's columns."));
    note->setWordWrap(true);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(note, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_problem);

    for (QLineEdit *edit : {m_user, m_identity, m_proxyJump, m_sshSecret, m_sudoPassword, m_adminPassword, m_adminConfirm, m_installerDir, m_installationDir})
        connect(edit, &QLineEdit::editingFinished, this, &AccessPage::push);
    for (QLineEdit *edit : {m_user, m_proxyJump, m_sshSecret, m_adminPassword, m_adminConfirm})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_loading && m_test->isEnabled()) // while a test runs, its progress line stays
                updateProblem();
        });
    connect(m_port, &QSpinBox::valueChanged, this, &AccessPage::push);
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        push();
        Q_EMIT completeChanged();
    });
    connect(session->connections(), &ConnectionsJob::finished, this, &AccessPage::showChecks);
    connect(session->connections(), &ConnectionsJob::hostKeyQuestion, this, [this](const ConnectionCheck &check) {
        m_pendingKeys << check;
        // After the results table is shown: one dialog at a time, then a re-test.
        QTimer::singleShot(0, this, &AccessPage::askHostKeys);
    });
}

void AccessPage::initializePage()
{
    m_loading = true;
    const Project &p = m_session->project();
    const InstallSecrets s = m_session->secrets();
    m_user->setText(p.defaults.user.isEmpty() ? PlanOptions::kDefaultUser : p.defaults.user);
    m_port->setValue(p.defaults.port > 0 ? p.defaults.port : 22);
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(p.auth)));
    m_identity->setText(p.defaults.identityFile);
    m_proxyJump->setText(p.defaults.proxyJump);
    m_sshSecret->setText(QString::fromUtf8(s.sshPassword));
    m_sudoPassword->setText(QString::fromUtf8(s.sudoPassword));
    m_adminPassword->setText(QString::fromUtf8(s.adminPassword));
    m_adminConfirm->setText(QString::fromUtf8(s.adminPassword));
    m_installerDir->setText(p.defaults.installerDir.isEmpty() ? PlanOptions::kDefaultInstallerDir : p.defaults.installerDir);
    m_installationDir->setText(p.defaults.installationDir.isEmpty() ? PlanOptions::kDefaultInstallationDir : p.defaults.installationDir);
    m_loading = false;
    showChecks();
}

void AccessPage::push()
{
    if (m_loading)
        return;
    NodeAccess defaults = m_session->project().defaults;
    defaults.user = m_user->text().trimmed();
    defaults.port = m_port->value() == 22 ? 0 : m_port->value();
    defaults.identityFile = m_identity->text().trimmed();
    defaults.proxyJump = m_proxyJump->text().trimmed();
    defaults.installerDir = m_installerDir->text().trimmed();
    defaults.installationDir = m_installationDir->text().trimmed();
    InstallSecrets secrets;
    secrets.sshPassword = m_sshSecret->text().toUtf8();
    secrets.sudoPassword = m_sudoPassword->text().toUtf8();
    secrets.adminPassword = m_adminPassword->text().toUtf8();
    const QString auth = m_auth->currentData().toString();
    const Project &p = m_session->project();
    const bool accessChanged = defaults != p.defaults || auth != p.auth;
    m_session->setSecrets(secrets);
    if (accessChanged) {
        m_session->setAccessDefaults(defaults, auth); // earlier test results are stale now
        showChecks();
    }
    Q_EMIT completeChanged();
}

QString AccessPage::fieldProblem() const
{
    if (m_user->text().trimmed().isEmpty())
        return tr("SSH user: enter the user to log in as.");
    QString jumpError;
    SshJumpHost::parseList(m_proxyJump->text().trimmed(), &jumpError);
    if (!jumpError.isEmpty())
        return tr("Jump hosts: %1.").arg(jumpError);
    const QString auth = m_auth->currentData().toString();
    if ((auth == QLatin1String("password")) && m_sshSecret->text().isEmpty())
        return tr("SSH password: password authentication needs the password.");
    if (m_adminPassword->text().isEmpty())
        return tr("Platform admin password: the install writes it to each node's .pass; enter it.");
    if (m_adminPassword->text() != m_adminConfirm->text())
        return tr("Confirm admin password: the two entries differ.");
    return {};
}

bool AccessPage::isComplete() const
{
    return fieldProblem().isEmpty() && m_session->connections()->allOk();
}

bool AccessPage::validatePage()
{
    push();
    return isComplete();
}

void AccessPage::testConnections()
{
    push();
    m_test->setEnabled(false);
    m_problem->setStyleSheet(QString());
    m_problem->setText(tr("Connecting to %n node(s)...", nullptr, int(m_session->cluster().nodes.size())));
    m_session->connections()->start();
}

QString AccessPage::detail(const ConnectionCheck &check)
{
    switch (check.sudo) {
    case ConnectionCheck::Sudo::NotChecked: return check.error; // not connected: SshSession's reason
    case ConnectionCheck::Sudo::NoPassword: return tr("Connected; sudo works without a password.");
    case ConnectionCheck::Sudo::PasswordMissing: return tr("Connected; sudo needs a password: enter the sudo password above.");
    case ConnectionCheck::Sudo::PasswordAccepted: return tr("Connected; sudo accepted the password.");
    case ConnectionCheck::Sudo::PasswordRefused: return tr("Connected; sudo REFUSED the password (wrong password or not in sudoers).");
    case ConnectionCheck::Sudo::Unavailable: return tr("Connected; but this user may not use sudo, which the install needs.");
    }
    return {};
}

void AccessPage::showChecks()
{
    m_test->setEnabled(true);
    const QList<ConnectionCheck> &checks = m_session->connections()->checks();
    m_results->setRowCount(int(checks.size()));
    for (int row = 0; row < checks.size(); ++row) {
        const ConnectionCheck &c = checks.at(row);
        static const QHash<int, QString> keyText{{int(ConnectionCheck::HostKey::Trusted), tr("trusted")},
                                                  {int(ConnectionCheck::HostKey::Unknown), tr("UNKNOWN")},
                                                  {int(ConnectionCheck::HostKey::Changed), tr("CHANGED")},
                                                  {int(ConnectionCheck::HostKey::Revoked), tr("REVOKED")},
                                                  {int(ConnectionCheck::HostKey::CertificateRefused), tr("CERTIFICATE REFUSED")},
                                                  {int(ConnectionCheck::HostKey::NotReached), tr("-")}};
        // A key vouched for by a host certificate says so, and which CA signed it.
        const QString key = c.certificate.isEmpty() ? keyText.value(int(c.hostKey)) : tr("certified");
        const QStringList cells{c.hostname, c.destination, QStringLiteral("%1 %2").arg(key, c.fingerprint), detail(c)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == 2 && !c.certificate.isEmpty() ? c.certificate : cells.at(column));
            if (column == 3)
                item->setForeground(c.ok() ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb0, 0x00, 0x20));
            m_results->setItem(row, column, item);
        }
    }
    m_results->resizeColumnsToContents();
    updateProblem();
}

void AccessPage::updateProblem()
{
    // As the user types: a problem with the fields shows (and goes) at once, not at the next test.
    const QList<ConnectionCheck> &checks = m_session->connections()->checks();
    const int failures = int(std::count_if(checks.begin(), checks.end(), [](const ConnectionCheck &c) { return !c.ok(); }));
    const QString problem = fieldProblem();
    if (!problem.isEmpty()) {
        m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_problem->setText(problem);
    } else if (checks.isEmpty()) {
        m_problem->setStyleSheet(QString());
        m_problem->setText(tr("Run \"Test connections\": every node must be reached, with sudo usable, before going on."));
    } else {
        m_problem->setStyleSheet(failures ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
        m_problem->setText(failures ? tr("%n node(s) not ready; see the Result column.", nullptr, failures) : tr("Every node is reachable and sudo works."));
    }
    Q_EMIT completeChanged();
}

void AccessPage::askHostKeys()
{
    bool accepted = false;
    QSet<QString> asked; // a jump host on the way to every node is one question, not one per node
    while (!m_pendingKeys.isEmpty()) {
        const ConnectionCheck check = m_pendingKeys.takeFirst();
        const QString key = check.hostKeyId + QLatin1Char(' ') + check.fingerprint;
        if (asked.contains(key))
            continue;
        asked.insert(key);
        if (m_prompt(check)) {
            // The same rule as the CLI's (ops/HostKeyPinning): an unsaved pin is said, not fatal.
            const QString warning = m_session->acceptHostKey(check.hostKeyId, check.fingerprint, check.publicKey);
            if (!warning.isEmpty())
                m_problem->setText(warning);
            accepted = true;
        }
    }
    if (accepted)
        testConnections(); // the pinned keys now let these nodes in
}
