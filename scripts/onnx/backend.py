#!/usr/bin/env python3
"""An onnx.backend.base.Backend that runs models through the `graphjit run` command line, and
the onnx wheel's model tests on it.

    python3 scripts/onnx/backend.py [--dirs light,simple,pytorch-converted,pytorch-operator]
        [-k REGEX] [--graphjit PATH | --backend ort] [--input-format npy|pb] [-v]
    python3 scripts/onnx/backend.py --random-weights [-k REGEX] [--seed 0] [--backend ...]

Default mode: onnx.backend.test.BackendTest with this backend, restricted to the model tests
whose data ships inside the installed onnx package, onnx/backend/test/data/
  light              the "real" model tests (data/real/test_*/data.json name a light_*.onnx;
                     the runner feeds arange(n)/n and expects light_*_output_0.pb), rtol 1e-3
                     atol 1e-7 as data.json says
  simple, pytorch-converted, pytorch-operator
                     test_*/model.onnx with test_data_set_*/input_*.pb and output_*.pb; rtol
                     1e-3 atol 1e-7 unless the case's data.json says otherwise
(the node tests, data/node, are left out). Only the CPU variants run. Prints one line per test,
then per directory the passed/failed/skipped counts and each failure with a one-line reason
(the first line of graphjit's stderr, or the comparison that failed), then a closing
'N passed, N failed, N skipped' line. Exit status 1 if anything failed.

--random-weights: the light models' weights are ConstantOfShape(shape) filled with 0.02 (real
weights were stripped to keep the wheel small), which makes their outputs nearly constant. This
mode turns every such node and every float initializer into seeded random values of sensible
scale (He-normal by fan-in for Conv/Gemm weights, BN scale in [0.5, 1.5], biases and shifts
N(0, 0.1^2)), feeds a seeded N(0, 1) input, sets each BN's mean and variance to its input's
per-channel statistics for that input (so activations stay O(1) through residual sums;
--no-calibrate keeps random ones), and compares the backend's outputs with
onnxruntime's on that model (the final Softmax's input too, as an inner --output):
rtol 1e-3, atol 1e-4 * max|expected|. Reports max abs and max rel (= max abs / max|expected|).

--backend ort runs the same command line through scripts/onnx/ort_run.py (onnxruntime), which
shows the harness itself works. graphjit runs with GRAPHJIT_THREADS=2.
"""
import argparse
import os
import re
import sys
import tempfile
import time
import unittest
import weakref

import numpy as np
import onnx
from onnx.backend.base import Backend, BackendRep

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

DIRS = ["light", "pytorch-converted", "pytorch-operator", "simple"]
# onnx's runner names its test classes after these categories.
CATEGORY_OF_DIR = {"light": "OnnxBackendRealModelTest",
                   "pytorch-converted": "OnnxBackendPyTorchConvertedModelTest",
                   "pytorch-operator": "OnnxBackendPyTorchOperatorModelTest",
                   "simple": "OnnxBackendSimpleModelTest"}


class GraphJITBackendRep(BackendRep):
    """A model written to a temporary directory; run() writes the inputs as .npy (or .pb),
    calls `CLI run model.onnx --input ... --output ...` and reads the outputs back."""

    def __init__(self, model, cli, input_format="npy", timeout=900):
        self.cli = cli
        self.input_format = input_format
        self.timeout = timeout
        self.workdir = tempfile.mkdtemp(prefix="graphjit_backend_")
        weakref.finalize(self, common.remove_workdir, self.workdir)
        self.model_path = os.path.join(self.workdir, "model.onnx")
        common.save_model(model, self.model_path)
        self.input_names = [i.name for i in common.graph_inputs(model)]
        self.output_names = [o.name for o in model.graph.output]
        self.last_seconds = None

    def run(self, inputs, outputs=None, **kwargs):
        if isinstance(inputs, dict):
            feeds = dict(inputs)
        else:
            if not isinstance(inputs, (list, tuple)):
                inputs = [inputs]
            if len(inputs) > len(self.input_names):
                raise ValueError(f"{len(inputs)} inputs given, the model has "
                                 f"{len(self.input_names)}")
            feeds = dict(zip(self.input_names, inputs))
        names = list(outputs) if outputs else self.output_names
        got, self.last_seconds = common.run_cli(self.cli, self.model_path, feeds, names,
                                                self.workdir, self.input_format, self.timeout)
        return [got[n] for n in names]


class GraphJITBackend(Backend):
    """onnx backend over the graphjit command line. Configure with the class attributes (cli,
    input_format, timeout) before use; CPU only."""

    cli = None
    input_format = "npy"
    timeout = 900

    @classmethod
    def is_compatible(cls, model, device="CPU", **kwargs):
        return True

    @classmethod
    def prepare(cls, model, device="CPU", **kwargs):
        super().prepare(model, device, **kwargs)   # onnx.checker
        if cls.cli is None:
            cls.cli = common.cli_command("graphjit")
        return GraphJITBackendRep(model, cls.cli, cls.input_format, cls.timeout)

    @classmethod
    def run_model(cls, model, inputs, device="CPU", **kwargs):
        return cls.prepare(model, device, **kwargs).run(inputs)

    @classmethod
    def supports_device(cls, device):
        return device == "CPU"


# ---------------------------------------------------------------------------------------------

def one_line(exc):
    """A one-line reason for a failed test."""
    if isinstance(exc, common.RunError):
        return str(exc)
    text = str(exc)
    if isinstance(exc, AssertionError):
        lines = [l.strip() for l in text.splitlines() if l.strip()]
        keep = [l for l in lines if l.startswith(("Not equal", "Mismatched", "Max absolute",
                                                  "Max relative", "Output", "(shapes",
                                                  "x:", "y:", "Items are not equal"))]
        head = lines[0] if lines else "assertion failed"
        picked = [head] + [l for l in keep if l != head]
        text = "; ".join(picked[:5])
    else:
        text = f"{type(exc).__name__}: {first(text)}"
    return text[:400]


def first(text):
    return common.first_line(text) or "(no message)"


class Recorder(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.outcome, self.reason = "pass", ""

    def addError(self, test, err):
        super().addError(test, err)
        self.outcome, self.reason = "fail", one_line(err[1])

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.outcome, self.reason = "fail", one_line(err[1])

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self.outcome, self.reason = "skip", reason

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self.outcome, self.reason = "pass", "expected failure"


def conformance(args):
    import onnx.backend.test
    # The light tests write their generated input under $ONNX_HOME/models/light/.
    os.environ.setdefault("ONNX_HOME", os.path.join(tempfile.gettempdir(), "onnx_home_graphjit"))
    dirs = [d.strip() for d in args.dirs.split(",") if d.strip()]
    for d in dirs:
        if d not in CATEGORY_OF_DIR:
            sys.exit(f"unknown directory {d!r}: one of {', '.join(DIRS)}")
    pattern = re.compile(args.k) if args.k else None
    import warnings
    with warnings.catch_warnings():   # loading onnx's node cases warns about their data
        warnings.simplefilter("ignore")
        runner = onnx.backend.test.BackendTest(GraphJITBackend, __name__)
    cases = runner.test_cases
    results = {}
    for d in dirs:
        cls = cases[CATEGORY_OF_DIR[d]]
        names = sorted(n for n in dir(cls) if n.startswith("test_") and n.endswith("_cpu"))
        if pattern:
            names = [n for n in names if pattern.search(n)]
        results[d] = []
        for name in names:
            rec = Recorder()
            t0 = time.perf_counter()
            cls(name).run(rec)
            seconds = time.perf_counter() - t0
            results[d].append((name, rec.outcome, rec.reason))
            tag = {"pass": "ok", "fail": "FAIL", "skip": "skip"}[rec.outcome]
            print(f"[{d}] {name} ... {tag} ({seconds:.1f} s)"
                  + (f": {rec.reason}" if rec.outcome != "pass" and args.verbose else ""),
                  flush=True)
    print()
    total = {"pass": 0, "fail": 0, "skip": 0}
    for d in dirs:
        counts = {"pass": 0, "fail": 0, "skip": 0}
        for _, outcome, _ in results[d]:
            counts[outcome] += 1
            total[outcome] += 1
        print(f"{d}: {counts['pass']} passed, {counts['fail']} failed, {counts['skip']} skipped")
        for name, outcome, reason in results[d]:
            if outcome == "fail":
                print(f"  FAIL {name}: {reason}")
        for name, outcome, reason in results[d]:
            if outcome == "skip" and args.verbose:
                print(f"  skip {name}: {reason}")
    print(f"{total['pass']} passed, {total['fail']} failed, {total['skip']} skipped")
    return 1 if total["fail"] else 0


def softmax_input(model):
    """The input of the graph's last Softmax when it produces a graph output (the logits)."""
    outs = {o.name for o in model.graph.output}
    for node in reversed(model.graph.node):
        if node.op_type == "Softmax" and node.output[0] in outs:
            return node.input[0]
    return None


def random_weights(args):
    pattern = re.compile(args.k) if args.k else None
    light = os.path.join(common.onnx_data_dir(), "light")
    files = sorted(f for f in os.listdir(light) if f.endswith(".onnx"))
    if pattern:
        files = [f for f in files if pattern.search(f)]
    cli = common.cli_command(args.backend, args.graphjit)
    rows, failed = [], 0
    for f in files:
        name = f[len("light_"):-len(".onnx")]
        model, feeds, stats = common.random_model(onnx.load(os.path.join(light, f)), args.seed,
                                                  calibrate=not args.no_calibrate)
        logits = softmax_input(model)
        wanted = [o.name for o in model.graph.output] + ([logits] if logits else [])
        session = common.ort_session(model, [logits] if logits else [])
        expected = dict(zip(wanted, session.run(wanted, feeds)))
        workdir = common.make_workdir("graphjit_random_")
        try:
            path = os.path.join(workdir, "model.onnx")
            common.save_model(model, path)
            if args.keep:
                os.makedirs(args.keep, exist_ok=True)
                common.save_model(model, os.path.join(args.keep, f"random_{f}"))
            try:
                got, seconds = common.run_cli(cli, path, feeds, wanted, workdir,
                                              args.input_format, args.timeout)
            except common.RunError as e:
                failed += 1
                rows.append((name, "-", "FAIL", "", "", "", str(e)))
                print(f"{name}: FAIL {e}", flush=True)
                continue
            for out in wanted:
                c = common.compare(got[out], expected[out], rtol=1e-3, atol_scale=1e-4)
                label = out + (" (logits)" if out == logits else "")
                rows.append((name, label, "ok" if c["ok"] else "FAIL", f"{c['max_abs']:.3g}",
                             f"{c['max_rel']:.3g}", f"{c['scale']:.3g}", c["reason"]))
                failed += 0 if c["ok"] else 1
                print(f"{name} {label}: {'ok' if c['ok'] else 'FAIL'} max abs {c['max_abs']:.3g} "
                      f"max rel {c['max_rel']:.3g} (scale {c['scale']:.3g}, "
                      f"{stats['constant_of_shape']} ConstantOfShape + {stats['initializers']} "
                      f"initializers randomized, {stats['bn_calibration_runs']} BN calibration runs, "
                      f"{seconds:.1f} s) {c['reason']}", flush=True)
        finally:
            common.remove_workdir(workdir)
    print()
    head = ("model", "output", "result", "max abs", "max rel", "scale", "reason")
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(6)]
    print("  ".join(h.ljust(w) for h, w in zip(head[:6], widths)) + "  reason")
    for r in rows:
        print("  ".join(str(v).ljust(w) for v, w in zip(r[:6], widths)) + "  " + r[6])
    passed = sum(1 for r in rows if r[2] == "ok")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    common.add_backend_options(p)
    p.add_argument("--dirs", default=",".join(DIRS),
                   help="comma-separated subset of " + ",".join(DIRS))
    p.add_argument("-k", metavar="REGEX", help="only tests (or light models) whose name matches")
    p.add_argument("--input-format", choices=["npy", "pb"], default="npy",
                   help="write inputs as .npy (default) or as ONNX TensorProto .pb files")
    p.add_argument("--random-weights", action="store_true",
                   help="light models with seeded random weights, against onnxruntime")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--no-calibrate", action="store_true", help="with --random-weights: keep "
                   "the random BN means and variances instead of fitting them to the input")
    p.add_argument("--keep", metavar="DIR", help="with --random-weights: save the randomized "
                   "models there as random_light_*.onnx")
    p.add_argument("-v", "--verbose", action="store_true")
    args = p.parse_args()
    GraphJITBackend.cli = common.cli_command(args.backend, args.graphjit)
    GraphJITBackend.input_format = args.input_format
    GraphJITBackend.timeout = args.timeout
    sys.exit(random_weights(args) if args.random_weights else conformance(args))


if __name__ == "__main__":
    main()
