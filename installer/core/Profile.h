#pragma once

// The roles a node can have. The first five are the values of <block>_node_profile in
// multi_node_config.conf; Scan nodes have no block there and are tracked by the installer only.
enum class Profile {
    PrimaryFullBackend,
    FullBackend,
    PrimaryFrontend,
    AdditionalFrontend,
    Coordinator,
    Scan,
};
