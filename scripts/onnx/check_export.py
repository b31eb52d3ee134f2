#!/usr/bin/env python3
"""Checks `graphjit export` (and `train --save-onnx`) against onnxruntime.

    python scripts/onnx/check_export.py [path/to/graphjit] [--data DIR] [--opsets 13,17,18,21]
                                        [--only CASE,...] [--skip-fixtures] [--skip-mnist]

Needs numpy, onnx and onnxruntime (the peers' venv has them). Three parts, each printing its
largest differences:

1. fixtures: every TensorFlow fixture of Tests/Fixtures/tf exported at each opset, with the inputs
   fixed to the shapes fed and as declared, `onnx.checker.check_model(full_check=True)`, and
   onnxruntime's outputs against TensorFlow's, within the case's tolerance. Models GraphJIT refuses (training ops) are listed
   with the one-line error.
2. MNIST nets: graphs/mnist_*.pbtxt trained briefly (`graphjit train --limit`), exported with
   --weights at each opset (the prediction and its logits), onnxruntime against `graphjit run` of the
   trainable graph with the same weights on the same 64 test images.
3. a trained net: `graphjit train graphs/mnist_blog.pbtxt --epochs 1 --standardize --save-onnx`,
   onnxruntime against `graphjit run` of the frozen GraphDef trained with it (--save-frozen), and the
   test accuracy of both over the 10,000 test images.

Each exported file must also come back byte for byte from onnx's own serialisation of it. Exits 1
when a check fails. The binary is the path given, else $GRAPHJIT, else the release build.
"""
import gzip, json, os, subprocess, sys, tempfile
import numpy as np
import onnx
import onnxruntime as ort

root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../.."))
failures = []


def fail(message):
    print(f"check_export.py: error: {message}", file=sys.stderr)
    sys.exit(1)


def option(name, default=None):
    if name not in sys.argv:
        return default
    i = sys.argv.index(name)
    if i + 1 >= len(sys.argv):
        fail(f"{name} needs a value")
    return sys.argv[i + 1]


def find_binary():
    values = {option("--data"), option("--opsets"), option("--only")}
    given = [a for a in sys.argv[1:] if not a.startswith("--") and a not in values]
    if given:
        return given[0]
    if os.environ.get("GRAPHJIT"):
        return os.environ["GRAPHJIT"]
    r = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=root, capture_output=True, text=True)
    candidate = os.path.join(r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ".build/release", "graphjit")
    if os.access(candidate, os.X_OK):
        return candidate
    fail("no graphjit binary: build it (swift build -c release), or give its path or GRAPHJIT=PATH")


binary = find_binary()
opsets = [int(o) for o in option("--opsets", "13,17,18,21").split(",")]
data = option("--data", os.path.join(root, "../shared/data/mnist"))
only = set(option("--only").split(",")) if option("--only") else None


def graphjit(*args):
    r = subprocess.run([binary, *args], cwd=root, capture_output=True, text=True)
    return r.returncode, (r.stderr.strip() or r.stdout.strip()).splitlines()[-1:] or [""], r.stdout


def check_file(path, label):
    """check_model with full shape inference, and onnx's re-serialisation equal to the file."""
    model = onnx.load(path)
    try:
        onnx.checker.check_model(model, full_check=True)
    except Exception as e:  # the checker's own exceptions
        failures.append(f"{label}: check_model: {str(e).splitlines()[0]}")
        return None
    with open(path, "rb") as f:
        if model.SerializeToString() != f.read():
            failures.append(f"{label}: onnx re-serialises the file differently")
    return model


def run_ort(path, feeds):
    session = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
    names = [o.name for o in session.get_outputs()]
    # Only the inputs the exported outputs need are the model's.
    inputs = {i.name for i in session.get_inputs()}
    return dict(zip(names, session.run(None, {n: v for n, v in feeds.items() if n in inputs})))


def difference(got, want):
    if got.shape != want.shape or got.dtype != want.dtype:
        return None
    if got.size == 0:
        return 0.0, 0.0
    g, w = got.astype(np.float64), want.astype(np.float64)
    both_nan = np.isnan(g) & np.isnan(w)
    d = np.where(both_nan, 0, np.abs(g - w))
    return float(np.nanmax(d)), float(np.nanmax(d / np.maximum(np.abs(w), 1e-30)))


# Differences GraphJIT's export cannot remove, printed but not failures: ONNX has no op of the
# same definition, or onnxruntime computes it another way.
known = {
    "ew_erfc_tail_f32": "erfc is written as 1 - Erf(x) (ONNX has no Erfc), which cancels in the tail",
    "ew_pow_i32": "onnxruntime's integer Pow saturates on overflow where TensorFlow wraps",
    "cv_resize_bilinear_int32_input": "onnxruntime divides by the scale out/in where TensorFlow multiplies by in/out: "
                                      "the float32 source coordinates differ in the last bits, times pixel values up to 50",
}


def fixtures(tmp):
    folder = os.path.join(root, "Tests/Fixtures/tf")
    worst, worst_ratio, refused, checked, cases = (0.0, ""), (0.0, ""), [], 0, 0
    for case in sorted(os.listdir(folder)):
        spec_path = os.path.join(folder, case, "case.json")
        if not os.path.isfile(spec_path) or (only and case not in only):
            continue
        spec = json.load(open(spec_path))
        tol = spec.get("tolerance", {})
        rtol, atol = tol.get("rtol", 1e-5), tol.get("atol", 1e-5)
        feeds = {n: np.load(os.path.join(folder, case, p)) for n, p in spec["inputs"].items()}
        outputs = sorted(spec["outputs"])
        shapes = [x for n, v in feeds.items() for x in ["--input-shape", f"{n}={','.join(map(str, v.shape)) or '[]'}"]]
        graph = os.path.join(folder, case, "graph.pb")
        probe = os.path.join(tmp, "probe.onnx")
        status, line, _ = graphjit("export", graph, "-o", probe, *shapes, *[x for o in outputs for x in ["--output", o]])
        if status != 0:
            # The outputs that export alone (a gradient case's dx, not its dw) are still checked.
            kept = [o for o in outputs if graphjit("export", graph, "-o", probe, *shapes, "--output", o)[0] == 0]
            refused.append((case, line[0], [o for o in outputs if o not in kept]))
            outputs = kept
            if not outputs:
                continue
        cases += 1
        selected = [x for o in outputs for x in ["--output", o]]
        # With the inputs' shapes fixed (computed shapes resolved, SAME pads known), and as the
        # graph declares them (unknown batch: Shape, Reshape and Expand of computed shapes),
        # which may be refused (SAME padding needs the image size).
        for (variant, args), opset in [(v, o) for v in [("", shapes + selected), (" as declared", selected)] for o in opsets]:
            path = os.path.join(tmp, f"{case}-{opset}.onnx")
            status, line, _ = graphjit("export", graph, "-o", path, "--opset", str(opset), *args)
            if status != 0:
                if not variant:
                    failures.append(f"{case} opset {opset}: export: {line[0]}")
                continue
            label = f"{case}{variant} opset {opset}"
            if check_file(path, label) is None:
                continue
            try:
                results = run_ort(path, feeds)
            except Exception as e:  # onnxruntime's own exceptions
                failures.append(f"{label}: onnxruntime: {str(e).splitlines()[0][:300]}")
                continue
            for o in outputs:
                want = np.load(os.path.join(folder, case, spec["outputs"][o]))
                got = results[o]
                d = difference(got, want)
                if d is None:
                    failures.append(f"{label} {o}: {got.dtype}{list(got.shape)} from onnxruntime, {want.dtype}{list(want.shape)} from TensorFlow")
                    continue
                close = np.allclose(got.astype(np.float64), want.astype(np.float64), rtol=rtol, atol=atol, equal_nan=True)
                if not close and case in known:
                    print(f"known difference: {label} {o}: max |diff| {d[0]:.3g}: {known[case]}")
                elif not close:
                    failures.append(f"{label} {o}: max |diff| {d[0]:.3g} beyond rtol {rtol} atol {atol}")
                elif want.dtype.kind == "f":
                    g, w = got.astype(np.float64), want.astype(np.float64)
                    excess = np.where(np.isnan(g) & np.isnan(w), 0, np.abs(g - w))
                    with np.errstate(divide="ignore", invalid="ignore"):
                        ratio = float(np.max(np.where(excess == 0, 0, excess / (atol + rtol * np.abs(w))))) if got.size else 0.0
                    if d[0] > worst[0]:
                        worst = (d[0], f"{label} {o}")
                    if ratio > worst_ratio[0]:
                        worst_ratio = (ratio, f"{label} {o}, max |diff| {d[0]:.3g}")
                checked += 1
    print(f"fixtures: {checked} outputs of {cases} exported cases "
          f"checked against TensorFlow at opsets {opsets}; largest float difference {worst[0]:.3g} ({worst[1]}); "
          f"closest to its case's tolerance: {worst_ratio[0]:.2f} of it ({worst_ratio[1]})")
    print(f"fixtures with outputs refused ({len(refused)}):")
    for case, line, dropped in refused:
        print(f"  {case} ({', '.join(dropped)}): {line}")


def idx_images(path, count):
    with gzip.open(path, "rb") as f:
        raw = f.read()
    return (np.frombuffer(raw, np.uint8, offset=16)[: count * 784].reshape(count, 28, 28, 1) / np.float32(256)).astype(np.float32)


def idx_labels(path, count):
    with gzip.open(path, "rb") as f:
        return np.frombuffer(f.read(), np.uint8, offset=8)[:count]


def compare_with_run(onnx_path, graph, extra, images, label, tmp):
    """onnxruntime on `onnx_path` against `graphjit run GRAPH EXTRA` on the same images."""
    model = check_file(onnx_path, label)
    if model is None:
        return None
    x = os.path.join(tmp, "images.npy")
    np.save(x, images)
    name = model.graph.input[0].name
    outputs = [o.name for o in model.graph.output]
    got = run_ort(onnx_path, {name: images})
    worst = 0.0
    for o in outputs:
        want_path = os.path.join(tmp, "want.npy")
        status, line, _ = graphjit("run", graph, *extra, "--input", f"{name}={x}", "--output", f"{o}={want_path}")
        if status != 0:
            failures.append(f"{label}: graphjit run: {line[0]}")
            return None
        d = difference(got[o], np.load(want_path))
        if d is None:
            failures.append(f"{label} {o}: shapes or dtypes differ")
            continue
        worst = max(worst, d[0])
    return worst, got[outputs[0]]


def mnist(tmp):
    images = idx_images(os.path.join(data, "t10k-images-idx3-ubyte.gz"), 64)
    # Each net's prediction and the logits before it (more sensitive than probabilities).
    for net, prediction in [("mnist_cnn", "dense6"), ("mnist_blog", "dense8"), ("mnist_net4", "dense16")]:
        graph = os.path.join(root, "graphs", f"{net}.pbtxt")
        weights = os.path.join(tmp, f"{net}.safetensors")
        status, line, _ = graphjit("train", graph, "--data", data, "--epochs", "1", "--limit", "1200", "--save-weights", weights)
        if status != 0:
            failures.append(f"{net}: graphjit train: {line[0]}")
            continue
        for opset in opsets:
            path = os.path.join(tmp, f"{net}-{opset}.onnx")
            status, line, _ = graphjit("export", graph, "--weights", weights, "-o", path, "--opset", str(opset),
                                       "--output", prediction, "--output", f"{prediction}/logits")
            if status != 0:
                failures.append(f"{net} opset {opset}: export: {line[0]}")
                continue
            r = compare_with_run(path, graph, ["--weights", weights], images, f"{net} opset {opset}", tmp)
            if r:
                print(f"{net} (trained on 1,000 images) opset {opset}: max |onnxruntime - graphjit run| {r[0]:.3g} "
                      f"(probabilities and logits) over 64 test images")
                if r[0] > 1e-5:
                    failures.append(f"{net} opset {opset}: difference {r[0]:.3g} above 1e-5")


def trained(tmp):
    graph = os.path.join(root, "graphs/mnist_blog.pbtxt")
    onnx_path, frozen = os.path.join(tmp, "trained.onnx"), os.path.join(tmp, "trained.pb")
    status, line, out = graphjit("train", graph, "--data", data, "--epochs", "1", "--standardize", "--no-color",
                                 "--save-onnx", onnx_path, "--save-frozen", frozen)
    if status != 0:
        failures.append(f"trained mnist_blog: graphjit train: {line[0]}")
        return
    accuracy_line = next((l for l in out.splitlines() if l.startswith("test accuracy")), "")
    images = idx_images(os.path.join(data, "t10k-images-idx3-ubyte.gz"), 10000)
    labels = idx_labels(os.path.join(data, "t10k-labels-idx1-ubyte.gz"), 10000)
    r = compare_with_run(onnx_path, frozen, [], images, "trained mnist_blog", tmp)
    if r:
        accuracy = float((r[1].argmax(axis=1) == labels).mean())
        print(f"trained mnist_blog (1 epoch, --standardize, --save-onnx): max |onnxruntime - graphjit run| {r[0]:.3g} "
              f"over the 10,000 test images; onnxruntime's test accuracy {accuracy:.5f}, graphjit train's: {accuracy_line}")
        if r[0] > 1e-5:
            failures.append(f"trained mnist_blog: difference {r[0]:.3g} above 1e-5")


with tempfile.TemporaryDirectory() as tmp:
    print(f"graphjit: {binary}; onnx {onnx.__version__}, onnxruntime {ort.__version__}")
    if "--skip-fixtures" not in sys.argv:
        fixtures(tmp)
    if "--skip-mnist" not in sys.argv:
        if not os.path.isdir(data):
            fail(f"--data {data} is not a directory with the MNIST files")
        mnist(tmp)
        trained(tmp)
for f in failures:
    print("FAIL", f)
print(f"{len(failures)} failures")
sys.exit(1 if failures else 0)
