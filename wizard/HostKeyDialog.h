#pragma once

#include "verify/ConnectionCheck.h"

#include <QDialog>

// Shows a node's host key fingerprint for the user to compare with the node's own before
// accepting it. A changed key gets a warning that it may be an attack; rejecting is the default.
class HostKeyDialog : public QDialog
{
    Q_OBJECT
public:
    HostKeyDialog(const ConnectionCheck &check, QWidget *parent = nullptr);
};
