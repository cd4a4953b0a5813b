#pragma once

#include "pki/CertificateAuthority.h"
#include "pki/CertificateSpec.h"
#include "core/Cluster.h"
#include "pki/PkiOptions.h"
#include "pki/PkiProgress.h"
#include "util/RenderedFile.h"

#include <QHash>
#include <QList>
#include <QStringList>

// The cluster's certificates, as the guide's certificates/generate_certs.sh makes them, and
// kf-agilesec.internal-certs.tgz. Layout in docs/certificates.md.
class ClusterPki
{
public:
    static QString caCertPath();  // certificates/ca/agilesec-rootca-cert.pem
    static QString caKeyPath();   // certificates/ca/agilesec-rootca-key.pem (never in the bundle)
    static QString bundlePath();  // certificates/kf-agilesec.internal-certs.tgz
    static QString pfxPath();     // certificates/lb/agilesec-lb.pfx

    // Every leaf the cluster needs: a mutual-TLS identity per node, a web certificate per
    // frontend, and the load balancer's when options ask for one. Scan nodes install with
    // the primary backend's env file and so use its identity.
    static QList<CertificateSpec> specsFor(const Cluster &cluster, const PkiOptions &options);

    struct Result {
        QList<RenderedFile> files; // certificates/... and the bundle, ready for FileSetWriter
        QStringList issued;        // cert paths newly signed
        QStringList kept;          // cert paths reused byte for byte
        QStringList problems;      // non-empty: nothing may be written
        bool ok() const { return problems.isEmpty(); }
    };

    // Signs what is missing with ca. An existing certificate and key (existing: path -> bytes
    // from an earlier run) are kept byte for byte when they still pass every check and are not
    // about to expire, so adding frontend-3 issues only frontend-3's. Keys are generated in
    // parallel on the global thread pool; call it from a worker thread in the GUI.
    // progress: how many are signed; a stop makes the result a problem ("stopped"), nothing kept.
    static Result issue(const Cluster &cluster, const QList<RenderedFile> &envFiles, const CertificateAuthority &ca, bool includeCaKey,
                        const PkiOptions &options, const QHash<QString, QByteArray> &existing, const PkiProgress &progress = {});

    // Bring your own certificates: every node's files must already be in provided (path ->
    // bytes, paths as in specsFor) and pass every check against caCertPem; each problem names
    // the node and the file. Nothing is signed.
    static Result importProvided(const Cluster &cluster, const QList<RenderedFile> &envFiles, const QByteArray &caCertPem,
                                 const PkiOptions &options, const QHash<QString, QByteArray> &provided);

private:
    static void finish(Result &result, const QList<RenderedFile> &envFiles, const QByteArray &caCertPem, const PkiOptions &options);
};
