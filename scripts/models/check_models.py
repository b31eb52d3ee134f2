"""Runs full-size frozen models through `graphjit run` and compares every requested node (the
final output and inner nodes) with TensorFlow's values on the same random images, within the
conformance tolerance (rtol 2e-3, atol 2e-4).

    python3 scripts/models/check_models.py GRAPHJIT FROZEN_DIR [Name ...] [--batch N] [--inner K]

Frozen files come from freeze_keras.py. Not run by CI (needs TensorFlow and the big files).
Prints one line per model and `N passed, N failed`.
"""
import argparse
import os
import subprocess
import sys
import tempfile

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

sys.path.insert(0, os.path.dirname(__file__))
from freeze_keras import MODELS  # noqa: E402

RTOL, ATOL = 2e-3, 2e-4


def inner_nodes(graph_def, k):
    """k inner nodes spread over the graph: activations (Relu, Relu6, Add, Concat...) people extract."""
    # Ops that compute activations (not constant subexpressions such as batch norm's scale).
    wanted = {"Relu", "Relu6", "ConcatV2", "MaxPool", "AvgPool", "Conv2D", "BiasAdd", "DepthwiseConv2dNative",
              "Sigmoid", "Erfc", "MatMul"}
    candidates = [n.name for n in graph_def.node if n.op in wanted]
    if not candidates:
        return []
    step = max(len(candidates) // (k + 1), 1)
    return candidates[step::step][:k]


def run(graphjit, path, name, batch, k, workdir):
    size = MODELS[name][1]
    graph_def = tf.compat.v1.GraphDef()
    with open(path, "rb") as f:
        graph_def.ParseFromString(f.read())
    final = [n.name for n in graph_def.node if n.op == "Identity" and n.name.startswith("Identity")][:1]
    nodes = final + inner_nodes(graph_def, k)
    x = np.random.default_rng(7).uniform(0, 1, (batch, size, size, 3)).astype(np.float32)
    graph = tf.Graph()
    with graph.as_default():
        tf.import_graph_def(graph_def, name="")
    config = tf.compat.v1.ConfigProto(intra_op_parallelism_threads=2, inter_op_parallelism_threads=1)
    with tf.compat.v1.Session(graph=graph, config=config) as s:
        # One fetch per node: grappler fuses differently per fetch set (a Sigmoid fetched together
        # with its swish Mul may be fused away and "not found").
        want = [s.run(n + ":0", {"images:0": x}) for n in nodes]
    xfile = os.path.join(workdir, "x.npy")
    np.save(xfile, x)
    args = [graphjit, "run", path, "--input", "images=" + xfile]
    outs = []
    for i, n in enumerate(nodes):
        outs.append(os.path.join(workdir, "out%d.npy" % i))
        args += ["--output", "%s=%s" % (n, outs[-1])]
    r = subprocess.run(args, capture_output=True, text=True)
    if r.returncode != 0:
        return False, r.stderr.strip()
    worst = []
    ok = True
    for n, w, o in zip(nodes, want, outs):
        g = np.load(o)
        if g.shape != w.shape:
            return False, "%s: shape %s, TensorFlow %s" % (n, g.shape, w.shape)
        excess = float(np.max(np.abs(g - w) - (ATOL + RTOL * np.abs(w)))) if w.size else 0.0
        scale = float(np.max(np.abs(w))) if w.size else 0.0
        worst.append("%s %.1e/%.1e" % (n.split("/")[-2] if "/" in n else n, float(np.max(np.abs(g - w))), scale))
        ok = ok and excess <= 0
    return ok, "max |diff| / max |TF| per node: " + ", ".join(worst)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("graphjit")
    p.add_argument("frozen_dir")
    p.add_argument("names", nargs="*")
    p.add_argument("--batch", type=int, default=2)
    p.add_argument("--inner", type=int, default=3)
    a = p.parse_args()
    passed = failed = 0
    with tempfile.TemporaryDirectory() as workdir:
        for name in a.names or list(MODELS)[:9]:
            path = os.path.join(a.frozen_dir, name + ".pb")
            ok, detail = run(a.graphjit, path, name, a.batch, a.inner, workdir)
            print("%-18s %s  %s" % (name, "ok  " if ok else "FAIL", detail[:600]), flush=True)
            passed += ok
            failed += not ok
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
