#!/bin/bash
# SIMULATED AgileSec Platform installer for the local lab: it reads the node's .env, marks its
# profile's services as running, installs the health-check cron entry and prints the progress
# a real install prints. It installs nothing. Usage as the real one:
#   ./install_analytics.sh [install] -u USER -p INSTALLATION_DIR [--non-interactive] [-v] [-r scan]
#   ./install_analytics.sh -u USER -p INSTALLATION_DIR patch new-frontend [-v]
set -euo pipefail
# shellcheck source=scripts/sim-common.sh
. "$(dirname "$0")/scripts/sim-common.sh"

action=install; user=; dir=; role=; verbose=; patch_target=
while [ $# -gt 0 ]; do
  case "$1" in
    install) action=install ;;
    patch) action="patch"; patch_target=${2:-}; shift ;;
    -u) user=${2:-}; shift ;;
    -p) dir=${2:-}; shift ;;
    -r) role=${2:-}; shift ;;
    -v) verbose=1 ;;
    --non-interactive) ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "install_analytics.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$user" ] || { echo "install_analytics.sh: -u USER is required" >&2; exit 2; }
[ -n "$dir" ] || { echo "install_analytics.sh: -p INSTALLATION_DIR is required" >&2; exit 2; }
case "$dir" in /*) ;; *) echo "install_analytics.sh: -p must be an absolute path" >&2; exit 2 ;; esac
[ -z "$role" ] || [ "$role" = scan ] || { echo "install_analytics.sh: -r takes 'scan'" >&2; exit 2; }

echo "[SIMULATION] AgileSec Platform installer (lab) on $(basename "$SIM_NODE_DIR")"
# One line per run, so a test (or a curious operator) can see that nothing ran twice.
echo "$(date -u +%FT%TZ) $$ $action" >> "$SIM_NODE_DIR/installer-runs.log"
[ -f "$SIM_INSTALLER_DIR/.env" ] || { echo "ERROR: $SIM_INSTALLER_DIR/.env not found: copy the node's env file there first" >&2; exit 3; }
# shellcheck disable=SC1091
. "$SIM_INSTALLER_DIR/.env"

if [ "$action" = patch ]; then
  [ "$patch_target" = new-frontend ] || { echo "install_analytics.sh: patch takes 'new-frontend'" >&2; exit 2; }
  [ -f "$SIM_INSTALLER_DIR/.installation_dir" ] || { echo "ERROR: nothing installed here to patch" >&2; exit 4; }
  sim_step patch-read-env "Reading cluster members from .env (frontends: ${CLUSTER_FRONTEND_HOSTNAMES:-})"
  # The real patch wires HAProxy to every frontend's services, so each must be installed
  # already. Lab nodes are sibling directories, which lets the simulation check that.
  IFS=, read -ra frontends <<< "${CLUSTER_FRONTEND_HOSTNAMES:-}"
  for fe in "${frontends[@]}"; do
    peer="$(dirname "$SIM_NODE_DIR")/$fe"
    if [ -d "$peer" ] && [ ! -f "$peer/installer/.installation_dir" ]; then
      echo "ERROR: frontend $fe is not installed yet: install it before patching the others" >&2; exit 9
    fi
  done
  sim_step patch-haproxy "Updating HAProxy backends for the new frontend"
  printf '%s\n' "${frontends[@]}" > "$(sim_state_dir)/haproxy-frontends"
  sim_set_service haproxy Running
  sim_step patch-restart "Restarting haproxy"
  echo "Patch new-frontend complete."
  exit 0
fi

sim_step prerequisites "Checking prerequisites for ${NODE_PROFILE} on ${NODE_HOSTNAME} (${NODE_PRIVATE_IP})"
[ -f "$SIM_NODE_DIR/.tuned" ] || { echo "ERROR: system not tuned: run sudo ./scripts/tune.sh -u $user first" >&2; exit 5; }
if [ "$role" != scan ]; then
  [ -f "$SIM_INSTALLER_DIR/.pass" ] || { echo "ERROR: .pass not found: cp .pass.example .pass and set admin_password" >&2; exit 6; }
  [ "$(stat -c %a "$SIM_INSTALLER_DIR/.pass")" = 600 ] || { echo "ERROR: .pass must be mode 600" >&2; exit 6; }
  grep -q '^admin_password=..*' "$SIM_INSTALLER_DIR/.pass" || { echo "ERROR: admin_password is empty in .pass" >&2; exit 6; }
  [ -f "$SIM_INSTALLER_DIR/$TLS_NODE_CERT" ] || { echo "ERROR: $TLS_NODE_CERT missing: extract kf-agilesec.internal-certs.tgz in certificates/" >&2; exit 7; }
fi

read -ra services <<< "$NODE_SERVICES"
[ "$role" = scan ] && services=(haproxy scheduler)
mkdir -p "$dir/state"
echo "$dir" > "$SIM_INSTALLER_DIR/.installation_dir"
printf '%s\n' "${services[@]}" > "$dir/state/services"
total=$(( ${#services[@]} * 2 + 2 ))
n=0
for svc in "${services[@]}"; do
  n=$((n + 1)); sim_step "install-$svc" "[$n/$total] Installing $svc"
  if [ -n "$SLOW_OUTPUT" ] && [ "$svc" = opensearch ]; then sleep "$SLOW_OUTPUT"; fi
  n=$((n + 1)); sim_step "$svc" "[$n/$total] Starting $svc"
  sim_set_service "$svc" Running
  if [ "$svc" = kafka ] && [ -n "$KAFKA_STOPS_MIDINSTALL" ]; then
    sim_set_service kafka Stopped
    echo "WARNING: kafka stopped while the KRaft quorum re-elects; waiting for it (restart with ./scripts/manage.sh start kafka)"
    waited=0
    while [ "$(sim_get_service kafka)" != Running ]; do
      sleep 0.5; waited=$((waited + 1))
      [ $waited -le $((KAFKA_WAIT_SECONDS * 2)) ] || { echo "ERROR: kafka did not come back within ${KAFKA_WAIT_SECONDS}s" >&2; exit 8; }
    done
    echo "kafka is running again"
  fi
done
n=$((n + 1)); sim_step health-cron "[$n/$total] Installing the health-check cron job"
{ crontab -l 2>/dev/null | grep -v 'health_check\.sh' || true; echo "*/5 * * * * $SIM_INSTALLER_DIR/scripts/health_check.sh >/dev/null 2>&1"; } | crontab -
n=$((n + 1)); sim_step complete "[$n/$total] Installation complete"
case "$NODE_PROFILE" in
  *FRONTEND)
    if [ "$role" != scan ]; then
      echo "Access information for Web UI"
      echo "  Login URL: https://${ANALYTICS_FQDN}:${FRONTEND_PORT}/signin"
      echo "  Admin username: admin - Password (as provided during installation)"
      echo "  Ingestion service endpoint for v3 unified sensor: https://${ANALYTICS_FQDN}:${FRONTEND_PORT}/v3/ingest"
      echo "  Ingestion endpoint for v2 sensors: https://${ANALYTICS_FQDN}:${FRONTEND_PORT}/v1/oauth2/token"
    fi ;;
esac
[ -z "$verbose" ] || echo "(verbose) services: ${services[*]}; installation directory: $dir"
