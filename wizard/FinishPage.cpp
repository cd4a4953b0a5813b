#include "FinishPage.h"

#include "ClusterSession.h"
#include "jobs/InstallJob.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

FinishPage::FinishPage(ClusterSession *session)
    : m_session(session)
{
    setObjectName(QStringLiteral("finishPage"));
    setTitle(tr("Finished"));
    m_access = new QPlainTextEdit;
    m_access->setObjectName(QStringLiteral("accessInformation"));
    m_access->setReadOnly(true);
    m_access->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_paths = new QLabel;
    m_paths->setObjectName(QStringLiteral("finishPaths"));
    m_paths->setWordWrap(true);
    m_paths->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *openOutput = new QPushButton(tr("Open the &output folder"));
    openOutput->setObjectName(QStringLiteral("openOutputButton"));
    connect(openOutput, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_session->project().outputPath())); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_access, 1);
    layout->addWidget(m_paths);
    layout->addWidget(openOutput, 0, Qt::AlignLeft);
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
    if (m_session->needsNodes()) {
        setSubTitle(m_session->install()->succeeded() ? tr("The cluster is installed.") : tr("The install did not complete; the logs say why."));
        m_access->setPlainText(accessInformation(cluster.fqdn(), cluster.frontendPort));
    } else {
        setSubTitle(tr("The bundle is ready to carry to the air-gapped site."));
        m_access->setPlainText(tr("At the site: unzip the bundle and follow CHECKLIST.md and runbooks/ (or run the Ansible playbook).\n"
                                  "Once installed, users reach the platform as follows.\n\n")
                               + accessInformation(cluster.fqdn(), cluster.frontendPort));
    }
    m_paths->setText(tr("Project: %1\nGenerated files and certificates: %2\nLogs: %3")
                         .arg(QDir::toNativeSeparators(project.path), QDir::toNativeSeparators(project.outputPath()),
                              QDir::toNativeSeparators(project.logDir())));
}
