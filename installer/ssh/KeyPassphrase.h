#pragma once

#include "ssh/SshCredentials.h"

#include <QString>

#include <cstddef>

// What libssh asks when a private key file is encrypted: the passphrase for one key file.
struct KeyPassphrase {
    const SshCredentials *credentials;
    QString path;
    bool asked = false; // set once libssh asked: the key is encrypted

    // ssh_auth_callback; userdata is a KeyPassphrase.
    static int callback(const char *prompt, char *buffer, size_t length, int echo, int verify, void *userdata);
};
