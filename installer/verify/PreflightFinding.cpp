#include "verify/PreflightFinding.h"

QString PreflightFinding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Ok: return QStringLiteral("ok");
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return {};
}

QJsonObject PreflightFinding::toJson() const
{
    QJsonObject o{{QStringLiteral("node"), node}, {QStringLiteral("check"), check}, {QStringLiteral("severity"), severityName(severity)},
                  {QStringLiteral("detail"), detail}};
    if (!hint.isEmpty())
        o.insert(QStringLiteral("hint"), hint);
    return o;
}
