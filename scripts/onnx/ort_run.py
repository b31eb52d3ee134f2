#!/usr/bin/env python3
"""onnxruntime behind graphjit's command-line contract, so that the ONNX scripts can be checked
end to end (files written, command run, files read back) before graphjit imports ONNX:

    python3 scripts/onnx/ort_run.py run model.onnx --input NAME=x.npy|x.pb ... \
        --output NAME=y.npy [--output NAME2 ...]

--output takes any value name of the graph (inner values are added to the graph's outputs);
without =FILE the value is printed. Errors go to stderr as one line, exit status 1.
Runs on two threads (onnxruntime intra_op_num_threads=2).
"""
import argparse
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def fail(message):
    print(f"ort_run: error: {message}", file=sys.stderr)
    sys.exit(1)


def read_value(path):
    if path.endswith(".pb"):
        import onnx
        from onnx import numpy_helper
        t = onnx.TensorProto()
        with open(path, "rb") as f:
            t.ParseFromString(f.read())
        return numpy_helper.to_array(t)
    return np.load(path, allow_pickle=False)


def main():
    p = argparse.ArgumentParser(prog="ort_run.py")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run")
    r.add_argument("model")
    r.add_argument("--input", action="append", default=[])
    r.add_argument("--output", action="append", default=[])
    a = p.parse_args()

    import onnx
    from common import ort_session
    inputs = {}
    for item in a.input:
        name, eq, path = item.rpartition("=")
        if not eq or not name:
            fail(f"--input {item!r}: expected NAME=FILE")
        try:
            inputs[name] = read_value(path)
        except Exception as e:
            fail(f"--input {name}: cannot read {path}: {e}")
    outputs = []
    for item in a.output:
        name, eq, path = item.rpartition("=")
        outputs.append((name, path) if eq else (item, None))
    try:
        header = onnx.load(a.model, load_external_data=False)
    except Exception as e:
        fail(f"{a.model}: {e}")
    graph_outputs = [o.name for o in header.graph.output]
    if not outputs:
        outputs = [(n, None) for n in graph_outputs]
    inner = [n for n, _ in outputs if n not in graph_outputs]
    try:
        session = ort_session(a.model, inner)
        wanted = [n for n, _ in outputs]
        values = session.run(wanted, inputs)
    except Exception as e:
        fail(" ".join(str(e).split()))
    for (name, path), value in zip(outputs, values):
        value = np.asarray(value)
        if value.dtype == object:       # strings: .npy without pickling
            value = value.astype(str)
        if path:
            np.save(path, value)
        else:
            print(f"{name}: shape {list(np.shape(value))}")
            print(np.asarray(value))


if __name__ == "__main__":
    main()
