#include "export/RunbookRenderer.h"

#include "core/ProfileCatalog.h"
#include "util/ShellQuote.h"

namespace {
struct NodePart {
    int phase = 0;
    PlanPhase::Kind kind = PlanPhase::Kind::Prepare;
    QString phaseTitle;
    QList<PlanStep> steps;
};

struct NodeRunbook {
    QString hostname;
    QString address;
    Profile profile = Profile::FullBackend;
    QList<NodePart> parts; // prepare first, then the node's install phase
};

QList<NodeRunbook> byNode(const InstallPlan &plan)
{
    QList<NodeRunbook> nodes;
    for (const PlanPhase &phase : plan.phases) {
        for (const PlanNode &n : phase.nodes) {
            auto it = std::find_if(nodes.begin(), nodes.end(), [&](const NodeRunbook &r) { return r.hostname == n.hostname; });
            if (it == nodes.end()) {
                nodes << NodeRunbook{n.hostname, n.address, n.profile, {}};
                it = nodes.end() - 1;
            }
            it->parts << NodePart{phase.index, phase.kind, phase.title, n.steps};
        }
    }
    return nodes;
}

QString partName(PlanPhase::Kind kind)
{
    if (kind == PlanPhase::Kind::PackageRelay)
        return QStringLiteral("package");
    return kind == PlanPhase::Kind::Prepare ? QStringLiteral("prepare") : QStringLiteral("install");
}

QString partName(const NodePart &part)
{
    return partName(part.kind);
}

QString htmlEscape(QString s)
{
    return s.replace(QLatin1Char('&'), QStringLiteral("&amp;")).replace(QLatin1Char('<'), QStringLiteral("&lt;")).replace(QLatin1Char('>'), QStringLiteral("&gt;"));
}

// A heredoc delimiter that the text does not contain.
QString delimiterFor(const QString &text)
{
    QString d = QStringLiteral("AGILESEC_CMD");
    while (text.contains(d))
        d += QLatin1Char('_');
    return d;
}

// The shell code that does one step by hand on the node, exactly as the executor would.
QString scriptStep(const PlanStep &step, int number, int total, const RunbookRenderer::Context &context)
{
    QString out;
    out += QStringLiteral("  say %1 %2 %3\n").arg(number).arg(total).arg(ShellQuote::quote(step.title));
    if (step.viaRelay)
        return out + QStringLiteral("  echo '    done by the installer relay; by hand, the package is copied from the bundle (upload-package)'\n");
    QString command = step.command;
    if (step.kind == PlanStep::Kind::Upload) {
        const QString source = QStringLiteral("\"$BUNDLE\"/") + ShellQuote::quote(RunbookRenderer::bundlePathFor(step, context));
        const QString dir = step.remotePath.left(step.remotePath.lastIndexOf(QLatin1Char('/')));
        command = QStringLiteral("mkdir -p %1 && cp %2 %3").arg(ShellQuote::quote(dir), source, ShellQuote::quote(step.remotePath));
    }
    const QString delimiter = delimiterFor(command + step.skipWhen);
    out += QStringLiteral("  cat <<'%1'\n    $ %2\n%1\n").arg(delimiter, command);
    QString run = QStringLiteral("( %1 )").arg(command);
    if (step.input == PlanStep::Input::AdminPassword)
        run = QStringLiteral("printf '%s\\n' \"$(admin_password)\" | ( %1 )").arg(command);
    QStringList lines;
    if (!step.expectedServices.isEmpty()) {
        lines << QStringLiteral("out=$( %1 ) || fail %2").arg(run, ShellQuote::quote(step.title))
              << QStringLiteral("printf '%s\\n' \"$out\"")
              << QStringLiteral("printf '%s\\n' \"$out\" | expect_services %1 || fail %2")
                     .arg(ShellQuote::quote(step.expectedServices.join(QLatin1Char(' '))), ShellQuote::quote(step.title));
    } else {
        lines << QStringLiteral("%1 || fail %2").arg(run, ShellQuote::quote(step.title));
    }
    // Inside the skip test the step's lines sit one level deeper.
    const QString indent = step.skipWhen.isEmpty() ? QStringLiteral("  ") : QStringLiteral("    ");
    QString body;
    for (const QString &line : std::as_const(lines))
        body += indent + line + QLatin1Char('\n');
    if (!step.skipWhen.isEmpty())
        out += QStringLiteral("  if ( %1 ) >/dev/null 2>&1; then\n    echo '    already done on this node; skipped'\n  else\n%2  fi\n").arg(step.skipWhen, body);
    else
        out += body;
    return out;
}

QString script(const NodeRunbook &node, const RunbookRenderer::Context &context)
{
    QString s;
    s += QStringLiteral("#!/usr/bin/env bash\n"
                        "# %1: the steps agilesec-installer %2 runs on %3 (%4), generated %5 from the same\n"
                        "# install plan. Run it ON %3 from the unpacked bundle, in the order CHECKLIST.md gives:\n")
             .arg(RunbookRenderer::scriptName(node.hostname), context.appVersion, node.hostname, ProfileCatalog::name(node.profile), context.createdUtc);
    for (const NodePart &part : node.parts)
        s += QStringLiteral("#   ./scripts/%1 %2   # phase %3: %4\n").arg(RunbookRenderer::scriptName(node.hostname), partName(part)).arg(part.phase).arg(part.phaseTitle);
    s += QStringLiteral("# Without an argument it runs them all in order. Steps already done are skipped where the\n"
                        "# plan can tell, so a re-run is safe. The admin password is read from the file named by\n"
                        "# AGILESEC_ADMIN_PASSWORD_FILE, else asked for (not echoed); it is never written anywhere but .pass.\n"
                        "set -euo pipefail\n"
                        "BUNDLE=$(cd \"$(dirname \"${BASH_SOURCE[0]}\")/..\" && pwd)\n"
                        "say() { printf '\\n==> [%s/%s] %s\\n' \"$1\" \"$2\" \"$3\"; }\n"
                        "fail() { printf '\\nFAILED: %s on %s. Fix the cause and run this script again; finished steps are skipped.\\n' \"$1\" \"$(hostname)\" >&2; exit 1; }\n"
                        "ADMIN_PASSWORD=\n"
                        "admin_password() {\n"
                        "  if [ -z \"$ADMIN_PASSWORD\" ]; then\n"
                        "    if [ -n \"${AGILESEC_ADMIN_PASSWORD_FILE:-}\" ]; then ADMIN_PASSWORD=$(head -n 1 \"$AGILESEC_ADMIN_PASSWORD_FILE\")\n"
                        "    else read -rsp 'AgileSec admin password: ' ADMIN_PASSWORD </dev/tty; echo >&2; fi\n"
                        "  fi\n"
                        "  [ -n \"$ADMIN_PASSWORD\" ] || { echo 'the admin password is empty' >&2; exit 1; }\n"
                        "  printf '%s' \"$ADMIN_PASSWORD\"\n"
                        "}\n"
                        "# Reads manage.sh status on stdin; fails unless every named service is Running.\n"
                        "expect_services() {\n"
                        "  awk -v want=\"$1\" 'BEGIN { n = split(want, w, \" \") } { s[$1] = $NF }\n"
                        "    END { bad = 0; for (i = 1; i <= n; i++) if (s[w[i]] != \"Running\") { print \"  expected Running: \" w[i] \" (\" (w[i] in s ? s[w[i]] : \"missing\") \")\" > \"/dev/stderr\"; bad = 1 } exit bad }'\n"
                        "}\n");
    for (const NodePart &part : node.parts) {
        s += QStringLiteral("\nphase_%1() {\n  echo '### %2 (phase %3): %4'\n").arg(partName(part), node.hostname).arg(part.phase).arg(part.phaseTitle);
        if (std::any_of(part.steps.begin(), part.steps.end(), [](const PlanStep &st) { return st.input == PlanStep::Input::AdminPassword; }))
            s += QStringLiteral("  admin_password >/dev/null # asked once, up front, in this shell\n");
        int n = 0;
        for (const PlanStep &step : part.steps)
            s += scriptStep(step, ++n, int(part.steps.size()), context);
        s += QStringLiteral("  echo\n  echo '%1 of %2: done'\n}\n").arg(partName(part), node.hostname);
    }
    QStringList names;
    for (const NodePart &part : node.parts)
        names << partName(part);
    s += QStringLiteral("\ncase \"${1:-all}\" in\n");
    QStringList calls;
    for (const QString &name : names) {
        s += QStringLiteral("  %1) phase_%1 ;;\n").arg(name);
        calls << QStringLiteral("phase_") + name;
    }
    s += QStringLiteral("  all) %1 ;;\n  *) echo \"usage: $0 [%2|all]\" >&2; exit 2 ;;\nesac\n").arg(calls.join(QStringLiteral("; ")), names.join(QLatin1Char('|')));
    return s;
}

QString markdown(const NodeRunbook &node, const RunbookRenderer::Context &context)
{
    QString m;
    m += QStringLiteral("# Runbook: %1\n\n%2, SSH address %3. Generated by agilesec-installer %4 on %5 from the install plan; "
                        "`scripts/%6` runs exactly these steps.\n")
             .arg(node.hostname, ProfileCatalog::name(node.profile), node.address, context.appVersion, context.createdUtc, RunbookRenderer::scriptName(node.hostname));
    for (const NodePart &part : node.parts) {
        m += QStringLiteral("\n## Phase %1: %2\n\n").arg(part.phase).arg(part.phaseTitle);
        if (part.phase > 0)
            m += QStringLiteral("Start only when CHECKLIST.md says phase %1 may start.\n\n").arg(part.phase);
        int n = 0;
        for (const PlanStep &step : part.steps) {
            m += QStringLiteral("%1. **%2**\n\n").arg(++n).arg(step.title);
            if (!step.runsOn.isEmpty())
                m += QStringLiteral("   On %1 (the relay):\n\n").arg(step.runsOn);
            if (step.kind == PlanStep::Kind::Upload)
                m += QStringLiteral("   Copy %1 from the bundle to %2 on the node (from a workstation: %3).\n\n")
                         .arg(RunbookRenderer::inlineCode(RunbookRenderer::bundlePathFor(step, context)), RunbookRenderer::inlineCode(step.remotePath),
                              RunbookRenderer::inlineCode(step.command));
            else
                m += QStringLiteral("   ```sh\n   %1\n   ```\n\n").arg(step.command);
            if (step.input == PlanStep::Input::AdminPassword)
                m += QStringLiteral("   Type the platform's admin password on the command's input (it is read with `read`, not shown).\n\n");
            else if (step.input != PlanStep::Input::None)
                m += QStringLiteral("   The installer writes %1 on the command's input.\n\n").arg(PlanStep::inputDescription(step.input));
            if (!step.skipWhen.isEmpty())
                m += QStringLiteral("   Skip this step when this succeeds: %1\n\n").arg(RunbookRenderer::inlineCode(step.skipWhen));
            if (!step.expectation.isEmpty())
                m += QStringLiteral("   Expect: %1\n\n").arg(step.expectation);
        }
    }
    return m;
}

QString html(const NodeRunbook &node, const RunbookRenderer::Context &context)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Runbook: %1</title>\n"
                        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
                        "pre{background:#f4f4f4;padding:.6em;white-space:pre-wrap;word-break:break-all;border:1px solid #ddd}"
                        "li{margin-bottom:1em;page-break-inside:avoid}h2{page-break-after:avoid;border-bottom:1px solid #999}"
                        ".done{display:inline-block;width:1em;height:1em;border:1px solid #333;margin-right:.5em;vertical-align:middle}"
                        "@media print{body{margin:0;max-width:none}pre{border:1px solid #999}}</style></head><body>\n")
             .arg(htmlEscape(node.hostname));
    h += QStringLiteral("<h1>Runbook: %1</h1>\n<p>%2, SSH address %3. Generated by agilesec-installer %4 on %5 from the install plan; "
                        "<code>scripts/%6</code> runs exactly these steps.</p>\n")
             .arg(htmlEscape(node.hostname), ProfileCatalog::name(node.profile), htmlEscape(node.address), htmlEscape(context.appVersion),
                  htmlEscape(context.createdUtc), htmlEscape(RunbookRenderer::scriptName(node.hostname)));
    for (const NodePart &part : node.parts) {
        h += QStringLiteral("<h2>Phase %1: %2</h2>\n<ol>\n").arg(part.phase).arg(htmlEscape(part.phaseTitle));
        for (const PlanStep &step : part.steps) {
            h += QStringLiteral("<li><span class=\"done\"></span><strong>%1</strong>\n").arg(htmlEscape(step.title));
            if (!step.runsOn.isEmpty())
                h += QStringLiteral("<p>On %1 (the relay):</p>\n").arg(htmlEscape(step.runsOn));
            if (step.kind == PlanStep::Kind::Upload)
                h += QStringLiteral("<p>Copy <code>%1</code> from the bundle to <code>%2</code>.</p>\n")
                         .arg(htmlEscape(RunbookRenderer::bundlePathFor(step, context)), htmlEscape(step.remotePath));
            h += QStringLiteral("<pre>%1</pre>\n").arg(htmlEscape(step.command));
            if (step.input == PlanStep::Input::AdminPassword)
                h += QStringLiteral("<p>Type the admin password on the command's input.</p>\n");
            if (!step.skipWhen.isEmpty())
                h += QStringLiteral("<p>Skip when this succeeds: <code>%1</code></p>\n").arg(htmlEscape(step.skipWhen));
            if (!step.expectation.isEmpty())
                h += QStringLiteral("<p>Expect: %1</p>\n").arg(htmlEscape(step.expectation));
            h += QStringLiteral("</li>\n");
        }
        h += QStringLiteral("</ol>\n");
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

QString checklist(const InstallPlan &plan, const RunbookRenderer::Context &context)
{
    QString c;
    c += QStringLiteral("# Install checklist\n\nGenerated by agilesec-installer %1 on %2. %3 nodes, %4 phases. Unpack this bundle on "
                        "every node (the same folder on each), then go phase by phase; a phase starts only when every node of "
                        "the previous one is done. `sha256sum -c SHA256SUMS` first checks the bundle arrived intact.\n")
             .arg(context.appVersion, context.createdUtc)
             .arg(plan.nodeCount())
             .arg(plan.phases.size());
    for (const PlanPhase &phase : plan.phases) {
        c += QStringLiteral("\n## Phase %1: %2\n\n").arg(phase.index).arg(phase.title);
        for (const PlanNode &node : phase.nodes)
            c += QStringLiteral("- [ ] on **%1** (%2): `./scripts/%3 %4` (runbooks/%1.md)\n")
                     .arg(node.hostname, ProfileCatalog::name(node.profile), RunbookRenderer::scriptName(node.hostname),
                          partName(phase.kind));
        c += QStringLiteral("\nBefore the next phase: %1.\n").arg(phase.waitFor);
    }
    return c;
}
} // namespace

QString RunbookRenderer::inlineCode(const QString &text)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, QLatin1Char('`'));
    const bool pad = longest > 0 || text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    const QString space = pad ? QStringLiteral(" ") : QString();
    return fence + space + text + space + fence;
}

QString RunbookRenderer::bundlePathFor(const PlanStep &step, const Context &context)
{
    if (step.id.endsWith(QLatin1String("/upload-package")))
        return context.packageInBundle;
    return step.localPath;
}

QList<RenderedFile> RunbookRenderer::render(const InstallPlan &plan, const Context &context)
{
    QList<RenderedFile> files;
    for (const NodeRunbook &node : byNode(plan)) {
        files << RenderedFile{QStringLiteral("runbooks/%1.md").arg(node.hostname), markdown(node, context).toUtf8(), 0644};
        files << RenderedFile{QStringLiteral("runbooks/%1.html").arg(node.hostname), html(node, context).toUtf8(), 0644};
        files << RenderedFile{QStringLiteral("scripts/") + scriptName(node.hostname), script(node, context).toUtf8(), 0755};
    }
    files << RenderedFile{QStringLiteral("CHECKLIST.md"), checklist(plan, context).toUtf8(), 0644};
    return files;
}
