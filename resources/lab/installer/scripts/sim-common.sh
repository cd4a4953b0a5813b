# shellcheck shell=bash disable=SC2034
# Shared by the lab's SIMULATED AgileSec installer scripts. Not the real product.
# A lab node is a directory: bin/ (stand-ins), installer/ (this), faults.conf, crontab.
SIM_INSTALLER_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SIM_NODE_DIR=$(dirname "$SIM_INSTALLER_DIR")
# Fault knobs (see docs/lab.md); the file is re-read by every script.
STEP_SECONDS=0.1
FAIL_AT_STEP=
FAIL_ONCE=
KAFKA_STOPS_MIDINSTALL=
KAFKA_WAIT_SECONDS=120
SLOW_OUTPUT=
if [ -f "$SIM_NODE_DIR/faults.conf" ]; then
  # shellcheck disable=SC1091
  . "$SIM_NODE_DIR/faults.conf"
fi

sim_service_description() {
  case "$1" in
    mongodb) echo "MongoDB Server" ;;
    opensearch) echo "OpenSearch Search Engine" ;;
    kafka) echo "Kafka Server" ;;
    scheduler) echo "Scheduler Microservice" ;;
    analytics-manager) echo "Analytics Manager Microservice" ;;
    ingestion) echo "Ingestion Microservice" ;;
    indexing) echo "Indexing Microservice" ;;
    sm) echo "Security Manager Microservice" ;;
    api) echo "Web API Microservice" ;;
    webui) echo "Web UI Microservice" ;;
    opensearch-dashboards) echo "OpenSearch Dashboards" ;;
    cbom) echo "CBOM Exporter Microservice" ;;
    haproxy) echo "HAProxy Load Balancer" ;;
    *) echo "$1" ;;
  esac
}

sim_installation_dir() {
  cat "$SIM_INSTALLER_DIR/.installation_dir" 2>/dev/null
}

sim_state_dir() {
  local dir
  dir=$(sim_installation_dir) || return 1
  [ -n "$dir" ] || return 1
  echo "$dir/state"
}

sim_services() {
  cat "$(sim_state_dir)/services" 2>/dev/null
}

sim_set_service() { # name Running|Stopped
  # Write then rename: a status read at the same moment never sees an empty file.
  local state
  state=$(sim_state_dir)
  printf '%s\n' "$2" > "$state/.$1.$$" && mv -f "$state/.$1.$$" "$state/$1"
}

sim_get_service() {
  cat "$(sim_state_dir)/$1" 2>/dev/null || echo "Not installed"
}

sim_step() { # name text
  if [ -n "$FAIL_AT_STEP" ] && [ "$FAIL_AT_STEP" = "$1" ]; then
    if [ -z "$FAIL_ONCE" ] || [ ! -f "$SIM_NODE_DIR/.failed-once-$1" ]; then
      touch "$SIM_NODE_DIR/.failed-once-$1"
      echo "ERROR: $2 failed (simulated fault FAIL_AT_STEP=$1)" >&2
      exit 1
    fi
  fi
  echo "$2"
  sleep "$STEP_SECONDS"
}
