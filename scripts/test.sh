#!/usr/bin/env bash
# Quick start 2: install missing packages, build, run every test (CTest; GUI tests offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --timeout 600
