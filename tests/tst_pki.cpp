#include "pki/CertificateAuthority.h"
#include "pki/CertificateBundle.h"
#include "pki/CertificateChecker.h"
#include "config/ClusterLoader.h"
#include "pki/ClusterPki.h"
#include "config/EnvRenderer.h"
#include "pki/OpenSslHandles.h"
#include "TestFiles.h"

#include <openssl/pem.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
ClusterLoader::Result load(const QString &example)
{
    ClusterLoader::Result r = ClusterLoader::loadData(TestFiles::example(example), example);
    if (!r.ok())
        qFatal("invalid example");
    return r;
}

QHash<QString, QByteArray> asMap(const QList<RenderedFile> &files)
{
    QHash<QString, QByteArray> map;
    for (const RenderedFile &f : files)
        map.insert(f.relativePath, f.content);
    return map;
}

int modeOf(const QList<RenderedFile> &files, const QString &path)
{
    for (const RenderedFile &f : files) {
        if (f.relativePath == path)
            return f.mode;
    }
    return -1;
}

// X509_verify_cert with only the CA as trust anchor.
bool verifies(const QByteArray &certPem, X509 *ca)
{
    return CertificateChecker::verifyChain(certPem, ca).isEmpty();
}

CertificateSpec specFor(const ClusterPki::Result &result, const QString &certPath, const Cluster &cluster)
{
    for (const CertificateSpec &s : ClusterPki::specsFor(cluster, PkiOptions())) {
        if (s.certPath == certPath)
            return s;
    }
    qFatal("no spec %s", qPrintable(certPath));
    Q_UNUSED(result);
}

struct Issued {
    CertificateAuthority ca;
    ClusterPki::Result result;
    ClusterLoader::Result cluster;
};

Issued issueFor(const QString &example, KeyType type = KeyTypes::kDefault)
{
    ClusterLoader::Result cluster = load(example);
    QString error;
    std::optional<CertificateAuthority> ca = CertificateAuthority::create(type, 3650, QStringLiteral("Test Root CA"), &error);
    if (!ca)
        qFatal("%s", qPrintable(error));
    PkiOptions options;
    options.keyType = type;
    ClusterPki::Result result =
        ClusterPki::issue(cluster.cluster, EnvRenderer::renderAll(cluster.cluster, cluster.document), *ca, true, options, {});
    return Issued{*ca, result, cluster};
}
} // namespace

class TestPki : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void caHasTheRequiredExtensions();
    void everyLeafChainsToTheCa_data();
    void everyLeafChainsToTheCa();
    void nodeCertificatesHaveNamesAndUsages();
    void webCertificateIsForTheFqdn();
    void loadBalancerAddressesAndPfx();
    void serialsAreRandomAndLong();
    void bundleListingModesAndNoCaKey();
    void extendingForFrontend3KeepsEveryOtherFile();
    void expiringCertificatesAreReissued();
    void byoCaHappyAndEncrypted();
    void byoCaBroken_data();
    void byoCaBroken();
    void importedCertificatesAreChecked();
    void encryptedCaExportRoundTrips();
};

void TestPki::caHasTheRequiredExtensions()
{
    const Issued issued = issueFor(QStringLiteral("four-node.conf"));
    X509 *ca = issued.ca.certificate();
    QVERIFY(X509_check_ca(ca) >= 1);
    const uint32_t flags = X509_get_extension_flags(ca);
    QVERIFY(flags & EXFLAG_CA);
    QVERIFY(flags & EXFLAG_SS);
    QCOMPARE(X509_get_key_usage(ca), uint32_t(KU_KEY_CERT_SIGN | KU_CRL_SIGN));
    int critical = 0;
    QVERIFY(X509_get_ext_d2i(ca, NID_basic_constraints, &critical, nullptr));
    QCOMPARE(critical, 1);
    QVERIFY(X509_get0_subject_key_id(ca));
    QVERIFY(X509_get0_authority_key_id(ca));
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(X509_get0_subject_key_id(ca))), 20),
             QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(X509_get0_authority_key_id(ca))), 20));
    int days = 0, seconds = 0;
    QVERIFY(ASN1_TIME_diff(&days, &seconds, nullptr, X509_get0_notAfter(ca)));
    QVERIFY(days >= 3649 && days <= 3650);
}

void TestPki::everyLeafChainsToTheCa_data()
{
    QTest::addColumn<int>("keyType");
    QTest::newRow("rsa2048") << int(KeyType::Rsa2048);
    QTest::newRow("rsa3072") << int(KeyType::Rsa3072);
    QTest::newRow("p256") << int(KeyType::P256);
    QTest::newRow("p384") << int(KeyType::P384);
}

void TestPki::everyLeafChainsToTheCa()
{
    QFETCH(int, keyType);
    const Issued issued = issueFor(QStringLiteral("seven-node-stretch.conf"), KeyType(keyType));
    QVERIFY2(issued.result.ok(), qPrintable(issued.result.problems.join('\n')));
    QCOMPARE(issued.result.issued.size(), 7 + 2); // a node identity each, a web certificate per frontend
    const QHash<QString, QByteArray> files = asMap(issued.result.files);
    for (const CertificateSpec &spec : ClusterPki::specsFor(issued.cluster.cluster, PkiOptions())) {
        QVERIFY2(verifies(files.value(spec.certPath), issued.ca.certificate()), qPrintable(spec.certPath));
        const QStringList problems = CertificateChecker::problems(files.value(spec.certPath), files.value(spec.keyPath), issued.ca.certificate(), spec);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    }
    // A certificate of another CA does not chain.
    const Issued other = issueFor(QStringLiteral("four-node.conf"));
    QVERIFY(!verifies(files.value(QStringLiteral("certificates/nodes/backend-1-cert.pem")), other.ca.certificate()));
}

void TestPki::nodeCertificatesHaveNamesAndUsages()
{
    const Issued issued = issueFor(QStringLiteral("four-node.conf"));
    OpenSsl::Cert cert = OpenSsl::readCertificate(asMap(issued.result.files).value(QStringLiteral("certificates/nodes/backend-2-cert.pem")));
    QVERIFY(cert);
    QCOMPARE(X509_check_host(cert.get(), "backend-2", 0, 0, nullptr), 1);
    QCOMPARE(X509_check_host(cert.get(), "backend-2.kf-agilesec.com", 0, 0, nullptr), 1);
    QCOMPARE(X509_check_ip_asc(cert.get(), "10.0.1.12", 0), 1);
    QCOMPARE(X509_check_ip_asc(cert.get(), "10.0.1.11", 0), 0);
    QCOMPARE(X509_check_host(cert.get(), "backend-1", 0, 0, nullptr), 0);
    QVERIFY(X509_get_extension_flags(cert.get()) & EXFLAG_XKUSAGE);
    QCOMPARE(X509_get_extended_key_usage(cert.get()) & (XKU_SSL_SERVER | XKU_SSL_CLIENT), uint32_t(XKU_SSL_SERVER | XKU_SSL_CLIENT));
    QCOMPARE(X509_get_key_usage(cert.get()), uint32_t(KU_DIGITAL_SIGNATURE | KU_KEY_ENCIPHERMENT));
    QCOMPARE(X509_check_ca(cert.get()), 0);
    QCOMPARE(X509_check_purpose(cert.get(), X509_PURPOSE_SSL_CLIENT, 0), 1);
    QCOMPARE(X509_check_purpose(cert.get(), X509_PURPOSE_SSL_SERVER, 0), 1);

    const Issued ec = issueFor(QStringLiteral("four-node.conf"), KeyType::P256);
    OpenSsl::Cert ecCert = OpenSsl::readCertificate(asMap(ec.result.files).value(QStringLiteral("certificates/nodes/backend-2-cert.pem")));
    QCOMPARE(X509_get_key_usage(ecCert.get()), uint32_t(KU_DIGITAL_SIGNATURE)); // ECDSA keys only sign
}

void TestPki::webCertificateIsForTheFqdn()
{
    const Issued issued = issueFor(QStringLiteral("four-node.conf"));
    OpenSsl::Cert cert = OpenSsl::readCertificate(asMap(issued.result.files).value(QStringLiteral("certificates/web/frontend-2-web-cert.pem")));
    char cn[256] = {};
    X509_NAME_get_text_by_NID(X509_get_subject_name(cert.get()), NID_commonName, cn, sizeof cn);
    QCOMPARE(QByteArray(cn), QByteArray("agilesec.kf-agilesec.com")); // an L7 probe's Host must match the CN
    QCOMPARE(X509_check_host(cert.get(), "agilesec.kf-agilesec.com", 0, 0, nullptr), 1);
    QCOMPARE(X509_check_ip_asc(cert.get(), "10.0.2.22", 0), 1);
    QCOMPARE(X509_get_extended_key_usage(cert.get()) & XKU_SSL_SERVER, uint32_t(XKU_SSL_SERVER));
    QCOMPARE(X509_get_extended_key_usage(cert.get()) & XKU_SSL_CLIENT, uint32_t(0));
    QVERIFY(!asMap(issued.result.files).contains(QStringLiteral("certificates/web/backend-1-web-cert.pem")));
}

void TestPki::loadBalancerAddressesAndPfx()
{
    const ClusterLoader::Result cluster = load(QStringLiteral("four-node.conf"));
    QString error;
    const std::optional<CertificateAuthority> ca = CertificateAuthority::create(KeyType::P256, 3650, QStringLiteral("CA"), &error);
    PkiOptions options;
    options.keyType = KeyType::P256;
    options.loadBalancerAddresses = {QStringLiteral("10.0.0.100")};
    options.pfxPassphrase = "AppGw-Pass-123";
    const ClusterPki::Result result = ClusterPki::issue(cluster.cluster, {}, *ca, true, options, {});
    QVERIFY2(result.ok(), qPrintable(result.problems.join('\n')));
    const QHash<QString, QByteArray> files = asMap(result.files);
    OpenSsl::Cert web = OpenSsl::readCertificate(files.value(QStringLiteral("certificates/web/frontend-1-web-cert.pem")));
    QCOMPARE(X509_check_ip_asc(web.get(), "10.0.0.100", 0), 1);
    OpenSsl::Cert lb = OpenSsl::readCertificate(files.value(QStringLiteral("certificates/lb/agilesec-lb-cert.pem")));
    QCOMPARE(X509_check_host(lb.get(), "agilesec.kf-agilesec.com", 0, 0, nullptr), 1);
    QCOMPARE(X509_check_ip_asc(lb.get(), "10.0.0.100", 0), 1);

    const QByteArray pfx = files.value(ClusterPki::pfxPath());
    QVERIFY(!pfx.isEmpty());
    QCOMPARE(modeOf(result.files, ClusterPki::pfxPath()), 0600);
    OpenSsl::Bio bio = OpenSsl::memoryBio(pfx);
    OpenSsl::Pkcs12 p12(d2i_PKCS12_bio(bio.get(), nullptr));
    QVERIFY(p12);
    QCOMPARE(PKCS12_verify_mac(p12.get(), "wrong", -1), 0);
    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *chain = nullptr;
    QCOMPARE(PKCS12_parse(p12.get(), "AppGw-Pass-123", &key, &cert, &chain), 1);
    QCOMPARE(X509_check_private_key(cert, key), 1);
    QCOMPARE(sk_X509_num(chain), 1);
    QCOMPARE(X509_cmp(sk_X509_value(chain, 0), ca->certificate()), 0);
    EVP_PKEY_free(key);
    X509_free(cert);
    sk_X509_pop_free(chain, X509_free);
}

void TestPki::serialsAreRandomAndLong()
{
    const Issued issued = issueFor(QStringLiteral("seven-node-stretch.conf"), KeyType::P256);
    QSet<QByteArray> serials;
    for (const RenderedFile &f : issued.result.files) {
        if (!f.relativePath.endsWith(QLatin1String("-cert.pem")))
            continue;
        OpenSsl::Cert cert = OpenSsl::readCertificate(f.content);
        OpenSsl::BigNum bn(ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert.get()), nullptr));
        QVERIFY(!BN_is_negative(bn.get()));
        QVERIFY(BN_num_bits(bn.get()) > 64); // 128 random bits: below 64 has odds of 2^-64
        QVERIFY(BN_num_bits(bn.get()) <= 128);
        QByteArray bytes(BN_num_bytes(bn.get()), '\0');
        BN_bn2bin(bn.get(), reinterpret_cast<unsigned char *>(bytes.data()));
        QVERIFY(!serials.contains(bytes));
        serials.insert(bytes);
    }
    QCOMPARE(serials.size(), 10); // CA + 7 nodes + 2 web
}

void TestPki::bundleListingModesAndNoCaKey()
{
    const Issued issued = issueFor(QStringLiteral("four-node.conf"));
    const QByteArray tgz = asMap(issued.result.files).value(ClusterPki::bundlePath());
    QCOMPARE(modeOf(issued.result.files, ClusterPki::bundlePath()), 0600);
    QCOMPARE(modeOf(issued.result.files, ClusterPki::caKeyPath()), 0600);
    QString error;
    const QList<RenderedFile> entries = CertificateBundle::read(tgz, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList listing;
    for (const RenderedFile &e : entries)
        listing << QStringLiteral("%1 %2").arg(e.mode, 4, 8, QLatin1Char('0')).arg(e.relativePath);
    QCOMPARE(listing, (QStringList{"0644 env.backend-1", "0644 env.backend-2", "0644 env.frontend-1", "0644 env.frontend-2",
                                   "0644 ca/agilesec-rootca-cert.pem",
                                   "0644 nodes/backend-1-cert.pem", "0600 nodes/backend-1-key.pem",
                                   "0644 nodes/backend-2-cert.pem", "0600 nodes/backend-2-key.pem",
                                   "0644 nodes/frontend-1-cert.pem", "0600 nodes/frontend-1-key.pem",
                                   "0644 nodes/frontend-2-cert.pem", "0600 nodes/frontend-2-key.pem",
                                   "0644 web/frontend-1-web-cert.pem", "0600 web/frontend-1-web-key.pem",
                                   "0644 web/frontend-2-web-cert.pem", "0600 web/frontend-2-web-key.pem"}));
    const QByteArray caKey = issued.ca.privateKeyPem();
    for (const RenderedFile &e : entries)
        QVERIFY2(e.content != caKey, qPrintable(e.relativePath));
    QVERIFY(!tgz.contains("agilesec-rootca-key"));
    const QHash<QString, QByteArray> files = asMap(issued.result.files);
    QCOMPARE(entries[0].content, EnvRenderer::renderNode(issued.cluster.cluster, issued.cluster.cluster.nodes[0]));
    QCOMPARE(entries[5].content, files.value(QStringLiteral("certificates/nodes/backend-1-cert.pem")));

    // A clean gzip stream, nothing after it: gzip -t says nothing, gzip -l lists it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bundle.tgz"));
    TestFiles::write(path, tgz);
    QProcess gzip;
    gzip.setProcessChannelMode(QProcess::MergedChannels);
    gzip.start(QStringLiteral("gzip"), {QStringLiteral("-t"), path});
    QVERIFY(gzip.waitForFinished(10000));
    QCOMPARE(gzip.exitCode(), 0);
    QCOMPARE(gzip.readAll(), QByteArray());
    gzip.start(QStringLiteral("gzip"), {QStringLiteral("-l"), path});
    QVERIFY(gzip.waitForFinished(10000));
    QCOMPARE(gzip.exitCode(), 0);
    QVERIFY(gzip.readAll().contains("bundle.tar")); // gzip names what the .tgz unpacks to
}

void TestPki::extendingForFrontend3KeepsEveryOtherFile()
{
    const Issued first = issueFor(QStringLiteral("four-node.conf"));
    const QHash<QString, QByteArray> before = asMap(first.result.files);
    const ClusterLoader::Result plus =
        ClusterLoader::loadData(TestFiles::read(QStringLiteral(TEST_DATA_DIR "/four-node-plus-frontend3.conf")), QStringLiteral("plus"));
    QVERIFY(plus.ok());
    const ClusterPki::Result second =
        ClusterPki::issue(plus.cluster, EnvRenderer::renderAll(plus.cluster, plus.document), first.ca, true, PkiOptions(), before);
    QVERIFY2(second.ok(), qPrintable(second.problems.join('\n')));
    QCOMPARE(second.issued, (QStringList{"certificates/nodes/frontend-3-cert.pem", "certificates/web/frontend-3-web-cert.pem"}));
    QCOMPARE(second.kept.size(), 6);
    const QHash<QString, QByteArray> after = asMap(second.files);
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (it.key() == ClusterPki::bundlePath())
            continue; // it carries the new env files and frontend-3's certificates
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    QVERIFY(verifies(after.value(QStringLiteral("certificates/nodes/frontend-3-cert.pem")), first.ca.certificate()));
}

void TestPki::expiringCertificatesAreReissued()
{
    const Issued first = issueFor(QStringLiteral("three-node.conf"), KeyType::P256);
    QHash<QString, QByteArray> existing = asMap(first.result.files);
    // Replace backend-1's certificate with one that expires in 10 days.
    const CertificateSpec spec = specFor(first.result, QStringLiteral("certificates/nodes/backend-1-cert.pem"), first.cluster.cluster);
    QString error;
    OpenSsl::Key key = CertificateAuthority::generateKey(KeyType::P256, &error);
    existing.insert(spec.certPath, first.ca.issue(spec, key.get(), 10, &error));
    existing.insert(spec.keyPath, CertificateAuthority::privateKeyPem(key.get()));
    PkiOptions options;
    options.keyType = KeyType::P256;
    const ClusterPki::Result second = ClusterPki::issue(first.cluster.cluster, {}, first.ca, true, options, existing);
    QCOMPARE(second.issued, QStringList{spec.certPath});
    QVERIFY(CertificateChecker::secondsToExpiry(asMap(second.files).value(spec.certPath)) > 800 * 86400);
}

void TestPki::byoCaHappyAndEncrypted()
{
    QString error;
    const std::optional<CertificateAuthority> own = CertificateAuthority::create(KeyType::P384, 365, QStringLiteral("Corp CA"), &error);
    const QByteArray encrypted = own->encryptedPrivateKeyPem("s3cret-pass");
    QVERIFY(encrypted.contains("ENCRYPTED PRIVATE KEY"));
    QVERIFY(!CertificateAuthority::load(own->certificatePem(), encrypted, {}, &error));
    QCOMPARE(error, QStringLiteral("the CA key is encrypted: give its passphrase (--ca-pass-file)"));
    QVERIFY(!CertificateAuthority::load(own->certificatePem(), encrypted, "wrong", &error));
    QCOMPARE(error, QStringLiteral("the CA key could not be decrypted: wrong passphrase?"));
    const std::optional<CertificateAuthority> loaded = CertificateAuthority::load(own->certificatePem(), encrypted, "s3cret-pass", &error);
    QVERIFY2(loaded, qPrintable(error));
    const ClusterLoader::Result cluster = load(QStringLiteral("four-node.conf"));
    const ClusterPki::Result result = ClusterPki::issue(cluster.cluster, {}, *loaded, false, PkiOptions(), {});
    QVERIFY(result.ok());
    QVERIFY(!asMap(result.files).contains(ClusterPki::caKeyPath())); // the organisation keeps its key
    QVERIFY(verifies(asMap(result.files).value(QStringLiteral("certificates/nodes/frontend-1-cert.pem")), own->certificate()));
}

void TestPki::byoCaBroken_data()
{
    QTest::addColumn<QByteArray>("certPem");
    QTest::addColumn<QByteArray>("keyPem");
    QTest::addColumn<QString>("message");
    QString error;
    const std::optional<CertificateAuthority> a = CertificateAuthority::create(KeyType::P256, 365, QStringLiteral("A"), &error);
    const std::optional<CertificateAuthority> b = CertificateAuthority::create(KeyType::P256, 365, QStringLiteral("B"), &error);
    const std::optional<CertificateAuthority> expired = CertificateAuthority::create(KeyType::P256, -1, QStringLiteral("Old"), &error);
    CertificateSpec leafSpec;
    leafSpec.owner = QStringLiteral("leaf");
    leafSpec.commonName = QStringLiteral("leaf");
    OpenSsl::Key leafKey = CertificateAuthority::generateKey(KeyType::P256, &error);
    const QByteArray leaf = a->issue(leafSpec, leafKey.get(), 30, &error);
    QTest::newRow("key does not match") << a->certificatePem() << b->privateKeyPem() << "the CA key does not match the CA certificate";
    QTest::newRow("expired") << expired->certificatePem() << expired->privateKeyPem() << "the CA certificate has expired";
    QTest::newRow("not a CA") << leaf << CertificateAuthority::privateKeyPem(leafKey.get())
                              << "the CA certificate is not a CA (basicConstraints CA:TRUE is missing), so it cannot sign certificates";
    QTest::newRow("not PEM") << QByteArray("hello") << a->privateKeyPem() << "the CA certificate is not a PEM certificate";
    QTest::newRow("key not PEM") << a->certificatePem() << QByteArray("nope") << "the CA key is not a PEM private key";
}

void TestPki::byoCaBroken()
{
    QFETCH(QByteArray, certPem);
    QFETCH(QByteArray, keyPem);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!CertificateAuthority::load(certPem, keyPem, {}, &error));
    QCOMPARE(error, message);
}

void TestPki::importedCertificatesAreChecked()
{
    const Issued issued = issueFor(QStringLiteral("four-node.conf"), KeyType::P256);
    const QHash<QString, QByteArray> good = asMap(issued.result.files);
    const QList<RenderedFile> envFiles = EnvRenderer::renderAll(issued.cluster.cluster, issued.cluster.document);
    const ClusterPki::Result ok = ClusterPki::importProvided(issued.cluster.cluster, envFiles, issued.ca.certificatePem(), PkiOptions(), good);
    QVERIFY2(ok.ok(), qPrintable(ok.problems.join('\n')));
    QCOMPARE(ok.kept.size(), 6);
    QVERIFY(asMap(ok.files).contains(ClusterPki::bundlePath()));

    QString error;
    QHash<QString, QByteArray> broken = good;
    // backend-2: the key of another node
    broken.insert(QStringLiteral("certificates/nodes/backend-2-key.pem"), good.value(QStringLiteral("certificates/nodes/backend-1-key.pem")));
    // frontend-1: a certificate whose SAN lacks its IP
    CertificateSpec wrongIp = specFor(issued.result, QStringLiteral("certificates/nodes/frontend-1-cert.pem"), issued.cluster.cluster);
    wrongIp.ipAddresses = {QStringLiteral("10.9.9.9")};
    OpenSsl::Key key = CertificateAuthority::generateKey(KeyType::P256, &error);
    broken.insert(wrongIp.certPath, issued.ca.issue(wrongIp, key.get(), 30, &error));
    broken.insert(wrongIp.keyPath, CertificateAuthority::privateKeyPem(key.get()));
    // frontend-2: expired
    const CertificateSpec fe2 = specFor(issued.result, QStringLiteral("certificates/nodes/frontend-2-cert.pem"), issued.cluster.cluster);
    OpenSsl::Key key2 = CertificateAuthority::generateKey(KeyType::P256, &error);
    broken.insert(fe2.certPath, issued.ca.issue(fe2, key2.get(), -2, &error));
    broken.insert(fe2.keyPath, CertificateAuthority::privateKeyPem(key2.get()));
    // frontend-1's web certificate: from another CA
    const Issued other = issueFor(QStringLiteral("four-node.conf"), KeyType::P256);
    broken.insert(QStringLiteral("certificates/web/frontend-1-web-cert.pem"), asMap(other.result.files).value(QStringLiteral("certificates/web/frontend-1-web-cert.pem")));
    broken.insert(QStringLiteral("certificates/web/frontend-1-web-key.pem"), asMap(other.result.files).value(QStringLiteral("certificates/web/frontend-1-web-key.pem")));
    // frontend-2's web certificate: missing
    broken.remove(QStringLiteral("certificates/web/frontend-2-web-key.pem"));

    const ClusterPki::Result bad = ClusterPki::importProvided(issued.cluster.cluster, envFiles, issued.ca.certificatePem(), PkiOptions(), broken);
    QVERIFY(!bad.ok());
    QVERIFY(bad.files.isEmpty());
    const QString all = bad.problems.join('\n');
    QVERIFY2(all.contains(QStringLiteral("backend-2: the private key certificates/nodes/backend-2-key.pem does not match the certificate "
                                         "certificates/nodes/backend-2-cert.pem")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("frontend-1: certificates/nodes/frontend-1-cert.pem: subjectAltName does not cover the IP address 10.0.2.21")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("frontend-2: certificates/nodes/frontend-2-cert.pem expired on")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("frontend-1 (web): certificates/web/frontend-1-web-cert.pem does not chain to the CA: unable to get local issuer certificate")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("frontend-2 (web): missing certificates/web/frontend-2-web-key.pem")), qPrintable(all));
    QCOMPARE(bad.problems.size(), 5);
}

void TestPki::encryptedCaExportRoundTrips()
{
    const Issued issued = issueFor(QStringLiteral("three-node.conf"), KeyType::P256);
    const QByteArray exported = issued.ca.encryptedPrivateKeyPem("export-passphrase");
    QVERIFY(exported.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    QVERIFY(!exported.contains(issued.ca.privateKeyPem().mid(40, 40)));
    QString error;
    const std::optional<CertificateAuthority> back = CertificateAuthority::load(issued.ca.certificatePem(), exported, "export-passphrase", &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->privateKeyPem(), issued.ca.privateKeyPem());
}

QTEST_GUILESS_MAIN(TestPki)
#include "tst_pki.moc"
