#pragma once

#include "pki/KeyType.h"

#include <QString>
#include <QStringList>
#include <optional>

// Names and properties of the key types.
class KeyTypes
{
public:
    static constexpr KeyType kDefault = KeyType::Rsa2048;
    static QString name(KeyType type); // "rsa2048", "p256", ...
    static std::optional<KeyType> fromName(const QString &name);
    static QStringList names();
    static bool isRsa(KeyType type);
};
