#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the build and tests need, only those missing.
# Uses sudo when not root. Elsewhere, prints what to install (see README.md).
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-5compat-dev libgl-dev
  libssh-dev libssl-dev openssl libquazip1-qt6-dev libarchive-dev
  # the local lab and its tests: a real sshd per simulated node, ssh/scp/ssh-keygen/ssh-agent
  openssh-server openssh-client
  # the load-balancer files are checked by the real tools (haproxy -c, keepalived -t)
  haproxy keepalived socat shellcheck unzip
  # the lab's VIP pair (lab up --lb keepalived): network namespaces, and killall for keepalived's track script
  iproute2 psmisc
  # the exported Ansible playbook is run and linted for real (ansible-playbook, ansible-lint, yamllint)
  ansible-core ansible-lint yamllint
  # packaging (scripts/package.sh) and the distributions' checks of the packages (scripts/check-package.sh)
  dpkg-dev fakeroot file rpm lintian rpmlint desktop-file-utils appstream groff-base
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-deps: not a Debian/Ubuntu system; install the packages listed in README.md (Homebrew, vcpkg or MSYS2) and re-run." >&2
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
