"""Shared by the ONNX scripts: finding the graphjit binary, running a model through the
`graphjit run` command-line contract (or through ort_run.py, onnxruntime behind the same
contract), onnxruntime sessions limited to two threads, comparisons, and seeded random weights
for the onnx wheel's "light" models.

The contract:

    graphjit run model.onnx --input NAME=x.npy --output NAME=y.npy [--output NAME2=y2.npy ...]

Inputs may also be ONNX TensorProto files (NAME=input_0.pb); --output takes any value name of
the graph, inner ones included.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import numpy as np
import onnx
from onnx import numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
THREADS = 2


def onnx_data_dir():
    """onnx/backend/test/data inside the installed onnx package."""
    return os.path.join(os.path.dirname(onnx.__file__), "backend", "test", "data")


def light_model_path(name):
    """Path of light_NAME.onnx (NAME with or without the light_ prefix / .onnx suffix)."""
    base = os.path.basename(name)
    if not base.startswith("light_"):
        base = "light_" + base
    if not base.endswith(".onnx"):
        base += ".onnx"
    return os.path.join(onnx_data_dir(), "light", base)


# ---------------------------------------------------------------------------------------------
# Finding the binary

def _bin_path_in(root):
    """graphjit in the release build of the SwiftPM package at root, if it is there."""
    if not os.path.exists(os.path.join(root, "Package.swift")):
        return None
    try:
        r = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=root,
                           capture_output=True, text=True, timeout=120)
        if r.returncode == 0 and r.stdout.strip():
            candidate = os.path.join(r.stdout.strip().splitlines()[-1], "graphjit")
            if os.access(candidate, os.X_OK):
                return candidate
    except (OSError, subprocess.TimeoutExpired):
        pass
    for build in ["release", "debug"]:
        candidate = os.path.join(root, ".build", build, "graphjit")
        if os.access(candidate, os.X_OK):
            return candidate
    return None


def _main_worktree():
    """The repository's main worktree (where the build usually is when this is a worktree)."""
    try:
        r = subprocess.run(["git", "-C", ROOT, "worktree", "list", "--porcelain"],
                           capture_output=True, text=True, timeout=30)
        for line in r.stdout.splitlines():
            if line.startswith("worktree "):
                return line[len("worktree "):]
    except (OSError, subprocess.TimeoutExpired):
        pass
    return None


def find_graphjit(given=None):
    """--graphjit PATH, else $GRAPHJIT, else the release build of this checkout, else the
    release build of the main worktree."""
    if given:
        return given
    if os.environ.get("GRAPHJIT"):
        return os.environ["GRAPHJIT"]
    for root in [ROOT, _main_worktree()]:
        if root:
            found = _bin_path_in(root)
            if found:
                return found
    sys.exit("no graphjit binary found: build it (swift build -c release) or pass --graphjit PATH")


def cli_command(backend, graphjit=None):
    """The argv prefix that implements `... run model.onnx --input ... --output ...`."""
    if backend == "ort":
        return [sys.executable, os.path.join(HERE, "ort_run.py")]
    if backend == "graphjit":
        return [find_graphjit(graphjit)]
    raise ValueError(f"unknown backend {backend!r} (graphjit or ort)")


def add_backend_options(parser):
    parser.add_argument("--backend", choices=["graphjit", "ort"], default="graphjit",
                        help="run through the graphjit binary (default) or through ort_run.py, "
                             "onnxruntime behind the same command line, to check the harness")
    parser.add_argument("--graphjit", metavar="PATH", help="the graphjit binary (default: "
                        "$GRAPHJIT, else `swift build -c release --show-bin-path`)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per run (default 900)")


# ---------------------------------------------------------------------------------------------
# Running through the contract

class RunError(Exception):
    """The command failed; str() is the first line of its stderr (or a summary)."""

    def __init__(self, first_line, returncode, stderr):
        super().__init__(first_line)
        self.returncode = returncode
        self.stderr = stderr


def first_line(text):
    for line in (text or "").splitlines():
        if line.strip():
            return line.strip()
    return ""


def child_env():
    env = dict(os.environ)
    env.setdefault("GRAPHJIT_THREADS", str(THREADS))
    env.setdefault("OMP_NUM_THREADS", str(THREADS))
    return env


def run_cli(cli, model_path, inputs, outputs, workdir, input_format="npy", timeout=900):
    """Runs `cli run model_path --input ... --output ...`.

    inputs: {name: ndarray}; outputs: [value names]. Writes the inputs into workdir and returns
    ({name: ndarray}, seconds of wall time for the command)."""
    argv = list(cli) + ["run", model_path]
    for i, (name, value) in enumerate(inputs.items()):
        value = np.asarray(value)
        if input_format == "pb" or value.dtype == object or value.dtype.kind == "U":
            # .npy holds strings only pickled; a TensorProto holds them plainly.
            path = os.path.join(workdir, f"input_{i}.pb")
            with open(path, "wb") as f:
                f.write(numpy_helper.from_array(value, name).SerializeToString())
        else:
            path = os.path.join(workdir, f"input_{i}.npy")
            np.save(path, value)
        argv += ["--input", f"{name}={path}"]
    paths = []
    for i, name in enumerate(outputs):
        path = os.path.join(workdir, f"output_{i}.npy")
        if os.path.exists(path):
            os.remove(path)
        paths.append(path)
        argv += ["--output", f"{name}={path}"]
    t0 = time.perf_counter()
    try:
        r = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, env=child_env())
    except subprocess.TimeoutExpired:
        raise RunError(f"timed out after {timeout:.0f} s", None, "")
    seconds = time.perf_counter() - t0
    if r.returncode != 0:
        line = first_line(r.stderr) or first_line(r.stdout) or "(no message)"
        raise RunError(f"exit {r.returncode}: {line}", r.returncode, r.stderr)
    got = {}
    for name, path in zip(outputs, paths):
        if not os.path.exists(path):
            raise RunError(f"exit 0 but no file for output {name!r}", 0, r.stderr)
        value = np.load(path, allow_pickle=False)
        got[name] = value.astype(object) if value.dtype.kind == "U" else value
    return got, seconds


# ---------------------------------------------------------------------------------------------
# onnxruntime

def ort_session(model, inner_outputs=()):
    """An onnxruntime CPU session on two threads. model: a path or a ModelProto. inner_outputs:
    value names to expose as extra graph outputs (ORT only returns graph outputs)."""
    import onnxruntime as ort
    options = ort.SessionOptions()
    options.intra_op_num_threads = THREADS
    options.inter_op_num_threads = 1
    options.log_severity_level = 4   # errors come back as exceptions
    if not inner_outputs:
        source = model if isinstance(model, str) else model.SerializeToString()
        return ort.InferenceSession(source, options, providers=["CPUExecutionProvider"])
    if isinstance(model, str):
        base = os.path.dirname(os.path.abspath(model))
        proto = onnx.load(model)          # loads external data too
    else:
        base, proto = None, model
    proto = with_outputs(proto, inner_outputs)
    if proto.ByteSize() < 2_000_000_000:
        return ort.InferenceSession(proto.SerializeToString(), options,
                                    providers=["CPUExecutionProvider"])
    d = tempfile.mkdtemp(prefix="ort_inner_")
    path = os.path.join(d, "model.onnx")
    onnx.save(proto, path, save_as_external_data=True, location="model.onnx.data")
    return ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])


def with_outputs(model, names):
    """A copy of model with the value names added to its graph outputs (types from shape
    inference where it knows them, else float32 of unknown shape)."""
    model = onnx.ModelProto.FromString(model.SerializeToString())
    existing = {o.name for o in model.graph.output}
    names = [n for n in names if n not in existing]
    if not names:
        return model
    known = {}
    try:
        inferred = onnx.shape_inference.infer_shapes(model)
        for vi in list(inferred.graph.value_info) + list(inferred.graph.output) + \
                list(inferred.graph.input):
            known[vi.name] = vi
    except Exception:
        pass
    for name in names:
        if name in known and known[name].type.tensor_type.elem_type:
            vi = onnx.ValueInfoProto()
            vi.CopyFrom(known[name])
        else:
            vi = onnx.helper.make_tensor_value_info(name, onnx.TensorProto.FLOAT, None)
        model.graph.output.append(vi)
    return model


def graph_inputs(model):
    """The graph inputs that are not initializers (what a caller must feed), in order."""
    inits = {i.name for i in model.graph.initializer}
    return [i for i in model.graph.input if i.name not in inits]


def input_shape(value_info, batch=1):
    """A concrete shape for a graph input: symbolic or missing dimensions become `batch` for
    the first dimension and 1 elsewhere."""
    dims = value_info.type.tensor_type.shape.dim
    return tuple(d.dim_value if d.HasField("dim_value") and d.dim_value > 0 else
                 (batch if k == 0 else 1) for k, d in enumerate(dims))


# ---------------------------------------------------------------------------------------------
# Comparing

def compare(got, expected, rtol=1e-3, atol_scale=1e-4, atol=None):
    """{ok, reason, max_abs, max_rel, scale}: got against expected with |got-exp| <= atol +
    rtol*|exp|, where atol defaults to atol_scale * max|expected| (the output's scale)."""
    expected = np.asarray(expected)
    got = np.asarray(got)
    scale = float(np.max(np.abs(expected))) if expected.size and expected.dtype != object else 0.0
    result = {"ok": False, "reason": "", "max_abs": float("nan"), "max_rel": float("nan"),
              "scale": scale}
    if got.shape != expected.shape:
        result["reason"] = f"shape {list(got.shape)} != expected {list(expected.shape)}"
        return result
    if expected.dtype == bool or np.issubdtype(expected.dtype, np.integer):
        same = np.array_equal(got.astype(expected.dtype), expected)
        diff = np.abs(got.astype(np.float64) - expected.astype(np.float64))
        result.update(max_abs=float(diff.max()) if diff.size else 0.0,
                      max_rel=0.0 if same else float("inf"), ok=bool(same))
        if not same:
            result["reason"] = f"{int(np.count_nonzero(diff))} of {diff.size} elements differ"
        elif got.dtype != expected.dtype:
            result["reason"] = f"(values equal; dtype {got.dtype} != {expected.dtype})"
        return result
    g = got.astype(np.float64)
    e = expected.astype(np.float64)
    if atol is None:
        atol = atol_scale * scale if scale > 0 else atol_scale
    diff = np.abs(g - e)
    nan_mismatch = np.isnan(g) != np.isnan(e)
    diff = np.where(np.isnan(g) & np.isnan(e), 0.0, diff)
    max_abs = float(np.nanmax(diff)) if diff.size else 0.0
    if nan_mismatch.any():
        max_abs = float("inf")
    result["max_abs"] = max_abs
    result["max_rel"] = max_abs / scale if scale > 0 else max_abs
    bad = (diff > atol + rtol * np.abs(e)) | nan_mismatch
    result["ok"] = not bool(bad.any())
    if not result["ok"]:
        result["reason"] = (f"{int(bad.sum())} of {bad.size} elements off (max abs {max_abs:.3g}, "
                            f"scale {scale:.3g}, atol {atol:.2g}, rtol {rtol:g})")
    elif got.dtype != expected.dtype:
        result["reason"] = f"(dtype {got.dtype} != {expected.dtype})"
    return result


# ---------------------------------------------------------------------------------------------
# Seeded random weights for the light models

_PASS_THROUGH = {"Unsqueeze", "Reshape", "Identity", "Cast", "Squeeze", "Flatten", "Transpose"}


def _consumers(graph):
    uses = {}
    for node in graph.node:
        for k, name in enumerate(node.input):
            if name:
                uses.setdefault(name, []).append((node, k))
    return uses


def _role(name, uses, depth=0):
    """(op_type, input index, node) of the first real consumer of value `name`, looking
    through shape-only ops."""
    for node, k in uses.get(name, []):
        if node.op_type in _PASS_THROUGH and k == 0 and depth < 4:
            inner = _role(node.output[0], uses, depth + 1)
            if inner[0] is not None:
                return inner
        return node.op_type, k, node
    return None, None, None


def _attr(node, name, default):
    for a in node.attribute:
        if a.name == name:
            return onnx.helper.get_attribute_value(a)
    return default


def random_weight(shape, role, rng):
    """Values of a sensible scale for a weight of `shape` consumed as role = (op, index, node):
    He-normal by fan-in for Conv/Gemm/MatMul weights so that activations stay O(1); BN scale
    and variance in [0.5, 1.5], shifts, means and biases N(0, 0.1^2)."""
    op, k, node = role
    shape = tuple(int(d) for d in shape)
    n = int(np.prod(shape)) if shape else 1

    def he(fan_in):
        return rng.standard_normal(shape) * np.sqrt(2.0 / max(int(fan_in), 1))

    if op in ("Conv", "ConvTranspose") and k == 1 and len(shape) >= 2:
        if op == "Conv":
            fan_in = int(np.prod(shape[1:]))
        else:
            fan_in = shape[0] // max(_attr(node, "group", 1), 1) * int(np.prod(shape[2:]))
        v = he(fan_in)
    elif op == "Gemm" and k in (0, 1) and len(shape) == 2:
        trans = _attr(node, "transB" if k == 1 else "transA", 0)
        fan_in = (shape[1] if trans else shape[0]) if k == 1 else (shape[0] if trans else shape[1])
        v = he(fan_in)
    elif op == "MatMul" and k == 1 and len(shape) >= 2:
        v = he(shape[-2])
    elif op == "BatchNormalization" and k in (1, 4):
        v = rng.uniform(0.5, 1.5, shape)
    elif op in ("Mul", "Div", "InstanceNormalization", "LayerNormalization") and n > 1:
        v = rng.uniform(0.5, 1.5, shape)
    elif op == "PRelu":
        v = rng.uniform(0.0, 0.3, shape)
    else:   # biases, BN shifts and means, additive terms
        v = rng.standard_normal(shape) * 0.1
    return np.asarray(v, dtype=np.float32).reshape(shape)


def randomize_weights(model, seed=0):
    """A copy of `model` whose float weights are seeded random values.

    The light models store each weight as ConstantOfShape(shape initializer) with value 0.02
    (their real weights were stripped to keep the wheel small); each such node becomes an
    initializer of that shape with random values, and its int64 shape initializer goes. Every
    other float initializer of more than one element gets random values of its shape. Returns
    (model, {"constant_of_shape": n, "initializers": m})."""
    rng = np.random.default_rng(seed)
    model = onnx.ModelProto.FromString(model.SerializeToString())
    g = model.graph
    uses = _consumers(g)
    inits = {t.name: t for t in g.initializer}
    input_names = {i.name for i in g.input}
    stats = {"constant_of_shape": 0, "initializers": 0}
    new_nodes, new_inits, dropped = [], [], set()
    for node in g.node:
        if node.op_type == "ConstantOfShape" and node.input and node.input[0] in inits:
            value = _attr(node, "value", None)
            dtype = onnx.TensorProto.FLOAT if value is None else value.data_type
            if dtype == onnx.TensorProto.FLOAT:
                shape = numpy_helper.to_array(inits[node.input[0]]).astype(np.int64).tolist()
                arr = random_weight(shape, _role(node.output[0], uses), rng)
                new_inits.append(numpy_helper.from_array(arr, node.output[0]))
                dropped.add(node.input[0])
                stats["constant_of_shape"] += 1
                continue
        new_nodes.append(node)
    del g.node[:]
    g.node.extend(new_nodes)
    still_used = {n for node in g.node for n in node.input}
    kept = []
    for t in g.initializer:
        if t.name in dropped and t.name not in still_used:
            continue
        if t.data_type == onnx.TensorProto.FLOAT and int(np.prod(t.dims)) > 1:
            arr = random_weight(list(t.dims), _role(t.name, uses), rng)
            t = numpy_helper.from_array(arr, t.name)
            stats["initializers"] += 1
        kept.append(t)
    kept += new_inits
    del g.initializer[:]
    g.initializer.extend(kept)
    # Graph inputs that named the dropped shape tensors (IR 3 lists initializers as inputs).
    gone = {n for n in dropped if n not in still_used}
    kept_inputs = [i for i in g.input if i.name not in gone]
    del g.input[:]
    g.input.extend(kept_inputs)
    # IR 3 models list every initializer among the inputs; keep that true for the new ones.
    if model.ir_version < 4:
        for t in new_inits:
            if t.name not in input_names:
                g.input.append(onnx.helper.make_tensor_value_info(t.name, t.data_type, list(t.dims)))
    return model, stats


def calibrate_batchnorm(model, feeds, eps_floor=1e-2):
    """Sets each BatchNormalization's mean and variance initializers to the per-channel mean
    and variance of its actual input for `feeds` (computed with onnxruntime), so that random
    weights give BN outputs of scale ~ |BN scale| instead of growing through the residual sums
    (ResNet50's logits reach 4e4 without this). BNs whose upstream BNs are all calibrated are
    done together, one onnxruntime run per wave. Returns (model, runs)."""
    model = onnx.ModelProto.FromString(model.SerializeToString())
    g = model.graph
    bns = [n for n in g.node if n.op_type == "BatchNormalization" and len(n.input) >= 5]
    if not bns:
        return model, 0
    producer = {o: n for n in g.node for o in n.output}
    bn_ids = {id(n): k for k, n in enumerate(bns)}
    upstream_memo = {}

    def upstream_bns(value):
        """Indices of the BNs that `value` depends on."""
        if value in upstream_memo:
            return upstream_memo[value]
        upstream_memo[value] = set()
        node = producer.get(value)
        found = set()
        if node is not None:
            if id(node) in bn_ids:
                found.add(bn_ids[id(node)])
            for i in node.input:
                if i:
                    found |= upstream_bns(i)
        upstream_memo[value] = found
        return found

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    deps = [upstream_bns(n.input[0]) for n in bns]
    # Mean and variance become graph inputs, fed each run, so one session serves every wave.
    stat_names = {n.input[k] for n in bns for k in (3, 4)}
    inits = {t.name: t for t in g.initializer}
    stats = {}
    kept = []
    for t in g.initializer:
        if t.name in stat_names:
            stats[t.name] = numpy_helper.to_array(t).astype(np.float32)
        else:
            kept.append(t)
    missing = stat_names - set(stats)
    if missing:   # statistics computed in the graph: leave the model as it is
        return model, 0
    probe = onnx.ModelProto.FromString(model.SerializeToString())
    pg = probe.graph
    del pg.initializer[:]
    pg.initializer.extend(kept)
    input_names = {i.name for i in pg.input}
    for name, value in stats.items():
        if name not in input_names:
            pg.input.append(onnx.helper.make_tensor_value_info(name, onnx.TensorProto.FLOAT,
                                                               list(value.shape)))
    xs = sorted({n.input[0] for n in bns})
    session = ort_session(probe, xs)
    done, runs = set(), 0
    while len(done) < len(bns):
        ready = [k for k in range(len(bns)) if k not in done and deps[k] <= done]
        wanted = sorted({bns[k].input[0] for k in ready})
        values = dict(zip(wanted, session.run(wanted, {**feeds, **stats})))
        runs += 1
        for k in ready:
            x = values[bns[k].input[0]].astype(np.float64)
            axes = (0,) + tuple(range(2, x.ndim))
            stats[bns[k].input[3]] = x.mean(axis=axes).astype(np.float32)
            stats[bns[k].input[4]] = np.maximum(x.var(axis=axes), eps_floor).astype(np.float32)
            done.add(k)
    for name, value in stats.items():
        inits[name].CopyFrom(numpy_helper.from_array(value, name))
    return model, runs


def random_model(model, seed=0, calibrate=True):
    """randomize_weights, a seeded input, and (calibrate) BN statistics fitted to that input.
    Returns (model, feeds, info)."""
    model, info = randomize_weights(model, seed)
    feeds = random_inputs(model, seed)
    info["bn_calibration_runs"] = 0
    if calibrate:
        model, info["bn_calibration_runs"] = calibrate_batchnorm(model, feeds)
    return model, feeds, info


def random_inputs(model, seed=0, batch=1):
    """{name: seeded N(0,1) float32 (or small ints)} for every graph input that is not an
    initializer."""
    rng = np.random.default_rng(seed + 1000)
    feeds = {}
    for vi in graph_inputs(model):
        shape = input_shape(vi, batch)
        et = vi.type.tensor_type.elem_type
        dtype = onnx.helper.tensor_dtype_to_np_dtype(et)
        if np.issubdtype(dtype, np.floating):
            feeds[vi.name] = rng.standard_normal(shape).astype(dtype)
        elif dtype == bool:
            feeds[vi.name] = rng.random(shape) < 0.5
        else:
            feeds[vi.name] = rng.integers(0, 4, shape).astype(dtype)
    return feeds


def save_model(model, path):
    """onnx.save, with external data beside it when the model is too big for one protobuf."""
    if model.ByteSize() >= 2_000_000_000:
        onnx.save(model, path, save_as_external_data=True,
                  location=os.path.basename(path) + ".data")
    else:
        onnx.save(model, path)


def op_types(model):
    """{op_type: count} over the main graph and subgraphs (domain-prefixed when not ai.onnx)."""
    counts = {}

    def walk(graph):
        for node in graph.node:
            key = node.op_type if node.domain in ("", "ai.onnx") else f"{node.domain}.{node.op_type}"
            counts[key] = counts.get(key, 0) + 1
            for a in node.attribute:
                if a.type == onnx.AttributeProto.GRAPH:
                    walk(a.g)
                elif a.type == onnx.AttributeProto.GRAPHS:
                    for sub in a.graphs:
                        walk(sub)
    walk(model.graph)
    return counts


def opset_of(model):
    for o in model.opset_import:
        if o.domain in ("", "ai.onnx"):
            return o.version
    return None


def make_workdir(prefix):
    return tempfile.mkdtemp(prefix=prefix)


def remove_workdir(path):
    shutil.rmtree(path, ignore_errors=True)
