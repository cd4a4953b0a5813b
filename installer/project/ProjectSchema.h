#pragma once

#include <QJsonObject>
#include <QStringList>

// The project file checked as strictly as the config, before any value is used: every key
// known (a misspelt one is an error, not a silent default), every value of the right type and
// form. Each problem is "$.json.path: what is wrong (expected what)". Ports are 1-65535, auth
// one of the four methods, node-side directories absolute, names and users free of spaces and
// shell syntax, pins real SHA-256 fingerprints, and no string holds a control character.
class ProjectSchema
{
public:
    static QStringList problems(const QJsonObject &root);
};
