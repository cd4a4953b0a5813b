#include "util/Redactor.h"

void Redactor::addSecret(const QByteArray &secret)
{
    // Very short secrets would mask ordinary words; they are still never written by us.
    const QString s = QString::fromUtf8(secret);
    if (s.size() >= 4 && !m_secrets.contains(s))
        m_secrets << s;
}

QString Redactor::redact(QString text) const
{
    for (const QString &s : m_secrets)
        text.replace(s, kMask);
    return text;
}
