#include "TestFiles.h"
#include "project/HostKeyChoices.h"
#include "project/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// installer/project on its own: the project file's round trip, access merged per node with the
// pin applied, and the user's host-key choices.
class TestProject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savesAndLoadsWithoutSecrets();
    void nodeAccessOverridesDefaultsAndCarriesThePin();
    void hostKeyChoicesTakeExactKeysOnly();
    void brokenAndHostileValuesAreRefusedWithTheirPath();
};

namespace {
const QString kPin = QStringLiteral("SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s");

Project sample(const QTemporaryDir &dir)
{
    Project p;
    p.path = dir.filePath(QStringLiteral("project.json"));
    p.configFile = QStringLiteral(EXAMPLES_DIR "/four-node.conf");
    p.defaults.user = QStringLiteral("ec2-user");
    p.defaults.installerDir = QStringLiteral("/opt/installer");
    NodeAccess backend2;
    backend2.port = 2222;
    backend2.user = QStringLiteral("ops");
    p.nodes.insert(QStringLiteral("backend-2"), backend2);
    p.hostKeys.insert(Project::hostKeyId(QStringLiteral("10.0.1.12"), 2222), kPin);
    p.adminPasswordFile = QStringLiteral("admin-password");
    return p;
}
} // namespace

void TestProject::savesAndLoadsWithoutSecrets()
{
    QTemporaryDir dir;
    const Project p = sample(dir);
    QVERIFY(p.save().isEmpty());
    QString error;
    const std::optional<Project> loaded = Project::load(p.path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->toJson(), p.toJson());
    QCOMPARE(loaded->resolve(QStringLiteral("admin-password")), dir.filePath(QStringLiteral("admin-password")));
    QVERIFY(!TestFiles::read(p.path).contains("password\": \"")); // file names only, never a secret
}

void TestProject::nodeAccessOverridesDefaultsAndCarriesThePin()
{
    QTemporaryDir dir;
    const Project p = sample(dir);
    const ClusterLoader::Result loaded = p.loadCluster();
    QVERIFY(loaded.ok());
    const Node *backend2 = loaded.cluster.findByHostname(QStringLiteral("backend-2"));
    QVERIFY(backend2);
    const SshEndpoint e = p.endpointFor(*backend2);
    QCOMPARE(e.port, 2222);
    QCOMPARE(e.user, QStringLiteral("ops"));
    QCOMPARE(e.pinnedFingerprint, kPin);
    const NodeTarget t = p.targetFor(*loaded.cluster.findByHostname(QStringLiteral("frontend-1")));
    QCOMPARE(t.installerDir, QStringLiteral("/opt/installer"));
    QCOMPARE(t.endpoint.user, QStringLiteral("ec2-user"));
}

void TestProject::hostKeyChoicesTakeExactKeysOnly()
{
    HostKeyChoices choices;
    QVERIFY(!choices.add(QStringLiteral("10.0.1.12:22")).isEmpty());
    QVERIFY(!choices.add(QStringLiteral("10.0.1.12:22=MD5:aa")).isEmpty());
    QVERIFY(choices.add(QStringLiteral("10.0.1.12:22=SHA256:xyz")).isEmpty());
    SshEndpoint mine;
    mine.host = QStringLiteral("10.0.1.12");
    mine.port = 22;
    SshEndpoint other = mine;
    other.host = QStringLiteral("10.0.1.13");
    choices.applyTo(mine);
    choices.applyTo(other);
    QCOMPARE(mine.acceptedFingerprints, QStringList{QStringLiteral("SHA256:xyz")});
    QVERIFY(other.acceptedFingerprints.isEmpty());
    QVERIFY(!mine.acceptNewHostKeys);
}

namespace {
// A project file spoiled one way: a key of a section set, or one of backend-2's.
void set(QJsonObject &o, const QString &section, const QString &key, const QJsonValue &v)
{
    QJsonObject s = o.value(section).toObject();
    s.insert(key, v);
    o.insert(section, s);
}

void node(QJsonObject &o, const QString &key, const QJsonValue &v)
{
    QJsonObject nodes = o.value(QStringLiteral("nodes")).toObject();
    QJsonObject b2 = nodes.value(QStringLiteral("backend-2")).toObject();
    b2.insert(key, v);
    nodes.insert(QStringLiteral("backend-2"), b2);
    o.insert(QStringLiteral("nodes"), nodes);
}

// Broken project files: each spoils the sample one way and gives the message it must get.
QList<QPair<std::function<void(QJsonObject &)>, QString>> brokenCases()
{
    return {
        {[](QJsonObject &o) { node(o, QStringLiteral("port"), 70000); }, QStringLiteral("$.nodes.backend-2.port: 70000 is not a TCP port (expected an integer 1-65535)")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("port"), 22.5); }, QStringLiteral("$.ssh.port: 22.5 is not a TCP port")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("auth"), QStringLiteral("kerberos")); },
         QStringLiteral("$.ssh.auth: \"kerberos\" is not valid (expected agent, key, password or keyboard-interactive)")},
        {[](QJsonObject &o) { set(o, QStringLiteral("install"), QStringLiteral("installationDir"), QStringLiteral("opt/agilesec")); },
         QStringLiteral("$.install.installationDir: \"opt/agilesec\" is not valid (expected an absolute directory on the node, starting with /)")},
        {[](QJsonObject &o) { set(o, QStringLiteral("install"), QStringLiteral("installerDir"), QStringLiteral("/opt/x\n rm -rf /")); },
         QStringLiteral("$.install.installerDir: \"/opt/x\\n rm -rf /\" holds a control character such as a newline")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("user"), QStringLiteral("ops -oProxyCommand=touch")); },
         QStringLiteral("$.ssh.user: \"ops -oProxyCommand=touch\" is not valid (expected a user name")},
        {[](QJsonObject &o) { node(o, QStringLiteral("host"), QStringLiteral("-oProxyCommand=id")); }, QStringLiteral("$.nodes.backend-2.host: \"-oProxyCommand=id\" is not valid")},
        {[](QJsonObject &o) { node(o, QStringLiteral("proxyJump"), QStringLiteral("bastion,-oProxyCommand=id")); },
         QStringLiteral("$.nodes.backend-2.proxyJump: \"bastion,-oProxyCommand=id\" is not a ProxyJump list: jump host 2 of 2 (\"-oProxyCommand=id\"): the host holds characters")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("proxyJump"), QStringLiteral("ops@bastion:99999")); },
         QStringLiteral("$.ssh.proxyJump: \"ops@bastion:99999\" is not a ProxyJump list: jump host 1 of 1 (\"ops@bastion:99999\"): the port must be a number from 1 to 65535")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("nodes"), QStringLiteral("backend-1")); }, QStringLiteral("$.nodes: \"backend-1\" is not an object")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("secrets"), QJsonArray{1}); }, QStringLiteral("$.secrets: an array is not an object")},
        {[](QJsonObject &o) {
             QJsonObject pins;
             pins.insert(QStringLiteral("10.0.1.12:2222"), QStringLiteral("SHA256:{{ lookup('pipe','id') }}"));
             o.insert(QStringLiteral("hostKeys"), pins);
         },
         QStringLiteral("$.hostKeys[\"10.0.1.12:2222\"]: \"SHA256:{{ lookup('pipe','id') }}\" is not valid (expected a fingerprint as ssh-keygen -l prints it")},
        {[](QJsonObject &o) { set(o, QStringLiteral("install"), QStringLiteral("instalerDir"), QStringLiteral("/opt")); },
         QStringLiteral("$.install.instalerDir: unknown key (expected one of: osUser, installerDir")},
        {[](QJsonObject &o) { set(o, QStringLiteral("install"), QStringLiteral("packageSha256"), QStringLiteral("$(id)")); },
         QStringLiteral("$.install.packageSha256: \"$(id)\" is not valid (expected 64 hexadecimal digits)")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("scanNodes"), QJsonArray{QStringLiteral("scan-1=10.0.3.21; reboot")}); },
         QStringLiteral("$.scanNodes[0]: \"scan-1=10.0.3.21; reboot\" is not valid (expected HOSTNAME=IP or HOSTNAME=IP@SITE)")},
        // Every field, each way it can be wrong: its JSON path, what is wrong, what is expected.
        {[](QJsonObject &o) { o.insert(QStringLiteral("format"), 5); }, QStringLiteral("not a project file (\"format\" must be \"agilesec-installer-project\")")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("version"), 0); }, QStringLiteral("$.version: 0 is not a format version (expected an integer)")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("version"), QStringLiteral("1")); }, QStringLiteral("$.version: \"1\" is not a format version")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("config"), true); }, QStringLiteral("$.config: true is not a string")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("config"), QStringLiteral("a\nb")); }, QStringLiteral("$.config: \"a\\nb\" holds a control character such as a newline (expected one line of text)")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("ssh"), QJsonArray{}); }, QStringLiteral("$.ssh: an array is not an object")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("install"), QStringLiteral("x")); }, QStringLiteral("$.install: \"x\" is not an object")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("hostKeys"), 3); }, QStringLiteral("$.hostKeys: 3 is not an object")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("hostPublicKeys"), QJsonValue()); }, QStringLiteral("$.hostPublicKeys: null is not an object")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("lab"), QStringLiteral("yes")); }, QStringLiteral("$.lab: \"yes\" is not true or false")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("external"), QJsonArray{}); }, QStringLiteral("$.external: an array is not an object")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("scanNodes"), QStringLiteral("scan-1=10.0.3.21")); }, QStringLiteral("$.scanNodes: \"scan-1=10.0.3.21\" is not an array of HOSTNAME=IP[@SITE]")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("scanNodes"), QJsonArray{5}); }, QStringLiteral("$.scanNodes[0]: 5 is not a string")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("scanNodes"), QJsonArray{QStringLiteral("-x=10.0.3.21")}); }, QStringLiteral("$.scanNodes[0]: \"-x=10.0.3.21\" is not valid (expected HOSTNAME=IP or HOSTNAME=IP@SITE)")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("sshh"), QJsonObject{}); }, QStringLiteral("$.sshh: unknown key (expected one of: format, version, config")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("sshPassword"), 5); }, QStringLiteral("\"sshPassword\" holds a password; a project names the file that holds it (\"sshPasswordFile\") instead")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("user"), QString()); }, QStringLiteral("$.ssh.user: \"\" is not valid (expected a user name")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("user"), QStringLiteral("9ops")); }, QStringLiteral("$.ssh.user: \"9ops\" is not valid")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("user"), QStringLiteral("-ops")); }, QStringLiteral("$.ssh.user: \"-ops\" is not valid")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("user"), 5); }, QStringLiteral("$.ssh.user: 5 is not a string")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("port"), 0); }, QStringLiteral("$.ssh.port: 0 is not a TCP port (expected an integer 1-65535)")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("port"), QStringLiteral("22")); }, QStringLiteral("$.ssh.port: \"22\" is not a TCP port")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("port"), -1); }, QStringLiteral("$.ssh.port: -1 is not a TCP port")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("host"), QStringLiteral("a b")); }, QStringLiteral("$.ssh.host: \"a b\" is not valid (expected a host name, address or ssh_config alias: no spaces, not starting with -)")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("host"), QStringLiteral("$(id)")); }, QStringLiteral("$.ssh.host: \"$(id)\" is not valid")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("auth"), QString()); }, QStringLiteral("$.ssh.auth: \"\" is not valid (expected agent, key, password or keyboard-interactive)")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("auth"), QStringLiteral("Agent")); }, QStringLiteral("$.ssh.auth: \"Agent\" is not valid")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("identityFile"), 3); }, QStringLiteral("$.ssh.identityFile: 3 is not a string")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("identityFile"), QStringLiteral("k\tx")); }, QStringLiteral("$.ssh.identityFile: \"k\tx\" holds a control character")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("configFile"), QJsonArray{QStringLiteral("x")}); }, QStringLiteral("$.ssh.configFile: an array is not a string")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("knownHostsFile"), QStringLiteral("a\r")); }, QStringLiteral("$.ssh.knownHostsFile: \"a\r\" holds a control character")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("proxyJump"), QStringLiteral("a b")); }, QStringLiteral("$.ssh.proxyJump: \"a b\" is not a ProxyJump list")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("proxyJump"), QStringLiteral("bastion%h")); }, QStringLiteral("$.ssh.proxyJump: \"bastion%h\" is not a ProxyJump list")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("installerDir"), QStringLiteral("rel")); }, QStringLiteral("$.ssh.installerDir: \"rel\" is not valid (expected an absolute directory on the node, starting with /)")},
        {[](QJsonObject &o) { set(o, QStringLiteral("ssh"), QStringLiteral("users"), QStringLiteral("x")); }, QStringLiteral("$.ssh.users: unknown key (expected one of: host, port, user")},
        {[](QJsonObject &o) { set(o, QStringLiteral("install"), QStringLiteral("osUser"), QStringLiteral("root user")); }, QStringLiteral("$.install.osUser: \"root user\" is not valid (expected a user name")},
        {[](QJsonObject &o) { set(o, QStringLiteral("install"), QStringLiteral("installerDir"), QString()); }, QStringLiteral("$.install.installerDir: \"\" is not valid (expected an absolute directory")},
        {[](QJsonObject &o) { set(o, QStringLiteral("install"), QStringLiteral("installerDir"), 1); }, QStringLiteral("$.install.installerDir: 1 is not a string")},
        {[](QJsonObject &o) { set(o, QStringLiteral("install"), QStringLiteral("installationDir"), QStringLiteral("~/agilesec")); }, QStringLiteral("$.install.installationDir: \"~/agilesec\" is not valid (expected an absolute directory")},
        {[](QJsonObject &o) { set(o, QStringLiteral("install"), QStringLiteral("outputDir"), QStringLiteral("out\nput")); }, QStringLiteral("$.install.outputDir: \"out\\nput\" holds a control character")},
        {[](QJsonObject &o) { set(o, QStringLiteral("install"), QStringLiteral("etcHosts"), QStringLiteral("true")); }, QStringLiteral("$.install.etcHosts: \"true\" is not true or false")},
        {[](QJsonObject &o) { set(o, QStringLiteral("install"), QStringLiteral("package"), 1); }, QStringLiteral("$.install.package: 1 is not a string")},
        {[](QJsonObject &o) { set(o, QStringLiteral("install"), QStringLiteral("packageSha256"), QStringLiteral("ABC")); }, QStringLiteral("$.install.packageSha256: \"ABC\" is not valid (expected 64 hexadecimal digits)")},
        {[](QJsonObject &o) { set(o, QStringLiteral("install"), QStringLiteral("hostsTarget"), QStringLiteral("lb;reboot")); }, QStringLiteral("$.install.hostsTarget: \"lb;reboot\" is not valid (expected a host name")},
        {[](QJsonObject &o) { node(o, QStringLiteral("user"), QStringLiteral("a b")); }, QStringLiteral("$.nodes.backend-2.user: \"a b\" is not valid (expected a user name")},
        {[](QJsonObject &o) { node(o, QStringLiteral("port"), QStringLiteral("x")); }, QStringLiteral("$.nodes.backend-2.port: \"x\" is not a TCP port")},
        {[](QJsonObject &o) { node(o, QStringLiteral("port"), 2222.5); }, QStringLiteral("$.nodes.backend-2.port: 2222.5 is not a TCP port")},
        {[](QJsonObject &o) { node(o, QStringLiteral("installerDir"), QStringLiteral("x")); }, QStringLiteral("$.nodes.backend-2.installerDir: \"x\" is not valid (expected an absolute directory")},
        {[](QJsonObject &o) { node(o, QStringLiteral("installationDir"), QStringLiteral("/a\x1b[2J")); }, QStringLiteral("$.nodes.backend-2.installationDir: \"/a\x1b[2J\" holds a control character")},
        {[](QJsonObject &o) { node(o, QStringLiteral("identityFile"), false); }, QStringLiteral("$.nodes.backend-2.identityFile: false is not a string")},
        {[](QJsonObject &o) { node(o, QStringLiteral("sshPort"), 22); }, QStringLiteral("$.nodes.backend-2.sshPort: unknown key (expected one of: host, port, user, identityFile")},
        {[](QJsonObject &o) { node(o, QStringLiteral("host"), QString()); }, QStringLiteral("$.nodes.backend-2.host: \"\" is not valid")},
        {[](QJsonObject &o) { node(o, QStringLiteral("host"), QStringLiteral("10.0.1.12 -p 1")); }, QStringLiteral("$.nodes.backend-2.host: \"10.0.1.12 -p 1\" is not valid")},
        {[](QJsonObject &o) { node(o, QStringLiteral("proxyJump"), QStringLiteral("ops@")); }, QStringLiteral("$.nodes.backend-2.proxyJump: \"ops@\" is not a ProxyJump list")},
        {[](QJsonObject &o) { QJsonObject nodes = o.value(QStringLiteral("nodes")).toObject(); nodes.insert(QStringLiteral("backend-2"), 5); o.insert(QStringLiteral("nodes"), nodes); }, QStringLiteral("$.nodes.backend-2: 5 is not an object")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("hostKeys"), QJsonObject{{QStringLiteral("10.0.1.12:2222"), QStringLiteral("SHA256:short")}}); }, QStringLiteral("$.hostKeys[\"10.0.1.12:2222\"]: \"SHA256:short\" is not valid (expected a fingerprint as ssh-keygen -l prints it")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("hostKeys"), QJsonObject{{QStringLiteral("10.0.1.12:2222"), 5}}); }, QStringLiteral("$.hostKeys[\"10.0.1.12:2222\"]: 5 is not a string")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("hostKeys"), QJsonObject{{QStringLiteral("10.0.1.12:2222"), QStringLiteral("MD5:aa:bb")}}); }, QStringLiteral("$.hostKeys[\"10.0.1.12:2222\"]: \"MD5:aa:bb\" is not valid")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("hostPublicKeys"), QJsonObject{{QStringLiteral("10.0.1.12:2222"), QStringLiteral("ssh-dss AAAAB3Nza")}}); }, QStringLiteral("$.hostPublicKeys[\"10.0.1.12:2222\"]: \"ssh-dss AAAAB3Nza\" is not valid (expected a public key as known_hosts holds it")},
        {[](QJsonObject &o) { o.insert(QStringLiteral("hostPublicKeys"), QJsonObject{{QStringLiteral("10.0.1.12:2222"), QStringLiteral("ssh-ed25519 AAA B")}}); }, QStringLiteral("$.hostPublicKeys[\"10.0.1.12:2222\"]: \"ssh-ed25519 AAA B\" is not valid")},
        {[](QJsonObject &o) { set(o, QStringLiteral("secrets"), QStringLiteral("adminPasswordFile"), 3); }, QStringLiteral("$.secrets.adminPasswordFile: 3 is not a string")},
        {[](QJsonObject &o) { set(o, QStringLiteral("secrets"), QStringLiteral("adminPasswordFiles"), QStringLiteral("x")); }, QStringLiteral("$.secrets.adminPasswordFiles: unknown key (expected one of: adminPasswordFile")},
        {[](QJsonObject &o) { set(o, QStringLiteral("secrets"), QStringLiteral("sudoPasswordFile"), QStringLiteral("a\nb")); }, QStringLiteral("$.secrets.sudoPasswordFile: \"a\\nb\" holds a control character")},
    };
}
} // namespace

// Each bad value is refused when the file is read, with its JSON path, what is wrong and what
// is expected; nothing is silently wrapped, defaulted or carried into a command.
void TestProject::brokenAndHostileValuesAreRefusedWithTheirPath()
{
    QTemporaryDir dir;
    const Project p = sample(dir);
    QVERIFY(p.save().isEmpty());
    const QJsonObject good = QJsonDocument::fromJson(TestFiles::read(p.path)).object();
    const auto refusal = [&](const std::function<void(QJsonObject &)> &spoil) {
        QJsonObject o = good;
        spoil(o);
        TestFiles::write(p.path, QJsonDocument(o).toJson());
        QString error;
        const bool loaded = Project::load(p.path, &error).has_value();
        return loaded ? QStringLiteral("<loaded>") : error;
    };
    const QList<QPair<std::function<void(QJsonObject &)>, QString>> cases = brokenCases();
    QVERIFY(cases.size() >= 60);
    QStringList mismatches;
    for (const auto &c : cases) {
        const QString error = refusal(c.first);
        if (!error.contains(p.path + QStringLiteral(": ") + c.second))
            mismatches << QStringLiteral("%1\n  wanted: %2").arg(error, c.second);
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
    QVERIFY(!QFileInfo::exists(p.path + QStringLiteral(".tmp"))); // a refused file is only read
    // Every problem at once, one per line.
    const QString two = refusal([&](QJsonObject &o) {
        node(o, QStringLiteral("port"), 0);
        set(o, QStringLiteral("ssh"), QStringLiteral("auth"), QStringLiteral("x"));
    });
    QCOMPARE(two.count(QLatin1Char('\n')), 1);
    QCOMPARE(refusal([](QJsonObject &) {}), QStringLiteral("<loaded>"));
    // The same rules when saving (a value typed in the wizard): nothing invalid is written.
    Project typed = sample(dir);
    QVERIFY(typed.save().isEmpty());
    const QByteArray before = TestFiles::read(typed.path);
    typed.defaults.user = QStringLiteral("ops; touch /tmp/pwned");
    const QString notSaved = typed.save();
    QVERIFY2(notSaved.contains(QStringLiteral("not saved: $.ssh.user: \"ops; touch /tmp/pwned\" is not valid")), qPrintable(notSaved));
    QCOMPARE(TestFiles::read(typed.path), before);
    QCOMPARE(refusal([](QJsonObject &o) { o.insert(QStringLiteral("scanNodes"), QJsonArray{QStringLiteral("scan-1=10.0.3.21@us-west-1a")}); }),
             QStringLiteral("<loaded>"));
    // Not an object at all, and not a file at all: said as such.
    TestFiles::write(p.path, "[]\n");
    QString error;
    QVERIFY(!Project::load(p.path, &error));
    QCOMPARE(error, p.path + QStringLiteral(": not a project file: it is a JSON array, where a project is a JSON object ({...})"));
    QVERIFY(!Project::load(QStringLiteral("/dev/zero"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("/dev/zero: cannot read the project: this is not a regular file")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
