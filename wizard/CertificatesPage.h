#pragma once

#include <QWizardPage>

class ClusterSession;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

// Page 5: the cluster's certificates: generated with a new CA (key type, validity), signed
// with your own CA, or your own certificates checked against your CA. Every certificate is
// then checked with OpenSSL (chain, key, names, expiry) and listed.
class CertificatesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CertificatesPage(ClusterSession *session);
    void initializePage() override;
    bool isComplete() const override;
    void createCertificates();

private:
    void showSummary(const QString &message, bool ok);

    ClusterSession *m_session;
    QButtonGroup *m_source;
    QComboBox *m_keyType;
    QSpinBox *m_caDays;
    QSpinBox *m_leafDays;
    QLineEdit *m_caCert;
    QLineEdit *m_caKey;
    QLineEdit *m_caPassphrase;
    QLineEdit *m_importDir;
    QPushButton *m_create;
    QProgressBar *m_busy;
    QPushButton *m_stop;
    QListWidget *m_list;
    QLabel *m_status;
    bool m_valid = false;
};
