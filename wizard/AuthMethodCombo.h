#pragma once

#include <QComboBox>

// The SSH authentication methods the engine supports, as the Access and Import pages offer
// them; the item data is the project's auth value (agent, key, password, keyboard-interactive).
class AuthMethodCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit AuthMethodCombo(const QString &objectName, QWidget *parent = nullptr);
    QString method() const { return currentData().toString(); }
    void setMethod(const QString &method);
};
