#!/usr/bin/env python3
"""onnxruntime against `graphjit bench` on the onnx wheel's light_resnet50.onnx with seeded
random weights (common.random_model: He-normal weights, BN statistics fitted to the input).

    python3 scripts/onnx/bench.py [--model light_resnet50] [--repeat 30] [--warmup 5]
        [--threads 2] [--graphjit PATH | --backend ort] [--keep DIR] [--json]

onnxruntime: CPUExecutionProvider, intra_op_num_threads=2, inter_op_num_threads=1, batch 1;
--warmup runs, then the median (and min, max) of --repeat timed session.run calls.
graphjit: `graphjit bench model.onnx --input NAME=x.npy --threads 2 --repeat N --json` on the
same file and input (one warm-up run inside graphjit, then N runs); its run_ms median is
compared. Prints both and the ratio graphjit / onnxruntime (below 1: graphjit is faster).
--backend ort times onnxruntime only. Run it on an otherwise idle machine.
"""
import argparse
import json
import os
import subprocess
import sys
import time

import numpy as np
import onnx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402


def time_ort(path, feeds, warmup, repeat):
    session = common.ort_session(path)
    for _ in range(warmup):
        session.run(None, feeds)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        session.run(None, feeds)
        times.append(time.perf_counter() - t0)
    times = np.array(times) * 1e3
    return {"median": float(np.median(times)), "min": float(times.min()),
            "max": float(times.max())}


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    common.add_backend_options(p)
    p.add_argument("--model", default="light_resnet50",
                   help="a light model of the onnx wheel (default light_resnet50)")
    p.add_argument("--repeat", type=int, default=30)
    p.add_argument("--warmup", type=int, default=5)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--keep", metavar="DIR", help="write the random-weight model and input there")
    p.add_argument("--json", action="store_true", help="print one JSON object at the end")
    a = p.parse_args()
    common.THREADS = a.threads

    model, feeds, info = common.random_model(onnx.load(common.light_model_path(a.model)), a.seed)
    workdir = a.keep or common.make_workdir("graphjit_bench_")
    os.makedirs(workdir, exist_ok=True)
    path = os.path.join(workdir, f"random_{os.path.basename(common.light_model_path(a.model))}")
    common.save_model(model, path)
    input_args = []
    for k, (name, value) in enumerate(feeds.items()):
        npy = os.path.join(workdir, f"input_{k}.npy")
        np.save(npy, value)
        input_args += ["--input", f"{name}={npy}"]
    shapes = {n: list(v.shape) for n, v in feeds.items()}
    print(f"{a.model} with random weights ({info['constant_of_shape']} ConstantOfShape + "
          f"{info['initializers']} initializers, {info['bn_calibration_runs']} BN calibration "
          f"runs): {path}, inputs {shapes}")

    import onnxruntime
    ort_ms = time_ort(path, feeds, a.warmup, a.repeat)
    print(f"onnxruntime {onnxruntime.__version__} ({common.THREADS} threads, batch 1): median "
          f"{ort_ms['median']:.2f} ms, min {ort_ms['min']:.2f} ms, max {ort_ms['max']:.2f} ms "
          f"over {a.repeat} runs after {a.warmup} warm-up runs", flush=True)
    result = {"model": a.model, "threads": common.THREADS, "repeat": a.repeat,
              "onnxruntime": {"version": onnxruntime.__version__, "run_ms": ort_ms}}

    if a.backend == "graphjit":
        binary = common.find_graphjit(a.graphjit)
        argv = [binary, "bench", path] + input_args + ["--threads", str(common.THREADS),
                                                       "--repeat", str(a.repeat), "--json"]
        r = subprocess.run(argv, capture_output=True, text=True, timeout=a.timeout,
                           env=common.child_env())
        if r.returncode != 0:
            line = common.first_line(r.stderr) or common.first_line(r.stdout)
            print(f"graphjit bench failed (exit {r.returncode}): {line}")
            result["graphjit"] = {"error": line}
        else:
            gj = json.loads(r.stdout.strip().splitlines()[-1])
            g = gj["run_ms"]
            ratio = g["median"] / ort_ms["median"]
            print(f"graphjit ({gj.get('threads')} threads, batch {gj.get('batch')}): median "
                  f"{g['median']:.2f} ms, min {g['min']:.2f} ms, max {g['max']:.2f} ms over "
                  f"{gj.get('repeat')} runs; compile {gj.get('compile_s', float('nan')):.2f} s, "
                  f"{gj.get('gflops', float('nan')):.1f} GFLOP/s, peak memory "
                  f"{gj.get('peak_memory_bytes', 0) / 2**20:.0f} MiB")
            print(f"ratio graphjit / onnxruntime (median): {ratio:.2f}"
                  + (f" (graphjit {1 / ratio:.2f}x faster)" if ratio < 1 else
                     f" (graphjit {ratio:.2f}x slower)"))
            result["graphjit"] = gj
            result["ratio_median"] = ratio
    if a.json:
        print(json.dumps(result))
    if not a.keep:
        common.remove_workdir(workdir)


if __name__ == "__main__":
    main()
