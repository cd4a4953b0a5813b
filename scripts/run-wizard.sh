#!/usr/bin/env bash
# Quick start 1: install missing packages, build, start the wizard.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
exec ./build/bin/agilesec-installer "$@"
