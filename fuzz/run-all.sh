#!/bin/sh
# Runs every fuzz target for SECONDS each (default 60) on a copy of the seed corpus.
# Usage: fuzz/run-all.sh BUILD_DIR [SECONDS]
set -eu
build=${1:?usage: fuzz/run-all.sh BUILD_DIR [SECONDS]}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
for pair in stallcast_payload:stallcast shopify_payload:shopify woocommerce_payload:woocommerce \
            stripe_payload:stripe signature_header:signature emv_parser:emv \
            claim_parser:claims; do
  target=fuzz_${pair%%:*}
  corpus=$build/fuzz-corpus/${pair##*:}
  mkdir -p "$corpus"
  cp -n "$here/corpus/${pair##*:}/"* "$corpus/" 2>/dev/null || true
  echo "== $target: ${seconds}s"
  "$build/fuzz/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 "$corpus" 2>&1 | tail -n 25
done
