#pragma once

#include <QString>

// The Unix mode of each file of a bundle, from what kind of file it is: private keys and
// archives of keys 0600, scripts 0755, everything else 0644. The exporter writes these modes,
// and the importer sets them itself: a zip's own modes (a symlink, setuid bits, 0777) are never
// applied.
class BundleModes
{
public:
    static int forPath(const QString &relativePath);
    static bool isPrivate(const QString &relativePath); // keys, key archives, PFX/PKCS#12, the Ansible vault
};
