#pragma once

#include "cli/Command.h"
#include "pki/CertificateIssuer.h"

// certs: the CA (made or brought), every certificate, and the certificate tarball.
class CertsCommand : public Command
{
public:
    CertsCommand();

private:
    QList<QCommandLineOption> commandOptions() const override;
    int execute(const QCommandLineParser &parser) override;
    // -1 when the options are usable, else the exit code after printing why.
    int readOptions(const QCommandLineParser &parser, PkiOptions *options, QByteArray *exportPassphrase);
    bool readRequest(const QCommandLineParser &parser, CertificateIssuer::Request *request);
    int exportCaKey(const QCommandLineParser &parser, const CertificateAuthority &ca, const QByteArray &passphrase);
};
