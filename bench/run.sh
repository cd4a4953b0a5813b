#!/usr/bin/env bash
# Prints benchmark figures: bench/run.sh [render|pki|upload|detach|install|gui|ansible|fanout|all] (default all).
# PKI: the CA, every certificate and the bundle for 7 and 64 nodes,
# in-process (agilesec-bench-pki) against a script of openssl command lines that makes the same
# set (one key + CSR + signature per certificate, then tar czf), as generate_certs.sh would.
# Each figure is the median of RUNS runs (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh >/dev/null
bench=./build/bin/agilesec-bench-pki
runs=${RUNS:-3}
work=$(mktemp -d)
autogroup=/proc/sys/kernel/sched_autogroup_enabled
autogroup_saved=""
trap './build/bin/agilesec-installer lab down --dir "$work/lab" >/dev/null 2>&1 || true; rm -rf "$work"
      if [ -n "$autogroup_saved" ]; then echo "$autogroup_saved" > "$autogroup"; fi' EXIT

openssl_keyopt() {
  case "$1" in
    rsa2048) echo "-newkey rsa:2048" ;; rsa3072) echo "-newkey rsa:3072" ;; rsa4096) echo "-newkey rsa:4096" ;;
    p256) echo "-newkey ec -pkeyopt ec_paramgen_curve:P-256" ;; p384) echo "-newkey ec -pkeyopt ec_paramgen_curve:P-384" ;;
  esac
}

openssl_script() { # nodes keytype dir
  local nodes=$1 type=$2 dir=$3 keyopt
  keyopt=$(openssl_keyopt "$type")
  mkdir -p "$dir/ca" "$dir/leaf"
  # shellcheck disable=SC2086
  openssl req -x509 $keyopt -nodes -keyout "$dir/ca/key.pem" -out "$dir/ca/cert.pem" -days 3650 -subj "/O=AgileSec Platform/CN=Bench CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
  while IFS='|' read -r name cn san eku; do
    # shellcheck disable=SC2086
    openssl req -new $keyopt -nodes -keyout "$dir/leaf/$name-key.pem" -out "$dir/leaf/$name.csr" -subj "/O=AgileSec Platform/CN=$cn" 2>/dev/null
    printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=%s\nsubjectAltName=%s\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always\n' \
      "$eku" "$san" > "$dir/leaf/$name.ext"
    openssl x509 -req -in "$dir/leaf/$name.csr" -CA "$dir/ca/cert.pem" -CAkey "$dir/ca/key.pem" -CAcreateserial -days 825 \
      -extfile "$dir/leaf/$name.ext" -out "$dir/leaf/$name-cert.pem" 2>/dev/null
  done < <("$bench" "$nodes" "$type" --specs)
  tar czf "$dir/bundle.tgz" -C "$dir" ca/cert.pem leaf
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

what=${1:-all}

pki_bench() {
printf '%-8s %-6s %6s %14s %14s %8s\n' "keytype" "nodes" "certs" "in-process ms" "openssl ms" "ratio"
for type in ${KEY_TYPES:-p256 rsa2048}; do
  for nodes in 7 64; do
    inproc=$(for _ in $(seq "$runs"); do out=$("$bench" "$nodes" "$type"); echo "${out% *}"; done | median)
    certs=$("$bench" "$nodes" "$type" --specs | wc -l)
    script=$(for i in $(seq "$runs"); do
      start=$(date +%s%N); openssl_script "$nodes" "$type" "$work/$type-$nodes-$i"; end=$(date +%s%N)
      awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f\n", (e - s) / 1e6 }'
    done | median)
    ratio=$(awk -v a="$inproc" -v b="$script" 'BEGIN { printf "%.3f", a / b }')
    printf '%-8s %-6s %6s %14s %14s %8s\n' "$type" "$nodes" "$certs" "$inproc" "$script" "$ratio"
  done
done
echo "(target: ratio <= 0.25 for the same key type; $(nproc) cores; median of $runs runs)"
}

# Upload: 1 GiB (UPLOAD_MB) to a lab node with SshUploader (4 channels) and with scp, on loopback
# and through a proxy that delays each direction by 10 ms. Needs the lab (Linux, sshd).
upload_bench() {
  local lab="$work/lab" file="$work/upload.bin" mb=${UPLOAD_MB:-1024} project
  project=$(./build/bin/agilesec-installer lab up --dir "$lab" --topology 3 | sed -n 's/^project: //p')
  [ -n "$project" ] || { echo "upload bench: the lab did not start" >&2; return 1; }
  head -c "${mb}M" /dev/urandom > "$file" && sync  # no writeback of the new file during the runs
  printf '%-22s %8s %9s %12s %10s %8s %8s\n' "link" "MiB" "channels" "ours s" "scp s" "ratio" "target"
  # One untimed warm-up (the lab's first connections, the file into the page cache); a sync
  # before each run so neither side pays for the other's writeback.
  ./build/bin/agilesec-bench-upload "$project" backend-1 "$file" 0 4 >/dev/null
  for delay in 0 10; do
    local best_ours="" best_scp=""
    for _ in $(seq "$runs"); do
      sync
      read -r ours scp used < <(./build/bin/agilesec-bench-upload "$project" backend-1 "$file" "$delay" 4)
      best_ours="$best_ours $ours"; best_scp="$best_scp $scp"
    done
    ours=$(printf '%s\n' $best_ours | median); scp=$(printf '%s\n' $best_scp | median)
    label=loopback; target=1.00
    [ "$delay" -gt 0 ] && { label="${delay} ms each way"; target=0.67; }
    printf '%-22s %8s %9s %12s %10s %8s %8s\n' "$label" "$mb" "$used" "$ours" "$scp" "$(awk -v a="$ours" -v b="$scp" 'BEGIN { printf "%.2f", a / b }')" "<= $target"
  done
  ./build/bin/agilesec-installer lab down --dir "$lab" >/dev/null
  echo "($(nproc) cores; median of $runs runs; ours verifies every chunk's SHA-256 on the node, scp verifies nothing;
  channels: used by ours, sized from the measured round trip, at most 4)"
}

# Detach: one short step run detached on a lab node (start in its own session, follow, read the
# exit status) against the same command run inside the SSH session, on loopback and through the
# 10 ms each way proxy. The extra time is what surviving the laptop costs per step.
detach_bench() {
  local lab="$work/lab-detach" project
  project=$(./build/bin/agilesec-installer lab up --dir "$lab" --topology 3 | sed -n 's/^project: //p')
  [ -n "$project" ] || { echo "detach bench: the lab did not start" >&2; return 1; }
  printf '%-22s %10s %12s %10s %7s\n' "link" "plain ms" "detached ms" "extra ms" "ratio"
  for delay in 0 10; do
    read -r plain detached extra ratio < <(./build/bin/agilesec-bench-detach "$project" backend-1 "$delay" "${DETACH_RUNS:-21}")
    label=loopback; [ "$delay" -gt 0 ] && label="${delay} ms each way"
    printf '%-22s %10s %12s %10s %7s\n' "$label" "$plain" "$detached" "$extra" "$ratio"
  done
  ./build/bin/agilesec-installer lab down --dir "$lab" >/dev/null
  echo "(median of ${DETACH_RUNS:-21} steps each; the command: cd INSTALLER_DIR && echo bench)"
}

# Install: the 7-node stretch lab with fixed simulated step times (0.2 s), wall time against the
# critical path the phases imply (target <= 1.10x); and a 32-node lab, the engine's own CPU
# time per node. Needs the lab (Linux, sshd).
install_bench() {
  printf '%-32s %6s %8s %10s %7s %18s\n' "install" "nodes" "wall s" "critical s" "ratio" "engine CPU ms/node"
  for spec in "7 0.2" "32 0.02"; do
    set -- $spec
    local results
    results=$(for i in $(seq "$runs"); do ./build/bin/agilesec-bench-install "$1" "$2" "$work/install-$1-$i"; done)
    ratio=$(echo "$results" | awk '{print $3}' | median)
    line=$(echo "$results" | awk -v r="$ratio" '$3 == r {print; exit}')
    read -r wall critical ratio cpu nodes <<< "$line"
    printf '%-32s %6s %8s %10s %7s %18s\n' "lab, $2 s per simulated step" "$nodes" "$wall" "$critical" "$ratio" "$cpu"
  done
  echo "(target: ratio <= 1.10; $(nproc) cores; median ratio of $runs runs)"
}

# GUI: the wizard's install page while a 16-node lab streams its logs (every node of a phase
# at once, the last node's live log shown): the longest event-loop stall (target < 50 ms) and
# the process's memory. Offscreen; needs the lab (Linux, sshd).
gui_bench() {
  # Linux's autogroup gives every session (setsid) a scheduling group of its own, as strong as the
  # whole installer: sshd starts one per connection, so each simulated node's scripts took a CPU
  # from the window however niced (perf sched: the window runnable for 55 ms while the lab's bash
  # ran). Off for this run when we may (root), put back afterwards; otherwise said below.
  local grouping="autogroup off for the run"
  if [ -r "$autogroup" ] && [ "$(cat "$autogroup")" != 0 ]; then
    if [ -w "$autogroup" ] && echo 0 2>/dev/null > "$autogroup"; then
      autogroup_saved=1
    else
      grouping="autogroup on (not root): each lab session competes with the window at full weight"
    fi
  fi
  printf '%-34s %6s %12s %12s %8s %8s %10s %14s\n' "wizard install page" "nodes" "max stall ms" "p99 stall ms" "lines" "RSS MiB" "peak MiB" "peer stall ms"
  local results
  results=$(for i in $(seq "$runs"); do QT_QPA_PLATFORM=offscreen ./build/bin/agilesec-bench-gui 16 0.02 "$work/gui-$i" 2>/dev/null; done)
  local worst
  worst=$(echo "$results" | awk '{print $1}' | sort -n | tail -1)
  echo "$results" | while read -r max p99 lines rss peak wall nodes peer; do
    printf '%-34s %6s %12s %12s %8s %8s %10s %14s\n' "lab, 0.02 s per simulated step" "$nodes" "$max" "$p99" "$lines" "$rss" "$peak" "$peer"
  done
  if [ -n "$autogroup_saved" ]; then echo "$autogroup_saved" > "$autogroup"; autogroup_saved=""; fi
  echo "(target: max stall < 50 ms; worst of $runs runs: $worst ms; $(nproc) cores; the lab's processes at nice 10, as a real"
  echo " cluster's nodes are other machines; $grouping; peer: the same 5 ms probe on an idle thread of the process, the machine's own noise)"
  # Where the worst run's longest stalls went (each event by its own work, nested ones apart).
  local i worstRun=1
  for i in $(seq "$runs"); do
    [ "$(echo "$results" | sed -n "${i}p" | awk '{print $1}')" = "$worst" ] && worstRun=$i
  done
  echo "largest contributors in that run:"
  sed 's/^/  /' "$work/gui-$worstRun/contributors.txt" 2>/dev/null || echo "  (none recorded)"
}

# Ansible: the exported playbook (ansible-playbook, unchanged, secrets from a vault) against our
# executor (install), each on a fresh 4-node lab with the lab's default 0.1 s per simulated step.
ansible_bench() {
  command -v ansible-playbook >/dev/null || { echo "ansible bench: ansible-playbook is not installed (scripts/install-deps.sh)" >&2; return 1; }
  local bin=./build/bin/agilesec-installer lab project start end step o a i
  printf '#!/bin/sh\necho bench-vault-key\n' > "$work/vault-key.sh"; chmod 700 "$work/vault-key.sh"
  printf '%-34s %6s %14s %12s %8s\n' "install, fresh lab" "nodes" "executor s" "ansible s" "ratio"
  for step in 0.1 1; do
    local ours=() theirs=()
    for i in $(seq "$runs"); do
      # A new lab directory each time: a fresh cluster and a fresh journal.
      lab="$work/alab-$step-$i-installer"
      project=$($bin lab up --dir "$lab" --topology 4 --step-seconds "$step" | sed -n 's/^project: //p')
      start=$(date +%s%N); $bin install --project "$project" --yes --quiet >/dev/null; end=$(date +%s%N)
      ours+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", (e - s) / 1e9 }')")
      $bin lab down --dir "$lab" >/dev/null
      lab="$work/alab-$step-$i-ansible"
      project=$($bin lab up --dir "$lab" --topology 4 --step-seconds "$step" | sed -n 's/^project: //p')
      rm -rf "$work/abundle" && mkdir -p "$work/abundle"
      $bin export --project "$project" --out "$work/abundle.zip" >/dev/null && (cd "$work/abundle" && unzip -q ../abundle.zip)
      printf -- '---\nagilesec_admin_password: "%s"\nagilesec_sudo_password: "%s"\n' "$(cat "$lab/admin-password")" "$(cat "$lab/sudo-password")" \
        | ansible-vault encrypt --vault-password-file "$work/vault-key.sh" --output "$work/abundle/ansible/group_vars/all/vault.yml" - >/dev/null 2>&1
      start=$(date +%s%N)
      (cd "$work/abundle/ansible" && ansible-playbook -i inventory.ini playbook.yml --vault-password-file "$work/vault-key.sh" --private-key "$lab/lab-user-key" >/dev/null)
      end=$(date +%s%N)
      theirs+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", (e - s) / 1e9 }')")
      $bin lab down --dir "$lab" >/dev/null
    done
    o=$(printf '%s\n' "${ours[@]}" | median); a=$(printf '%s\n' "${theirs[@]}" | median)
    printf '%-34s %6s %14s %12s %8s\n' "lab, $step s per simulated step" 4 "$o" "$a" "$(awk -v a="$a" -v o="$o" 'BEGIN { printf "%.2f", a / o }')"
  done
  echo "(goal: ratio <= 1.5; $(nproc) cores; median of $runs runs; Ansible pays 0.3 to 0.7 s per task and up to a poll per async step on the critical path (docs/ansible.md, Speed))"
}

# A config with 2 backends and N-2 frontends, as a site would write it (3 quorum voters).
big_config() { # nodes file
  local nodes=$1 i
  {
    printf 'analytics_hostname="agilesec"\nanalytics_domain="bench.internal"\nfrontend_port="8443"\n'
    for i in 1 2; do
      printf 'backend%d_private_ip="10.0.1.%d"\nbackend%d_node_hostname="backend-%d"\n' "$i" "$i" "$i" "$i"
    done
    printf 'backend1_node_profile="PRIMARY_FULL_BACKEND"\nbackend2_node_profile="FULL_BACKEND"\n'
    for i in $(seq 1 $((nodes - 2))); do
      printf 'frontend%d_private_ip="10.2.%d.%d"\nfrontend%d_node_hostname="frontend-%d"\nfrontend%d_node_profile="%s"\n' \
        "$i" $((i / 250)) $((i % 250 + 1)) "$i" "$i" "$i" "$([ "$i" = 1 ] && echo PRIMARY_FRONTEND || echo ADDITIONAL_FRONTEND)"
    done
  } > "$2"
}

# render at 10, 100 and 1,000 nodes (the limit, ClusterLoader::kMaxNodes) against cp -r of the
# files it wrote: every env file lists every frontend, so the bytes grow with the square of the
# count; the ratio says whether rendering costs more than writing those bytes.
render_bench() {
  local bin=./build/bin/agilesec-installer
  printf '%-8s %10s %12s %10s %8s\n' nodes "MB out" "render (s)" "cp -r (s)" ratio
  for nodes in 10 100 1000; do
    big_config "$nodes" "$work/big.conf"
    local ours=() theirs=() i start end
    for i in $(seq 1 "$runs"); do
      rm -rf "$work/render" "$work/copy"
      start=$(date +%s%N); $bin render --config "$work/big.conf" --out "$work/render" >/dev/null; end=$(date +%s%N)
      ours+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e9 }')")
      start=$(date +%s%N); cp -r "$work/render" "$work/copy"; end=$(date +%s%N)
      theirs+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e9 }')")
    done
    local o t mb
    o=$(printf '%s\n' "${ours[@]}" | median); t=$(printf '%s\n' "${theirs[@]}" | median)
    mb=$(du -sk "$work/render" | awk '{ printf "%.1f", $1 / 1024 }')
    printf '%-8s %10s %12s %10s %8s\n' "$nodes" "$mb" "$o" "$t" "$(awk -v o="$o" -v t="$t" 'BEGIN { printf "%.1f", o / (t > 0 ? t : 0.001) }')"
  done
  big_config 1001 "$work/big.conf"
  if $bin render --config "$work/big.conf" --out "$work/refused" >/dev/null 2>&1; then echo "1001 nodes: NOT refused"; else echo "1001 nodes: refused (limit 1000)"; fi
  echo "(ratio: render, which also reads, validates and renames atomically, over copying its output; median of $runs runs; $(nproc) cores)"
}

# Fan-out: the installer package (FANOUT_MB, default 1 GiB of random data) to every node of a
# 7-node lab. The installer's link goes through the delay proxy (10 ms each way) capped at
# FANOUT_RATE MiB/s (default 40) for all its connections together; node to node is loopback.
# The installer's upload to every node against the relay (backend-1 sends it on), with the
# bytes that crossed the installer's link and the wall time until every node holds a verified copy.
fanout_bench() {
  local mb=${FANOUT_MB:-1024} rate=${FANOUT_RATE:-40} package="$work/package.bin" out
  head -c "${mb}M" /dev/urandom > "$package" && sync
  out=$(./build/bin/agilesec-bench-fanout "$work/fanout" "$package" 10 "$rate") || { echo "fanout bench failed" >&2; return 1; }
  local size one one_bytes
  size=$(stat -c %s "$package")
  read -r _ one one_bytes < <(echo "$out" | awk '$1 == "one"')
  printf '%-34s %8s %10s %12s %12s\n' "upload" "wall s" "link MiB" "link/package" "wall/one"
  echo "$out" | while read -r mode wall bytes; do
    local label ratio_bytes ratio_wall
    case $mode in one) label="installer to backend-1 only" ;; direct) label="installer to all 7 nodes" ;; *) label="fan-out through backend-1" ;; esac
    ratio_bytes=$(awk -v a="$bytes" -v b="$size" 'BEGIN { printf "%.2f", a / b }')
    ratio_wall=$(awk -v a="$wall" -v b="$one" 'BEGIN { printf "%.2f", a / b }')
    if [ "$mode" = fan-out ]; then
      printf '%-34s %8s %10s %12s %12s   link bytes %sx  one upload %sx\n' "$label" "$wall" "$((bytes / 1048576))" "$ratio_bytes" "$ratio_wall" "$ratio_bytes" "$ratio_wall"
    else
      printf '%-34s %8s %10s %12s %12s\n' "$label" "$wall" "$((bytes / 1048576))" "$ratio_bytes" "$ratio_wall"
    fi
  done
  local direct fan
  direct=$(echo "$out" | awk '$1 == "direct" { print $2 }'); fan=$(echo "$out" | awk '$1 == "fan-out" { print $2 }')
  echo "(package ${mb} MiB; link ${rate} MiB/s, 20 ms round trip; fan-out $(awk -v a="$direct" -v b="$fan" 'BEGIN { printf "%.1f", a / b }')x faster than the installer's upload to every node;
  goals: link bytes <= 1.05x, one upload <= 1.5x, >= 4x faster than direct; $(nproc) cores, one run)"
}

case "$what" in
  render) render_bench ;;
  pki) pki_bench ;;
  upload) upload_bench ;;
  detach) detach_bench ;;
  install) install_bench ;;
  gui) gui_bench ;;
  ansible) ansible_bench ;;
  fanout) fanout_bench ;;
  all) render_bench; echo; pki_bench; echo; upload_bench; echo; detach_bench; echo; install_bench; echo; gui_bench; echo; ansible_bench; echo; fanout_bench ;;
  *) echo "usage: bench/run.sh [render|pki|upload|detach|install|gui|ansible|fanout|all]" >&2; exit 2 ;;
esac
