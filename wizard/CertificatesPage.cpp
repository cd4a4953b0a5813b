#include "CertificatesPage.h"

#include "ClusterSession.h"
#include "FieldWidth.h"
#include "jobs/CertificatesJob.h"
#include "PathField.h"
#include "pki/KeyTypes.h"
#include "util/DirectoryContents.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>


CertificatesPage::CertificatesPage(ClusterSession *session)
    : m_session(session)
{
    setObjectName(QStringLiteral("certificatesPage"));
    setTitle(tr("Certificates"));
    setSubTitle(tr("A mutual-TLS certificate per node and a web certificate per frontend, signed by the cluster's CA. The CA's private key never goes to a node."));

    m_source = new QButtonGroup(this);
    auto *generate = new QRadioButton(tr("&Generate a new CA and every certificate"));
    generate->setObjectName(QStringLiteral("generateRadio"));
    auto *ownCa = new QRadioButton(tr("Sign with &my organisation's CA (certificate and key)"));
    ownCa->setObjectName(QStringLiteral("ownCaRadio"));
    auto *import = new QRadioButton(tr("&Bring my own certificates (checked against my CA, nothing signed)"));
    import->setObjectName(QStringLiteral("importCertsRadio"));
    m_source->addButton(generate, int(CertificateIssuer::Source::Generate));
    m_source->addButton(ownCa, int(CertificateIssuer::Source::OwnCa));
    m_source->addButton(import, int(CertificateIssuer::Source::ImportCertificates));
    generate->setChecked(true);

    m_keyType = new QComboBox;
    m_keyType->setObjectName(QStringLiteral("keyTypeCombo"));
    m_keyType->addItems(KeyTypes::names());
    m_keyType->setCurrentText(KeyTypes::name(KeyTypes::kDefault));
    m_caDays = new QSpinBox;
    m_caDays->setRange(1, 36500);
    m_caDays->setValue(CertificateAuthority::kDefaultCaDays);
    m_leafDays = new QSpinBox;
    m_leafDays->setObjectName(QStringLiteral("leafDaysSpin"));
    m_leafDays->setRange(1, 36500);
    m_leafDays->setValue(CertificateAuthority::kDefaultLeafDays);
    FieldWidth::fit(m_caDays);
    FieldWidth::fit(m_leafDays);
    auto *caCertField = new PathField(PathField::Kind::OpenFile, QStringLiteral("caCertEdit"), tr("CA certificate"), tr("PEM (*.pem *.crt);;All files (*)"));
    m_caCert = caCertField->edit();
    auto *caKeyField = new PathField(PathField::Kind::OpenFile, QStringLiteral("caKeyEdit"), tr("CA private key"), tr("PEM (*.pem *.key);;All files (*)"));
    m_caKey = caKeyField->edit();
    m_caPassphrase = new QLineEdit;
    m_caPassphrase->setEchoMode(QLineEdit::Password);
    m_caPassphrase->setPlaceholderText(tr("only for an encrypted key"));
    auto *importField = new PathField(PathField::Kind::Directory, QStringLiteral("importDirEdit"), tr("Certificates folder"));
    m_importDir = importField->edit();
    m_importDir->setPlaceholderText(tr("a folder laid out like certificates/ (nodes/, web/)"));

    auto *form = new QFormLayout;
    form->addRow(generate);
    form->addRow(tr("Key type:"), m_keyType);
    form->addRow(tr("CA validity (days):"), m_caDays);
    form->addRow(tr("Certificate validity (days):"), m_leafDays);
    form->addRow(ownCa);
    form->addRow(import);
    form->addRow(tr("CA certificate (PEM):"), caCertField);
    form->addRow(tr("CA private key (PEM):"), caKeyField);
    form->addRow(tr("CA key passphrase:"), m_caPassphrase);
    form->addRow(tr("Certificates folder:"), importField);

    m_create = new QPushButton(tr("&Create certificates"));
    m_create->setObjectName(QStringLiteral("createCertificatesButton"));
    connect(m_create, &QPushButton::clicked, this, &CertificatesPage::createCertificates);
    // While it runs: a busy bar (then how many are signed) and Stop, safe at any moment since
    // nothing is written before every certificate is made.
    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("certificateProgress"));
    m_busy->setMaximumWidth(320);
    m_busy->setVisible(false);
    m_stop = new QPushButton(tr("&Stop"));
    m_stop->setObjectName(QStringLiteral("stopCertificatesButton"));
    m_stop->setVisible(false);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        m_session->certificates()->stop();
    });
    connect(session->certificates(), &CertificatesJob::progress, this, [this](int done, int total) {
        m_busy->setRange(0, std::max(1, total));
        m_busy->setValue(done);
        m_busy->setFormat(tr("%1 of %2 certificates signed").arg(done).arg(total));
    });
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("certificateList"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("certificateStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_create);
    actions->addWidget(m_busy);
    actions->addWidget(m_stop);
    actions->addStretch(1);
    layout->addLayout(actions);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    const auto enableFields = [this] {
        const auto source = CertificateIssuer::Source(m_source->checkedId());
        for (QWidget *w : {static_cast<QWidget *>(m_keyType), static_cast<QWidget *>(m_caDays)})
            w->setEnabled(source == CertificateIssuer::Source::Generate);
        m_leafDays->setEnabled(source != CertificateIssuer::Source::ImportCertificates);
        m_caCert->parentWidget()->setEnabled(source != CertificateIssuer::Source::Generate);
        m_caKey->parentWidget()->setEnabled(source == CertificateIssuer::Source::OwnCa);
        m_caPassphrase->setEnabled(source == CertificateIssuer::Source::OwnCa);
        m_importDir->parentWidget()->setEnabled(source == CertificateIssuer::Source::ImportCertificates);
    };
    connect(m_source, &QButtonGroup::idClicked, this, enableFields);
    enableFields();
    connect(session->certificates(), &CertificatesJob::finished, this, [this](bool ok, const QString &message) {
        m_create->setEnabled(true);
        m_busy->setVisible(false);
        m_stop->setVisible(false);
        showSummary(message, ok);
    });
}

void CertificatesPage::initializePage()
{
    // Certificates made earlier for this project (and still right) need not be made again.
    showSummary(QString(), true);
}

void CertificatesPage::showSummary(const QString &message, bool ok)
{
    m_list->clear();
    bool valid = false;
    int problems = 0;
    const QStringList lines = m_session->certificateSummary(&valid, &problems);
    for (int i = 0; i < lines.size(); ++i) {
        auto *item = new QListWidgetItem(lines.at(i), m_list);
        if (i < problems)
            item->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    m_valid = valid;
    QString text = message;
    if (ok && valid)
        text = (text.isEmpty() ? QString() : text + QLatin1Char(' ')) + tr("Every certificate passed OpenSSL's checks (chain, key, names, expiry).");
    else if (ok && lines.isEmpty())
        text = tr("No certificates yet: choose how to make them, then \"Create certificates\".");
    else if (ok)
        text = (text.isEmpty() ? QString() : text + QLatin1Char(' ')) + tr("The certificates in the output folder do not fit this cluster; create them again.");
    m_status->setStyleSheet(ok && valid ? QStringLiteral("color: #1b5e20;") : (ok ? QString() : QStringLiteral("color: #b00020;")));
    m_status->setText(text);
    Q_EMIT completeChanged();
}

void CertificatesPage::createCertificates()
{
    CertificateIssuer::Request request;
    request.source = CertificateIssuer::Source(m_source->checkedId());
    request.options.keyType = KeyTypes::fromName(m_keyType->currentText()).value_or(KeyTypes::kDefault);
    request.options.caDays = m_caDays->value();
    request.options.leafDays = m_leafDays->value();
    if (m_session->project().external.mode == ExternalAccess::Mode::OnPrem && !m_session->project().external.vip.isEmpty())
        request.options.loadBalancerAddresses << m_session->project().external.vip;
    const auto read = [this](QLineEdit *edit, const QString &field, QByteArray *data) {
        QFile f(edit->text().trimmed());
        if (edit->text().trimmed().isEmpty() || !f.open(QIODevice::ReadOnly)) {
            showSummary(tr("%1: cannot read \"%2\"%3").arg(field, edit->text().trimmed(), f.errorString().isEmpty() ? QString() : QStringLiteral(": ") + f.errorString()), false);
            return false;
        }
        *data = f.readAll();
        return true;
    };
    if (request.source != CertificateIssuer::Source::Generate) {
        if (!read(m_caCert, tr("CA certificate"), &request.caCertPem))
            return;
        request.caName = m_caCert->text().trimmed();
    }
    if (request.source == CertificateIssuer::Source::OwnCa) {
        if (!read(m_caKey, tr("CA private key"), &request.caKeyPem))
            return;
        request.caPassphrase = m_caPassphrase->text().toUtf8();
    }
    if (request.source == CertificateIssuer::Source::ImportCertificates) {
        if (m_importDir->text().trimmed().isEmpty()) {
            showSummary(tr("Certificates folder: choose the folder holding nodes/ and web/."), false);
            return;
        }
        request.provided = DirectoryContents::read(m_importDir->text().trimmed(), QStringLiteral("certificates/"));
    }
    m_create->setEnabled(false);
    m_busy->setRange(0, 0); // busy until the first is signed (a new CA comes first)
    m_busy->setVisible(true);
    m_stop->setEnabled(true);
    m_stop->setVisible(true);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Creating certificates..."));
    m_session->certificates()->start(request);
}

bool CertificatesPage::isComplete() const
{
    return m_valid && !m_session->certificates()->isRunning();
}
