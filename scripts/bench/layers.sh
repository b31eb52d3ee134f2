#!/usr/bin/env bash
# graphjit bench on the single layers of scripts/bench/layers.py, beside TensorFlow running the
# same .pb, every framework on the same thread count. Not run by CI.
#
#   scripts/bench/layers.sh DIR [name ...]     (THREADS=2 REPEAT=30 GRAPHJIT=release binary by default)
#
# GRAPHJIT may name another binary (a copy of an older build, for an A/B run in the same job).
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=$1; shift
PYTHON=${PYTHON:-python3}; THREADS=${THREADS:-2}; REPEAT=${REPEAT:-30}
bin=${GRAPHJIT:-$(swift build -c release --show-bin-path)/graphjit}
printf "%-12s %12s %12s %9s %9s %8s\n" layer graphjit_ms tf_ms vs_tf gflops tf_gflops
while read -r name shape; do
    if [ $# -gt 0 ] && ! printf '%s\n' "$@" | grep -qx "$name"; then continue; fi
    g=$("$bin" bench "$dir/$name.pb" --input-shape "$shape" --threads "$THREADS" --repeat "$REPEAT" --json)
    t=$($PYTHON scripts/bench/tf_pb_peer.py "$dir/$name.pb" --input-shape "$shape" --threads "$THREADS" --repeat "$REPEAT" --json)
    $PYTHON - "$name" "$g" "$t" <<'PY'
import json, sys
name, g, t = sys.argv[1], *map(json.loads, sys.argv[2:])
gm, tm = g["run_ms"]["median"], t["run_ms"]["median"]
print(f"{name:<12} {gm:8.3f}/{g['run_ms']['min']:<6.3f} {tm:8.3f}/{t['run_ms']['min']:<6.3f}"
      f" {tm / gm:8.2f}x {g['gflops']:9.1f} {g['gflops'] * gm / tm:9.1f}")
PY
done < "$dir/layers.txt"
