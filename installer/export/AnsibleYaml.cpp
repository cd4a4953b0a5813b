#include "export/AnsibleYaml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

QString AnsibleYaml::quoted(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{QJsonValue(text)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString AnsibleYaml::name(const QString &text)
{
    QString n = text.simplified();
    // Names are templated by Ansible: a host name or title can never open a template.
    n.replace(QLatin1String("{"), QLatin1String("(")).replace(QLatin1String("}"), QLatin1String(")"));
    if (!n.isEmpty())
        n[0] = n[0].toUpper();
    return quoted(n);
}
