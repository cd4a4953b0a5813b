// Benchmark: the cluster CA and every certificate plus the bundle, in-process, for a cluster of
// N nodes (half backends, half frontends). With --specs it prints the certificate list instead,
// so bench/run.sh can make the same set with openssl command lines.
#include "pki/CertificateAuthority.h"
#include "config/ClusterLoader.h"
#include "pki/ClusterPki.h"
#include "config/EnvRenderer.h"
#include "pki/KeyTypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>
#include <algorithm>

namespace {
QByteArray clusterConfig(int nodes)
{
    QByteArray text = "analytics_hostname=\"agilesec\"\nanalytics_domain=\"bench.example\"\n";
    const int backends = std::max(2, nodes / 2);
    for (int i = 1; i <= nodes; ++i) {
        const bool backend = i <= backends;
        const int index = backend ? i : i - backends;
        const QByteArray prefix = (backend ? "backend" : "frontend") + QByteArray::number(index);
        const QByteArray profile = backend ? (index == 1 ? "PRIMARY_FULL_BACKEND" : "FULL_BACKEND") : (index == 1 ? "PRIMARY_FRONTEND" : "ADDITIONAL_FRONTEND");
        text += prefix + "_private_ip=\"10." + QByteArray::number(i / 250) + "." + QByteArray::number(i % 250) + ".10\"\n";
        text += prefix + "_node_hostname=\"" + (backend ? "backend-" : "frontend-") + QByteArray::number(index) + "\"\n";
        text += prefix + "_node_profile=\"" + profile + "\"\n";
    }
    // Replicas must stay below the data-node count; quorum parity warnings are fine here.
    return text;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: agilesec-bench-pki NODES KEYTYPE [--specs]\n";
        return 2;
    }
    const int nodes = args[1].toInt();
    const std::optional<KeyType> type = KeyTypes::fromName(args[2]);
    const ClusterLoader::Result loaded = ClusterLoader::loadData(clusterConfig(nodes), QStringLiteral("bench"));
    if (!loaded.ok() || !type) {
        QTextStream(stderr) << "bad benchmark input\n";
        return 1;
    }
    const QList<CertificateSpec> specs = ClusterPki::specsFor(loaded.cluster, PkiOptions());
    if (args.contains(QStringLiteral("--specs"))) {
        // name|CN|subjectAltName|extendedKeyUsage, one line per leaf
        for (const CertificateSpec &s : specs) {
            QStringList san;
            for (const QString &d : s.dnsNames)
                san << QStringLiteral("DNS:") + d;
            for (const QString &ip : s.ipAddresses)
                san << QStringLiteral("IP:") + ip;
            out << QFileInfo(s.certPath).completeBaseName().chopped(5) << '|' << s.commonName << '|' << san.join(QLatin1Char(',')) << '|'
                << (s.purpose == CertificateSpec::Purpose::NodeIdentity ? "serverAuth,clientAuth" : "serverAuth") << '\n';
        }
        return 0;
    }
    const QList<RenderedFile> envFiles = EnvRenderer::renderAll(loaded.cluster, loaded.document);
    PkiOptions options;
    options.keyType = *type;
    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::optional<CertificateAuthority> ca = CertificateAuthority::create(*type, 3650, QStringLiteral("Bench CA"), &error);
    const ClusterPki::Result result = ClusterPki::issue(loaded.cluster, envFiles, *ca, true, options, {});
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!result.ok()) {
        QTextStream(stderr) << result.problems.join(QLatin1Char('\n')) << '\n';
        return 1;
    }
    out << QString::number(ms, 'f', 1) << ' ' << result.issued.size() << '\n';
    return 0;
}
