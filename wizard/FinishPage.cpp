#include "FinishPage.h"

#include "ClusterSession.h"
#include "core/ProfileCatalog.h"
#include "jobs/DrillJob.h"
#include "jobs/InstallJob.h"
#include "jobs/MaintenanceJob.h"
#include "jobs/PreflightJob.h"
#include "jobs/VerifyJob.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace {
QPushButton *folderButton(const QString &text, const char *name, std::function<QString()> path, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    QObject::connect(button, &QPushButton::clicked, button, [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path())); });
    return button;
}
} // namespace

FinishPage::FinishPage(ClusterSession *session)
    : m_session(session)
{
    setObjectName(QStringLiteral("finishPage"));
    setTitle(tr("Finished"));
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("finishResult"));
    m_result->setWordWrap(true);
    m_summary = new QFormLayout;
    auto *links = new QGroupBox(tr("Where users and sensors go"));
    m_links = new QGridLayout(links);
    m_access = new QPlainTextEdit;
    m_access->setObjectName(QStringLiteral("accessInformation"));
    m_access->setReadOnly(true);
    m_access->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_access->setMaximumHeight(110);
    m_paths = new QLabel;
    m_paths->setObjectName(QStringLiteral("finishPaths"));
    m_paths->setWordWrap(true);
    m_paths->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(folderButton(tr("Open the &project folder"), "openProjectButton",
                                    [this] { return QFileInfo(m_session->project().path).absolutePath(); }, this));
    buttons->addWidget(folderButton(tr("Open the &logs folder"), "openLogsButton", [this] { return m_session->project().logDir(); }, this));
    buttons->addWidget(folderButton(tr("Open the &output folder"), "openOutputButton", [this] { return m_session->project().outputPath(); }, this));
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addLayout(m_summary);
    layout->addWidget(links);
    layout->addWidget(m_access);
    layout->addStretch(1);
    layout->addWidget(m_paths);
    layout->addLayout(buttons);
}

QString FinishPage::accessInformation(const QString &fqdn, int port)
{
    const QString base = QStringLiteral("https://%1:%2").arg(fqdn).arg(port);
    return tr("Access information for Web UI\n"
              "  Login URL: %1/signin\n"
              "  Admin username: admin - Password (as provided during installation)\n"
              "  Ingestion service endpoint for v3 unified sensor: %1/v3/ingest\n"
              "  Ingestion endpoint for v2 sensors: %1/v1/oauth2/token\n")
        .arg(base);
}

void FinishPage::initializePage()
{
    const Cluster &cluster = m_session->cluster();
    const Project &project = m_session->project();
    showResult();
    showSummary();
    showLinks();
    m_access->setPlainText(m_session->needsNodes() ? accessInformation(cluster.fqdn(), cluster.frontendPort)
                                                   : tr("At the site: unzip the bundle and follow CHECKLIST.md and runbooks/ (or run the Ansible playbook).\n"
                                                        "Once installed, users reach the platform as follows.\n\n")
                                                         + accessInformation(cluster.fqdn(), cluster.frontendPort));
    m_paths->setText(tr("Project: %1\nGenerated files and certificates: %2\nLogs: %3")
                         .arg(QDir::toNativeSeparators(project.path), QDir::toNativeSeparators(project.outputPath()),
                              QDir::toNativeSeparators(project.logDir())));
}

void FinishPage::showResult()
{
    using Goal = ClusterSession::Goal;
    const InstallJob *install = m_session->install();
    bool ok = true;
    QString text;
    switch (m_session->goal()) {
    case Goal::ExportOnly:
        text = tr("The bundle is ready to carry to the air-gapped site.");
        break;
    case Goal::Maintain:
        ok = m_session->maintenance()->lastOk();
        text = m_session->maintenance()->lastVerdict().isEmpty() ? tr("No maintenance was run.")
               : ok ? tr("Maintenance complete: %1").arg(m_session->maintenance()->lastVerdict())
                    : tr("MAINTENANCE STOPPED: %1").arg(m_session->maintenance()->lastVerdict());
        break;
    case Goal::ImportFromNode:
        text = tr("The running cluster is imported into this project.");
        break;
    default:
        ok = install->succeeded();
        text = ok ? tr("The cluster is installed: %1").arg(install->summary()) : tr("The install did not complete; the logs say why.");
    }
    setSubTitle(QString());
    m_result->setStyleSheet(ok ? QStringLiteral("font-size: 13pt; font-weight: bold; color: #1b5e20;")
                               : QStringLiteral("font-size: 13pt; font-weight: bold; color: #b00020;"));
    m_result->setText(text);
}

void FinishPage::addSummaryRow(const QString &label, const QString &text, const char *color)
{
    auto *value = new QLabel(text);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (color)
        value->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(color)));
    m_summary->addRow(label, value);
}

void FinishPage::showSummary()
{
    while (m_summary->rowCount() > 0)
        m_summary->removeRow(0);
    const Cluster &cluster = m_session->cluster();
    int backends = 0, frontends = 0, others = 0;
    for (const Node &n : cluster.nodes) {
        const bool backend = n.profile && ProfileCatalog::isBackend(*n.profile);
        const bool frontend = n.profile && ProfileCatalog::isFrontend(*n.profile);
        backends += backend ? 1 : 0;
        frontends += frontend ? 1 : 0;
        others += backend || frontend ? 0 : 1;
    }
    QString nodes = tr("%1: backends %2, frontends %3").arg(cluster.nodes.size()).arg(backends).arg(frontends);
    if (others > 0)
        nodes += tr(", coordinator and scan nodes %1").arg(others);
    if (cluster.isStretch())
        nodes += tr(", stretched over %1").arg(cluster.sites().join(QStringLiteral(", ")));
    addSummaryRow(tr("Nodes:"), nodes);
    if (const qint64 ms = m_session->install()->elapsedMs(); ms > 0)
        addSummaryRow(tr("Install took:"), tr("%1 min %2 s").arg(ms / 60000).arg((ms / 1000) % 60));
    const VerifyJob *verify = m_session->verify();
    if (!verify->reports().isEmpty()) {
        const int servicesOk = verify->nodesRunningAll();
        const int checksOk = verify->checksPassed();
        const bool all = servicesOk == verify->reports().size() && checksOk == verify->health().size();
        addSummaryRow(tr("Health (Verify):"), tr("%1 of %2 nodes run all their services; %3 of %4 checks over TLS pass")
                                                  .arg(servicesOk)
                                                  .arg(verify->reports().size())
                                                  .arg(checksOk)
                                                  .arg(verify->health().size()),
                      all ? "#1b5e20" : "#b00020");
    }
    if (!m_session->drill()->lastVerdict().isEmpty())
        addSummaryRow(tr("Failover drill:"), (m_session->drill()->lastPassed() ? tr("PASS: %1") : tr("FAIL: %1")).arg(m_session->drill()->lastVerdict()),
                      m_session->drill()->lastPassed() ? "#1b5e20" : "#b00020");
    const QStringList warnings = openWarnings();
    addSummaryRow(tr("Open warnings:"), warnings.isEmpty() ? tr("none") : warnings.join(QLatin1Char('\n')), warnings.isEmpty() ? nullptr : "#8a4b00");
}

QStringList FinishPage::openWarnings() const
{
    QStringList warnings;
    for (const PreflightFinding &f : m_session->preflight()->findings()) {
        if (f.severity == PreflightFinding::Severity::Warning)
            warnings << QStringLiteral("%1: %2").arg(f.node, f.detail);
    }
    for (const ClusterHealth::Check &c : m_session->verify()->health()) {
        if (!c.ok)
            warnings << QStringLiteral("%1 (%2): %3").arg(c.target, c.check, c.detail);
    }
    return warnings;
}

void FinishPage::showLinks()
{
    while (QLayoutItem *item = m_links->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Cluster &cluster = m_session->cluster();
    const QString base = QStringLiteral("https://%1:%2").arg(cluster.fqdn()).arg(cluster.frontendPort);
    const QList<std::pair<QString, QString>> links{{tr("Login:"), base + QStringLiteral("/signin")},
                                                   {tr("v3 unified sensor ingestion:"), base + QStringLiteral("/v3/ingest")},
                                                   {tr("v2 sensors (token):"), base + QStringLiteral("/v1/oauth2/token")}};
    for (int row = 0; row < int(links.size()); ++row) {
        const auto &[label, url] = links[row];
        auto *link = new QLabel(QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), url.toHtmlEscaped()));
        link->setObjectName(QStringLiteral("finishLink"));
        link->setTextFormat(Qt::RichText);
        link->setTextInteractionFlags(Qt::TextBrowserInteraction);
        link->setOpenExternalLinks(true);
        auto *copy = new QPushButton(tr("Copy"));
        copy->setObjectName(QStringLiteral("copyUrlButton"));
        connect(copy, &QPushButton::clicked, this, [url = url] { QApplication::clipboard()->setText(url); });
        m_links->addWidget(new QLabel(label), row, 0);
        m_links->addWidget(link, row, 1);
        m_links->addWidget(copy, row, 2);
    }
    m_links->setColumnStretch(1, 1);
}
