#include "project/ProjectSchema.h"

#include "ssh/SshJumpHost.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

namespace {
enum class Form { RelayNode, RelayParallel, RelayAddress, Text, Port, Auth, User, Host, NodeDir, Sha256, Pin, PublicKey, Bool, Object, ScanNodes, ScanNode, Version, ProxyJump };

struct Checker {
    QStringList problems;

    void add(const QString &path, const QString &what) { problems << QStringLiteral("%1: %2").arg(path, what); }

    static QString shown(const QJsonValue &v)
    {
        if (v.isString())
            return QStringLiteral("\"%1\"").arg(v.toString().left(60).replace(QLatin1Char('\n'), QStringLiteral("\\n")));
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 12);
        if (v.isBool())
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (v.isArray())
            return QStringLiteral("an array");
        return v.isObject() ? QStringLiteral("an object") : QStringLiteral("null");
    }

    bool text(const QString &path, const QJsonValue &v)
    {
        if (!v.isString()) {
            add(path, QStringLiteral("%1 is not a string").arg(shown(v)));
            return false;
        }
        static const QRegularExpression control(QStringLiteral("[\\x00-\\x1f\\x7f]"));
        if (v.toString().contains(control)) {
            add(path, QStringLiteral("%1 holds a control character such as a newline (expected one line of text)").arg(shown(v)));
            return false;
        }
        return true;
    }

    void matches(const QString &path, const QJsonValue &v, const char *pattern, const QString &expected)
    {
        if (!text(path, v))
            return;
        if (!QRegularExpression(QString::fromLatin1(pattern)).match(v.toString()).hasMatch())
            add(path, QStringLiteral("%1 is not valid (expected %2)").arg(shown(v), expected));
    }

    void value(const QString &path, const QJsonValue &v, Form form)
    {
        switch (form) {
        case Form::Text: text(path, v); return;
        case Form::RelayNode:
            matches(path, v, "^(none|[A-Za-z0-9][A-Za-z0-9.-]{0,252})$", QStringLiteral("a node's hostname, or \"none\" to upload the package to every node"));
            return;
        case Form::RelayParallel:
            if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())) || v.toDouble() < 1 || v.toDouble() > 32)
                add(path, QStringLiteral("%1 is not a number of nodes at once (expected an integer 1-32)").arg(shown(v)));
            return;
        case Form::RelayAddress:
            matches(path, v, "^(\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?|[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]{1,5})?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$",
                    QStringLiteral("host, host:port or [IPv6]:port, as the relay node reaches this node"));
            return;
        case Form::Bool:
            if (!v.isBool())
                add(path, QStringLiteral("%1 is not true or false").arg(shown(v)));
            return;
        case Form::Port:
        case Form::Version: {
            const double d = v.toDouble(-1);
            const double max = form == Form::Port ? 65535 : 1000;
            if (!v.isDouble() || d != double(qint64(d)) || d < 1 || d > max)
                add(path, QStringLiteral("%1 is not %2").arg(shown(v), form == Form::Port ? QStringLiteral("a TCP port (expected an integer 1-65535)")
                                                                                          : QStringLiteral("a format version (expected an integer)")));
            return;
        }
        case Form::Auth:
            matches(path, v, "^(agent|key|password|keyboard-interactive)$", QStringLiteral("agent, key, password or keyboard-interactive"));
            return;
        case Form::User:
            matches(path, v, "^[A-Za-z_][A-Za-z0-9_.-]{0,31}$", QStringLiteral("a user name: letters, digits, _ . -, not starting with - or a digit"));
            return;
        case Form::Host:
            matches(path, v, "^[A-Za-z0-9_\\[][A-Za-z0-9._:%\\[\\]-]*$",
                    QStringLiteral("a host name, address or ssh_config alias: no spaces, not starting with -"));
            return;
        case Form::NodeDir:
            matches(path, v, "^/[^\\x00-\\x1f\\x7f]*$", QStringLiteral("an absolute directory on the node, starting with /"));
            return;
        case Form::ProxyJump: {
            if (!text(path, v))
                return;
            QString why;
            SshJumpHost::parseList(v.toString(), &why);
            if (!why.isEmpty())
                add(path, QStringLiteral("%1 is not a ProxyJump list: %2 (or \"none\")").arg(shown(v), why));
            return;
        }
        case Form::Sha256: matches(path, v, "^[0-9A-Fa-f]{64}$", QStringLiteral("64 hexadecimal digits")); return;
        case Form::PublicKey:
            matches(path, v, "^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh.com|sk-ecdsa-sha2-nistp256@openssh.com) [A-Za-z0-9+/]+={0,2}$",
                    QStringLiteral("a public key as known_hosts holds it, \"<type> <base64>\""));
            return;
        case Form::Pin: matches(path, v, "^SHA256:[A-Za-z0-9+/]{43}$", QStringLiteral("a fingerprint as ssh-keygen -l prints it, SHA256:<43 characters>")); return;
        case Form::Object:
            if (!v.isObject())
                add(path, QStringLiteral("%1 is not an object").arg(shown(v)));
            return;
        case Form::ScanNode:
            matches(path, v, "^[A-Za-z0-9][A-Za-z0-9.-]*=[0-9A-Fa-f.:]+(@[A-Za-z0-9._-]+)?$", QStringLiteral("HOSTNAME=IP or HOSTNAME=IP@SITE"));
            return;
        case Form::ScanNodes:
            if (!v.isArray()) {
                add(path, QStringLiteral("%1 is not an array of HOSTNAME=IP[@SITE]").arg(shown(v)));
                return;
            }
            for (qsizetype i = 0; i < v.toArray().size(); ++i)
                value(QStringLiteral("%1[%2]").arg(path).arg(i), v.toArray().at(i), Form::ScanNode);
            return;
        }
    }

    void object(const QString &path, const QJsonObject &o, const QList<QPair<const char *, Form>> &keys)
    {
        QStringList known;
        for (const auto &k : keys)
            known << QLatin1String(k.first);
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString child = path + QLatin1Char('.') + it.key();
            const auto k = std::find_if(keys.begin(), keys.end(), [&](const auto &p) { return it.key() == QLatin1String(p.first); });
            if (k == keys.end())
                add(child, QStringLiteral("unknown key (expected one of: %1)").arg(known.join(QStringLiteral(", "))));
            else
                value(child, it.value(), k->second);
        }
    }
};

const QList<QPair<const char *, Form>> kAccess{{"host", Form::Host},      {"port", Form::Port},         {"user", Form::User},
                                               {"identityFile", Form::Text}, {"installerDir", Form::NodeDir}, {"installationDir", Form::NodeDir},
                                               {"proxyJump", Form::ProxyJump}};
} // namespace

QStringList ProjectSchema::problems(const QJsonObject &root)
{
    Checker c;
    c.object(QStringLiteral("$"), root,
             {{"format", Form::Text}, {"version", Form::Version}, {"config", Form::Text}, {"ssh", Form::Object}, {"install", Form::Object},
              {"nodes", Form::Object}, {"hostKeys", Form::Object}, {"hostPublicKeys", Form::Object}, {"secrets", Form::Object}, {"scanNodes", Form::ScanNodes}, {"lab", Form::Bool},
              {"external", Form::Object}, {"adminPassword", Form::Text}, {"sshPassword", Form::Text}, {"sudoPassword", Form::Text}});
    QList<QPair<const char *, Form>> ssh = kAccess;
    ssh << qMakePair("auth", Form::Auth) << qMakePair("configFile", Form::Text) << qMakePair("knownHostsFile", Form::Text);
    c.object(QStringLiteral("$.ssh"), root.value(QStringLiteral("ssh")).toObject(), ssh);
    c.object(QStringLiteral("$.install"), root.value(QStringLiteral("install")).toObject(),
             {{"osUser", Form::User}, {"installerDir", Form::NodeDir}, {"installationDir", Form::NodeDir}, {"outputDir", Form::Text},
              {"etcHosts", Form::Bool}, {"package", Form::Text}, {"packageSha256", Form::Sha256}, {"hostsTarget", Form::Host},
              {"relay", Form::RelayNode}, {"relayParallel", Form::RelayParallel}});
    const QJsonObject nodes = root.value(QStringLiteral("nodes")).toObject();
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        const QString path = QStringLiteral("$.nodes.") + it.key();
        if (!it.value().isObject())
            c.add(path, QStringLiteral("%1 is not an object").arg(Checker::shown(it.value())));
        else
            c.object(path, it.value().toObject(), QList<QPair<const char *, Form>>(kAccess) << qMakePair("relayAddress", Form::RelayAddress));
    }
    const QJsonObject pins = root.value(QStringLiteral("hostKeys")).toObject();
    for (auto it = pins.begin(); it != pins.end(); ++it)
        c.value(QStringLiteral("$.hostKeys[\"%1\"]").arg(it.key()), it.value(), Form::Pin);
    const QJsonObject publicKeys = root.value(QStringLiteral("hostPublicKeys")).toObject();
    for (auto it = publicKeys.begin(); it != publicKeys.end(); ++it)
        c.value(QStringLiteral("$.hostPublicKeys[\"%1\"]").arg(it.key()), it.value(), Form::PublicKey);
    c.object(QStringLiteral("$.secrets"), root.value(QStringLiteral("secrets")).toObject(),
             {{"adminPasswordFile", Form::Text}, {"sshPasswordFile", Form::Text}, {"sudoPasswordFile", Form::Text}, {"adminPassword", Form::Text},
              {"sshPassword", Form::Text}, {"sudoPassword", Form::Text}});
    return c.problems;
}
