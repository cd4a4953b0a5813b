#include "ssh/KnownHostsFile.h"

#include "util/SshPattern.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <libssh/libssh.h>

namespace {
bool hashedMatch(const QString &field, const QString &name)
{
    // |1|base64(salt)|base64(HMAC-SHA1(salt, name))
    const QStringList parts = field.split(QLatin1Char('|'));
    if (parts.size() != 4 || parts[1] != QLatin1String("1"))
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray want = QByteArray::fromBase64(parts[3].toLatin1());
    return !want.isEmpty() && QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1) == want;
}
} // namespace

QList<KnownHostsFile::Entry> KnownHostsFile::read(const QString &path)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    int number = 0;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList fields = line.split(space, Qt::SkipEmptyParts);
        Entry e;
        e.file = path;
        e.line = number;
        if (fields.first().startsWith(QLatin1Char('@'))) {
            const QString marker = fields.takeFirst();
            if (marker == QLatin1String("@revoked"))
                e.marker = Marker::Revoked;
            else if (marker == QLatin1String("@cert-authority"))
                e.marker = Marker::CertAuthority;
            else
                continue; // an unknown marker: OpenSSH ignores the line too
        }
        if (fields.size() < 3)
            continue;
        e.hosts = fields[0];
        e.keyType = fields[1];
        e.keyBase64 = fields[2].toLatin1();
        entries << e;
    }
    return entries;
}

QList<KnownHostsFile::Entry> KnownHostsFile::entriesFor(const QStringList &files, const QStringList &names)
{
    QList<Entry> entries;
    for (const QString &file : files) {
        for (const Entry &e : read(file)) {
            if (std::any_of(names.begin(), names.end(), [&](const QString &n) { return matches(e, n); }))
                entries << e;
        }
    }
    return entries;
}

QString KnownHostsFile::hostName(const QString &host, int port)
{
    return port == 22 || port <= 0 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

bool KnownHostsFile::matches(const Entry &entry, const QString &name)
{
    if (entry.hosts.startsWith(QLatin1Char('|')))
        return hashedMatch(entry.hosts, name);
    return SshPattern::matchesList(entry.hosts.split(QLatin1Char(','), Qt::SkipEmptyParts), name);
}

QString KnownHostsFile::fingerprintOfPublicKey(const QString &publicKey)
{
    const QStringList fields = publicKey.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return fields.size() < 2 ? QString() : fingerprint(fields[1].toLatin1());
}

QString KnownHostsFile::fingerprint(const QByteArray &keyBase64)
{
    const QByteArray digest = QCryptographicHash::hash(QByteArray::fromBase64(keyBase64), QCryptographicHash::Sha256);
    QByteArray b64 = digest.toBase64();
    while (b64.endsWith('='))
        b64.chop(1);
    return QStringLiteral("SHA256:") + QString::fromLatin1(b64);
}

const KnownHostsFile::Entry *KnownHostsFile::revokedEntry(const QList<Entry> &entries, const QByteArray &keyBase64)
{
    for (const Entry &e : entries) {
        if (e.marker == Marker::Revoked && !keyBase64.isEmpty() && e.keyBase64 == keyBase64)
            return &e;
    }
    return nullptr;
}

int KnownHostsFile::plainKeyStatus(const QList<Entry> &entries, const QByteArray &keyBase64)
{
    bool other = false;
    for (const Entry &e : entries) {
        if (e.marker != Marker::None)
            continue;
        if (e.keyBase64 == keyBase64)
            return SSH_KNOWN_HOSTS_OK;
        other = true;
    }
    return other ? SSH_KNOWN_HOSTS_CHANGED : SSH_KNOWN_HOSTS_UNKNOWN;
}

QStringList KnownHostsFile::otherKeys(const QList<Entry> &entries, const QByteArray &keyBase64)
{
    QStringList others;
    for (const Entry &e : entries) {
        if (e.marker == Marker::None && e.keyBase64 != keyBase64)
            others << QStringLiteral("%1 %2 (%3:%4)").arg(e.keyType, fingerprint(e.keyBase64), e.file).arg(e.line);
    }
    return others;
}
