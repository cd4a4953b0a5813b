#include "ssh/OneTimeKey.h"

#include <libssh/libssh.h>

OneTimeKey OneTimeKey::generate(QString *error)
{
    OneTimeKey key;
    ssh_key pair = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &pair) != SSH_OK || !pair) {
        *error = QStringLiteral("libssh could not make a one-time Ed25519 key");
        return key;
    }
    char *publicBase64 = nullptr;
    char *privateText = nullptr;
    const bool ok = ssh_pki_export_pubkey_base64(pair, &publicBase64) == SSH_OK
                    && ssh_pki_export_privkey_base64(pair, nullptr, nullptr, nullptr, &privateText) == SSH_OK;
    if (ok) {
        key.m_publicLine = QStringLiteral("ssh-ed25519 ") + QString::fromLatin1(publicBase64);
        key.m_private = QByteArray(privateText);
        if (!key.m_private.endsWith('\n'))
            key.m_private += '\n';
    } else {
        *error = QStringLiteral("libssh could not export the one-time key");
    }
    if (privateText) {
        memset(privateText, 0, strlen(privateText)); // no copy of the secret left in freed memory
        ssh_string_free_char(privateText);
    }
    ssh_string_free_char(publicBase64);
    ssh_key_free(pair);
    return key;
}
