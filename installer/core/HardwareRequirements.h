#pragma once

// The seed's requirements table for one profile. Below minimum blocks an install; below
// production is a warning.
struct HardwareRequirements {
    int minimumCores = 0;
    int productionCores = 0;
    int minimumMemoryGiB = 0;
    int productionMemoryGiB = 0;
    int minimumDiskGiB = 0;
    int productionDiskGiB = 0;
};
