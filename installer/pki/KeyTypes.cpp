#include "pki/KeyTypes.h"

QString KeyTypes::name(KeyType type)
{
    switch (type) {
    case KeyType::Rsa2048: return QStringLiteral("rsa2048");
    case KeyType::Rsa3072: return QStringLiteral("rsa3072");
    case KeyType::Rsa4096: return QStringLiteral("rsa4096");
    case KeyType::P256: return QStringLiteral("p256");
    case KeyType::P384: return QStringLiteral("p384");
    }
    return {};
}

std::optional<KeyType> KeyTypes::fromName(const QString &name)
{
    for (KeyType t : {KeyType::Rsa2048, KeyType::Rsa3072, KeyType::Rsa4096, KeyType::P256, KeyType::P384}) {
        if (KeyTypes::name(t) == name)
            return t;
    }
    return std::nullopt;
}

QStringList KeyTypes::names()
{
    return {QStringLiteral("rsa2048"), QStringLiteral("rsa3072"), QStringLiteral("rsa4096"), QStringLiteral("p256"), QStringLiteral("p384")};
}

bool KeyTypes::isRsa(KeyType type)
{
    return type == KeyType::Rsa2048 || type == KeyType::Rsa3072 || type == KeyType::Rsa4096;
}
