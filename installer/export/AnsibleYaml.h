#pragma once

#include <QString>
#include <QStringList>

// YAML scalars for the Ansible files. Every value that comes from the project, the config or the
// plan is written with unsafe(): a double-quoted scalar tagged !unsafe, which Ansible documents
// as never templated, so "{{ lookup('pipe', ...) }}" in a value stays text and reaches the node
// as it is. quoted() is for the export's own text (names, comments it writes itself).
class AnsibleYaml
{
public:
    // A double-quoted YAML scalar: JSON's escaping, which YAML 1.2 (and PyYAML) read as is.
    static QString quoted(const QString &text);
    static QString unsafe(const QString &text) { return QStringLiteral("!unsafe ") + quoted(text); }
    // A task or play name as ansible-lint wants it: one line, starting with a capital letter,
    // no template markers.
    static QString name(const QString &text);
};
