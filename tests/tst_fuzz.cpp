// A bounded mutation fuzzer over the three readers that take files from outside:
// multi_node_config.conf (ClusterLoader, then render and plan when it loads), project.json
// (Project::load, then its cluster) and a bundle (BundleImporter::verify). Each target runs
// for AGILESEC_FUZZ_SECONDS (default 12, so 36 s in all) from real seeds, with mutations
// that favour what breaks readers: quotes, $(), backticks, ;, {{ }}, newlines, NULs, huge
// numbers, truncation and splices. Every run must end (no crash, no hang) with a result or a
// specific message. The seed is printed: AGILESEC_FUZZ_SEED=N replays a run.
#include "TestFiles.h"

#include "config/ClusterLoader.h"
#include "config/EnvRenderer.h"
#include "export/BundleExporter.h"
#include "export/BundleImporter.h"
#include "plan/InstallPlanBuilder.h"
#include "project/Project.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QList<QByteArray> kTokens{"\"",  "'",   "$(id)", "`id`", ";",  "|",   "&",    "{{ x }}", "{%", "\n",      "\r",     "\r\n",
                                "\0",  "\\",  "=",     "#",    "[",  "]",   "{",    "}",       ",",  ":",       "..",     "/",
                                "-1",  "0",   "1e309", "99999999999999999999", "null", "true", "\xef\xbb\xbf", "\xff\xfe",
                                "010.000.001.012", "::1", "backend1_private_ip=", "frontend9_node_profile=", "PRIMARY_FULL_BACKEND"};

class Mutator
{
public:
    explicit Mutator(quint32 seed)
        : m_rng(seed)
    {
    }

    QByteArray mutate(const QByteArray &seed, const QByteArray &other)
    {
        QByteArray data = seed;
        const int edits = 1 + int(m_rng.bounded(6));
        for (int i = 0; i < edits; ++i) {
            const qsizetype at = data.isEmpty() ? 0 : qsizetype(m_rng.bounded(quint32(data.size())));
            switch (m_rng.bounded(7)) {
            case 0: // flip a byte
                if (!data.isEmpty())
                    data[at] = char(m_rng.bounded(256));
                break;
            case 1: // insert a token
                data.insert(at, kTokens.at(qsizetype(m_rng.bounded(quint32(kTokens.size())))));
                break;
            case 2: // delete a run
                data.remove(at, qsizetype(m_rng.bounded(64)));
                break;
            case 3: // duplicate a run, up to a large block
                data.insert(at, data.mid(at, qsizetype(m_rng.bounded(4096))));
                break;
            case 4: // truncate
                data.truncate(at);
                break;
            case 5: // splice in part of another seed
                if (!other.isEmpty()) {
                    const qsizetype from = qsizetype(m_rng.bounded(quint32(other.size())));
                    data.insert(at, other.mid(from, qsizetype(m_rng.bounded(512))));
                }
                break;
            default: // overwrite with a token
                data.replace(at, kTokens.at(0).size(), kTokens.at(qsizetype(m_rng.bounded(quint32(kTokens.size())))));
                break;
            }
        }
        return data;
    }

    quint32 pick(quint32 bound) { return m_rng.bounded(bound); }

private:
    QRandomGenerator m_rng;
};

int budgetMs()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("AGILESEC_FUZZ_SECONDS", &ok);
    return (ok && seconds > 0 ? seconds : 12) * 1000;
}

quint32 fuzzSeed()
{
    bool ok = false;
    const int seed = qEnvironmentVariableIntValue("AGILESEC_FUZZ_SEED", &ok);
    return ok ? quint32(seed) : quint32(QDateTime::currentMSecsSinceEpoch());
}
} // namespace

class TestFuzz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void configReader();
    void projectReader();
    void bundleReader();

private:
    QTemporaryDir m_dir;
    QList<QByteArray> m_configs;
    quint32 m_seed = 0;
};

void TestFuzz::initTestCase()
{
    m_seed = fuzzSeed();
    qInfo("seed %u (AGILESEC_FUZZ_SEED=%u replays it), %d s per reader", m_seed, m_seed, budgetMs() / 1000);
    for (const char *name : {"three-node.conf", "four-node.conf", "seven-node-stretch.conf"})
        m_configs << TestFiles::example(QLatin1String(name));
}

void TestFuzz::configReader()
{
    Mutator mutator(m_seed);
    QElapsedTimer clock;
    clock.start();
    int runs = 0, loaded = 0;
    while (clock.elapsed() < budgetMs()) {
        const QByteArray input = mutator.mutate(m_configs.at(runs % m_configs.size()), m_configs.at((runs + 1) % m_configs.size()));
        const ClusterLoader::Result r = ClusterLoader::loadData(input, QStringLiteral("fuzz.conf"), {QStringLiteral("scan-1=10.0.3.21")});
        ++runs;
        if (!r.ok()) {
            const auto error = std::find_if(r.diagnostics.begin(), r.diagnostics.end(), [](const Diagnostic &d) { return d.isError(); });
            QVERIFY2(error != r.diagnostics.end() && !error->message.trimmed().isEmpty(), input.left(200).constData());
            continue;
        }
        ++loaded;
        // What loads renders and plans, and says the same of the same input.
        const QList<RenderedFile> files = EnvRenderer::renderAll(r.cluster, r.document);
        QVERIFY(!files.isEmpty());
        QVERIFY(InstallPlanBuilder::build(r.cluster, PlanOptions()).stepCount() > 0);
    }
    qInfo("config reader: %d runs, %d loaded and rendered", runs, loaded);
    QVERIFY(runs > 100);
}

void TestFuzz::projectReader()
{
    TestFiles::write(m_dir.filePath(QStringLiteral("multi_node_config.conf")), m_configs.at(1));
    const QByteArray seed = R"({"format": "agilesec-installer-project", "version": 1, "config": "multi_node_config.conf",
        "scanNodes": ["scan-1=10.0.3.21@us-west-1a"],
        "ssh": {"user": "ec2-user", "port": 22, "auth": "key", "identityFile": "/home/ops/.ssh/id_ed25519", "proxyJump": "ops@bastion:2222"},
        "install": {"osUser": "ec2-user", "installerDir": "/opt/installer", "etcHosts": true, "packageSha256": "00000000000000000000000000000000000000000000000000000000000000ff"},
        "nodes": {"backend-2": {"port": 2222, "user": "ops", "installerDir": "/srv/i"}},
        "hostKeys": {"10.0.1.12:2222": "SHA256:0123456789abcdefghijklmnopqrstuvwxyzABCDEFG"},
        "external": {"mode": "dns"},
        "secrets": {"adminPasswordFile": "admin-password"}})";
    const QString path = m_dir.filePath(QStringLiteral("project.json"));
    Mutator mutator(m_seed + 1);
    QElapsedTimer clock;
    clock.start();
    int runs = 0, loaded = 0;
    while (clock.elapsed() < budgetMs()) {
        const QByteArray input = mutator.mutate(seed, m_configs.at(0));
        TestFiles::write(path, input);
        QString error;
        const std::optional<Project> p = Project::load(path, &error);
        ++runs;
        if (!p) {
            QVERIFY2(!error.trimmed().isEmpty() && !error.contains(QLatin1String("no error occurred")), qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(input.left(300))));
            continue;
        }
        ++loaded;
        p->loadCluster();
        QVERIFY(p->planOptions().installerDir.startsWith(QLatin1Char('/')));
    }
    qInfo("project reader: %d runs, %d loaded", runs, loaded);
    QVERIFY(runs > 100);
}

void TestFuzz::bundleReader()
{
    // A real bundle of the four-node example, then its bytes mutated: the zip directory, the
    // entries, SHA256SUMS and the manifest.
    TestFiles::write(m_dir.filePath(QStringLiteral("multi_node_config.conf")), m_configs.at(1));
    TestFiles::write(m_dir.filePath(QStringLiteral("project.json")),
                     R"({"format": "agilesec-installer-project", "version": 1, "config": "multi_node_config.conf", "ssh": {"user": "ops", "auth": "agent"}})");
    QString error;
    const std::optional<Project> project = Project::load(m_dir.filePath(QStringLiteral("project.json")), &error);
    QVERIFY2(project, qPrintable(error));
    const QString zip = m_dir.filePath(QStringLiteral("seed.zip"));
    const BundleExporter::Result exported = BundleExporter::exportBundle(*project, project->loadCluster(), zip, {});
    QVERIFY2(exported.ok(), qPrintable(exported.error));
    const QByteArray seed = TestFiles::read(zip);
    const QString mutated = m_dir.filePath(QStringLiteral("mutated.zip"));
    Mutator mutator(m_seed + 2);
    QElapsedTimer clock;
    clock.start();
    int runs = 0, accepted = 0;
    while (clock.elapsed() < budgetMs()) {
        // Mostly small edits, which keep the zip a zip: they reach the entries and the checks.
        QByteArray input = seed;
        const int edits = 1 + int(mutator.pick(3));
        for (int i = 0; i < edits; ++i)
            input[qsizetype(mutator.pick(quint32(input.size())))] = char(mutator.pick(256));
        if (mutator.pick(8) == 0)
            input = mutator.mutate(input, seed);
        TestFiles::write(mutated, input);
        const BundleImporter::Result r = BundleImporter::verify(mutated);
        ++runs;
        if (r.ok()) {
            ++accepted; // an edit where no check looks (a timestamp, padding): the files are intact
            continue;
        }
        QVERIFY2(!r.error.trimmed().isEmpty() || !r.problems.isEmpty(), "a refused bundle says why");
    }
    qInfo("bundle reader: %d runs, %d accepted as intact", runs, accepted);
    QVERIFY(runs > 50);
}

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
