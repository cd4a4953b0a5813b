#pragma once

#include <QString>

// The SHA-256 of the installer package as the installer computes it (OpenSSL), remembered
// for this process by path, size and modification time: the package relay needs the digest
// in its plan, and every receiving node checks its copy against it.
class PackageDigest
{
public:
    // Hashes the file (about 1 s per GiB); empty and error set when it cannot be read.
    static QString compute(const QString &path, QString *error = nullptr);
    // The digest compute() found for this file as it is now; empty when not computed yet.
    static QString known(const QString &path);
};
