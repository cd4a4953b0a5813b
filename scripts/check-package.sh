#!/usr/bin/env bash
# Installs the .deb that scripts/package.sh made on this machine, uses it as a person would and
# checks it with the distributions' own tools, then removes it again so the machine stays as it
# was. Needs root or sudo. Tags lintian may report and why they are accepted: docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
deb=$(ls build/packages/agilesec-installer_*.deb)
out=build/packages
installed=/usr/bin/agilesec-installer

echo "== lintian"
lintian --fail-on error,warning --suppress-tags-from-file scripts/lintian-accepted.txt --info "$deb"
if command -v rpmlint >/dev/null 2>&1 && ls build/packages/*.rpm >/dev/null 2>&1; then
  echo "== rpmlint (informational: it judges against Fedora's rules)"
  rpmlint build/packages/*.rpm || true
fi

echo "== install"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
trap '"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq agilesec-installer >/dev/null && echo "== removed"' EXIT
dpkg -L agilesec-installer | sed 's/^/  /'

echo "== the installed program"
"$installed" --version
"$installed" validate --config /usr/share/agilesec-installer/examples/four-node.conf
lab=$(mktemp -d)
"$installed" lab up --topology 3 --dir "$lab" --step-seconds 0
"$installed" lab status --dir "$lab"
"$installed" lab down --dir "$lab"
rm -rf "$lab"
QT_QPA_PLATFORM=offscreen "$installed" --screenshot "$out/installed-wizard.png"

echo "== desktop entry, AppStream, man page, completion"
desktop-file-validate /usr/share/applications/com.agilesec.HaInstaller.desktop
appstreamcli validate --no-net --explain /usr/share/metainfo/com.agilesec.HaInstaller.metainfo.xml
zcat /usr/share/man/man1/agilesec-installer.1.gz | groff -man -ww -z -Tutf8
bash -n /usr/share/bash-completion/completions/agilesec-installer
shellcheck -s bash /usr/share/bash-completion/completions/agilesec-installer
echo "package: checks passed"
