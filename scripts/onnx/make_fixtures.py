#!/usr/bin/env python3
"""Writes small ONNX test fixtures with onnxruntime's expected outputs into Tests/Fixtures/onnx/.

    python3 scripts/onnx/make_fixtures.py [--only SUBSTRING] [--out DIR]

Each case is Tests/Fixtures/onnx/<case>/ with
    model.onnx               (model.onnx.data beside it for the external-data case)
    inputs/<name>.npy        the value fed to graph input <name> ("/" in a name becomes "__")
    inputs/<name>.pb         the same value as an ONNX TensorProto (the CLI takes either)
    outputs/<name>.npy       onnxruntime's value of graph output <name>
    case.json                {"model", "inputs": {name: path}, "inputs_pb": {name: path},
                              "outputs": {name: path}, "tolerance": {"rtol", "atol"},
                              "opset", "ops": [...], "dim_params": {...}, "note"}
Models come from torch.onnx.export (the default torch.export-based exporter, or the TorchScript
one for opset 9) with seeded weights, or are built node by node with onnx.helper for ops whose
attributes matter (Resize modes, pooling ceil_mode / count_include_pad, LRN, Pad modes, Split
num_outputs, Slice steps). Every expected output is also computed independently, by the torch
module for exported cases, by onnx's reference evaluator for the hand-built ones (by NumPy in
float64 for LRN, Pad with negative pads and Softmax-11, where that evaluator is wrong or
refuses), which must
agree within half the case's tolerance. Each case stays under 200 KB.
Also writes Tests/Fixtures/onnx/README.md. onnxruntime and torch run on two threads.
"""
import argparse
import json
import os
import shutil
import sys
import warnings

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

warnings.filterwarnings("ignore")
OUT = os.path.join(common.ROOT, "Tests", "Fixtures", "onnx")
LIMIT = 200 * 1024
CASES = {}
EXPORTED = []      # the torch module of the last export, for the independent check
NUMPY_CHECK = {}   # case: feeds -> outputs in float64, where onnx.reference is wrong


def case(name, note, rtol=1e-4, atol=1e-5):
    def register(fn):
        CASES[name] = (fn, note, rtol, atol)
        return fn
    return register


def rng_for(name):
    return np.random.default_rng(sum(ord(c) * (i + 1) for i, c in enumerate(name)))


# ----------------------------------------------------------------------------------------------
# torch models

def torch_module(kind):
    import torch
    torch.set_num_threads(common.THREADS)
    torch.manual_seed(0)
    nn = torch.nn

    class TinyCNN(nn.Module):
        """Conv + BN + Relu + MaxPool + Flatten + Gemm + Softmax."""

        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(3, 8, 3, padding=1)
            self.bn = nn.BatchNorm2d(8)
            self.pool = nn.MaxPool2d(2)
            self.fc = nn.Linear(8 * 4 * 4, 10)

        def forward(self, x):
            x = self.pool(torch.relu(self.bn(self.conv(x))))
            return torch.softmax(self.fc(torch.flatten(x, 1)), dim=1)

    class Block(nn.Module):
        """Pre-norm transformer block: LayerNorm, 2-head self-attention (MatMul, Softmax),
        residual, LayerNorm, MLP with GELU, residual."""

        def __init__(self, d=32, heads=2, hidden=64):
            super().__init__()
            self.heads = heads
            self.ln1 = nn.LayerNorm(d)
            self.qkv = nn.Linear(d, 3 * d)
            self.proj = nn.Linear(d, d)
            self.ln2 = nn.LayerNorm(d)
            self.fc1 = nn.Linear(d, hidden)
            self.fc2 = nn.Linear(hidden, d)

        def forward(self, x):
            b, t, d = x.shape
            q, k, v = self.qkv(self.ln1(x)).chunk(3, dim=-1)
            h = self.heads

            def split(z):
                return z.reshape(b, t, h, d // h).transpose(1, 2)
            q, k, v = split(q), split(k), split(v)
            att = torch.softmax(torch.matmul(q, k.transpose(-2, -1)) / (d // h) ** 0.5, dim=-1)
            y = torch.matmul(att, v).transpose(1, 2).reshape(b, t, d)
            x = x + self.proj(y)
            return x + self.fc2(torch.nn.functional.gelu(self.fc1(self.ln2(x))))

    class Convs(nn.Module):
        """ConvTranspose (stride 2, output_padding 1), depthwise and grouped convolutions,
        bilinear and nearest Resize."""

        def __init__(self):
            super().__init__()
            self.up = nn.ConvTranspose2d(4, 6, 3, stride=2, padding=1, output_padding=1)
            self.dw = nn.Conv2d(6, 6, 3, padding=1, groups=6)
            self.grouped = nn.Conv2d(6, 4, 3, padding=1, groups=2)

        def forward(self, x):
            y = self.grouped(torch.relu(self.dw(self.up(x))))
            a = torch.nn.functional.interpolate(y, scale_factor=2, mode="bilinear",
                                                align_corners=False)
            b = torch.nn.functional.interpolate(y, scale_factor=2, mode="nearest")
            return a + b

    module = {"cnn": TinyCNN, "block": Block, "convs": Convs}[kind]()
    with torch.no_grad():   # BN statistics and LayerNorm affine away from the identity
        g = torch.Generator().manual_seed(1)
        for m in module.modules():
            if isinstance(m, nn.BatchNorm2d):
                m.running_mean.copy_(torch.randn(m.num_features, generator=g) * 0.1)
                m.running_var.copy_(torch.rand(m.num_features, generator=g) + 0.5)
                m.weight.copy_(torch.rand(m.num_features, generator=g) + 0.5)
                m.bias.copy_(torch.randn(m.num_features, generator=g) * 0.1)
            elif isinstance(m, nn.LayerNorm):
                m.weight.copy_(torch.rand(m.weight.shape, generator=g) + 0.5)
                m.bias.copy_(torch.randn(m.bias.shape, generator=g) * 0.1)
    return module.eval()


def export(kind, shape, path, opset=None, dynamo=True, dynamic_batch=False, optimize=True,
           fold=True):
    import torch
    module = torch_module(kind)
    EXPORTED[:] = [module]
    x = torch.randn(*shape, generator=torch.Generator().manual_seed(2))
    if dynamo:
        kwargs = {"external_data": False, "optimize": optimize}
        if opset:
            kwargs["opset_version"] = opset
        if dynamic_batch:
            kwargs["dynamic_shapes"] = ({0: torch.export.Dim("batch", min=1, max=64)},)
        torch.onnx.export(module, (x,), path, input_names=["x"], output_names=["y"], **kwargs)
    else:
        torch.onnx.export(module, (x,), path, input_names=["x"], output_names=["y"],
                          opset_version=opset, dynamo=False, do_constant_folding=fold)
    return onnx.load(path)


@case("tiny_cnn_op18", "torch TinyCNN (Conv+BN+Relu+MaxPool+Flatten+Linear+Softmax), default "
      "exporter at opset 18 with its optimizer (BN folded into the Conv, flatten as Reshape)")
def tiny_cnn_op18(d):
    return export("cnn", (1, 3, 8, 8), os.path.join(d, "model.onnx"), opset=18), None


@case("tiny_cnn_op18_unoptimized", "the same TinyCNN, default exporter at opset 18 with "
      "optimize=False: BatchNormalization stays, the Reshape's shape is Constant+Concat")
def tiny_cnn_op18_unoptimized(d):
    return export("cnn", (1, 3, 8, 8), os.path.join(d, "model.onnx"), opset=18,
                  optimize=False), None


@case("tiny_cnn_op9", "the same TinyCNN, TorchScript exporter at opset 9 (Flatten, Gemm, "
      "Softmax-9 semantics); BN folded into the Conv by the exporter")
def tiny_cnn_op9(d):
    return export("cnn", (1, 3, 8, 8), os.path.join(d, "model.onnx"), opset=9, dynamo=False), None


@case("tiny_cnn_op9_bn", "the same TinyCNN, TorchScript exporter at opset 9 without constant "
      "folding: BatchNormalization-9 and Identity nodes remain")
def tiny_cnn_op9_bn(d):
    return export("cnn", (1, 3, 8, 8), os.path.join(d, "model.onnx"), opset=9, dynamo=False,
                  fold=False), None


@case("tiny_cnn_external_data", "TinyCNN at opset 18 with its weights (initializers over 64 bytes) in external data: "
      "model.onnx + model.onnx.data (offset and length in each TensorProto's external_data); the "
      "Reshape's small shape stays inline, since onnxruntime cannot read shapes from external data")
def tiny_cnn_external_data(d):
    path = os.path.join(d, "model.onnx")
    model = export("cnn", (1, 3, 8, 8), path, opset=18)
    os.remove(path)
    onnx.save(model, path, save_as_external_data=True, all_tensors_to_one_file=True,
              location="model.onnx.data", size_threshold=64)
    return onnx.load(path), None


@case("tiny_cnn_dim_param_batch", "TinyCNN exported with a dynamic batch axis: the input and "
      "output declare dim_param 'batch'; fed batch 3")
def tiny_cnn_dim_param_batch(d):
    model = export("cnn", (2, 3, 8, 8), os.path.join(d, "model.onnx"), opset=18,
                   dynamic_batch=True)
    return model, {"x": rng_for("dim").standard_normal((3, 3, 8, 8)).astype(np.float32)}


@case("transformer_block_op18", "pre-norm transformer block (LayerNormalization, MatMul, "
      "Softmax, GELU as Erf, residual Adds), default exporter at opset 18; input [1, 8, 32]",
      rtol=1e-4, atol=1e-4)
def transformer_block_op18(d):
    return export("block", (1, 8, 32), os.path.join(d, "model.onnx"), opset=18), None


@case("transformer_block_op20", "the same block with the exporter's default opset (20): GELU is "
      "one Gelu node", rtol=1e-4, atol=1e-4)
def transformer_block_op20(d):
    return export("block", (1, 8, 32), os.path.join(d, "model.onnx")), None


@case("transformer_block_op13", "the same block through the TorchScript exporter at opset 13: "
      "LayerNorm as ReduceMean/Sub/Pow/Sqrt/Div, GELU as Erf", rtol=1e-4, atol=1e-4)
def transformer_block_op13(d):
    return export("block", (1, 8, 32), os.path.join(d, "model.onnx"), opset=13, dynamo=False), None


@case("convtranspose_depthwise_grouped_resize", "torch: ConvTranspose2d (stride 2, pad 1, "
      "output_padding 1), depthwise Conv (group 6), grouped Conv (group 2), Resize bilinear "
      "(half_pixel) + Resize nearest, opset 18")
def convs(d):
    return export("convs", (1, 4, 5, 5), os.path.join(d, "model.onnx"), opset=18), None


# ----------------------------------------------------------------------------------------------
# hand-built graphs

def graph_model(name, nodes, inputs, outputs, initializers=(), opset=18):
    g = helper.make_graph(nodes, name, inputs, outputs, list(initializers))
    m = helper.make_model(g, opset_imports=[helper.make_opsetid("", opset)])
    m.ir_version = 8
    onnx.checker.check_model(m, full_check=True)
    return m


def vi(name, shape, elem=TensorProto.FLOAT):
    return helper.make_tensor_value_info(name, elem, shape)


def const(name, values, dtype=np.int64):
    return numpy_helper.from_array(np.asarray(values, dtype=dtype), name)


@case("resize_modes", "Resize (opset 18) of one [1,2,4,5] input: nearest asymmetric/floor by "
      "scales, nearest round_prefer_ceil half_pixel by sizes, linear align_corners, linear "
      "half_pixel downscale, cubic (a=-0.75) pytorch_half_pixel")
def resize_modes(d):
    nodes = [
        helper.make_node("Resize", ["x", "", "s2"], ["nearest"], mode="nearest",
                         coordinate_transformation_mode="asymmetric", nearest_mode="floor"),
        helper.make_node("Resize", ["x", "", "", "size"], ["nearest_sizes"], mode="nearest",
                         coordinate_transformation_mode="half_pixel",
                         nearest_mode="round_prefer_ceil"),
        helper.make_node("Resize", ["x", "", "s2"], ["linear_align"], mode="linear",
                         coordinate_transformation_mode="align_corners"),
        helper.make_node("Resize", ["x", "", "shalf"], ["linear_down"], mode="linear",
                         coordinate_transformation_mode="half_pixel"),
        helper.make_node("Resize", ["x", "", "s2"], ["cubic"], mode="cubic", cubic_coeff_a=-0.75,
                         coordinate_transformation_mode="pytorch_half_pixel"),
    ]
    inits = [const("s2", [1, 1, 2, 2], np.float32), const("shalf", [1, 1, 0.5, 0.5], np.float32),
             const("size", [1, 2, 7, 3])]
    outs = [vi("nearest", [1, 2, 8, 10]), vi("nearest_sizes", [1, 2, 7, 3]),
            vi("linear_align", [1, 2, 8, 10]), vi("linear_down", [1, 2, 2, 2]),
            vi("cubic", [1, 2, 8, 10])]
    return graph_model("resize_modes", nodes, [vi("x", [1, 2, 4, 5])], outs, inits), None


@case("averagepool_ceil_pad", "AveragePool 3x3 stride 2 pads 1 on [1,2,6,8] (ceil_mode makes "
      "4x5 instead of 3x4, the last windows hanging over the padding): ceil_mode=1 with "
      "count_include_pad 0 and 1, ceil_mode=0 count_include_pad=1; MaxPool 3x3 stride 2 ceil_mode=1")
def averagepool(d):
    common_attrs = dict(kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1])
    nodes = [
        helper.make_node("AveragePool", ["x"], ["ceil_excl"], ceil_mode=1, count_include_pad=0,
                         **common_attrs),
        helper.make_node("AveragePool", ["x"], ["ceil_incl"], ceil_mode=1, count_include_pad=1,
                         **common_attrs),
        helper.make_node("AveragePool", ["x"], ["floor_incl"], ceil_mode=0, count_include_pad=1,
                         **common_attrs),
        helper.make_node("MaxPool", ["x"], ["max_ceil"], ceil_mode=1, kernel_shape=[3, 3],
                         strides=[2, 2]),
    ]
    outs = [vi("ceil_excl", [1, 2, 4, 5]), vi("ceil_incl", [1, 2, 4, 5]),
            vi("floor_incl", [1, 2, 3, 4]), vi("max_ceil", [1, 2, 3, 4])]
    return graph_model("averagepool", nodes, [vi("x", [1, 2, 6, 8])], outs), None


def lrn_numpy(x, size, alpha, beta, bias):
    """The ONNX LRN formula in float64 (onnx 1.23's reference evaluator is off by up to 0.07:
    it is not used for this case)."""
    x = x.astype(np.float64)
    square_sum = np.zeros_like(x)
    channels = x.shape[1]
    for c in range(channels):
        lo, hi = max(0, c - (size - 1) // 2), min(channels - 1, c + int(np.ceil((size - 1) / 2)))
        square_sum[:, c] = (x[:, lo:hi + 1] ** 2).sum(axis=1)
    return x / (bias + alpha / size * square_sum) ** beta


@case("lrn", "LRN size 5 (alpha 1e-4, beta 0.75, bias 1, AlexNet's) and size 3 (alpha 0.1, "
      "beta 0.5, bias 2) across 7 channels")
def lrn(d):
    NUMPY_CHECK["lrn"] = lambda feeds: [lrn_numpy(feeds["x"], 5, 1e-4, 0.75, 1.0),
                                        lrn_numpy(feeds["x"], 3, 0.1, 0.5, 2.0)]
    nodes = [helper.make_node("LRN", ["x"], ["lrn5"], size=5, alpha=1e-4, beta=0.75, bias=1.0),
             helper.make_node("LRN", ["x"], ["lrn3"], size=3, alpha=0.1, beta=0.5, bias=2.0)]
    return graph_model("lrn", nodes, [vi("x", [1, 7, 4, 4])],
                       [vi("lrn5", [1, 7, 4, 4]), vi("lrn3", [1, 7, 4, 4])]), None


@case("pad_modes", "Pad (opset 18) of [1,2,4,5]: reflect and edge with pads [0,0,1,2,0,0,2,1], "
      "constant 0.5, and constant with negative pads (a crop) on given axes [2,3]")
def pad_modes(d):
    # onnx.reference rejects negative pads (np.pad), so NumPy checks this case.
    widths = [(0, 0), (0, 0), (1, 2), (2, 1)]
    NUMPY_CHECK["pad_modes"] = lambda f: [np.pad(f["x"], widths, mode="reflect"),
                                          np.pad(f["x"], widths, mode="edge"),
                                          np.pad(f["x"], widths, constant_values=0.5),
                                          np.pad(f["x"][:, :, 1:, :], [(0, 0), (0, 0), (0, 0),
                                                                       (1, 0)])[:, :, :, :4]]
    nodes = [helper.make_node("Pad", ["x", "pads"], ["reflect"], mode="reflect"),
             helper.make_node("Pad", ["x", "pads"], ["edge"], mode="edge"),
             helper.make_node("Pad", ["x", "pads", "half"], ["constant"], mode="constant"),
             helper.make_node("Pad", ["x", "crop", "", "axes"], ["crop_axes"], mode="constant")]
    inits = [const("pads", [0, 0, 1, 2, 0, 0, 2, 1]), const("half", 0.5, np.float32),
             const("crop", [-1, 1, 0, -2]), const("axes", [2, 3])]
    outs = [vi("reflect", [1, 2, 7, 8]), vi("edge", [1, 2, 7, 8]), vi("constant", [1, 2, 7, 8]),
            vi("crop_axes", [1, 2, 3, 4])]
    return graph_model("pad_modes", nodes, [vi("x", [1, 2, 4, 5])], outs, inits), None


@case("split_num_outputs", "Split (opset 18) of [2,7,3]: num_outputs=3 on axis 1 (uneven: 3,3,1), "
      "and explicit split sizes [1,1] on axis 0")
def split(d):
    nodes = [helper.make_node("Split", ["x"], ["a", "b", "c"], axis=1, num_outputs=3),
             helper.make_node("Split", ["x", "sizes"], ["p", "q"], axis=0)]
    outs = [vi("a", [2, 3, 3]), vi("b", [2, 3, 3]), vi("c", [2, 1, 3]), vi("p", [1, 7, 3]),
            vi("q", [1, 7, 3])]
    return graph_model("split", nodes, [vi("x", [2, 7, 3])], outs, [const("sizes", [1, 1])]), None


@case("slice_steps", "Slice of [4,10,6]: step 2 and 3 on axes [1,2], negative step -2 from the "
      "end, negative starts/ends, out-of-range ends clamped, an axis left out", rtol=0, atol=0)
def slice_steps(d):
    nodes = [helper.make_node("Slice", ["x", "s1", "e1", "a1", "st1"], ["step"]),
             helper.make_node("Slice", ["x", "s2", "e2", "a2", "st2"], ["reverse"]),
             helper.make_node("Slice", ["x", "s3", "e3"], ["negative"])]
    inits = [const("s1", [1, 0]), const("e1", [100, 5]), const("a1", [1, 2]), const("st1", [2, 3]),
             const("s2", [-1]), const("e2", [-100]), const("a2", [1]), const("st2", [-2]),
             const("s3", [-3, 2]), const("e3", [-1, -2])]
    outs = [vi("step", [4, 5, 2]), vi("reverse", [4, 5, 6]), vi("negative", [2, 6, 6])]
    return graph_model("slice", nodes, [vi("x", [4, 10, 6])], outs, inits), None


@case("softmax_op11_rank3", "Softmax and LogSoftmax at opset 11 on a rank-3 input with axis=1: "
      "the input is coerced to 2-D [d0, d1*d2] (the pre-13 semantics: one softmax over 12 values per "
      "batch row, not over the 3 channels)", rtol=1e-5, atol=1e-6)
def softmax_op11(d):
    # onnx.reference applies Softmax-13 semantics here (off by 0.55), so NumPy checks it.
    def check(f):
        z = f["x"].astype(np.float64).reshape(2, 12)
        z = z - z.max(axis=1, keepdims=True)
        log = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        return [np.exp(log).reshape(2, 3, 4), log.reshape(2, 3, 4)]
    NUMPY_CHECK["softmax_op11_rank3"] = check
    nodes = [helper.make_node("Softmax", ["x"], ["softmax11"], axis=1),
             helper.make_node("LogSoftmax", ["x"], ["logsoftmax11"], axis=1)]
    m = graph_model("softmax11", nodes, [vi("x", [2, 3, 4])],
                    [vi("softmax11", [2, 3, 4]), vi("logsoftmax11", [2, 3, 4])], opset=11)
    return m, None


# ----------------------------------------------------------------------------------------------

def safe(name):
    return name.replace("/", "__").replace(":", "_")


def write_case(name, fn, note, rtol, atol, out):
    d = os.path.join(out, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(os.path.join(d, "inputs"))
    os.makedirs(os.path.join(d, "outputs"))
    model, feeds = fn(d)
    path = os.path.join(d, "model.onnx")
    if not os.path.exists(path):
        onnx.save(model, path)
    header = onnx.load(path, load_external_data=False)
    rng = rng_for(name)
    if feeds is None:
        feeds = {}
        for v in common.graph_inputs(header):
            shape = common.input_shape(v)
            feeds[v.name] = rng.standard_normal(shape).astype(np.float32)
    session = common.ort_session(path)
    names = [o.name for o in header.graph.output]
    values = session.run(names, feeds)
    if EXPORTED:    # torch's own output (onnx.reference's BatchNormalization-9 is off by 4e-3)
        import torch
        with torch.no_grad():
            y = EXPORTED[0](*[torch.from_numpy(feeds[v.name]) for v in common.graph_inputs(header)])
        reference, checker = [y.numpy()] if isinstance(y, torch.Tensor) else [t.numpy() for t in y], "torch"
        EXPORTED.clear()
    elif name in NUMPY_CHECK:
        reference, checker = NUMPY_CHECK[name](feeds), "NumPy float64"
    else:
        reference = onnx.reference.ReferenceEvaluator(onnx.load(path)).run(names, feeds)
        checker = "onnx.reference"
    for n, v, r in zip(names, values, reference):
        if not np.allclose(v, r, rtol=rtol / 2, atol=atol / 2 + 1e-7):
            raise SystemExit(f"{name}: onnxruntime and {checker} disagree on {n}: "
                             f"max abs {np.max(np.abs(v - r)):.3g}")
    spec = {"model": "model.onnx", "inputs": {}, "inputs_pb": {}, "outputs": {},
            "tolerance": {"rtol": rtol, "atol": atol}, "opset": common.opset_of(header),
            "ops": sorted(common.op_types(header)), "dim_params": {}, "note": note}
    if os.path.exists(path + ".data"):
        spec["external_data"] = "model.onnx.data"
    for v in common.graph_inputs(header):
        np.save(os.path.join(d, "inputs", safe(v.name) + ".npy"), feeds[v.name])
        with open(os.path.join(d, "inputs", safe(v.name) + ".pb"), "wb") as f:
            f.write(numpy_helper.from_array(feeds[v.name], v.name).SerializeToString())
        spec["inputs"][v.name] = f"inputs/{safe(v.name)}.npy"
        spec["inputs_pb"][v.name] = f"inputs/{safe(v.name)}.pb"
        params = [dim.dim_param for dim in v.type.tensor_type.shape.dim if dim.dim_param]
        if params:
            spec["dim_params"][v.name] = params
    for n, v in zip(names, values):
        np.save(os.path.join(d, "outputs", safe(n) + ".npy"), v)
        spec["outputs"][n] = f"outputs/{safe(n)}.npy"
    with open(os.path.join(d, "case.json"), "w") as f:
        json.dump(spec, f, indent=1)
        f.write("\n")
    size = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(d) for f in fs)
    if size > LIMIT:
        raise SystemExit(f"{name}: {size} bytes, over the {LIMIT}-byte limit")
    print(f"{name}: opset {spec['opset']}, ops {', '.join(spec['ops'])}, {size / 1024:.1f} KB")
    return size


README = """# ONNX reference fixtures

Written by `scripts/onnx/make_fixtures.py` with torch {torch}, onnx {onnx}, onnxruntime {ort},
NumPy {numpy}. Do not edit by hand: change the script and rerun it. CI only reads these files.

## Layout

    <case>/model.onnx            the model (<case>/model.onnx.data: its external data, one case)
    <case>/inputs/<name>.npy     value fed to graph input <name> ("/" in a name becomes "__")
    <case>/inputs/<name>.pb      the same value as an ONNX TensorProto
    <case>/outputs/<name>.npy    onnxruntime's value of graph output <name>
    <case>/case.json             {{"model", "inputs", "inputs_pb", "outputs", "tolerance": {{"rtol",
                                  "atol"}}, "opset", "ops", "dim_params", "note"}}

Inputs and outputs are float32, C order. An output matches when, elementwise,
`|got - expected| <= atol + rtol * |expected|`. An independent computation (the torch module
for exported cases, onnx's reference evaluator for hand-built ones, a float64 NumPy formula for
LRN, negative Pad and Softmax-11, where onnx 1.23's evaluator is wrong or refuses) agrees with every expected
output within half the case's tolerance (the script checks it).

Run one case through the command line, e.g.

    graphjit run Tests/Fixtures/onnx/lrn/model.onnx --input x=Tests/Fixtures/onnx/lrn/inputs/x.npy \\
        --output lrn5=/tmp/lrn5.npy --output lrn3=/tmp/lrn3.npy

## Cases

{cases}

## Regenerate

    python3 scripts/onnx/make_fixtures.py            # all cases; rewrites this README
    python3 scripts/onnx/make_fixtures.py resize     # only cases whose name contains "resize"
"""


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--only", metavar="SUBSTRING")
    p.add_argument("--out", default=OUT)
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    total = 0
    for name, (fn, note, rtol, atol) in CASES.items():
        if a.only and a.only not in name:
            continue
        total += write_case(name, fn, note, rtol, atol, a.out)
    print(f"{total / 1024:.0f} KB written")
    if not a.only:
        import onnxruntime
        import torch
        lines = []
        for name, (fn, note, rtol, atol) in CASES.items():
            lines.append(f"- `{name}` (rtol {rtol:g}, atol {atol:g}): {note}.")
        with open(os.path.join(a.out, "README.md"), "w") as f:
            f.write(README.format(torch=torch.__version__, onnx=onnx.__version__,
                                  ort=onnxruntime.__version__, numpy=np.__version__,
                                  cases="\n".join(lines)))


if __name__ == "__main__":
    import onnx.reference  # noqa: F401
    main()
