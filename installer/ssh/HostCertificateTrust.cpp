#include "ssh/HostCertificateTrust.h"

#include "ssh/HostCertificate.h"

#include <QProcess>
#include <QStandardPaths>

#include <algorithm>

HostCertificateTrust::Verdict HostCertificateTrust::judge(const QByteArray &certificateBase64, const QList<KnownHostsFile::Entry> &known,
                                                          const QString &hostname, qint64 nowSecs)
{
    Verdict v;
    QString error;
    const std::optional<HostCertificate> cert = HostCertificate::parse(QByteArray::fromBase64(certificateBase64), &error);
    if (!cert) {
        v.detail = error;
        return v;
    }
    v.plainKeyType = cert->plainKeyType();
    v.plainKeyBase64 = cert->plainKeyBlob().toBase64();
    const QByteArray caBase64 = cert->caKeyBlob().toBase64();
    const QString ca = QStringLiteral("CA %1").arg(KnownHostsFile::fingerprint(caBase64));
    if (const KnownHostsFile::Entry *revoked = KnownHostsFile::revokedEntry(known, caBase64)) {
        v.kind = Verdict::Kind::Revoked;
        v.detail = QStringLiteral("the certificate's %1 is REVOKED: %2 line %3 marks it @revoked").arg(ca, revoked->file).arg(revoked->line);
        return v;
    }
    for (const KnownHostsFile::Entry &e : known) {
        if (e.marker != KnownHostsFile::Marker::CertAuthority || e.keyBase64 != caBase64)
            continue;
        const QString problem = cert->problemFor(hostname, nowSecs);
        v.kind = problem.isEmpty() ? Verdict::Kind::Trusted : Verdict::Kind::Refused;
        v.detail = problem.isEmpty() ? QStringLiteral("certificate \"%1\" signed by %2 (@cert-authority in %3 line %4)").arg(cert->keyId(), ca, e.file).arg(e.line)
                                     : QStringLiteral("%1, trusted by %2 line %3: %4").arg(ca, e.file).arg(e.line).arg(problem);
        return v;
    }
    v.kind = Verdict::Kind::NoCa;
    v.detail = QStringLiteral("no @cert-authority line for this host names its %1").arg(ca);
    return v;
}

HostCertificateTrust::Verdict HostCertificateTrust::forSession(const QString &keyType, const QByteArray &keyBase64, const QList<KnownHostsFile::Entry> &known,
                                                               const QString &host, int port, int timeoutSeconds, qint64 nowSecs, const QString &viaJump)
{
    if (HostCertificate::isCertificateType(keyType))
        return judge(keyBase64, known, host, nowSecs);
    Verdict plain;
    plain.kind = Verdict::Kind::NoCa;
    plain.plainKeyType = keyType;
    plain.plainKeyBase64 = keyBase64;
    if (std::none_of(known.cbegin(), known.cend(), [](const KnownHostsFile::Entry &e) { return e.marker == KnownHostsFile::Marker::CertAuthority; }))
        return plain;
    QString why = viaJump.isEmpty() ? QString() : QStringLiteral("it is reached through the jump host %1, where ssh-keyscan cannot follow").arg(viaJump);
    const QList<QByteArray> certificates = viaJump.isEmpty() ? fetchCertificates(host, port, timeoutSeconds, &why) : QList<QByteArray>{};
    for (const QByteArray &certificate : certificates) {
        const Verdict v = judge(certificate, known, host, nowSecs);
        if (v.plainKeyBase64 == keyBase64)
            return v;
    }
    plain.detail = QStringLiteral("a @cert-authority line names this host, but no certificate for this key could be read from it (%1)")
                       .arg(why.isEmpty() ? QStringLiteral("sshd presents none for it") : why);
    return plain;
}

QList<QByteArray> HostCertificateTrust::fetchCertificates(const QString &host, int port, int timeoutSeconds, QString *why)
{
    const QString keyscan = QStandardPaths::findExecutable(QStringLiteral("ssh-keyscan"));
    if (keyscan.isEmpty()) {
        *why = QStringLiteral("ssh-keyscan, which reads it, is not installed");
        return {};
    }
    QProcess p;
    p.start(keyscan, {QStringLiteral("-c"), QStringLiteral("-T"), QString::number(std::max(1, timeoutSeconds)), QStringLiteral("-p"), QString::number(port), QStringLiteral("--"), host});
    if (!p.waitForFinished((std::max(1, timeoutSeconds) + 5) * 1000)) {
        p.kill();
        p.waitForFinished();
        *why = QStringLiteral("ssh-keyscan -c did not finish");
        return {};
    }
    // "type base64" per line (OpenSSH 9.2 prints no host name with -c; older ones did, first).
    QList<QByteArray> certificates;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        for (qsizetype i = 0; i + 1 < fields.size(); ++i) {
            if (HostCertificate::isCertificateType(QString::fromLatin1(fields[i]))) {
                certificates << fields[i + 1];
                break;
            }
        }
    }
    return certificates;
}
