#include "ssh/DetachedStep.h"

#include "util/ShellQuote.h"

#include <QRegularExpression>

namespace {
const QLatin1String markerPrefix("@@agilesec-step ");

// What every form of the script starts with after its values; each then says how it ends
// (finish): the executor's form always exits 0 (its markers say how the step went), the
// standalone form with the command's status.
const char *common = "U=$(umask); umask 077; P=@@agilesec-step\nnap() { sleep \"$1\" 2>/dev/null || sleep 1; }\n";

// The node's view of the step: none, running, done (an exit status is there) or lost (its
// runner is gone without one: killed, or the node rebooted). A pid counts only on the boot
// that wrote it, so a reused pid after a reboot is not taken for the step.
const char *stateFunction = R"sh(state() {
  [ -d "$D" ] || { echo 'none'; return; }
  [ -f "$D/status" ] && { echo 'done'; return; }
  if [ -f "$D/pid" ]; then
    read -r p b < "$D/pid"
    k=$(cat /proc/sys/kernel/random/boot_id 2>/dev/null)
    if [ "$b" = "$k" ] && kill -0 "$p" 2>/dev/null; then echo running; else echo lost; fi
  elif [ $(( $(date +%s) - $(cat "$D/claimed" 2>/dev/null || echo 0) )) -lt 30 ]; then echo running
  else echo lost; fi
}
)sh";

// Decides: attach to a run of the same command, take over a finished one, or start anew (only
// after the step's skipWhen, when it has one, says the work is not there yet).
const char *decision = R"sh(s=$(state); same=0
[ "$(cat "$D/sha" 2>/dev/null)" = "$S" ] && same=1
[ -n "$R" ] && [ "$(cat "$D/run" 2>/dev/null)" = "$R" ] || O=0
if [ "$s" = running ] && [ $same = 0 ]; then echo "$P busy another command runs as this step on the node (pid $(cut -d' ' -f1 "$D/pid" 2>/dev/null))" >&2; finish 75; fi
go=1
case $s in
  running) go=0; echo "$P attached $(cut -d' ' -f1 "$D/pid" 2>/dev/null)" >&2 ;;
  done) if [ $same = 1 ] && { [ "$(cat "$D/status")" = 0 ] || [ "$M" = resume ]; }; then
          go=0; [ "$M" = start ] && O=$(($(wc -c < "$D/log")))
          echo "$P adopted $(cat "$D/status")" >&2
        fi ;;
  lost) [ $same = 1 ] && echo "$P restarted pid $(cut -d' ' -f1 "$D/pid" 2>/dev/null) ended without an exit status" >&2 ;;
esac
)sh";

// The runner, in its own session: its pid first (the launcher waits for it), then the secret
// from the FIFO as stdin, the command's output to the log, and its status by rename. The
// command gets the login's umask back: only the step's own files are private.
const char *runner = R"sh(# shellcheck disable=SC2016 # W is a script of its own: it expands where it runs
W='D=$1; umask "$2"; echo "$$ $(cat /proc/sys/kernel/random/boot_id 2>/dev/null)" > "$D/pid.new" && mv -f "$D/pid.new" "$D/pid"
if [ -p "$D/in" ]; then exec < "$D/in"; fi
"${SHELL:-/bin/sh}" "$D/cmd" >> "$D/log" 2>&1; s=$?
printf "%s\n" "$s" > "$D/status.new" && mv -f "$D/status.new" "$D/status"'
)sh";

const char *start = R"sh(if [ $go = 1 ] && [ -n "$K" ] && (umask "$U"; "${SHELL:-/bin/sh}" -c "$K") > /dev/null 2>&1 < /dev/null; then
  echo "$P already" >&2; finish 0
fi
if [ $go = 1 ]; then
  if ! mkdir -p "${D%/*}" || ! chmod 700 "${D%/*}"; then echo "$P error cannot create ${D%/*}" >&2; finish 70; fi
  rm -rf "$D"
  mkdir "$D" || { echo "$P busy another start of this step is under way" >&2; finish 75; }
  R=$(date +%s).$$; O=0
  printf '%s\n' "$S" > "$D/sha"; printf '%s\n' "$R" > "$D/run"; date +%s > "$D/claimed"
  printf '%s\n' "$C" > "$D/cmd"; : > "$D/log"
  if [ "$I" = 1 ]; then mkfifo -m 600 "$D/in" || { echo "$P error cannot create a FIFO in $D" >&2; finish 70; }; fi
  if command -v setsid > /dev/null 2>&1; then setsid sh -c "$W" agilesec-step "$D" "$U" < /dev/null > /dev/null 2>&1 &
  else (trap '' HUP; exec sh -c "$W" agilesec-step "$D" "$U") < /dev/null > /dev/null 2>&1 & fi
  if [ "$I" = 1 ]; then cat > "$D/in"; rm -f "$D/in"; fi
  n=0; while [ ! -f "$D/pid" ] && [ $n -lt 1000 ]; do nap 0.01; n=$((n + 1)); done
  echo "$P started $(cut -d' ' -f1 "$D/pid" 2>/dev/null)" >&2
fi
echo "$P run $(cat "$D/run")" >&2
)sh";

// Follows the log from byte O. The status is looked at before the log's size, so once it is
// there every byte before it has been sent. The heartbeat proves the path is alive; when the
// connection is gone it dies on its next write, and the follower ends with it. It polls often
// at first (most steps are short) and four times a second after 2 s. Its sleep must
// not hold the channel's stderr, or the channel would stay open until that sleep ends.
const char *follower = R"sh([ -f "$D/log" ] || { echo "$P missing" >&2; finish 70; }
( while nap "$H" < /dev/null > /dev/null 2>&1; do beat; done ) & h=$!
trap 'kill "$h" 2>/dev/null' EXIT
n=0
while :; do
  f=0; [ -f "$D/status" ] && f=1
  z=$(($(wc -c < "$D/log")))
  if [ "$z" -gt "$O" ]; then tail -c +"$((O + 1))" "$D/log" | head -c "$((z - O))" || finish 1; O=$z; fi
  if [ $f = 1 ]; then echo "$P status $(cat "$D/status")" >&2; finish "$(cat "$D/status")"; fi
  kill -0 "$h" 2>/dev/null || finish 1
  if [ "$(state)" = lost ] && [ ! -f "$D/status" ]; then echo "$P lost" >&2; finish 1; fi
  n=$((n + 1)); if [ $n -lt 20 ]; then nap 0.01; elif [ $n -lt 60 ]; then nap 0.05; else nap 0.25; fi
done)sh";
} // namespace

QString DetachedStep::stateRootFor(const QString &installerDir)
{
    return installerDir + QStringLiteral("/.agilesec-steps");
}

QString DetachedStep::stateDir(const QString &stateRoot, const QString &stepId)
{
    QString slug = stepId;
    slug.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("."));
    return stateRoot + QLatin1Char('/') + slug;
}

QString DetachedStep::script(const Request &request)
{
    // Concatenated, not QString::arg: a value holding "%1" must stay as it is.
    const QString header = QStringLiteral("D=") + ShellQuote::quote(stateDir(request.stateRoot, request.stepId))
        + QStringLiteral("; M=") + (request.mode == Mode::Resume ? QStringLiteral("resume") : QStringLiteral("start"))
        + QStringLiteral("; R=") + ShellQuote::quote(request.runId) + QStringLiteral("; O=") + QString::number(std::max<qint64>(0, request.offset))
        + QStringLiteral("; H=") + QString::number(std::max(1, request.heartbeatSeconds)) + QStringLiteral("; S=") + ShellQuote::quote(request.commandSha)
        + QStringLiteral("; I=") + (request.withInput ? QStringLiteral("1") : QStringLiteral("0")) + QStringLiteral("; C=") + ShellQuote::quote(request.command)
        + QStringLiteral("; K=") + ShellQuote::quote(request.skipWhen)
        + QStringLiteral("\n") + QLatin1String(common) + QStringLiteral("finish() { exit 0; }\nbeat() { echo \"$P alive\" >&2; }\n");
    return header + QLatin1String(stateFunction) + QLatin1String(decision) + QLatin1String(runner) + QLatin1String(start)
        + QLatin1String(follower);
}

QString DetachedStep::standaloneScript()
{
    // The same decision, start and follower as script(), its values from the arguments instead
    // of spelt into the command, and the command's own exit status as the script's.
    return QStringLiteral("#!/bin/sh\n"
                          "# agilesec-step.sh STEP_DIR SHA SKIP_WHEN COMMAND [WITH_INPUT]: runs COMMAND detached on this node\n"
                          "# (its own session, output in STEP_DIR/log, exit status in STEP_DIR/status), attaches to a run of\n"
                          "# the same command still going, takes over one that exited 0, and otherwise starts it unless\n"
                          "# SKIP_WHEN says its work is there. Prints the output and exits with the command's status\n"
                          "# (75: another command runs as this step; 70: the step directory cannot be made).\n"
                          "# Written by agilesec-installer; the same script its own executor runs.\n"
                          "[ $# -ge 4 ] || { echo 'usage: agilesec-step.sh STEP_DIR SHA SKIP_WHEN COMMAND [1]' >&2; exit 64; }\n"
                          "D=$1; S=$2; K=$3; C=$4; I=${5:-0}; M=start; R=; O=0; H=2\n")
        + QLatin1String(common) + QStringLiteral("finish() { exit \"$1\"; }\nbeat() { :; }\n") + QLatin1String(stateFunction) + QLatin1String(decision)
        + QLatin1String(runner) + QLatin1String(start) + QLatin1String(follower) + QLatin1Char('\n');
}

QString DetachedStep::listScript(const QString &stateRoot)
{
    return QStringLiteral("R=") + ShellQuote::quote(stateRoot) + QLatin1Char('\n') + QLatin1String(stateFunction)
        + QStringLiteral(R"sh(for D in "$R"/*/; do
  [ -d "$D" ] || continue
  D=${D%/}; s=$(state); x=-1; f="$D/log"
  [ "$s" = done ] && { x=$(cat "$D/status"); f="$D/status"; }
  echo "@@step ${D##*/} $s $x $(stat -c %Y "$f" 2>/dev/null || echo 0)"
  if [ "$s" = lost ] || { [ "$s" = done ] && [ "$x" != 0 ]; }; then tail -n 3 "$D/log" | sed 's/^/@@line /'; fi
done
)sh");
}

QList<DetachedStep::Record> DetachedStep::parseList(const QByteArray &output)
{
    QList<Record> records;
    for (const QString &line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("@@line ")) && !records.isEmpty()) {
            records.last().lastLines << line.mid(7);
            continue;
        }
        const QStringList f = line.split(QLatin1Char(' '));
        if (f.size() != 5 || f[0] != QLatin1String("@@step"))
            continue;
        Record r;
        r.name = f[1];
        r.state = f[2];
        r.exitStatus = f[3].toInt();
        r.changedEpoch = f[4].toLongLong();
        records << r;
    }
    return records;
}

std::optional<DetachedStep::Marker> DetachedStep::marker(const QString &stderrLine)
{
    if (!stderrLine.startsWith(markerPrefix))
        return std::nullopt;
    const QString rest = stderrLine.mid(markerPrefix.size());
    const qsizetype space = rest.indexOf(QLatin1Char(' '));
    return Marker{space < 0 ? rest : rest.left(space), space < 0 ? QString() : rest.mid(space + 1).trimmed()};
}
