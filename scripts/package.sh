#!/usr/bin/env bash
# Builds the packages into build/packages/: the .deb and (where rpmbuild exists) the .rpm, and
# the source tarball. Dependencies of the .deb come from dpkg-shlibdeps, of the .rpm from rpm's
# find-requires: none is written by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
cd build
rm -rf packages _CPack_Packages
cpack -G DEB
if command -v rpmbuild >/dev/null 2>&1; then
  cpack -G RPM
else
  echo "package: rpmbuild not found (Debian: apt-get install rpm); no .rpm made"
fi
cpack --config CPackSourceConfig.cmake
ls -l packages/*.deb packages/*.rpm packages/*.tar.gz 2>/dev/null
