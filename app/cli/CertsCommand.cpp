#include "cli/CertsCommand.h"

#include "cli/SecretOptions.h"
#include "pki/CertificateAuthority.h"
#include "pki/KeyTypes.h"
#include "util/DirectoryContents.h"
#include "util/FileSetWriter.h"
#include "util/NetworkNames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

CertsCommand::CertsCommand()
    : Command({QStringLiteral("certs"),
             QStringLiteral("Create the CA and every certificate, and kf-agilesec.internal-certs.tgz"),
             QStringLiteral("certs --config FILE --out DIR [--ca-cert PEM --ca-key PEM [--ca-pass-file F]] [--key-type T] [--days N]"),
             QStringLiteral("Creates the cluster CA (or uses yours), a mutual-TLS certificate per node and a web certificate per frontend, and "
                              "DIR/certificates/kf-agilesec.internal-certs.tgz with every env file. Certificates already in DIR that still pass "
                              "every check are kept byte for byte, so adding a node issues only its own. The CA key never goes into the bundle. "
                              "An invalid config or CA writes nothing; files are replaced atomically.")})
{
}

QList<QCommandLineOption> CertsCommand::commandOptions() const
{
    return {
        configOption(), scanNodeOption(),
        QCommandLineOption(QStringLiteral("out"), QStringLiteral("The output directory; certificates/ is written inside it."), QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("ca-cert"), QStringLiteral("Bring your own CA: its certificate (PEM)."), QStringLiteral("PEM")),
        QCommandLineOption(QStringLiteral("ca-key"), QStringLiteral("Bring your own CA: its private key (PEM, may be encrypted)."), QStringLiteral("PEM")),
        QCommandLineOption(QStringLiteral("ca-pass-file"), QStringLiteral("File holding the passphrase of an encrypted --ca-key."), QStringLiteral("F")),
        QCommandLineOption(QStringLiteral("import-certs"),
                           QStringLiteral("Bring your own certificates: a directory laid out like certificates/ (nodes/<host>-cert.pem, "
                                          "nodes/<host>-key.pem, web/<host>-web-cert.pem, web/<host>-web-key.pem) to validate against --ca-cert "
                                          "and bundle; nothing is signed."),
                           QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("key-type"),
                           QStringLiteral("Key type of new keys: %1 (default %2).").arg(KeyTypes::names().join(QStringLiteral(", ")), KeyTypes::name(KeyTypes::kDefault)),
                           QStringLiteral("T")),
        QCommandLineOption(QStringLiteral("days"),
                           QStringLiteral("Validity of new node certificates in days (default %1).").arg(CertificateAuthority::kDefaultLeafDays),
                           QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("ca-days"), QStringLiteral("Validity of a new CA in days (default %1).").arg(CertificateAuthority::kDefaultCaDays),
                           QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("lb-address"),
                           QStringLiteral("The load balancer's VIP or IP, added to the web certificates and the load-balancer certificate. Repeatable."),
                           QStringLiteral("IP")),
        QCommandLineOption(QStringLiteral("pfx-pass-file"),
                           QStringLiteral("Also write certificates/lb/agilesec-lb.pfx (PKCS#12 for L7 load balancers) protected by the passphrase "
                                          "in this file."),
                           QStringLiteral("F")),
        QCommandLineOption(QStringLiteral("export-ca-key"),
                           QStringLiteral("Also export the CA private key, encrypted (PKCS#8, AES-256) with the passphrase in --export-pass-file, "
                                          "to this file (mode 0600)."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("export-pass-file"), QStringLiteral("Passphrase for --export-ca-key (8 characters or more)."), QStringLiteral("F")),
    };
}

int CertsCommand::readOptions(const QCommandLineParser &parser, PkiOptions *options, QByteArray *exportPassphrase)
{
    if (parser.isSet(QStringLiteral("key-type"))) {
        const std::optional<KeyType> type = KeyTypes::fromName(parser.value(QStringLiteral("key-type")));
        if (!type) {
            return fail(QStringLiteral("--key-type '%1' is not one of %2").arg(parser.value(QStringLiteral("key-type")), KeyTypes::names().join(QStringLiteral(", "))), Usage);
        }
        options->keyType = *type;
    }
    for (const auto &[option, target] : {std::pair{QStringLiteral("days"), &options->leafDays}, std::pair{QStringLiteral("ca-days"), &options->caDays}}) {
        bool ok = true;
        const int days = parser.isSet(option) ? parser.value(option).toInt(&ok) : *target;
        if (!ok || days < 1 || days > 36500) {
            return fail(QStringLiteral("--%1 '%2' is not a number of days from 1 to 36500").arg(option, parser.value(option)), Usage);
        }
        *target = days;
    }
    for (const QString &address : parser.values(QStringLiteral("lb-address"))) {
        const QString problem = NetworkNames::ipProblem(address);
        if (!problem.isEmpty()) {
            return fail(QStringLiteral("--lb-address: %1").arg(problem), Usage);
        }
        options->loadBalancerAddresses << address;
    }
    QString error;
    if (parser.isSet(QStringLiteral("pfx-pass-file")) && !SecretOptions::readFile(parser.value(QStringLiteral("pfx-pass-file")), &options->pfxPassphrase, &error)) {
        return fail(error, Failed);
    }
    if (parser.isSet(QStringLiteral("export-ca-key")) != parser.isSet(QStringLiteral("export-pass-file"))) {
        return fail(QStringLiteral("--export-ca-key and --export-pass-file go together"), Usage);
    }
    if (parser.isSet(QStringLiteral("export-pass-file"))) {
        if (!SecretOptions::readFile(parser.value(QStringLiteral("export-pass-file")), exportPassphrase, &error)) {
            return fail(error, Failed);
        }
        if (exportPassphrase->size() < 8) {
            return fail(QStringLiteral("the export passphrase is shorter than 8 characters"), Failed);
        }
    }
    return -1;
}

bool CertsCommand::readRequest(const QCommandLineParser &parser, CertificateIssuer::Request *request)
{
    QString error;
    const auto readInput = [&](const QString &option, QByteArray *data) {
        QFile f(parser.value(option));
        if (!f.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("cannot read --%1 %2: %3").arg(option, parser.value(option), f.errorString());
            return false;
        }
        *data = f.readAll();
        return true;
    };
    request->caName = parser.value(QStringLiteral("ca-cert"));
    bool ok = true;
    if (parser.isSet(QStringLiteral("import-certs"))) {
        request->source = CertificateIssuer::Source::ImportCertificates;
        ok = readInput(QStringLiteral("ca-cert"), &request->caCertPem);
        request->provided = DirectoryContents::read(parser.value(QStringLiteral("import-certs")), QStringLiteral("certificates/"));
    } else if (parser.isSet(QStringLiteral("ca-cert"))) {
        request->source = CertificateIssuer::Source::OwnCa;
        ok = readInput(QStringLiteral("ca-cert"), &request->caCertPem) && readInput(QStringLiteral("ca-key"), &request->caKeyPem)
            && (!parser.isSet(QStringLiteral("ca-pass-file"))
                || SecretOptions::readFile(parser.value(QStringLiteral("ca-pass-file")), &request->caPassphrase, &error));
    }
    if (!ok)
        fail(error, Failed);
    return ok;
}

int CertsCommand::exportCaKey(const QCommandLineParser &parser, const CertificateAuthority &ca, const QByteArray &passphrase)
{
    const QFileInfo target(parser.value(QStringLiteral("export-ca-key")));
    const QString failure = FileSetWriter::write(target.absolutePath(), {RenderedFile{target.fileName(), ca.encryptedPrivateKeyPem(passphrase), 0600}});
    if (!failure.isEmpty())
        return fail(failure, Failed);
    out() << target.filePath() << " (CA key, encrypted)\n";
    return Ok;
}

int CertsCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("config")) || !parser.isSet(QStringLiteral("out")))
        return fail(QStringLiteral("--config FILE and --out DIR are required"), Usage);
    CertificateIssuer::Request request;
    QByteArray exportPassphrase;
    const int invalid = readOptions(parser, &request.options, &exportPassphrase);
    if (invalid >= 0)
        return invalid;
    const bool byoCa = parser.isSet(QStringLiteral("ca-cert")) || parser.isSet(QStringLiteral("ca-key"));
    const bool importing = parser.isSet(QStringLiteral("import-certs"));
    if (importing && !parser.isSet(QStringLiteral("ca-cert")))
        return fail(QStringLiteral("--import-certs needs --ca-cert, the CA the certificates chain to"), Usage);
    if (!importing && byoCa && !(parser.isSet(QStringLiteral("ca-cert")) && parser.isSet(QStringLiteral("ca-key"))))
        return fail(QStringLiteral("--ca-cert and --ca-key go together"), Usage);

    const ClusterLoader::Result loaded = ClusterLoader::loadFile(parser.value(QStringLiteral("config")), parser.values(QStringLiteral("scan-node")));
    if (!report(loaded.diagnostics))
        return fail(QStringLiteral("nothing written: fix the errors above first"), Failed);
    if (!readRequest(parser, &request))
        return Failed;
    const QString outDir = parser.value(QStringLiteral("out"));
    const CertificateIssuer::Result issued = CertificateIssuer::issue(loaded, outDir, request);
    if (!issued.ok()) {
        for (const QString &problem : std::as_const(issued.pki.problems))
            err() << kProgram << ' ' << name() << ": " << problem << '\n';
        return fail(issued.pki.problems.isEmpty() ? issued.error : QStringLiteral("nothing written"), Failed);
    }
    if (issued.ca && parser.isSet(QStringLiteral("export-ca-key")) && exportCaKey(parser, *issued.ca, exportPassphrase) != Ok)
        return Failed;
    for (const RenderedFile &f : std::as_const(issued.pki.files))
        out() << QDir(outDir).filePath(f.relativePath) << '\n';
    out() << QStringLiteral("signed with %1: %2 certificate(s) issued, %3 kept\n").arg(issued.origin).arg(issued.pki.issued.size()).arg(issued.pki.kept.size());
    return Ok;
}
