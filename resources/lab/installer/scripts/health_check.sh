#!/bin/bash
# SIMULATED health check, as the cron job runs it: restarts every stopped service.
set -euo pipefail
# shellcheck source=sim-common.sh
. "$(dirname "$0")/sim-common.sh"
state=$(sim_state_dir) || exit 0
[ -f "$state/services" ] || exit 0
while IFS= read -r svc; do
  if [ "$(sim_get_service "$svc")" != Running ]; then
    sim_set_service "$svc" Running
    echo "health_check: restarted $svc"
  fi
done < "$state/services"
