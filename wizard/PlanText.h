#pragma once

#include <QString>

// The install plan's titles in the user's language. The plan stays English (it is also the
// dry run, the runbooks and the playbook); its words are marked in context "InstallPlan"
// (plan/PlanWords.h), and a title formatted with arguments ("Install the primary full
// backend services") is recognised by its template and translated with the same arguments.
class PlanText
{
public:
    static QString translated(const QString &english);
};
