#include "ssh/KeyPassphrase.h"

#include <cstring>

int KeyPassphrase::callback(const char *, char *buffer, size_t length, int, int, void *userdata)
{
    auto *context = static_cast<KeyPassphrase *>(userdata);
    context->asked = true;
    // The SSH secret the user gave (the password field) doubles as the key's passphrase, so
    // an unattended run with auth "key" needs no prompt; otherwise ask.
    QByteArray answer = context->credentials->password;
    if (answer.isEmpty() && context->credentials->askSecret)
        answer = context->credentials->askSecret(QStringLiteral("Passphrase for the key %1").arg(context->path));
    if (answer.isEmpty() || size_t(answer.size()) >= length)
        return -1;
    memcpy(buffer, answer.constData(), size_t(answer.size()));
    buffer[answer.size()] = '\0';
    return 0;
}
