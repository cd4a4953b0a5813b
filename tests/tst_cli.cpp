#include "CliRun.h"
#include "TestFiles.h"
#include "cli/Cli.h"
#include "cli/CommandRegistry.h"
#include "cli/ManPage.h"
#include "cli/ShellCompletion.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    CliRun::Options options;
    options.timeoutMs = 60000;
    options.withoutDisplay = true;
    const CliRun r = CliRun::program(QStringLiteral(AGILESEC_BINARY), arguments, options);
    return Run{r.exitCode, r.out, r.err};
}

QString example(const char *name)
{
    return QStringLiteral(EXAMPLES_DIR "/") + QLatin1String(name);
}

// Unlike TestFiles::read, a missing output file reads as empty so the comparison reports it.
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpOnEveryCommand_data();
    void helpOnEveryCommand();
    void usageErrorsExit2_data();
    void usageErrorsExit2();
    void validateValidConfig();
    void validateReportsFileLineErrors();
    void validateMissingFile();
    void renderWritesTheGuidesLayout();
    void renderInvalidWritesNothing();
    void renderKeepsEarlierFilesWhenInvalid();
    void renderIntoUnwritablePathFails();
    void renderWithScanNode();
    void planTextAndJson();
    void planOptions();
    void planRejectsRelativeDirectory();
    void planInvalidConfigFails();
    void noDisplayPointsToTheCli();
    void inProcessMatchesTheBinary();
    void everyRegisteredCommandAnswersHelp();
    void manPageAndCompletionComeFromTheRegistry();
    void lbNeverMakesACa();
    void unknownNodeIsRefusedEverywhere_data();
    void unknownNodeIsRefusedEverywhere();
};

void TestCli::helpOnEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("top") << QStringList{"--help"} << "Commands:";
    QTest::newRow("help") << QStringList{"help"} << "validate   Check a multi_node_config.conf";
    QTest::newRow("validate") << QStringList{"validate", "--help"} << "Usage: agilesec-installer validate --config FILE";
    QTest::newRow("render") << QStringList{"render", "--help"} << "Usage: agilesec-installer render --config FILE --out DIR";
    QTest::newRow("plan") << QStringList{"plan", "-h"} << "Usage: agilesec-installer plan --config FILE";
    QTest::newRow("version") << QStringList{"--version"} << "agilesec-installer 0.";
}

void TestCli::helpOnEveryCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run r = cli(arguments);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    QVERIFY(r.err.isEmpty());
}

void TestCli::usageErrorsExit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command 'frobnicate'";
    QTest::newRow("unknown option") << QStringList{"validate", "--config", example("four-node.conf"), "--colour"} << "Unknown option 'colour'";
    QTest::newRow("missing config") << QStringList{"validate"} << "--config FILE is required";
    QTest::newRow("missing value") << QStringList{"plan", "--config"} << "Missing value after '--config'";
    QTest::newRow("render without out") << QStringList{"render", "--config", example("four-node.conf")} << "--config FILE and --out DIR are required";
    QTest::newRow("stray argument") << QStringList{"plan", "--config", example("four-node.conf"), "extra"} << "unexpected argument 'extra'";
}

void TestCli::usageErrorsExit2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run r = cli(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
}

void TestCli::validateValidConfig()
{
    const Run r = cli({"validate", "--config", example("seven-node-stretch.conf")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("valid: 7 nodes (5 quorum voters), 0 warning(s)")));
}

void TestCli::validateReportsFileLineErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("multi_node_config.conf"));
    QByteArray text = readFile(example("four-node.conf"));
    text.replace("frontend2_node_profile=\"ADDITIONAL_FRONTEND\"", "frontend2_node_profile=\"PRIMARY_FRONTEND\"");
    text.replace("frontend_port=\"8443\"", "frontend_port = \"8443\"");
    TestFiles::write(path, text);
    const Run r = cli({"validate", "--config", path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(path + QStringLiteral(":8: error: space before '=' in 'frontend_port'")), qPrintable(r.err));
    QVERIFY2(r.err.contains(path + QStringLiteral(":25: error: frontend-2 (frontend2) is a second PRIMARY_FRONTEND")), qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("invalid: 2 error(s)")));

    // Warnings alone do not fail.
    text = readFile(example("four-node.conf"));
    text.replace("\"PRIMARY_FRONTEND\"", "\"ADDITIONAL_FRONTEND\"");
    TestFiles::write(path, text);
    const Run w = cli({"validate", "--config", path});
    QCOMPARE(w.exitCode, 0);
    QVERIFY2(w.err.startsWith(path + QStringLiteral(": warning: no PRIMARY_FRONTEND or COORDINATOR")), qPrintable(w.err));
}

void TestCli::validateMissingFile()
{
    const Run r = cli({"validate", "--config", "/nonexistent/multi_node_config.conf"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("/nonexistent/multi_node_config.conf: error: the file does not exist")), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // no follow-on noise about an empty cluster
}

void TestCli::renderWritesTheGuidesLayout()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    const Run r = cli({"render", "--config", example("four-node.conf"), "--out", out});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(filesUnder(out), (QStringList{".env", "generate_envs/generated_envs/env.backend-1", "generate_envs/generated_envs/env.backend-2",
                                           "generate_envs/generated_envs/env.frontend-1", "generate_envs/generated_envs/env.frontend-2",
                                           "generate_envs/multi_node_config.conf"}));
    QCOMPARE(readFile(out + QStringLiteral("/generate_envs/multi_node_config.conf")), readFile(example("four-node.conf")));
    QCOMPARE(readFile(out + QStringLiteral("/.env")), readFile(out + QStringLiteral("/generate_envs/generated_envs/env.backend-1")));
    QVERIFY(readFile(out + QStringLiteral("/generate_envs/generated_envs/env.frontend-2")).contains("NODE_PROFILE=\"ADDITIONAL_FRONTEND\""));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 6);

    // Rendering again gives the same bytes.
    const QByteArray first = readFile(out + QStringLiteral("/generate_envs/generated_envs/env.backend-2"));
    QCOMPARE(cli({"render", "--config", example("four-node.conf"), "--out", out}).exitCode, 0);
    QCOMPARE(readFile(out + QStringLiteral("/generate_envs/generated_envs/env.backend-2")), first);
}

void TestCli::renderInvalidWritesNothing()
{
    QTemporaryDir dir;
    QByteArray text = readFile(example("four-node.conf"));
    text.replace("\"10.0.1.12\"", "\"10.0.1.1200\"");
    TestFiles::write(dir.filePath(QStringLiteral("bad.conf")), text);
    const QString out = dir.filePath(QStringLiteral("out"));
    const Run r = cli({"render", "--config", dir.filePath(QStringLiteral("bad.conf")), "--out", out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("bad.conf:12: error:")));
    QVERIFY(r.err.contains(QStringLiteral("nothing written")));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCli::renderKeepsEarlierFilesWhenInvalid()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    QCOMPARE(cli({"render", "--config", example("four-node.conf"), "--out", out}).exitCode, 0);
    const QByteArray before = readFile(out + QStringLiteral("/generate_envs/multi_node_config.conf"));
    QByteArray text = before;
    text.replace("PRIMARY_FULL_BACKEND", "FULL_BACKEND");
    TestFiles::write(dir.filePath(QStringLiteral("bad.conf")), text);
    QCOMPARE(cli({"render", "--config", dir.filePath(QStringLiteral("bad.conf")), "--out", out}).exitCode, 1);
    QCOMPARE(readFile(out + QStringLiteral("/generate_envs/multi_node_config.conf")), before);
    QCOMPARE(filesUnder(out).size(), 6);
}

void TestCli::renderIntoUnwritablePathFails()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    TestFiles::write(blocker, "not a directory");
    const Run r = cli({"render", "--config", example("four-node.conf"), "--out", blocker});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot create the directory")), qPrintable(r.err));
    QCOMPARE(readFile(blocker), QByteArray("not a directory"));
}

void TestCli::renderWithScanNode()
{
    QTemporaryDir dir;
    const Run r = cli({"render", "--config", example("four-node.conf"), "--scan-node", "scan-1=10.0.3.21", "--out", dir.path()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("generate_envs/generated_envs/env.scan-1"))));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("generate_envs/multi_node_config.conf"))), readFile(example("four-node.conf")));
}

void TestCli::planTextAndJson()
{
    const Run text = cli({"plan", "--config", example("seven-node-stretch.conf")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.startsWith(QStringLiteral("Install plan: 7 nodes, 5 phases")));
    QVERIFY(text.out.contains(QStringLiteral("Phase 3: Install the remaining backends and the quorum node in parallel\n  backend-3")));

    const Run json = cli({"plan", "--config", example("seven-node-stretch.conf"), "--json"});
    QCOMPARE(json.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray phases = root.value(QStringLiteral("phases")).toArray();
    QCOMPARE(phases.size(), 5);
    QCOMPARE(phases[1].toObject().value(QStringLiteral("index")).toInt(), 1);
    const QJsonObject be1 = phases[1].toObject().value(QStringLiteral("nodes")).toArray()[0].toObject();
    QCOMPARE(be1.value(QStringLiteral("hostname")).toString(), QStringLiteral("backend-1"));
    const QJsonObject step = be1.value(QStringLiteral("steps")).toArray()[0].toObject();
    QCOMPARE(step.value(QStringLiteral("command")).toString(),
             QStringLiteral("cd /opt/agilesec-installer && ./install_analytics.sh install -u agilesec -p /opt/agilesec --non-interactive"));
    QVERIFY(!step.value(QStringLiteral("title")).toString().isEmpty());
}

void TestCli::planOptions()
{
    const Run r = cli({"plan", "--config", example("four-node.conf"), "--user", "ec2-user", "--installation-dir", "/data/agilesec",
                       "--installer-dir", "/home/ec2-user/installer", "--scan-node", "scan-1=10.0.3.21", "--etc-hosts", "--json"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("cd /home/ec2-user/installer && sudo ./scripts/tune.sh -u ec2-user -r scan")));
    QVERIFY(r.out.contains(QStringLiteral("./install_analytics.sh install -u ec2-user -p /data/agilesec --non-interactive -r scan")));
    QVERIFY(r.out.contains(QStringLiteral("grep -qxF '10.0.2.22 agilesec.kf-agilesec.com' /etc/hosts")));
}

void TestCli::planRejectsRelativeDirectory()
{
    const Run r = cli({"plan", "--config", example("four-node.conf"), "--installation-dir", "agilesec"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("directory 'agilesec' must be an absolute path on the nodes")));
}

void TestCli::planInvalidConfigFails()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("bad.conf")), "analytics_hostname=\"agilesec\"\n");
    const Run r = cli({"plan", "--config", dir.filePath(QStringLiteral("bad.conf"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains(QStringLiteral("no node has the profile PRIMARY_FULL_BACKEND")));
}

void TestCli::noDisplayPointsToTheCli()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const Run r = cli({});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no display found")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("agilesec-installer --help")));
#else
    QSKIP("display detection applies to X11/Wayland systems");
#endif
}

namespace {
// A command run in this process through the CLI library, as the binary runs it.
Run inProcess(const QStringList &arguments)
{
    QString out, err, input;
    QTextStream outStream(&out), errStream(&err), inStream(&input);
    const int code = Cli::run(QStringList{QStringLiteral("agilesec-installer")} + arguments, CommandIo{outStream, errStream, inStream});
    outStream.flush();
    errStream.flush();
    return Run{code, out, err};
}
} // namespace

void TestCli::inProcessMatchesTheBinary()
{
    for (const QStringList &arguments : {QStringList{"validate", "--config", example("seven-node-stretch.conf")},
                                         QStringList{"plan", "--config", example("four-node.conf")}, QStringList{"--help"},
                                         QStringList{"validate", "--config", QStringLiteral(TEST_DATA_DIR "/no-such-file.conf")}}) {
        const Run binary = cli(arguments);
        const Run here = inProcess(arguments);
        QCOMPARE(here.exitCode, binary.exitCode);
        QCOMPARE(here.out, binary.out);
        QCOMPARE(here.err, binary.err);
    }
}

void TestCli::everyRegisteredCommandAnswersHelp()
{
    // The registry is the one list: the usage names each command, and each answers --help.
    const QString usage = Cli::usage();
    for (const std::unique_ptr<Command> &command : CommandRegistry::all()) {
        if (!command->summary().isEmpty())
            QVERIFY2(usage.contains(QStringLiteral("  ") + command->name() + QLatin1Char(' ')), qPrintable(command->name()));
        QVERIFY2(Cli::isCommand(command->name().section(QLatin1Char(' '), 0, 0)), qPrintable(command->name()));
        const Run r = inProcess(command->name().split(QLatin1Char(' ')) + QStringList{QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: agilesec-installer ") + command->synopsis()), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }
}

void TestCli::manPageAndCompletionComeFromTheRegistry()
{
    const QString man = ManPage::render(QStringLiteral("9.9.9"), QStringLiteral("2026-12-01"));
    const QString bash = ShellCompletion::bash();
    const QString zsh = ShellCompletion::zsh();
    for (const std::unique_ptr<Command> &command : CommandRegistry::all()) {
        if (command->summary().isEmpty())
            continue;
        QVERIFY2(man.contains(QStringLiteral(".SS ") + ManPage::escape(command->name()) + QLatin1Char('\n')), qPrintable(command->name()));
        QVERIFY2(bash.contains(QStringLiteral("        %1) opts='").arg(command->name())), qPrintable(command->name()));
        QVERIFY2(zsh.contains(QStringLiteral("        '%1:").arg(command->name())), qPrintable(command->name()));
        for (const QCommandLineOption &option : command->options()) {
            QVERIFY2(man.contains(QStringLiteral("\\fB\\-\\-%1\\fR").arg(ManPage::escape(option.names().constLast()))), qPrintable(option.names().constLast()));
            QVERIFY(bash.contains(QStringLiteral("--") + option.names().constLast()));
        }
    }
    // groff sees text, never a request, whatever a description holds.
    QCOMPARE(ManPage::escape(QStringLiteral("a\\b -c\n.TH x\n'y")), QStringLiteral("a\\eb \\-c\n\\&.TH x\n\\&'y"));
    // The real tools on what the build installs.
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("page.1")), man.toUtf8());
    TestFiles::write(dir.filePath(QStringLiteral("completion.bash")), bash.toUtf8());
    for (const QStringList &check : {QStringList{QStringLiteral("groff"), QStringLiteral("-man"), QStringLiteral("-ww"), QStringLiteral("-z"), dir.filePath(QStringLiteral("page.1"))},
                                     QStringList{QStringLiteral("bash"), QStringLiteral("-n"), dir.filePath(QStringLiteral("completion.bash"))},
                                     QStringList{QStringLiteral("shellcheck"), QStringLiteral("-s"), QStringLiteral("bash"), dir.filePath(QStringLiteral("completion.bash"))}}) {
        if (QStandardPaths::findExecutable(check.first()).isEmpty())
            continue; // groff and shellcheck come with scripts/install-deps.sh
        CliRun::Options options;
        options.mergeChannels = true;
        const CliRun r = CliRun::program(check.first(), check.mid(1), options);
        QVERIFY2(r.exitCode == 0 && r.out.isEmpty(), qPrintable(check.first() + QStringLiteral(": ") + r.out));
    }
}

void TestCli::lbNeverMakesACa()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("project.json"));
    TestFiles::write(project, QStringLiteral("{\"format\": \"agilesec-installer-project\", \"config\": \"%1\"}").arg(example("four-node.conf")).toUtf8());
    const Run r = inProcess({QStringLiteral("lb"), QStringLiteral("--project"), project});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no cluster CA at %1/output/certificates/ca/agilesec-rootca-cert.pem, and lb makes none").arg(dir.path())), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("output/certificates"))));
}

void TestCli::unknownNodeIsRefusedEverywhere_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("check-access") << "check-access";
    QTest::newRow("verify") << "verify";
}

void TestCli::unknownNodeIsRefusedEverywhere()
{
    // One rule for --node: a name that is not a node of the cluster is a usage error, never ignored.
    QFETCH(QString, command);
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("project.json"));
    TestFiles::write(project, QStringLiteral("{\"format\": \"agilesec-installer-project\", \"config\": \"%1\"}").arg(example("four-node.conf")).toUtf8());
    const Run r = inProcess({command, QStringLiteral("--project"), project, QStringLiteral("--node"), QStringLiteral("backend-9")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--node backend-9: no such node in the cluster")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
