#!/usr/bin/env python3
"""The performance issue's table: `graphjit bench` and each peer (PyTorch, TensorFlow, JAX,
onnxruntime) on the same workloads and thread count, strictly one at a time in this job, and the
ratio to the best peer (its median time / graphjit's: above 1, graphjit is faster). Prints the
table and writes it as Markdown with the machine and the date. Not run by CI (minutes; needs the
peers from PyPI).

    python3 scripts/bench/table.py [--repeat 40] [--models DIR] [-o scripts/bench/results/DATE.md]

PYTHON names the interpreter with the peers (default: this one). --models DIR holds ResNet50.pb
from scripts/models/freeze_keras.py; without it the ResNet50 row is left out.
"""
import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
p = argparse.ArgumentParser()
p.add_argument("--repeat", type=int, default=40)
p.add_argument("--models")
p.add_argument("-o", "--output")
a = p.parse_args()
python = os.environ.get("PYTHON", sys.executable)
binary = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=root, capture_output=True,
                        text=True, check=True).stdout.strip() + "/graphjit"

SGEMM = """node { name: "a" op: "Placeholder" attr { key: "dtype" value { type: DT_FLOAT } } }
node { name: "b" op: "Placeholder" attr { key: "dtype" value { type: DT_FLOAT } } }
node { name: "c" op: "MatMul" input: ["a", "b"] attr { key: "T" value { type: DT_FLOAT } } }
"""


def run_json(args, env=None, threads=2):
    # Pinned to the first `threads` CPUs as well: a framework's own thread setting may not reach
    # every pool (JAX's XLA runtime on one "thread" computed SGEMM faster than one core can).
    pin = ["taskset", "-c", f"0-{threads - 1}"] if shutil.which("taskset") else []
    out = subprocess.run(pin + args, cwd=root, capture_output=True, text=True, env=env)
    if out.returncode != 0:
        return None, (out.stderr.strip().splitlines() or ["failed"])[-1]
    return json.loads(out.stdout.strip().splitlines()[-1]), None


def graphjit(args, env=None):
    threads = int(args[args.index("--threads") + 1]) if "--threads" in args else 2
    result, error = run_json([binary, "bench"] + args + ["--repeat", str(a.repeat), "--json"], env, threads)
    if error:
        raise SystemExit(f"graphjit bench {' '.join(args)}: {error}")
    return result


def peer(name, workload, threads):
    result, error = run_json([python, "scripts/bench/issue_peers.py", name, workload, "--threads", str(threads),
                              "--repeat", str(a.repeat)], threads=threads)
    return result if result else {"peer": name, "error": error}


rows = []
with tempfile.TemporaryDirectory() as tmp:
    sgemm = os.path.join(tmp, "sgemm.pbtxt")
    with open(sgemm, "w") as f:
        f.write(SGEMM)
    cache = dict(os.environ, GRAPHJIT_CACHE_DIR=os.path.join(tmp, "cache"))
    workloads = [
        ("SGEMM 512x512x512, 1 thread", "sgemm512", 1,
         [sgemm, "--input-shape", "a=512,512", "--input-shape", "b=512,512", "--threads", "1"], ["torch", "tf", "jax", "ort"]),
        ("SGEMM 512x512x512, 2 threads", "sgemm512", 2,
         [sgemm, "--input-shape", "a=512,512", "--input-shape", "b=512,512", "--threads", "2"], ["torch", "tf", "jax", "ort"]),
        ("seed-000 train step, batch 128", "train128", 2,
         ["graphs/mnist_cnn.pbtxt", "--train", "--batch", "128", "--threads", "2"], ["torch", "tf", "jax"]),
        ("seed-000 inference, batch 128", "infer128", 2,
         ["graphs/mnist_cnn.pbtxt", "--batch", "128", "--threads", "2"], ["torch", "tf", "jax"]),
        ("seed-000 inference, batch 1", "infer1", 2,
         ["graphs/mnist_cnn.pbtxt", "--batch", "1", "--threads", "2"], ["torch", "tf", "jax"]),
    ]
    for title, workload, threads, args, peers in workloads:
        g = graphjit(args, cache)
        others = [peer(name, workload, threads) for name in peers]
        rows.append((title, g, others, workload == "sgemm512"))
    if a.models and os.path.exists(os.path.join(a.models, "ResNet50.pb")):
        g = graphjit([os.path.join(a.models, "ResNet50.pb"), "--input-shape", "images=1,224,224,3", "--threads", "2"], cache)
        o, error = run_json([python, "scripts/bench/ort_peer.py", "ResNet50", "--threads", "2", "--repeat", str(a.repeat), "--json"])
        rows.append(("ResNet50, batch 1", g, [o if o else {"peer": "onnxruntime", "error": error}], False))
    # Compile: the training step cold (no cache) and from a warm cache.
    cold = graphjit(["graphs/mnist_cnn.pbtxt", "--train", "--batch", "128", "--no-cache"], cache)
    fresh = dict(os.environ, GRAPHJIT_CACHE_DIR=os.path.join(tmp, "compile-cache"))
    graphjit(["graphs/mnist_cnn.pbtxt", "--train", "--batch", "128"], fresh)
    warm = graphjit(["graphs/mnist_cnn.pbtxt", "--train", "--batch", "128"], fresh)


def median_ms(r):
    return r["run_ms"]["median"]


lines = ["| workload | graphjit median (min) | best peer | peers' medians | ratio (best peer / graphjit) |",
         "| --- | --- | --- | --- | --- |"]
for title, g, others, is_gemm in rows:
    timed = [o for o in others if "run_ms" in o]
    best = min(timed, key=median_ms) if timed else None
    extra = f", {2 * 512 ** 3 / (median_ms(g) * 1e-3) / 1e9:.0f} GFLOP/s" if is_gemm else ""
    gtext = f"{median_ms(g):.3f} ms ({g['run_ms']['min']:.3f}){extra}"
    ptext = "; ".join(f"{o['peer']}: {median_ms(o):.3f} ms" if "run_ms" in o else f"{o['peer']}: {o['error']}" for o in others)
    ratio = f"{median_ms(best) / median_ms(g):.2f}x" if best else "-"
    lines.append(f"| {title} | {gtext} | {best['peer'] if best else '-'} | {ptext} | {ratio} |")
lines.append(f"| seed-000 train step compile | cold {cold['compile_s']:.2f} s, from the cache {warm['compile_s'] * 1e3:.0f} ms "
             f"({warm['cache']}) | | | |")

cpu = platform.processor() or platform.machine()
try:
    with open("/proc/cpuinfo") as f:
        info = f.read()
    cpu = next(l.split(":", 1)[1].strip() for l in info.splitlines() if l.startswith("model name"))
    flags = next(l.split(":", 1)[1].split() for l in info.splitlines() if l.startswith("flags"))
    cpu += ", " + ("AVX-512" if "avx512f" in flags else "AVX2" if "avx2" in flags else "SSE")
except (OSError, StopIteration):
    pass
header = (f"# GraphJIT against its peers, {datetime.date.today().isoformat()}\n\n"
          f"Machine: {cpu}, {os.cpu_count()} logical CPUs. Every framework on the thread count shown (and pinned to that many CPUs), "
          f"one at a time in one job, median of {a.repeat} calls after a warm-up call "
          f"(`python3 scripts/bench/table.py --repeat {a.repeat}`). The ratio is the result; absolute "
          "times move with the machine's load.\n\n")
report = header + "\n".join(lines) + "\n"
print(report)
if a.output:
    os.makedirs(os.path.dirname(os.path.abspath(a.output)), exist_ok=True)
    with open(a.output, "w") as f:
        f.write(report)
