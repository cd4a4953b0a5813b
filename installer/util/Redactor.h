#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Replaces every known secret in text with a mask before it is logged or shown, in case a
// script echoes one (the installer's own output is not under our control).
class Redactor
{
public:
    static inline const QString kMask = QStringLiteral("********");

    void addSecret(const QByteArray &secret);
    QString redact(QString text) const;

private:
    QList<QString> m_secrets;
};
