#include "pki/ClusterPki.h"

#include "pki/CertificateBundle.h"
#include "pki/CertificateChecker.h"
#include "core/ClusterFiles.h"
#include "pki/Pkcs12Export.h"
#include "core/ProfileCatalog.h"
#include "util/WorkPool.h"
#include "util/BackgroundPriority.h"

#include <openssl/pem.h>

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

namespace {
struct Issued {
    QByteArray certPem;
    QByteArray keyPem;
    QString error;
};
} // namespace

QString ClusterPki::caCertPath()
{
    return QStringLiteral("certificates/ca/agilesec-rootca-cert.pem");
}

QString ClusterPki::caKeyPath()
{
    return QStringLiteral("certificates/ca/agilesec-rootca-key.pem");
}

QString ClusterPki::bundlePath()
{
    return ClusterFiles::certificateBundlePath();
}

QString ClusterPki::pfxPath()
{
    return QStringLiteral("certificates/lb/agilesec-lb.pfx");
}

QList<CertificateSpec> ClusterPki::specsFor(const Cluster &cluster, const PkiOptions &options)
{
    QList<CertificateSpec> specs;
    for (const Node &node : cluster.nodes) {
        if (!node.profile || node.is(Profile::Scan))
            continue;
        CertificateSpec identity;
        identity.owner = node.hostname;
        identity.commonName = node.hostname;
        identity.dnsNames << node.hostname;
        if (!cluster.analyticsDomain.isEmpty())
            identity.dnsNames << node.hostname + QLatin1Char('.') + cluster.analyticsDomain;
        identity.ipAddresses << node.privateIp;
        identity.purpose = CertificateSpec::Purpose::NodeIdentity;
        identity.certPath = QStringLiteral("certificates/nodes/%1-cert.pem").arg(node.hostname);
        identity.keyPath = QStringLiteral("certificates/nodes/%1-key.pem").arg(node.hostname);
        specs << identity;
    }
    // One web certificate per frontend (CN and SAN the external FQDN, plus the frontend's own
    // IP and the load balancer's), so adding a frontend never re-issues another's.
    for (const Node &node : cluster.frontends()) {
        CertificateSpec web;
        web.owner = node.hostname + QStringLiteral(" (web)");
        web.commonName = cluster.fqdn();
        web.dnsNames << cluster.fqdn();
        web.ipAddresses << node.privateIp << options.loadBalancerAddresses;
        web.purpose = CertificateSpec::Purpose::WebServer;
        web.certPath = QStringLiteral("certificates/web/%1-web-cert.pem").arg(node.hostname);
        web.keyPath = QStringLiteral("certificates/web/%1-web-key.pem").arg(node.hostname);
        specs << web;
    }
    if (!options.pfxPassphrase.isEmpty() || !options.loadBalancerAddresses.isEmpty()) {
        CertificateSpec lb;
        lb.owner = QStringLiteral("load balancer");
        lb.commonName = cluster.fqdn();
        lb.dnsNames << cluster.fqdn();
        lb.ipAddresses = options.loadBalancerAddresses;
        lb.purpose = CertificateSpec::Purpose::WebServer;
        lb.certPath = QStringLiteral("certificates/lb/agilesec-lb-cert.pem");
        lb.keyPath = QStringLiteral("certificates/lb/agilesec-lb-key.pem");
        specs << lb;
    }
    return specs;
}

ClusterPki::Result ClusterPki::issue(const Cluster &cluster, const QList<RenderedFile> &envFiles, const CertificateAuthority &ca,
                                     bool includeCaKey, const PkiOptions &options, const QHash<QString, QByteArray> &existing,
                                     const PkiProgress &progress)
{
    Result result;
    const QList<CertificateSpec> specs = specsFor(cluster, options);
    const qint64 renewWithin = qint64(options.renewWithinDays) * 86400;

    QList<int> toIssue;
    QList<Issued> outcome(specs.size());
    for (int i = 0; i < specs.size(); ++i) {
        const CertificateSpec &spec = specs[i];
        const QByteArray cert = existing.value(spec.certPath);
        const QByteArray key = existing.value(spec.keyPath);
        if (!cert.isEmpty() && !key.isEmpty() && CertificateChecker::problems(cert, key, ca.certificate(), spec).isEmpty()
            && CertificateChecker::secondsToExpiry(cert) > renewWithin) {
            outcome[i] = Issued{cert, key, {}};
            result.kept << spec.certPath;
        } else {
            toIssue << i;
        }
    }

    // Key generation dominates (RSA primes), so it fans out over the thread pool. OpenSSL 3
    // allows concurrent signing with one key as long as nobody modifies it.
    std::atomic<int> signedCount{0};
    const int total = int(toIssue.size());
    if (progress.issued)
        progress.issued(0, total);
    const std::function<Issued(int)> make = [&](int index) {
        BackgroundPriority::lowerCurrentThread(); // key generation: seconds of CPU, behind the window
        Issued issued;
        if (progress.stopped()) // the items not started yet end at once
            return issued;
        OpenSsl::Key key = CertificateAuthority::generateKey(options.keyType, &issued.error);
        if (!key)
            return issued;
        issued.certPem = ca.issue(specs[index], key.get(), options.leafDays, &issued.error);
        issued.keyPem = CertificateAuthority::privateKeyPem(key.get());
        if (progress.issued)
            progress.issued(++signedCount, total);
        return issued;
    };
    const QList<Issued> fresh = QtConcurrent::blockingMapped<QList<Issued>>(WorkPool::computing(), toIssue, make);
    if (progress.stopped()) {
        result.problems << QStringLiteral("stopped");
        return result;
    }
    for (qsizetype k = 0; k < toIssue.size(); ++k) {
        if (!fresh[k].error.isEmpty() || fresh[k].certPem.isEmpty()) {
            result.problems << fresh[k].error;
            continue;
        }
        outcome[toIssue[k]] = fresh[k];
        result.issued << specs[toIssue[k]].certPath;
    }
    if (!result.ok())
        return result;

    result.files << RenderedFile{caCertPath(), ca.certificatePem(), 0644};
    if (includeCaKey)
        result.files << RenderedFile{caKeyPath(), ca.privateKeyPem(), 0600};
    for (int i = 0; i < specs.size(); ++i) {
        result.files << RenderedFile{specs[i].certPath, outcome[i].certPem, 0644};
        result.files << RenderedFile{specs[i].keyPath, outcome[i].keyPem, 0600};
    }
    finish(result, envFiles, ca.certificatePem(), options);
    return result;
}

ClusterPki::Result ClusterPki::importProvided(const Cluster &cluster, const QList<RenderedFile> &envFiles, const QByteArray &caCertPem,
                                              const PkiOptions &options, const QHash<QString, QByteArray> &provided)
{
    Result result;
    OpenSsl::Cert ca = OpenSsl::readCertificate(caCertPem);
    if (!ca) {
        result.problems << QStringLiteral("the CA certificate is not a PEM certificate");
        return result;
    }
    if (X509_check_ca(ca.get()) < 1)
        result.problems << QStringLiteral("the CA certificate is not a CA (basicConstraints CA:TRUE is missing)");
    result.files << RenderedFile{caCertPath(), caCertPem, 0644};
    for (const CertificateSpec &spec : specsFor(cluster, options)) {
        const QByteArray cert = provided.value(spec.certPath);
        const QByteArray key = provided.value(spec.keyPath);
        if (cert.isEmpty() || key.isEmpty()) {
            result.problems << QStringLiteral("%1: missing %2").arg(spec.owner, cert.isEmpty() ? spec.certPath : spec.keyPath);
            continue;
        }
        for (const QString &problem : CertificateChecker::problems(cert, key, ca.get(), spec))
            result.problems << QStringLiteral("%1: %2").arg(spec.owner, problem);
        result.files << RenderedFile{spec.certPath, cert, 0644} << RenderedFile{spec.keyPath, key, 0600};
        result.kept << spec.certPath;
    }
    if (result.ok())
        finish(result, envFiles, caCertPem, options);
    else
        result.files.clear();
    return result;
}

void ClusterPki::finish(Result &result, const QList<RenderedFile> &envFiles, const QByteArray &caCertPem, const PkiOptions &options)
{
    // The bundle carries what every node extracts into <installer_dir>/certificates: the env
    // files at the top (the guide's `cp env.<node> ../.env`), the CA certificate and each node's
    // files. Never the CA key, and nothing for the load balancer.
    QList<RenderedFile> bundle;
    for (const RenderedFile &env : envFiles) {
        if (env.relativePath.startsWith(QLatin1String("generate_envs/generated_envs/env.")))
            bundle << RenderedFile{QFileInfo(env.relativePath).fileName(), env.content, 0644};
    }
    for (const RenderedFile &file : std::as_const(result.files)) {
        if (file.relativePath == caKeyPath() || file.relativePath.startsWith(QLatin1String("certificates/lb/")))
            continue;
        bundle << RenderedFile{file.relativePath.mid(int(qstrlen("certificates/"))), file.content, file.mode};
    }
    QString error;
    const QByteArray tgz = CertificateBundle::build(bundle, &error);
    if (tgz.isEmpty()) {
        result.problems << error;
        return;
    }
    result.files << RenderedFile{bundlePath(), tgz, 0600}; // it holds private keys

    if (!options.pfxPassphrase.isEmpty()) {
        QByteArray cert, key;
        for (const RenderedFile &file : std::as_const(result.files)) {
            if (file.relativePath == QLatin1String("certificates/lb/agilesec-lb-cert.pem"))
                cert = file.content;
            if (file.relativePath == QLatin1String("certificates/lb/agilesec-lb-key.pem"))
                key = file.content;
        }
        const QByteArray pfx = Pkcs12Export::build(cert, key, caCertPem, options.pfxPassphrase, QStringLiteral("agilesec-lb"), &error);
        if (pfx.isEmpty())
            result.problems << error;
        else
            result.files << RenderedFile{pfxPath(), pfx, 0600};
    }
}
