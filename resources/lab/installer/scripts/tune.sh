#!/bin/bash
# SIMULATED system tuning for the lab: checks it runs under sudo and records that it ran.
#   sudo ./scripts/tune.sh -u USER [-r scan]
set -euo pipefail
# shellcheck source=sim-common.sh
. "$(dirname "$0")/sim-common.sh"
user=; role=
while [ $# -gt 0 ]; do
  case "$1" in
    -u) user=${2:-}; shift ;;
    -r) role=${2:-}; shift ;;
    *) echo "tune.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$user" ] || { echo "tune.sh: -u USER is required" >&2; exit 2; }
[ "${SUDO_STANDIN:-}" = 1 ] || { echo "tune.sh: must be run with sudo" >&2; exit 3; }
echo "[SIMULATION] tuning $(basename "$SIM_NODE_DIR") for $user${role:+ (role $role)}"
sim_step tune-limits "Raising open-file and process limits for $user"
sim_step tune-sysctl "Setting vm.max_map_count=262144 and swappiness"
touch "$SIM_NODE_DIR/.tuned"
echo "Tuning complete."
