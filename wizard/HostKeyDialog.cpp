#include "HostKeyDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

HostKeyDialog::HostKeyDialog(const ConnectionCheck &check, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    const bool changed = check.hostKey == ConnectionCheck::HostKey::Changed;
    // A jump host's key is asked for by its own name: it is pinned as that host, not as the node.
    const QString who = check.jumpHost.isEmpty() ? tr("%1 (%2)").arg(check.hostname.toHtmlEscaped(), check.hostKeyId.toHtmlEscaped())
                                                 : tr("the jump host %1, on the way to %2,").arg(check.jumpHost.toHtmlEscaped(), check.hostname.toHtmlEscaped());
    const QString subject = check.jumpHost.isEmpty() ? check.hostname : check.jumpHost;
    setWindowTitle(changed ? tr("Host key CHANGED: %1").arg(subject) : tr("Unknown host key: %1").arg(subject));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(changed ? tr("<b>WARNING: the host key of %1 has CHANGED.</b><br>This can mean someone is intercepting the "
                                          "connection (a man-in-the-middle attack). Nothing was sent. Accept only if the host was re-imaged or "
                                          "its SSH keys were regenerated, and the fingerprint below matches the host's own.")
                                           .arg(who)
                                     : tr("The host key of %1 is not known yet. Compare the fingerprint below with the host's own before "
                                          "accepting it; it is then pinned in the project.")
                                           .arg(who));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *fingerprint = new QLineEdit(check.fingerprint);
    fingerprint->setObjectName(QStringLiteral("fingerprintEdit"));
    fingerprint->setReadOnly(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    fingerprint->setFont(mono);
    fingerprint->setMinimumWidth(fingerprint->fontMetrics().horizontalAdvance(check.fingerprint) + 24);
    layout->addWidget(fingerprint);
    auto *how = new QLabel(tr("On that host: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub"));
    how->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(how);
    auto *buttons = new QDialogButtonBox;
    QPushButton *accept = buttons->addButton(changed ? tr("Accept the NEW key and re-pin") : tr("Accept and pin"), QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptHostKeyButton"));
    QPushButton *reject = buttons->addButton(tr("Reject"), QDialogButtonBox::RejectRole);
    reject->setObjectName(QStringLiteral("rejectHostKeyButton"));
    reject->setDefault(true);
    accept->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
