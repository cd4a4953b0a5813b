#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// known_hosts as OpenSSH reads it (sshd(8) "SSH_KNOWN_HOSTS FILE FORMAT"): markers (@revoked,
// @cert-authority), comma-separated host patterns with * ? and ! negation, [host]:port for
// other ports, and hashed names (|1|salt|HMAC-SHA1). libssh 0.10 skips marker lines, so a
// revoked key would pass as "not known yet"; this reader is what refuses it.
class KnownHostsFile
{
public:
    enum class Marker { None, Revoked, CertAuthority };
    struct Entry {
        Marker marker = Marker::None;
        QString hosts;      // the host field as written
        QString keyType;    // ssh-ed25519, ...
        QByteArray keyBase64;
        QString file;
        int line = 0;
    };

    // Every well-formed line; a missing file is empty.
    static QList<Entry> read(const QString &path);
    // The lines of these files, in order, that name the host by any of names.
    static QList<Entry> entriesFor(const QStringList &files, const QStringList &names);
    // "host" for port 22, else "[host]:port", as known_hosts names hosts.
    static QString hostName(const QString &host, int port);
    // OpenSSH's rule: no negated pattern matches and at least one pattern (or the hash) does.
    static bool matches(const Entry &entry, const QString &name);
    // The first @revoked line among entries for this key, or nullptr.
    static const Entry *revokedEntry(const QList<Entry> &entries, const QByteArray &keyBase64);
    // Of the plain (unmarked) lines: one holds this key (SSH_KNOWN_HOSTS_OK), only others
    // (SSH_KNOWN_HOSTS_CHANGED), none (SSH_KNOWN_HOSTS_UNKNOWN): libssh's values.
    static int plainKeyStatus(const QList<Entry> &entries, const QByteArray &keyBase64);
    // "type SHA256:... (file:line)" of each plain line's key other than this one.
    static QStringList otherKeys(const QList<Entry> &entries, const QByteArray &keyBase64);
    static QString fingerprint(const QByteArray &keyBase64); // "SHA256:..." as ssh-keygen -l shows it
    // The same of a public key as a .pub file or known_hosts holds it: "<type> <base64> [comment]".
    static QString fingerprintOfPublicKey(const QString &publicKey);
};
