#!/bin/bash
# SIMULATED service manager for the lab.
#   ./scripts/manage.sh status | start SERVICE|all | stop SERVICE|all
set -euo pipefail
# shellcheck source=sim-common.sh
. "$(dirname "$0")/sim-common.sh"
state=$(sim_state_dir) || true
if [ -z "${state:-}" ] || [ ! -f "$state/services" ]; then
  echo "manage.sh: the platform is not installed on this node" >&2
  exit 3
fi
services() { cat "$state/services"; }
case "${1:-status}" in
  status)
    printf '%-24s %-40s %s\n' SERVICE DESCRIPTION STATUS
    printf '%-24s %-40s %s\n' ------------------------ ---------------------------------------- -----------
    for svc in $(services); do
      printf '%-24s %-40s %s\n' "$svc" "$(sim_service_description "$svc")" "$(sim_get_service "$svc")"
    done ;;
  start|stop)
    target=${2:-}
    [ -n "$target" ] || { echo "manage.sh: $1 needs a service name or 'all'" >&2; exit 2; }
    new=Running; [ "$1" = stop ] && new=Stopped
    if [ "$target" = all ]; then
      for svc in $(services); do sim_set_service "$svc" "$new"; echo "$1 $svc: $new"; done
    else
      services | grep -qx "$target" || { echo "manage.sh: unknown service '$target' on this node" >&2; exit 2; }
      sim_set_service "$target" "$new"; echo "$1 $target: $new"
    fi ;;
  *) echo "manage.sh: unknown command '$1'" >&2; exit 2 ;;
esac
