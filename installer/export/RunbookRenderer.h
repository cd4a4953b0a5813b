#pragma once

#include "plan/InstallPlan.h"
#include "util/RenderedFile.h"

#include <QList>
#include <QString>

// The install plan for people and machines without this app, rendered from the same plan
// object the executor runs (so they cannot diverge): per node a Markdown runbook, a printable
// HTML page and a script install-<hostname>.sh, plus CHECKLIST.md with the phases in order.
// The scripts run on the node, from the unpacked bundle; uploads become copies out of it.
class RunbookRenderer
{
public:
    struct Context {
        QString appVersion;
        QString createdUtc;   // ISO 8601
        QString packageInBundle; // the installer package's path inside the bundle, if any
    };

    static QList<RenderedFile> render(const InstallPlan &plan, const Context &context);
    // Where an upload step's file is inside the bundle.
    static QString bundlePathFor(const PlanStep &step, const Context &context);
    // text as a Markdown code span that shows it exactly (CommonMark): fenced with one backtick
    // more than its longest run of backticks, padded with a space when that is needed.
    static QString inlineCode(const QString &text);
    static QString scriptName(const QString &hostname) { return QStringLiteral("install-%1.sh").arg(hostname); }
};
