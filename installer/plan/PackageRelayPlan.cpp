#include "plan/PackageRelayPlan.h"

#include "plan/PlanWords.h"
#include "plan/InstallPlanBuilder.h"
#include "util/ShellQuote.h"

#include <QFileInfo>

namespace {
QString q(const QString &word)
{
    return ShellQuote::quote(word);
}

QString authorizedKeysFile()
{
    // Where sshd reads the SSH user's keys: ~/.ssh/authorized_keys, unless the session says
    // otherwise (the lab's nodes share one home and set it per node).
    return QStringLiteral("a=${AGILESEC_AUTHORIZED_KEYS:-$HOME/.ssh/authorized_keys}; ");
}

QString relayDir(const Node &node, const PlanOptions &options)
{
    return InstallPlanBuilder::installerDirFor(node, options) + QStringLiteral("/.agilesec-relay");
}

// The package's copy is ours and whole: the receiving script wrote "<SHA-256> <size> <mtime>"
// after checking the digest. Cheap; the unpack checks the SHA-256 again before it is used.
QString verifiedCopy(const Node &node, const PlanOptions &options)
{
    const QString file = q(InstallPlanBuilder::packagePath(node, options));
    return QStringLiteral("[ \"$(cat %1.verified 2>/dev/null)\" = \"%2 $(stat -c '%s %Y' %1 2>/dev/null)\" ]")
        .arg(file, options.installerPackageSha256.toLower());
}

// The whole copy hashed: what a re-run trusts before it skips sending.
QString matchingCopy(const Node &node, const PlanOptions &options)
{
    return QStringLiteral("[ \"$(sha256sum %1 2>/dev/null | cut -d' ' -f1)\" = %2 ]")
        .arg(q(InstallPlanBuilder::packagePath(node, options)), options.installerPackageSha256.toLower());
}

PlanStep relayStep(const Node &node, const QString &slug, const QString &title, const QString &command)
{
    PlanStep s = InstallPlanBuilder::step(node, slug, title, PlanStep::Kind::Run, command);
    s.viaRelay = true;
    s.perRun = true; // the key is this run's; the node's state (skipWhen) decides, not the journal
    return s;
}

QString receiverLines(const Node &node, const PlanOptions &options)
{
    QStringList words;
    for (const QString &line : PackageRelayPlan::receiverScript(node, options))
        words << q(line);
    return words.join(QLatin1Char(' '));
}

// Adds this run's key and keeps an earlier run's: a relay send that run started may still be going
// on the relay (a new install attaches to it), and it connects again with that run's key when it
// retries. Every relay key expires within 3 hours and the revoke step removes them all.
QString authorizeCommand(const Node &node, const Node &relay, const PlanOptions &options)
{
    const QString dir = relayDir(node, options);
    const QString package = q(InstallPlanBuilder::packagePath(node, options));
    const QString sha = options.installerPackageSha256.toLower();
    // authorized_keys takes \" as the only escape inside command="...".
    QString forced = QStringLiteral("sh ") + q(dir + QStringLiteral("/receive"));
    forced.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QStringLiteral("umask 077; d=%1; mkdir -p \"$d\" && chmod 700 \"$d\" || exit 1; t=%2; "
                          "if [ -f \"$t\" ]; then h=$(sha256sum \"$t\") || exit 1; h=${h%% *}; if [ \"$h\" != %3 ]; then "
                          "echo \"refused the copy already on %4: SHA-256 $h, the installer computed %3; it is sent again\"; rm -f \"$t\" \"$t.verified\"; fi; fi; "
                          "printf '%s\\n' %5 > \"$d/receive\" || exit 1; %6mkdir -p \"${a%/*}\" || exit 1; "
                          "IFS= read -r k || exit 1; case $k in 'ssh-ed25519 '*) ;; *) echo 'not a one-time public key on stdin' >&2; exit 1 ;; esac; "
                          "x=$(date -u -d '+3 hours' +%Y%m%d%H%M 2>/dev/null) && x=\",expiry-time=\\\"$x\\\"\" || x=; "
                          "n=$(mktemp \"$a.XXXXXX\") || exit 1; "
                          "{ if [ -f \"$a\" ]; then grep -vF \" $k %7\" \"$a\"; fi; printf 'from=\"%s\",restrict,command=\"%s\"%s %s %7\\n' %8 %9 \"$x\" \"$k\"; } > \"$n\" "
                          "&& chmod 600 \"$n\" && mv -f \"$n\" \"$a\" || { rm -f \"$n\"; exit 1; }")
        .arg(q(dir), package, sha, node.hostname, receiverLines(node, options), authorizedKeysFile(), PackageRelayPlan::keyComment(),
             q(relay.privateIp), q(forced));
}

// Runs on the relay while its own copy arrives: it sends on, over one connection per node,
// what the installer's upload has recorded in a row ("index hash offset length" in
// <package>.agilesec-part.done), then the rest once the upload has renamed the file into place.
QString sendCommand(const Node &node, const Node &relay, const PlanOptions &options)
{
    const auto [host, port] = PackageRelayPlan::addressFor(node, options);
    const QString to = QStringLiteral("%1 at %2:%3").arg(node.hostname, host).arg(port);
    const QString user = node.sshUser.isEmpty() ? QString() : QStringLiteral("-l %1 ").arg(q(node.sshUser));
    const QString setup = QStringLiteral(
               "set -u; umask 077; d=%1; mkdir -p \"$d\" && chmod 700 \"$d\" || exit 70; p=%2; q=\"$p.agilesec-part\"; g=\"$q.done\"; z=%3; "
               "ready() { if [ -f \"$p\" ]; then echo \"$z\"; elif [ -f \"$g\" ]; then sort -n -k3 \"$g\" | awk -v o=0 '$3 == o { o += $4 } END { print o }'; else echo 0; fi; }; "
               "if [ ! -f \"$p\" ] && [ ! -f \"$q\" ] && ( %4 ); then echo \"%5 holds no package to send (it has its installer): the installer uploads it to %6 itself\"; exit 0; fi; "
               "k=$(mktemp \"$d/key.XXXXXX\") || exit 70; trap 'rm -f \"$k\" \"$k.hosts\" \"$k.err\" \"$k.stalled\"' EXIT; "
               "IFS= read -r pin && printf '%s\\n' \"$pin\" > \"$k.hosts\" && cat > \"$k\" || exit 70; ")
        .arg(q(relayDir(relay, options)), q(InstallPlanBuilder::packagePath(relay, options)), QString::number(QFileInfo(options.installerPackage).size()),
             InstallPlanBuilder::packageUnpacked(relay, options), relay.hostname, q(node.hostname));
    // AES-GCM first: with the CPU's AES instructions it costs a quarter less than OpenSSH's default
    // ChaCha20-Poly1305 on a stream of gigabytes (measured on the lab: 6 x 256 MiB, 7.3 s against 9.5 s).
    const QString connect = QStringLiteral(
               "r() { ssh -F /dev/null -i \"$k\" -o IdentitiesOnly=yes -o IdentityAgent=none -o BatchMode=yes -o StrictHostKeyChecking=yes "
               "-o UserKnownHostsFile=\"$k.hosts\" -o GlobalKnownHostsFile=/dev/null -o HostKeyAlias=%1 -o ConnectTimeout=5 "
               "-o ServerAliveInterval=5 -o ServerAliveCountMax=3 -o BindAddress=%2 "
               "-o Ciphers=aes128-gcm@openssh.com,aes256-gcm@openssh.com,chacha20-poly1305@openssh.com,aes128-ctr,aes256-ctr -p %3 %4%5 \"$@\"; }; "
               "if ! n=$(r size 2> \"$k.err\"); then "
               "if grep -q 'Host key verification failed' \"$k.err\"; then tr -d '\\r' < \"$k.err\" >&2; "
               "echo \"refused: %6 answered with a host key other than the one pinned for %1; nothing was sent\" >&2; exit 76; fi; "
               "echo \"%7 cannot reach %6 ($(tr -d '\\r' < \"$k.err\" | tail -n 1)): the installer uploads the package to %1 itself\"; exit 0; fi; "
               "case $n in ''|*[!0-9]*) echo \"%1 answered the relay with '$n': the installer uploads the package itself\"; exit 0 ;; esac; "
               "[ \"$n\" -gt 0 ] && echo \"%1 holds $n bytes already: sending the rest\"; ")
        .arg(q(node.hostname), q(relay.privateIp), QString::number(port), user, q(host), to, relay.hostname);
    // One stream per node: follow writes what has arrived beyond byte n, waits for more, and ends
    // with the file's last byte (or after 3 minutes without growth, marking it).
    const QString send = QStringLiteral(
               "follow() { s=$n; w=0; while :; do a=$(ready); "
               "if [ -f \"$p\" ]; then tail -c +$((s + 1)) \"$p\"; return; fi; "
               "if [ \"$a\" -gt \"$s\" ] && dd if=\"$q\" bs=1M iflag=skip_bytes,count_bytes skip=\"$s\" count=$((a - s)) status=none; then s=$a; w=0; continue; fi; "
               "w=$((w + 1)); [ $w -lt 900 ] || { : > \"$k.stalled\"; return; }; sleep 0.2; done; }; "
               "i=1; while :; do follow | r \"append $n\" > /dev/null; s=$?; [ $s -eq 0 ] && exit 0; "
               "[ -f \"$k.stalled\" ] && { echo \"%1's copy has not grown for 3 minutes: the installer uploads the package to %2 itself\"; exit 0; }; "
               "[ $s -eq 3 ] || [ $s -eq 4 ] || [ $s -eq 5 ] || [ $s -eq 255 ] || exit $s; i=$((i + 1)); "
               "[ $i -le 3 ] || { echo '%2 did not take a verified copy in 3 attempts' >&2; exit 1; }; echo \"sending to %2 again (attempt $i of 3)\"; "
               "n=$(r size) || n=0; case $n in ''|*[!0-9]*) n=0 ;; esac; done")
        .arg(relay.hostname, q(node.hostname));
    return setup + connect + send;
}

QString revokeCommand(const Node &node, const PlanOptions &options)
{
    const QString package = q(InstallPlanBuilder::packagePath(node, options));
    return QStringLiteral("%1if [ -f \"$a\" ] && grep -q ' %2$' \"$a\"; then n=$(mktemp \"$a.XXXXXX\") || exit 1; "
                          "{ grep -v ' %2$' \"$a\" > \"$n\" || [ $? -eq 1 ]; } && chmod 600 \"$n\" && mv -f \"$n\" \"$a\" || { rm -f \"$n\"; exit 1; }; "
                          "echo 'removed the one-time relay key'; fi; rm -rf %3; if [ -f %4 ]; then rm -f %4.part; fi")
        .arg(authorizedKeysFile(), PackageRelayPlan::keyComment(), q(relayDir(node, options)), package);
}
} // namespace

const Node *PackageRelayPlan::relayFor(const Cluster &cluster, const PlanOptions &options)
{
    if (options.installerPackage.isEmpty() || options.installerPackageSha256.isEmpty() || options.relayNode == QLatin1String("none")
        || cluster.nodes.size() < 2)
        return nullptr;
    if (options.relayNode.isEmpty())
        return cluster.primaryBackend();
    const auto it = std::find_if(cluster.nodes.begin(), cluster.nodes.end(), [&](const Node &n) { return n.hostname == options.relayNode; });
    return it == cluster.nodes.end() ? nullptr : &*it;
}

QPair<QString, int> PackageRelayPlan::addressFor(const Node &node, const PlanOptions &options)
{
    const QString given = options.relayAddresses.value(node.hostname);
    if (given.isEmpty())
        return {node.privateIp, node.sshPort};
    if (given.startsWith(QLatin1Char('['))) {
        const int close = int(given.indexOf(QLatin1Char(']')));
        const QString rest = given.mid(close + 1);
        return {given.mid(1, close - 1), rest.startsWith(QLatin1Char(':')) ? rest.mid(1).toInt() : 22};
    }
    if (given.count(QLatin1Char(':')) == 1)
        return {given.section(QLatin1Char(':'), 0, 0), given.section(QLatin1Char(':'), 1).toInt()};
    return {given, 22};
}

QStringList PackageRelayPlan::receiverScript(const Node &node, const PlanOptions &options)
{
    const qint64 size = QFileInfo(options.installerPackage).size();
    return {
        QStringLiteral("# agilesec-installer: all that this run's one-time relay key may do on %1").arg(node.hostname),
        QStringLiteral("set -u; umask 022"),
        QStringLiteral("H=%1; t=%2; f=\"$t.part\"; e=%3; z=%4")
            .arg(q(node.hostname), q(InstallPlanBuilder::packagePath(node, options)), options.installerPackageSha256.toLower(), QString::number(size)),
        QStringLiteral("have() { if [ -f \"$f\" ]; then wc -c < \"$f\" | tr -d ' '; else echo 0; fi; }"),
        QStringLiteral("if command -v openssl > /dev/null 2>&1; then hash() { openssl dgst -sha256 -r; }; else hash() { sha256sum; }; fi"),
        QStringLiteral("case \"${SSH_ORIGINAL_COMMAND:-}\" in"),
        QStringLiteral("size) have ;;"),
        QStringLiteral("'append '*)"),
        QStringLiteral("  o=${SSH_ORIGINAL_COMMAND#append }"),
        QStringLiteral("  case $o in ''|*[!0-9]*) echo \"refused: not an offset: $o\" >&2; exit 2 ;; esac"),
        QStringLiteral("  n=$(have)"),
        QStringLiteral("  [ \"$n\" = \"$o\" ] || { echo \"refused: $H holds $n bytes, not $o\" >&2; exit 3; }"),
        QStringLiteral("  ( while sleep 2 > /dev/null 2>&1; do echo \"[$(( $(have) / 1048576 ))/$(( z / 1048576 ))] MiB received by $H\"; done ) >&2 &"),
        QStringLiteral("  p=$!"),
        QStringLiteral("  cat >> \"$f\""),
        QStringLiteral("  kill \"$p\" 2> /dev/null"),
        QStringLiteral("  n=$(have)"),
        QStringLiteral("  if [ \"$n\" -lt \"$z\" ]; then echo \"$n\"; exit 5; fi"),
        QStringLiteral("  h=$(hash < \"$f\")"),
        QStringLiteral("  h=${h%% *}"),
        QStringLiteral("  if [ \"$n\" != \"$z\" ] || [ \"$h\" != \"$e\" ]; then rm -f \"$f\"; echo \"refused by $H: $n bytes with SHA-256 $h, the installer computed $e for $z bytes\" >&2; exit 4; fi"),
        QStringLiteral("  mv -f \"$f\" \"$t\" && printf '%s %s\\n' \"$e\" \"$(stat -c '%s %Y' \"$t\")\" > \"$t.verified\" && echo \"$H verified SHA-256 $e\" >&2 ;;"),
        QStringLiteral("*) echo \"refused: this key may only send the installer package to $H\" >&2; exit 1 ;;"),
        QStringLiteral("esac # the relay receiver ends here"),
    };
}

void PackageRelayPlan::apply(const Cluster &cluster, const PlanOptions &options, InstallPlan *plan)
{
    const Node *relay = relayFor(cluster, options);
    if (!relay)
        return;
    QList<PlanPhase> rest = plan->phases;
    plan->phases.clear();

    // The relay's own upload is the preparation's, taken out of it.
    PlanNode source = InstallPlanBuilder::planNodeFor(*relay);
    QHash<QString, PlanStep> uploads;
    for (PlanPhase &phase : rest) {
        for (PlanNode &node : phase.nodes) {
            for (qsizetype i = node.steps.size() - 1; i >= 0; --i) {
                if (!node.steps[i].id.endsWith(QLatin1String("/upload-package")))
                    continue;
                const PlanStep upload = node.steps.takeAt(i);
                uploads.insert(node.hostname, upload);
                if (node.hostname == relay->hostname) {
                    source.steps << upload;
                    source.steps.last().chunkBytes = qint64(8) << 20;
                }
            }
            if (node.hostname == relay->hostname && phase.kind == PlanPhase::Kind::Prepare)
                node.steps.prepend(InstallPlanBuilder::step(*relay, QStringLiteral("relay-forget"), QStringLiteral("Remove what the package relay left on the relay node"),
                                                            PlanStep::Kind::Run, QStringLiteral("rm -rf %1").arg(q(relayDir(*relay, options)))));
        }
    }
    QList<PlanNode> receivers;
    for (const Node &node : cluster.nodes) {
        if (node.hostname == relay->hostname || !uploads.contains(node.hostname))
            continue;
        const QString unpacked = InstallPlanBuilder::packageUnpacked(node, options);
        PlanNode receiver = InstallPlanBuilder::planNodeFor(node);
        PlanStep authorize = relayStep(node, QStringLiteral("relay-authorize"),
                                       QString::fromUtf8(PlanWords::kRelayAuthorize).arg(relay->hostname),
                                       authorizeCommand(node, *relay, options));
        authorize.input = PlanStep::Input::RelayPublicKey;
        authorize.skipWhen = QStringLiteral("%1 || %2").arg(unpacked, matchingCopy(node, options));
        PlanStep send = relayStep(node, QStringLiteral("relay-package"), QString::fromUtf8(PlanWords::kRelaySend).arg(relay->hostname, node.hostname),
                                  sendCommand(node, *relay, options));
        send.runsOn = relay->hostname;
        send.input = PlanStep::Input::RelayPrivateKey;
        send.skipWhen = QStringLiteral("%1 || %2").arg(unpacked, verifiedCopy(node, options));
        // The installer's own upload, as without a relay: for a node the relay could not reach.
        PlanStep direct = uploads.value(node.hostname);
        direct.title = QString::fromUtf8(PlanWords::kRelayFallback).arg(relay->hostname);
        direct.skipWhen = send.skipWhen;
        direct.perRun = true;
        PlanStep revoke = relayStep(node, QStringLiteral("relay-revoke"), QString::fromUtf8(QT_TRANSLATE_NOOP("InstallPlan", "Remove the one-time relay key from the node")), revokeCommand(node, options));
        revoke.cleanup = true;
        receiver.steps << authorize << send << direct << revoke;
        receivers << receiver;
    }
    // One phase: the relay sends on what has arrived while the rest is still on its way, so the
    // whole fan-out takes about as long as the one upload across the installer's link.
    QList<PlanNode> nodes{source};
    nodes << receivers;
    plan->addPhase(PlanPhase::Kind::PackageRelay,
                   QString::fromUtf8(PlanWords::kRelayPhase)
                       .arg(relay->hostname)
                       .arg(std::max(1, options.relayParallel)),
                   QString::fromUtf8(QT_TRANSLATE_NOOP("InstallPlan", "every node holds the package with the installer's SHA-256, and no node holds the one-time key")), nodes);
    plan->phases.last().maxParallel = std::max(1, options.relayParallel) + 1; // the relay's own upload besides
    for (PlanPhase &phase : rest) {
        phase.index = int(plan->phases.size());
        plan->phases << phase;
    }
}
