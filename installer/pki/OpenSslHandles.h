#pragma once

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QByteArray>
#include <QString>
#include <cstring>
#include <memory>

// Owning handles for OpenSSL objects, so every early return frees what it allocated.
namespace OpenSsl {
struct Free {
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
    void operator()(X509_STORE *p) const { X509_STORE_free(p); }
    void operator()(X509_STORE_CTX *p) const { X509_STORE_CTX_free(p); }
    void operator()(PKCS12 *p) const { PKCS12_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
    void operator()(STACK_OF(GENERAL_NAME) *p) const { GENERAL_NAMES_free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Free>;
using Cert = std::unique_ptr<X509, Free>;
using Bio = std::unique_ptr<BIO, Free>;
using Extension = std::unique_ptr<X509_EXTENSION, Free>;
using Store = std::unique_ptr<X509_STORE, Free>;
using StoreCtx = std::unique_ptr<X509_STORE_CTX, Free>;
using Pkcs12 = std::unique_ptr<PKCS12, Free>;
using BigNum = std::unique_ptr<BIGNUM, Free>;
using GeneralNames = std::unique_ptr<STACK_OF(GENERAL_NAME), Free>;

// The newest error on this thread's OpenSSL error queue, which is then cleared.
inline QString lastError()
{
    const unsigned long code = ERR_peek_last_error();
    char text[256] = {};
    if (code)
        ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return code ? QString::fromLatin1(text) : QStringLiteral("unknown OpenSSL error");
}

inline QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

// Passphrase callback for PEM reads: hands over the QByteArray in userdata, or nothing when it
// is null. OpenSSL's default callback would prompt on the terminal, which must never happen.
inline int passphraseCallback(char *buffer, int size, int, void *userdata)
{
    const auto *passphrase = static_cast<const QByteArray *>(userdata);
    if (!passphrase || passphrase->isEmpty() || passphrase->size() > size)
        return 0;
    memcpy(buffer, passphrase->constData(), size_t(passphrase->size()));
    return int(passphrase->size());
}

// Reads a PEM private key; an encrypted one needs passphrase, and nothing ever prompts.
inline Key readPrivateKey(const QByteArray &pem, const QByteArray &passphrase = {})
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, passphraseCallback, const_cast<QByteArray *>(&passphrase));
    BIO_free(bio);
    return Key(key);
}

// Reads the first PEM certificate in pem; null when there is none. Clears the error queue.
inline Cert readCertificate(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    ERR_clear_error();
    return Cert(cert);
}

inline Bio memoryBio(const QByteArray &data)
{
    return Bio(BIO_new_mem_buf(data.constData(), int(data.size())));
}
} // namespace OpenSsl
