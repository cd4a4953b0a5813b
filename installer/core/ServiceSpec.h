#pragma once

#include <QString>

// One platform service as `scripts/manage.sh status` lists it.
struct ServiceSpec {
    QString name;        // e.g. "mongodb"
    QString description; // e.g. "MongoDB Server"
    bool operator==(const ServiceSpec &) const = default;
};
