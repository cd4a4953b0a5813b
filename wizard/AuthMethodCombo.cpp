#include "AuthMethodCombo.h"

AuthMethodCombo::AuthMethodCombo(const QString &objectName, QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(objectName);
    addItem(tr("SSH agent"), QStringLiteral("agent"));
    addItem(tr("Key file (with passphrase)"), QStringLiteral("key"));
    addItem(tr("Password"), QStringLiteral("password"));
    addItem(tr("Keyboard-interactive"), QStringLiteral("keyboard-interactive"));
}

void AuthMethodCombo::setMethod(const QString &method)
{
    const int index = findData(method);
    if (index >= 0)
        setCurrentIndex(index);
}
