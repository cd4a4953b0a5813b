#!/usr/bin/env bash
# Prints benchmark figures. PKI: the CA, every certificate and the bundle for 7 and 64 nodes,
# in-process (agilesec-bench-pki) against a script of openssl command lines that makes the same
# set (one key + CSR + signature per certificate, then tar czf), as generate_certs.sh would.
# Each figure is the median of RUNS runs (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh >/dev/null
bench=./build/bin/agilesec-bench-pki
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

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
