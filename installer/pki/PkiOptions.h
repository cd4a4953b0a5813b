#pragma once

#include "pki/CertificateAuthority.h"
#include "pki/KeyTypes.h"

#include <QByteArray>
#include <QStringList>

// How the cluster's certificates are made.
struct PkiOptions {
    KeyType keyType = KeyTypes::kDefault;
    int caDays = CertificateAuthority::kDefaultCaDays;
    int leafDays = CertificateAuthority::kDefaultLeafDays;
    // The load balancer's VIP or IPs: added to every web certificate and to the load-balancer
    // certificate, so clients and probes that connect by address still match.
    QStringList loadBalancerAddresses;
    // Non-empty: also write the load-balancer certificate as a PKCS#12 (PFX) file for L7
    // load balancers (Azure Application Gateway's listener), protected by this passphrase.
    QByteArray pfxPassphrase;
    // An existing certificate closer than this to its expiry is re-issued instead of kept.
    int renewWithinDays = 30;
};
