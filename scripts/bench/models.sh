#!/usr/bin/env bash
# graphjit bench beside TensorFlow (the same .pb in a Session) and onnxruntime (the torchvision
# equivalent), in one job, every framework on the same thread count. Not run by CI.
#
#   scripts/bench/models.sh FROZEN_DIR [Name ...]      (THREADS=2 BATCH=1 REPEAT=20 ROUNDS=1 by default)
#
# FROZEN_DIR holds <Name>.pb from scripts/models/freeze_keras.py. PYTHON is the interpreter with
# tensorflow, torch, torchvision and onnxruntime (default python3).
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=$1; shift
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(ResNet50 VGG16 MobileNetV2 MobileNetV3Small DenseNet121 InceptionV3 EfficientNetB0 Xception ConvNeXtTiny MobileNetV2_035_96)
PYTHON=${PYTHON:-python3}; THREADS=${THREADS:-2}; BATCH=${BATCH:-1}; REPEAT=${REPEAT:-20}; ROUNDS=${ROUNDS:-1}
bin=$(swift build -c release --show-bin-path)/graphjit
# Medians, and minimums after the slash: on a shared machine the minimum is the steadier figure.
printf "%-20s %16s %16s %16s %8s %9s %9s %8s\n" model graphjit_ms tf_ms ort_ms vs_tf compile_s gflops peak_MB
for name in "${names[@]}"; do
    size=224; case $name in InceptionV3|Xception) size=299;; MobileNetV2_035_96) size=96;; esac
    batch=$BATCH; [ "$name" = MobileNetV2_035_96 ] && batch=2
    shape="images=$batch,$size,$size,3"
    # ROUNDS rounds, the frameworks taking turns within each, so a burst of load from a
    # neighbour on a shared machine hits them alike; each framework's best round is reported.
    gs=(); ts=(); os=()
    for ((r = 0; r < ROUNDS; r++)); do
        gs+=("$("$bin" bench "$dir/$name.pb" --input-shape "$shape" --threads "$THREADS" --repeat "$REPEAT" --json)")
        ts+=("$($PYTHON scripts/bench/tf_pb_peer.py "$dir/$name.pb" --input-shape "$shape" --threads "$THREADS" --repeat "$REPEAT" --json)")
        o='{"run_ms":{"median":null}}'
        case $name in ResNet50|VGG16|MobileNetV2|DenseNet121|InceptionV3|EfficientNetB0|ConvNeXtTiny|MobileNetV3Small)
            o=$($PYTHON scripts/bench/ort_peer.py "$name" --batch "$batch" --threads "$THREADS" --repeat "$REPEAT" --json 2>/dev/null || echo "$o");;
        esac
        os+=("$o")
    done
    g=$(printf '%s\n' "${gs[@]}" | $PYTHON scripts/bench/best_round.py)
    t=$(printf '%s\n' "${ts[@]}" | $PYTHON scripts/bench/best_round.py)
    o=$(printf '%s\n' "${os[@]}" | $PYTHON scripts/bench/best_round.py)
    $PYTHON - "$name" "$g" "$t" "$o" <<'PY'
import json, sys
name, g, t, o = sys.argv[1], *map(json.loads, sys.argv[2:])
gm, tm, om = g["run_ms"]["median"], t["run_ms"]["median"], o["run_ms"]["median"]
both = lambda r: "%.2f / %.2f" % (r["run_ms"]["median"], r["run_ms"]["min"]) if r["run_ms"]["median"] else "-"
print("%-20s %16s %16s %16s %7.2fx %9.2f %9.1f %8.0f" % (name, both(g), both(t), both(o), tm / gm,
      g["compile_s"], g["gflops"], g["peak_memory_bytes"] / 2**20))
PY
done
