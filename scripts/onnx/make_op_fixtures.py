#!/usr/bin/env python3
"""ONNX op fixtures: one tiny model per op and attribute case (issue 11's list), with its inputs
and onnxruntime's outputs, under Tests/Fixtures/onnx/ops/<case>/:

    model.onnx, in0.npy, in1.npy, ..., out0.npy, ..., case.json

case.json maps graph input and output names to those files (the names are free text, the
files are not), and gives the opset and the tolerance. Models are built with onnx.helper at the
exact opset whose semantics the case checks; a few come from torch.onnx.export, as real files
do. Weights are initializers (as exporters write them) unless a case checks a computed one.

Also writes Tests/Fixtures/onnx/errors/*.onnx, models that are wrong on purpose (each one way),
for the importer's error tests, and Tests/GraphJITTests/ONNXOpFixtureTests+Cases.swift, one XCTest
method per case so each case passes or fails by name.

Run with the peers' venv: /work/peers/bin/python scripts/onnx/make_op_fixtures.py
"""

import io
import json
import os
import shutil
import sys
import warnings

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OPS = os.path.join(ROOT, "Tests", "Fixtures", "onnx", "ops")
ERRORS = os.path.join(ROOT, "Tests", "Fixtures", "onnx", "errors")
SWIFT_CASES = os.path.join(ROOT, "Tests", "GraphJITTests", "ONNXOpFixtureTests+Cases.swift")

INT64_MAX = np.iinfo(np.int64).max
INT64_MIN = np.iinfo(np.int64).min

rng = np.random.default_rng(11)  # one stream: a new family goes last, so older cases keep their values
ort.set_default_logger_severity(3)  # not its warnings about opsets below 7


def f32(*shape, low=None, high=None):
    """Seeded float32 values: normal, or uniform in [low, high)."""
    if low is not None:
        return rng.uniform(low, high, size=shape).astype(np.float32)
    return rng.standard_normal(shape).astype(np.float32)


def i64(values):
    return np.array(values, dtype=np.int64)


def node(op, inputs, outputs, **attrs):
    return helper.make_node(op, inputs, outputs, **attrs)


CASES = []


def case(name, opset, nodes, inputs, outputs, inits=None, rtol=1e-4, atol=1e-5, dims=None, ir3=False, same_as=None, types=None):
    """Registers a case: graph inputs `inputs` (name -> array, fed at run time), initializers
    `inits` (name -> array), `outputs` (names). `dims` overrides an input's declared shape
    (symbolic dimensions as strings). `ir3` writes IR version 3, which lists every initializer
    among the graph inputs too (files of that age do). `same_as = (opset, nodes)` is the same
    computation at an opset onnxruntime runs, for old ops it no longer implements: its outputs are
    the expected ones. `types` gives an output's element type where ONNX's inference finds none."""
    CASES.append(dict(name=name, opset=opset, nodes=nodes, inputs=inputs, outputs=outputs,
                      inits=inits or {}, rtol=rtol, atol=atol, dims=dims or {}, ir3=ir3, same_as=same_as, types=types or {}))


def build(c, reference=False):
    """The ModelProto of case `c`, output types and shapes from ONNX's shape inference."""
    graph_inputs = []
    for name, value in c["inputs"].items():
        shape = c["dims"].get(name, list(value.shape))
        graph_inputs.append(helper.make_tensor_value_info(name, helper.np_dtype_to_tensor_dtype(value.dtype), shape))
    inits = [numpy_helper.from_array(v, name) for name, v in c["inits"].items()]
    if c["ir3"]:
        graph_inputs += [helper.make_tensor_value_info(name, helper.np_dtype_to_tensor_dtype(v.dtype), list(v.shape))
                         for name, v in c["inits"].items()]
    outputs = [helper.make_empty_tensor_value_info(o) for o in c["outputs"]]
    nodes, opset = (c["same_as"][1], c["same_as"][0]) if reference else (c["nodes"], c["opset"])
    graph = helper.make_graph(nodes, c["name"], graph_inputs, outputs, inits)
    opsets = [helper.make_opsetid("", opset)]
    model = helper.make_model(graph, opset_imports=opsets, producer_name="make_op_fixtures")
    # IR 3 wants initializers among the inputs; 4 is the oldest without that rule.
    model.ir_version = 3 if c["ir3"] else max(helper.find_min_ir_version_for(opsets), 4)
    try:
        inferred = onnx.shape_inference.infer_shapes(model, strict_mode=True)
    except Exception as e:
        raise SystemExit(f"{c['name']}: {e}")
    known = {v.name: v for v in list(inferred.graph.value_info) + list(inferred.graph.output)}
    del model.graph.output[:]
    for o in c["outputs"]:
        v = known.get(o)
        if o in c["types"]:
            v = helper.make_tensor_value_info(o, c["types"][o], None)
        if v is None or not v.type.tensor_type.elem_type:
            raise SystemExit(f"{c['name']}: no type inferred for output {o}")
        t = v.type.tensor_type
        shape = [d.dim_value if d.HasField("dim_value") else (d.dim_param or None) for d in t.shape.dim] \
            if t.HasField("shape") else None
        model.graph.output.append(helper.make_tensor_value_info(o, t.elem_type, shape))
    if any(not o.type.tensor_type.HasField("shape") for o in model.graph.output):
        # The checker wants a rank for every output; inference found none (a computed shape):
        # onnxruntime's result gives it, as symbolic dimensions.
        _, values = run_ort(model.SerializeToString(), c["inputs"])
        for o, value in zip(model.graph.output, values):
            if not o.type.tensor_type.HasField("shape"):
                o.CopyFrom(helper.make_tensor_value_info(o.name, o.type.tensor_type.elem_type,
                                                         [f"{o.name}_{k}" for k in range(np.ndim(value))]))
    try:
        onnx.checker.check_model(model, full_check=True)
    except Exception as e:
        raise SystemExit(f"{c['name']}: {e}")
    return model


def run_ort(model_bytes, feeds):
    options = ort.SessionOptions()
    # The reference is the ops as written, not onnxruntime's fusions of them.
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    session = ort.InferenceSession(model_bytes, options, providers=["CPUExecutionProvider"])
    names = [o.name for o in session.get_outputs()]
    return names, session.run(names, feeds)


def write_case(name, model_bytes, feeds, opset, rtol, atol, reference_bytes=None):
    folder = os.path.join(OPS, name)
    os.makedirs(folder)
    with open(os.path.join(folder, "model.onnx"), "wb") as f:
        f.write(model_bytes)
    spec = {"opset": opset, "inputs": {}, "outputs": {}, "tolerance": {"rtol": rtol, "atol": atol}}
    for k, (n, v) in enumerate(feeds.items()):
        np.save(os.path.join(folder, f"in{k}.npy"), v)
        spec["inputs"][n] = f"in{k}.npy"
    try:
        names, values = run_ort(reference_bytes or model_bytes, feeds)
    except Exception as e:
        raise SystemExit(f"{name}: onnxruntime: {e}")
    for k, (n, v) in enumerate(zip(names, values)):
        np.save(os.path.join(folder, f"out{k}.npy"), np.asarray(v))
        spec["outputs"][n] = f"out{k}.npy"
    with open(os.path.join(folder, "case.json"), "w") as f:
        json.dump(spec, f, indent=1, sort_keys=True)
        f.write("\n")


# MARK: cases ------------------------------------------------------------------------------

def conv_cases():
    x = f32(1, 3, 6, 6)
    w = f32(4, 3, 3, 3)
    b = f32(4)
    case("conv_basic", 11, [node("Conv", ["x", "w", "b"], ["y"], pads=[1, 1, 1, 1])], {"x": x}, ["y"], {"w": w, "b": b})
    case("conv_no_bias", 11, [node("Conv", ["x", "w"], ["y"])], {"x": x}, ["y"], {"w": w})
    case("conv_opset6", 6, [node("Conv", ["x", "w", "b"], ["y"], kernel_shape=[3, 3], strides=[2, 2])], {"x": x}, ["y"], {"w": w, "b": b})
    case("conv_opset6_ir3", 6, [node("Conv", ["x", "w", "b"], ["y"], pads=[1, 1, 1, 1])], {"x": x}, ["y"], {"w": w, "b": b}, ir3=True)
    case("conv_weight_input", 11, [node("Conv", ["x", "w"], ["y"], pads=[1, 0, 1, 0])], {"x": x, "w": w}, ["y"])
    case("conv_group", 11, [node("Conv", ["x", "w", "b"], ["y"], group=2)],
         {"x": f32(1, 4, 5, 5)}, ["y"], {"w": f32(6, 2, 3, 3), "b": f32(6)})
    case("conv_depthwise", 11, [node("Conv", ["x", "w", "b"], ["y"], group=4, strides=[2, 2], pads=[1, 1, 1, 1])],
         {"x": f32(1, 4, 7, 7)}, ["y"], {"w": f32(4, 1, 3, 3), "b": f32(4)})
    case("conv_depthwise_multiplier", 11, [node("Conv", ["x", "w"], ["y"], group=3)],
         {"x": f32(1, 3, 5, 5)}, ["y"], {"w": f32(6, 1, 3, 3)})
    case("conv_dilations", 11, [node("Conv", ["x", "w", "b"], ["y"], dilations=[2, 2], pads=[2, 1, 2, 1])],
         {"x": f32(1, 3, 7, 7)}, ["y"], {"w": w, "b": b})
    case("conv_asymmetric_pads", 11, [node("Conv", ["x", "w", "b"], ["y"], pads=[0, 1, 2, 1])], {"x": x}, ["y"], {"w": w, "b": b})
    for mode in ["SAME_UPPER", "SAME_LOWER", "VALID"]:
        case(f"conv_auto_pad_{mode.lower()}", 11, [node("Conv", ["x", "w", "b"], ["y"], auto_pad=mode, strides=[2, 2])],
             {"x": x}, ["y"], {"w": w, "b": b})
    case("conv_auto_pad_same_upper_even_kernel", 11, [node("Conv", ["x", "w"], ["y"], auto_pad="SAME_UPPER")],
         {"x": f32(1, 2, 5, 5)}, ["y"], {"w": f32(3, 2, 2, 2)})
    case("conv_rect_strides", 11, [node("Conv", ["x", "w"], ["y"], strides=[1, 2], pads=[1, 0, 0, 1])],
         {"x": f32(2, 2, 5, 6)}, ["y"], {"w": f32(3, 2, 3, 2)})
    case("conv_1d", 11, [node("Conv", ["x", "w", "b"], ["y"], strides=[2], pads=[1, 0])],
         {"x": f32(2, 3, 10)}, ["y"], {"w": f32(2, 3, 3), "b": f32(2)})
    # onnxruntime refuses dilations with SAME padding.
    case("conv_1d_same_lower", 11, [node("Conv", ["x", "w"], ["y"], strides=[2], auto_pad="SAME_LOWER")],
         {"x": f32(1, 2, 9)}, ["y"], {"w": f32(2, 2, 2)})
    case("conv_1d_dilations", 11, [node("Conv", ["x", "w"], ["y"], dilations=[3])], {"x": f32(1, 2, 9)}, ["y"], {"w": f32(2, 2, 2)})
    case("conv_symbolic_batch", 11, [node("Conv", ["x", "w", "b"], ["y"], pads=[1, 1, 1, 1])],
         {"x": f32(2, 3, 6, 6)}, ["y"], {"w": w, "b": b}, dims={"x": ["N", 3, 6, 6]})


def conv_transpose_cases():
    x = f32(1, 2, 3, 3)
    w = f32(2, 3, 3, 3)
    b = f32(3)
    ct = lambda **a: [node("ConvTranspose", ["x", "w", "b"], ["y"], **a)]
    case("convtranspose_basic", 11, ct(), {"x": x}, ["y"], {"w": w, "b": b})
    case("convtranspose_no_bias", 11, [node("ConvTranspose", ["x", "w"], ["y"], strides=[2, 2])], {"x": x}, ["y"], {"w": w})
    case("convtranspose_strides", 11, ct(strides=[2, 2]), {"x": x}, ["y"], {"w": w, "b": b})
    case("convtranspose_rect_strides", 11, ct(strides=[1, 2], pads=[0, 1, 1, 0]), {"x": x}, ["y"], {"w": w, "b": b})
    case("convtranspose_pads", 11, ct(strides=[2, 2], pads=[1, 1, 1, 1]), {"x": x}, ["y"], {"w": w, "b": b})
    case("convtranspose_output_padding", 11, ct(strides=[2, 2], pads=[1, 1, 1, 1], output_padding=[1, 1]),
         {"x": x}, ["y"], {"w": w, "b": b})
    case("convtranspose_output_shape", 11, ct(strides=[2, 2], output_shape=[6, 6]), {"x": x}, ["y"], {"w": w, "b": b})
    case("convtranspose_output_shape_odd_total", 11, ct(strides=[2, 2], output_shape=[5, 6]), {"x": x}, ["y"], {"w": w, "b": b})
    case("convtranspose_auto_pad_same_upper", 11, ct(strides=[2, 2], auto_pad="SAME_UPPER"), {"x": x}, ["y"], {"w": w, "b": b})
    case("convtranspose_auto_pad_same_lower", 11, ct(strides=[2, 2], auto_pad="SAME_LOWER"), {"x": x}, ["y"], {"w": w, "b": b})
    case("convtranspose_dilations", 11, ct(dilations=[2, 2]), {"x": x}, ["y"], {"w": w, "b": b})
    case("convtranspose_kernel_shape", 11, ct(strides=[3, 3], kernel_shape=[3, 3]), {"x": x}, ["y"], {"w": w, "b": b})
    case("convtranspose_group", 11, [node("ConvTranspose", ["x", "w", "b"], ["y"], group=2, strides=[2, 2])],
         {"x": f32(1, 4, 3, 3)}, ["y"], {"w": f32(4, 3, 2, 2), "b": f32(6)})
    case("convtranspose_depthwise", 11, [node("ConvTranspose", ["x", "w"], ["y"], group=3, strides=[2, 2], pads=[1, 1, 1, 1])],
         {"x": f32(1, 3, 3, 3)}, ["y"], {"w": f32(3, 1, 3, 3)})
    case("convtranspose_1d", 11, [node("ConvTranspose", ["x", "w", "b"], ["y"], strides=[2], pads=[1, 0])],
         {"x": f32(1, 2, 4)}, ["y"], {"w": f32(2, 3, 3), "b": b})
    case("convtranspose_symbolic_batch", 11, ct(strides=[2, 2], pads=[1, 1, 1, 1]), {"x": f32(2, 2, 3, 3)}, ["y"],
         {"w": w, "b": b}, dims={"x": ["N", 2, 3, 3]})
    # Grouped, dilated, output_padding, and pads wider than the window (the output starts inside).
    case("convtranspose_symbolic_batch_group", 11,
         [node("ConvTranspose", ["x", "w"], ["y"], group=2, strides=[2, 1], dilations=[1, 2], pads=[2, 0, 1, 3],
               output_padding=[1, 0])], {"x": f32(2, 4, 3, 4)}, ["y"], {"w": f32(4, 3, 2, 2)}, dims={"x": ["N", 4, 3, 4]})
    case("convtranspose_symbolic_batch_1d", 11, [node("ConvTranspose", ["x", "w", "b"], ["y"], strides=[3], auto_pad="SAME_UPPER")],
         {"x": f32(3, 2, 4)}, ["y"], {"w": f32(2, 3, 2), "b": b}, dims={"x": ["N", 2, 4]})


def gemm_cases():
    a, bm = f32(3, 4), f32(4, 5)
    case("gemm_basic", 11, [node("Gemm", ["a", "b", "c"], ["y"])], {"a": a}, ["y"], {"b": bm, "c": f32(5)})
    case("gemm_alpha_beta_c_row", 11, [node("Gemm", ["a", "b", "c"], ["y"], alpha=0.5, beta=2.0)], {"a": a}, ["y"],
         {"b": bm, "c": f32(1, 5)})
    case("gemm_trans_c_matrix", 11, [node("Gemm", ["a", "b", "c"], ["y"], transA=1, transB=1)], {"a": f32(4, 3)}, ["y"],
         {"b": f32(5, 4), "c": f32(3, 5)})
    case("gemm_c_scalar", 13, [node("Gemm", ["a", "b", "c"], ["y"], beta=0.25)], {"a": a}, ["y"],
         {"b": bm, "c": np.array(1.5, dtype=np.float32)})
    case("gemm_c_column", 13, [node("Gemm", ["a", "b", "c"], ["y"])], {"a": a}, ["y"], {"b": bm, "c": f32(3, 1)})
    case("gemm_no_c", 11, [node("Gemm", ["a", "b"], ["y"], alpha=2.0)], {"a": a}, ["y"], {"b": bm})
    case("gemm_inputs", 13, [node("Gemm", ["a", "b", "c"], ["y"], transB=1)], {"a": a, "b": f32(5, 4), "c": f32(5)}, ["y"])
    # onnxruntime has no Gemm-6 (the `broadcast` attribute); 7 broadcasts C always.
    case("gemm_opset7", 7, [node("Gemm", ["a", "b", "c"], ["y"], beta=0.5)], {"a": a}, ["y"], {"b": bm, "c": f32(5)})


def matmul_cases():
    mm = [node("MatMul", ["a", "b"], ["y"])]
    case("matmul_2d", 13, mm, {"a": f32(3, 4), "b": f32(4, 5)}, ["y"])
    case("matmul_batched", 13, mm, {"a": f32(2, 3, 4), "b": f32(2, 4, 5)}, ["y"])
    case("matmul_broadcast", 13, mm, {"a": f32(2, 1, 3, 4), "b": f32(3, 4, 5)}, ["y"])
    case("matmul_3d_by_2d", 13, mm, {"a": f32(2, 3, 4)}, ["y"], {"b": f32(4, 5)})
    case("matmul_2d_by_3d", 13, mm, {"a": f32(3, 4), "b": f32(2, 4, 5)}, ["y"])
    case("matmul_vector_matrix", 13, mm, {"a": f32(4), "b": f32(4, 5)}, ["y"])
    case("matmul_matrix_vector", 13, mm, {"a": f32(2, 3, 4), "b": f32(4)}, ["y"])
    case("matmul_vector_vector", 13, mm, {"a": f32(4), "b": f32(4)}, ["y"])
    case("matmul_vector_batched", 13, mm, {"a": f32(4), "b": f32(2, 4, 3)}, ["y"])
    case("matmul_opset9", 9, mm, {"a": f32(2, 3, 4), "b": f32(4, 2)}, ["y"])


def normalization_cases():
    x = f32(2, 3, 4, 4)
    stats = lambda c: {"s": f32(c), "bias": f32(c), "mean": f32(c), "var": f32(c, low=0.5, high=2)}
    bn = [node("BatchNormalization", ["x", "s", "bias", "mean", "var"], ["y"], epsilon=1e-3)]
    case("batchnorm_opset9", 9, bn, {"x": x}, ["y"], stats(3))
    case("batchnorm_opset14", 14, bn, {"x": x}, ["y"], stats(3))
    case("batchnorm_opset15", 15, [node("BatchNormalization", ["x", "s", "bias", "mean", "var"], ["y"], momentum=0.8)],
         {"x": x}, ["y"], stats(3))
    case("batchnorm_opset7_spatial", 7, [node("BatchNormalization", ["x", "s", "bias", "mean", "var"], ["y"], spatial=1)],
         {"x": x}, ["y"], stats(3))
    case("batchnorm_opset6_is_test", 6, [node("BatchNormalization", ["x", "s", "bias", "mean", "var"], ["y"], is_test=1)],
         {"x": x}, ["y"], stats(3), same_as=(9, [node("BatchNormalization", ["x", "s", "bias", "mean", "var"], ["y"])]))
    case("batchnorm_rank2", 15, bn, {"x": f32(4, 3)}, ["y"], stats(3))
    case("batchnorm_rank3", 15, bn, {"x": f32(2, 3, 5)}, ["y"], stats(3))
    case("instancenorm", 6, [node("InstanceNormalization", ["x", "s", "bias"], ["y"], epsilon=1e-4)], {"x": f32(2, 3, 4, 5)},
         ["y"], {"s": f32(3), "bias": f32(3)})
    case("instancenorm_rank3", 6, [node("InstanceNormalization", ["x", "s", "bias"], ["y"])], {"x": f32(2, 3, 6)},
         ["y"], {"s": f32(3), "bias": f32(3)})
    case("layernorm_last_axis", 17, [node("LayerNormalization", ["x", "s", "bias"], ["y"])], {"x": f32(2, 3, 4)}, ["y"],
         {"s": f32(4), "bias": f32(4)})
    case("layernorm_axis1", 17, [node("LayerNormalization", ["x", "s", "bias"], ["y"], axis=1, epsilon=1e-3)],
         {"x": f32(2, 3, 4)}, ["y"], {"s": f32(3, 4), "bias": f32(3, 4)})
    case("layernorm_no_bias", 17, [node("LayerNormalization", ["x", "s"], ["y"], axis=-2)], {"x": f32(2, 3, 4)}, ["y"],
         {"s": f32(3, 4)})
    lrn = lambda size: [node("LRN", ["x"], ["y"], size=size, alpha=1e-2, beta=0.6, bias=1.5)]
    case("lrn_size3", 13, lrn(3), {"x": f32(2, 6, 3, 3)}, ["y"])
    case("lrn_size5", 13, lrn(5), {"x": f32(1, 7, 2, 3)}, ["y"])
    case("lrn_defaults", 13, [node("LRN", ["x"], ["y"], size=3)], {"x": f32(1, 4, 2, 2)}, ["y"])


def activation_cases():
    x = f32(2, 3, 4, 5)
    unary = lambda op, opset=13, **a: case(op.lower(), opset, [node(op, ["x"], ["y"], **a)], {"x": x}, ["y"])
    unary("Relu")
    case("leakyrelu", 13, [node("LeakyRelu", ["x"], ["y"], alpha=0.1)], {"x": x}, ["y"])
    case("leakyrelu_default", 6, [node("LeakyRelu", ["x"], ["y"])], {"x": x}, ["y"])
    case("leakyrelu_alpha_above_one", 13, [node("LeakyRelu", ["x"], ["y"], alpha=1.5)], {"x": x}, ["y"])
    case("prelu_slope_c11", 9, [node("PRelu", ["x", "slope"], ["y"])], {"x": x}, ["y"], {"slope": f32(3, 1, 1)})
    case("prelu_slope_scalar", 9, [node("PRelu", ["x", "slope"], ["y"])], {"x": x}, ["y"], {"slope": f32(1)})
    case("prelu_slope_last_axis", 16, [node("PRelu", ["x", "slope"], ["y"])], {"x": x}, ["y"], {"slope": f32(5)})
    case("prelu_opset6_per_channel", 6, [node("PRelu", ["x", "slope"], ["y"])], {"x": x}, ["y"], {"slope": f32(3)},
         same_as=(9, [node("Unsqueeze", ["slope"], ["s3"], axes=[1, 2]), node("PRelu", ["x", "s3"], ["y"])]))
    unary("Elu")
    case("elu_alpha", 6, [node("Elu", ["x"], ["y"], alpha=0.5)], {"x": x}, ["y"])
    unary("Selu")
    case("selu_custom", 6, [node("Selu", ["x"], ["y"], alpha=1.2, gamma=0.9)], {"x": x}, ["y"])
    unary("Sigmoid")
    case("hardsigmoid", 6, [node("HardSigmoid", ["x"], ["y"], alpha=0.3, beta=0.4)], {"x": x * 3}, ["y"])
    case("hardsigmoid_default", 6, [node("HardSigmoid", ["x"], ["y"])], {"x": x * 4}, ["y"])
    case("hardswish", 14, [node("HardSwish", ["x"], ["y"])], {"x": x * 4}, ["y"])
    unary("Tanh")
    case("softplus", 13, [node("Softplus", ["x"], ["y"])], {"x": x * 5}, ["y"])
    case("gelu_none", 20, [node("Gelu", ["x"], ["y"])], {"x": x * 2}, ["y"])
    case("gelu_tanh", 20, [node("Gelu", ["x"], ["y"], approximate="tanh")], {"x": x * 2}, ["y"])
    case("erf", 13, [node("Erf", ["x"], ["y"])], {"x": x * 2}, ["y"])
    case("erf_opset9", 9, [node("Erf", ["x"], ["y"])], {"x": x}, ["y"])

    # Clip: attributes before opset 11, optional inputs from it.
    case("clip_opset6", 6, [node("Clip", ["x"], ["y"], min=-0.5, max=0.7)], {"x": x}, ["y"])
    case("clip_opset6_only_max", 6, [node("Clip", ["x"], ["y"], max=0.3)], {"x": x}, ["y"])
    case("clip_opset6_default", 6, [node("Clip", ["x"], ["y"])], {"x": x}, ["y"])
    low, high = np.array(-0.4, np.float32), np.array(0.6, np.float32)
    case("clip_opset11", 11, [node("Clip", ["x", "lo", "hi"], ["y"])], {"x": x}, ["y"], {"lo": low, "hi": high})
    case("clip_opset12_only_min", 12, [node("Clip", ["x", "lo"], ["y"])], {"x": x}, ["y"], {"lo": low})
    case("clip_opset13_only_max", 13, [node("Clip", ["x", "", "hi"], ["y"])], {"x": x}, ["y"], {"hi": high})
    case("clip_opset13_none", 13, [node("Clip", ["x"], ["y"])], {"x": x}, ["y"])
    case("clip_opset13_input_bounds", 13, [node("Clip", ["x", "lo", "hi"], ["y"])], {"x": x, "lo": low, "hi": high}, ["y"])
    case("clip_int32", 13, [node("Clip", ["x", "lo", "hi"], ["y"])], {"x": np.arange(-6, 6, dtype=np.int32).reshape(3, 4)},
         ["y"], {"lo": np.array(-2, np.int32), "hi": np.array(3, np.int32)})


def arithmetic_cases():
    a, b = f32(2, 3, 4), f32(3, 1)
    for op in ["Add", "Sub", "Mul", "Div"]:
        case(f"{op.lower()}_broadcast", 13, [node(op, ["a", "b"], ["y"])], {"a": a, "b": b}, ["y"])
    case("pow_broadcast", 13, [node("Pow", ["a", "b"], ["y"])], {"a": f32(2, 3, 4, low=0.5, high=2), "b": f32(4)}, ["y"])
    case("pow_integer_exponent", 15, [node("Pow", ["a", "b"], ["y"])], {"a": f32(2, 3)}, ["y"], {"b": np.array(3, np.int64)})
    case("pow_opset7", 7, [node("Pow", ["a", "b"], ["y"])], {"a": f32(3, 4, low=0.5, high=2), "b": f32(1, 4)}, ["y"])
    case("add_int64", 13, [node("Add", ["a", "b"], ["y"])], {"a": i64([[1, 2, 3], [4, 5, 6]]), "b": i64([10, 20, 30])}, ["y"])
    case("div_int32", 13, [node("Div", ["a", "b"], ["y"])],
         {"a": np.array([7, -7, 9, 0], np.int32), "b": np.array([2, 2, -4, 3], np.int32)}, ["y"])
    for op in ["Max", "Min", "Sum", "Mean"]:
        case(f"{op.lower()}_variadic", 13, [node(op, ["a", "b", "c"], ["y"])], {"a": a, "b": b, "c": f32(4)}, ["y"])
        case(f"{op.lower()}_single", 13, [node(op, ["a"], ["y"])], {"a": a}, ["y"])
    case("max_two", 8, [node("Max", ["a", "b"], ["y"])], {"a": a, "b": b}, ["y"])
    case("mean_opset6", 6, [node("Mean", ["a", "b"], ["y"])], {"a": a, "b": f32(2, 3, 4)}, ["y"])
    # Opset 6: B matches A's dimensions from `axis` (or A's last ones) when broadcast = 1.
    x = f32(2, 3, 4, 5)
    # onnxruntime runs none of these any more: the references are opset 9's NumPy broadcasting of
    # B with the trailing axes added.
    def opset9(op, axes=None):
        if axes is None:
            return (9, [node(op, ["a", "b"], ["y"])])
        return (9, [node("Unsqueeze", ["b"], ["b9"], axes=axes), node(op, ["a", "b9"], ["y"])])
    for op in ["Add", "Sub", "Mul", "Div"]:
        case(f"{op.lower()}_opset6_broadcast_axis1", 6, [node(op, ["a", "b"], ["y"], broadcast=1, axis=1)], {"a": x},
             ["y"], {"b": f32(3, low=0.5, high=1.5)}, same_as=opset9(op, [1, 2]))
    case("add_opset6_broadcast_trailing", 6, [node("Add", ["a", "b"], ["y"], broadcast=1)], {"a": x}, ["y"], {"b": f32(4, 5)},
         same_as=opset9("Add"))
    case("mul_opset6_broadcast_axis_middle", 6, [node("Mul", ["a", "b"], ["y"], broadcast=1, axis=1)], {"a": x}, ["y"],
         {"b": f32(3, 4)}, same_as=opset9("Mul", [2]))
    case("add_opset6_same_shape", 6, [node("Add", ["a", "b"], ["y"])], {"a": x, "b": f32(2, 3, 4, 5)}, ["y"],
         same_as=opset9("Add"))
    case("pow_opset6_broadcast", 6, [node("Pow", ["a", "b"], ["y"], broadcast=1, axis=1)],
         {"a": f32(2, 3, 4, low=0.5, high=2)}, ["y"], {"b": f32(3)}, same_as=opset9("Pow", [1]))

    x = f32(3, 4)
    for op in ["Abs", "Neg", "Exp"]:
        case(op.lower(), 13, [node(op, ["x"], ["y"])], {"x": x}, ["y"])
    for op in ["Log", "Sqrt", "Reciprocal"]:
        case(op.lower(), 13, [node(op, ["x"], ["y"])], {"x": f32(3, 4, low=0.1, high=4)}, ["y"])
    case("abs_int64", 13, [node("Abs", ["x"], ["y"])], {"x": i64([-3, 0, 5])}, ["y"])
    case("neg_opset6", 6, [node("Neg", ["x"], ["y"])], {"x": x}, ["y"])


def pooling_cases():
    x = f32(1, 2, 6, 6)
    mp = lambda opset=11, **a: [node("MaxPool", ["x"], ["y"], **a)]
    case("maxpool_basic", 11, mp(kernel_shape=[2, 2], strides=[2, 2]), {"x": x}, ["y"])
    case("maxpool_opset6", 6, mp(kernel_shape=[3, 3], strides=[1, 1]), {"x": x}, ["y"])
    case("maxpool_asymmetric_pads", 11, mp(kernel_shape=[3, 3], pads=[0, 1, 2, 1], strides=[2, 1]), {"x": x}, ["y"])
    case("maxpool_ceil_mode", 11, mp(kernel_shape=[3, 3], strides=[2, 2], ceil_mode=1), {"x": f32(1, 2, 6, 7)}, ["y"])
    case("maxpool_ceil_mode_pads", 11, mp(kernel_shape=[2, 2], strides=[2, 2], pads=[1, 1, 1, 1], ceil_mode=1),
         {"x": f32(1, 1, 5, 5)}, ["y"])
    case("maxpool_dilations", 11, mp(kernel_shape=[2, 2], dilations=[2, 2]), {"x": x}, ["y"])
    case("maxpool_dilations_strides_pads", 12, mp(kernel_shape=[3, 2], dilations=[2, 3], strides=[2, 1], pads=[1, 1, 2, 0]),
         {"x": f32(1, 2, 7, 8)}, ["y"])
    case("maxpool_dilations_ceil", 12, mp(kernel_shape=[2, 2], dilations=[2, 2], strides=[2, 2], ceil_mode=1),
         {"x": f32(1, 1, 6, 7)}, ["y"])
    case("maxpool_1d_dilations", 12, mp(kernel_shape=[3], dilations=[2]), {"x": f32(1, 2, 9)}, ["y"])
    for mode in ["SAME_UPPER", "SAME_LOWER", "VALID"]:
        case(f"maxpool_auto_pad_{mode.lower()}", 11, mp(kernel_shape=[2, 2], strides=[2, 2], auto_pad=mode),
             {"x": f32(1, 2, 5, 5)}, ["y"])
    case("maxpool_1d", 11, mp(kernel_shape=[3], strides=[2], pads=[1, 1]), {"x": f32(2, 3, 8)}, ["y"])
    case("maxpool_negative_values_padded", 11, mp(kernel_shape=[3, 3], pads=[1, 1, 1, 1]), {"x": -np.abs(f32(1, 1, 4, 4)) - 1}, ["y"])
    case("maxpool_storage_order", 11, mp(kernel_shape=[2, 2], storage_order=0), {"x": x}, ["y"])

    ap = lambda **a: [node("AveragePool", ["x"], ["y"], **a)]
    case("avgpool_basic", 11, ap(kernel_shape=[2, 2], strides=[2, 2]), {"x": x}, ["y"])
    case("avgpool_opset7", 7, ap(kernel_shape=[3, 3], pads=[1, 1, 1, 1]), {"x": x}, ["y"])
    case("avgpool_pads_count_include_pad", 11, ap(kernel_shape=[3, 3], pads=[1, 1, 1, 1], count_include_pad=1), {"x": x}, ["y"])
    case("avgpool_pads_exclude_pad", 11, ap(kernel_shape=[3, 3], pads=[1, 1, 1, 1], count_include_pad=0), {"x": x}, ["y"])
    case("avgpool_asymmetric_pads_include", 11, ap(kernel_shape=[3, 2], pads=[0, 1, 2, 0], strides=[2, 1], count_include_pad=1),
         {"x": x}, ["y"])
    case("avgpool_ceil_mode", 11, ap(kernel_shape=[3, 3], strides=[2, 2], ceil_mode=1), {"x": f32(1, 2, 6, 7)}, ["y"])
    case("avgpool_ceil_mode_include_pad", 11, ap(kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1], ceil_mode=1,
                                                 count_include_pad=1), {"x": f32(1, 2, 6, 6)}, ["y"])
    case("avgpool_ceil_mode_exclude_pad", 11, ap(kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1], ceil_mode=1),
         {"x": f32(1, 2, 6, 6)}, ["y"])
    for mode in ["SAME_UPPER", "SAME_LOWER"]:
        case(f"avgpool_auto_pad_{mode.lower()}", 11, ap(kernel_shape=[3, 3], strides=[2, 2], auto_pad=mode),
             {"x": f32(1, 2, 6, 6)}, ["y"])
        case(f"avgpool_auto_pad_{mode.lower()}_include_pad", 11,
             ap(kernel_shape=[3, 3], strides=[2, 2], auto_pad=mode, count_include_pad=1), {"x": f32(1, 2, 6, 6)}, ["y"])
    case("avgpool_1d", 11, ap(kernel_shape=[3], strides=[2], pads=[1, 1], count_include_pad=1), {"x": f32(2, 3, 8)}, ["y"])
    case("avgpool_dilations", 19, ap(kernel_shape=[2, 2], dilations=[2, 2]), {"x": x}, ["y"])

    case("globalaveragepool", 11, [node("GlobalAveragePool", ["x"], ["y"])], {"x": f32(2, 3, 4, 5)}, ["y"])
    case("globalmaxpool", 11, [node("GlobalMaxPool", ["x"], ["y"])], {"x": f32(2, 3, 4, 5)}, ["y"])
    case("globalaveragepool_rank3", 11, [node("GlobalAveragePool", ["x"], ["y"])], {"x": f32(2, 3, 7)}, ["y"])
    case("globalmaxpool_rank5", 11, [node("GlobalMaxPool", ["x"], ["y"])], {"x": f32(1, 2, 3, 2, 2)}, ["y"])


def softmax_cases():
    for op in ["Softmax", "LogSoftmax"]:
        s = op.lower()
        case(f"{s}_opset11_axis1_rank3", 11, [node(op, ["x"], ["y"], axis=1)], {"x": f32(2, 3, 4)}, ["y"])
        case(f"{s}_opset11_axis1_rank4", 11, [node(op, ["x"], ["y"], axis=1)], {"x": f32(2, 3, 2, 2)}, ["y"])
        case(f"{s}_opset11_default_rank4", 11, [node(op, ["x"], ["y"])], {"x": f32(2, 3, 2, 2)}, ["y"])
        case(f"{s}_opset11_axis_last", 11, [node(op, ["x"], ["y"], axis=-1)], {"x": f32(2, 3, 4)}, ["y"])
        case(f"{s}_opset11_axis0", 11, [node(op, ["x"], ["y"], axis=0)], {"x": f32(2, 3)}, ["y"])
        case(f"{s}_opset13_axis1", 13, [node(op, ["x"], ["y"], axis=1)], {"x": f32(2, 3, 4)}, ["y"])
        case(f"{s}_opset13_axis_last", 13, [node(op, ["x"], ["y"], axis=-1)], {"x": f32(2, 3, 4)}, ["y"])
        case(f"{s}_opset13_default", 13, [node(op, ["x"], ["y"])], {"x": f32(2, 3, 4)}, ["y"])
    case("softmax_opset6_rank2", 6, [node("Softmax", ["x"], ["y"])], {"x": f32(3, 5)}, ["y"])


def shape_cases():
    x = f32(2, 3, 4)
    for axis in [0, 1, 2, 3, -1]:
        case(f"flatten_axis{axis}".replace("-", "neg"), 13, [node("Flatten", ["x"], ["y"], axis=axis)], {"x": f32(2, 3, 4, 2)}, ["y"])
    case("flatten_opset9_default", 9, [node("Flatten", ["x"], ["y"])], {"x": f32(2, 3, 2)}, ["y"])
    rs = lambda shape, opset=13, **a: ([node("Reshape", ["x", "shape"], ["y"], **a)], {"shape": i64(shape)})
    n, i = rs([0, -1])
    case("reshape_zero_copies", 13, n, {"x": x}, ["y"], i)
    n, i = rs([4, -1, 2])
    case("reshape_infer", 13, n, {"x": x}, ["y"], i)
    n, i = rs([-1])
    case("reshape_flatten", 6, n, {"x": x}, ["y"], i)
    n, i = rs([0, 0, 2, 2])
    case("reshape_two_zeros", 13, n, {"x": x}, ["y"], i)
    n, i = rs([6, -1], allowzero=1)
    case("reshape_allowzero_no_zero", 14, n, {"x": x}, ["y"], i)
    n, i = rs([3, 0], allowzero=1)
    case("reshape_allowzero_empty", 14, n, {"x": np.zeros((0, 3), np.float32)}, ["y"], i)
    case("reshape_symbolic_batch", 13, [node("Reshape", ["x", "shape"], ["y"])], {"x": x}, ["y"], {"shape": i64([0, 12])},
         dims={"x": ["N", 3, 4]})
    case("reshape_computed_shape", 13,
         [node("Shape", ["x"], ["s"]), node("Gather", ["s", "zero"], ["n"], axis=0),
          node("Unsqueeze", ["n", "zero1"], ["n1"]), node("Concat", ["n1", "minus1"], ["target"], axis=0),
          node("Reshape", ["x", "target"], ["y"])],
         {"x": x}, ["y"], {"zero": np.array(0, np.int64), "zero1": i64([0]), "minus1": i64([-1])}, dims={"x": ["N", 3, 4]})
    case("shape", 13, [node("Shape", ["x"], ["y"])], {"x": x}, ["y"])
    case("shape_start_end", 15, [node("Shape", ["x"], ["y"], start=1, end=-1)], {"x": f32(2, 3, 4, 5)}, ["y"])
    case("shape_start_negative", 15, [node("Shape", ["x"], ["y"], start=-2)], {"x": f32(2, 3, 4, 5)}, ["y"])
    case("shape_end_clamped", 15, [node("Shape", ["x"], ["y"], end=10)], {"x": x}, ["y"])
    case("size", 13, [node("Size", ["x"], ["y"])], {"x": x}, ["y"])
    case("constantofshape_float", 13, [node("ConstantOfShape", ["s"], ["y"],
                                            value=helper.make_tensor("v", TensorProto.FLOAT, [1], [2.5]))],
         {}, ["y"], {"s": i64([2, 3])})
    case("constantofshape_default", 13, [node("ConstantOfShape", ["s"], ["y"])], {}, ["y"], {"s": i64([3])})
    case("constantofshape_int64", 13, [node("ConstantOfShape", ["s"], ["y"],
                                            value=helper.make_tensor("v", TensorProto.INT64, [1], [7]))],
         {}, ["y"], {"s": i64([2, 2])})
    case("constantofshape_computed", 13, [node("Shape", ["x"], ["s"]),
                                          node("ConstantOfShape", ["s"], ["y"], value=helper.make_tensor("v", TensorProto.FLOAT, [1], [1.0]))],
         {"x": x}, ["y"])
    case("constant_value", 13, [node("Constant", [], ["c"], value=numpy_helper.from_array(f32(2, 3), "c")),
                                node("Add", ["x", "c"], ["y"])], {"x": f32(2, 3)}, ["y"])
    case("constant_value_float", 13, [node("Constant", [], ["c"], value_float=1.25), node("Mul", ["x", "c"], ["y"])],
         {"x": f32(2, 3)}, ["y"])
    case("constant_value_floats", 13, [node("Constant", [], ["c"], value_floats=[1.0, -2.0, 0.5]), node("Mul", ["x", "c"], ["y"])],
         {"x": f32(2, 3)}, ["y"])
    case("constant_value_ints", 13, [node("Constant", [], ["s"], value_ints=[3, 2]), node("Reshape", ["x", "s"], ["y"])],
         {"x": f32(2, 3)}, ["y"])
    case("constant_value_int", 13, [node("Constant", [], ["y"], value_int=-4)], {}, ["y"])
    case("constant_opset9", 9, [node("Constant", [], ["c"], value=numpy_helper.from_array(f32(3), "c")), node("Add", ["x", "c"], ["y"])],
         {"x": f32(2, 3)}, ["y"])
    case("expand_bidirectional", 13, [node("Expand", ["x", "s"], ["y"])], {"x": f32(3, 1)}, ["y"], {"s": i64([2, 1, 4])})
    case("expand_smaller_shape", 13, [node("Expand", ["x", "s"], ["y"])], {"x": f32(2, 3, 1)}, ["y"], {"s": i64([1, 5])})
    case("expand_opset8", 8, [node("Expand", ["x", "s"], ["y"])], {"x": f32(1, 3)}, ["y"], {"s": i64([2, 3])})
    case("expand_computed_shape", 13, [node("Shape", ["z"], ["s"]), node("Expand", ["x", "s"], ["y"])],
         {"x": f32(1, 4), "z": f32(3, 4)}, ["y"])
    case("tile", 13, [node("Tile", ["x", "r"], ["y"])], {"x": f32(2, 3)}, ["y"], {"r": i64([2, 3])})
    case("tile_opset6", 6, [node("Tile", ["x", "r"], ["y"])], {"x": f32(2, 1, 3)}, ["y"], {"r": i64([1, 2, 2])})
    case("range_float", 13, [node("Range", ["a", "b", "d"], ["y"])], {}, ["y"],
         {"a": np.array(1.0, np.float32), "b": np.array(3.2, np.float32), "d": np.array(0.5, np.float32)})
    case("range_int64_negative_delta", 13, [node("Range", ["a", "b", "d"], ["y"])], {}, ["y"],
         {"a": np.array(10, np.int64), "b": np.array(1, np.int64), "d": np.array(-3, np.int64)})
    case("range_int32", 11, [node("Range", ["a", "b", "d"], ["y"])], {}, ["y"],
         {"a": np.array(0, np.int32), "b": np.array(5, np.int32), "d": np.array(1, np.int32)})


def layout_cases():
    x = f32(2, 3, 4)
    case("transpose_perm", 13, [node("Transpose", ["x"], ["y"], perm=[1, 2, 0])], {"x": x}, ["y"])
    case("transpose_default", 13, [node("Transpose", ["x"], ["y"])], {"x": x}, ["y"])
    case("concat_negative_axis", 13, [node("Concat", ["a", "b", "c"], ["y"], axis=-2)],
         {"a": f32(2, 1, 4), "b": f32(2, 3, 4), "c": f32(2, 2, 4)}, ["y"])
    case("concat_opset4_axis0", 6, [node("Concat", ["a", "b"], ["y"], axis=0)], {"a": f32(1, 3), "b": f32(2, 3)}, ["y"])
    case("concat_int64", 13, [node("Concat", ["a", "b"], ["y"], axis=0)], {"a": i64([1, 2]), "b": i64([3])}, ["y"])
    case("split_attribute", 11, [node("Split", ["x"], ["y0", "y1"], axis=2, split=[1, 3])], {"x": x}, ["y0", "y1"])
    case("split_equal", 11, [node("Split", ["x"], ["y0", "y1", "y2"], axis=1)], {"x": x}, ["y0", "y1", "y2"])
    case("split_input", 13, [node("Split", ["x", "s"], ["y0", "y1"], axis=-1)], {"x": x}, ["y0", "y1"], {"s": i64([3, 1])})
    case("split_opset13_equal", 13, [node("Split", ["x"], ["y0", "y1"])], {"x": f32(4, 3)}, ["y0", "y1"])
    case("split_num_outputs_uneven", 18, [node("Split", ["x"], ["y0", "y1", "y2"], axis=0, num_outputs=3)],
         {"x": f32(7, 2)}, ["y0", "y1", "y2"])
    case("split_num_outputs_even", 18, [node("Split", ["x"], ["y0", "y1"], axis=1, num_outputs=2)],
         {"x": f32(2, 4)}, ["y0", "y1"])
    case("split_opset6", 6, [node("Split", ["x"], ["y0", "y1"], axis=1, split=[2, 1])], {"x": x}, ["y0", "y1"])

    x = f32(5, 6, 4)
    case("slice_opset9_attributes", 9, [node("Slice", ["x"], ["y"], starts=[1, 0], ends=[4, 3], axes=[0, 2])], {"x": x}, ["y"])
    case("slice_opset9_no_axes", 9, [node("Slice", ["x"], ["y"], starts=[-3, 1], ends=[1000, -1])], {"x": x}, ["y"])
    sl = lambda *names: [node("Slice", ["x"] + list(names), ["y"])]
    case("slice_opset10", 10, sl("st", "en"), {"x": x}, ["y"], {"st": i64([1, 2]), "en": i64([3, 5])})
    case("slice_negative_starts", 13, sl("st", "en", "ax"), {"x": x}, ["y"],
         {"st": i64([-2, -4]), "en": i64([INT64_MAX, -1]), "ax": i64([0, 1])})
    case("slice_steps2", 13, sl("st", "en", "ax", "sp"), {"x": x}, ["y"],
         {"st": i64([0, 1]), "en": i64([INT64_MAX, 6]), "ax": i64([0, 1]), "sp": i64([2, 2])})
    case("slice_step_minus1", 13, sl("st", "en", "ax", "sp"), {"x": x}, ["y"],
         {"st": i64([-1]), "en": i64([INT64_MIN]), "ax": i64([1]), "sp": i64([-1])})
    case("slice_step_minus2_partial", 13, sl("st", "en", "ax", "sp"), {"x": x}, ["y"],
         {"st": i64([4, 10]), "en": i64([0, -100]), "ax": i64([0, -1]), "sp": i64([-2, -1])})
    case("slice_negative_axes", 13, sl("st", "en", "ax"), {"x": x}, ["y"], {"st": i64([1]), "en": i64([3]), "ax": i64([-1])})
    case("slice_clamped_ends", 13, sl("st", "en"), {"x": x}, ["y"], {"st": i64([2]), "en": i64([100])})
    case("slice_empty", 13, sl("st", "en", "ax"), {"x": x}, ["y"], {"st": i64([3]), "en": i64([1]), "ax": i64([0])})
    case("slice_int64_max_start_reverse", 13, sl("st", "en", "ax", "sp"), {"x": x}, ["y"],
         {"st": i64([INT64_MAX]), "en": i64([1]), "ax": i64([2]), "sp": i64([-1])})

    case("squeeze_attribute", 11, [node("Squeeze", ["x"], ["y"], axes=[1, -1])], {"x": f32(2, 1, 3, 1)}, ["y"])
    case("squeeze_input", 13, [node("Squeeze", ["x", "ax"], ["y"])], {"x": f32(2, 1, 3, 1)}, ["y"], {"ax": i64([-1])})
    case("squeeze_all", 13, [node("Squeeze", ["x"], ["y"])], {"x": f32(1, 3, 1, 2)}, ["y"])
    case("squeeze_opset6_all", 6, [node("Squeeze", ["x"], ["y"])], {"x": f32(1, 3, 1)}, ["y"])
    case("unsqueeze_attribute", 11, [node("Unsqueeze", ["x"], ["y"], axes=[0, -1])], {"x": f32(2, 3)}, ["y"])
    case("unsqueeze_input", 13, [node("Unsqueeze", ["x", "ax"], ["y"])], {"x": f32(2, 3)}, ["y"], {"ax": i64([1, 3])})
    case("unsqueeze_scalar", 13, [node("Unsqueeze", ["x", "ax"], ["y"])], {"x": np.array(2.5, np.float32)}, ["y"], {"ax": i64([0])})
    case("unsqueeze_opset6", 6, [node("Unsqueeze", ["x"], ["y"], axes=[2, 0])], {"x": f32(2, 3)}, ["y"])

    x = f32(4, 5, 3)
    case("gather_constant_negative", 13, [node("Gather", ["x", "i"], ["y"])], {"x": x}, ["y"], {"i": i64([0, -1, 2, -4])})
    case("gather_axis1", 13, [node("Gather", ["x", "i"], ["y"], axis=1)], {"x": x}, ["y"], {"i": i64([[4, 0], [-2, 1]])})
    case("gather_scalar_index", 13, [node("Gather", ["x", "i"], ["y"], axis=-1)], {"x": x}, ["y"], {"i": np.array(-1, np.int64)})
    case("gather_indices_input", 13, [node("Gather", ["x", "i"], ["y"], axis=0)], {"x": x, "i": i64([3, -3, 0])}, ["y"])
    case("gather_int32_indices", 11, [node("Gather", ["x", "i"], ["y"], axis=1)], {"x": x}, ["y"], {"i": np.array([1, -1], np.int32)})
    case("gather_embedding", 13, [node("Gather", ["table", "i"], ["y"])], {"i": i64([[1, 0, 3], [2, 2, -1]])}, ["y"],
         {"table": f32(4, 3)})
    case("gather_opset6", 6, [node("Gather", ["x", "i"], ["y"], axis=1)], {"x": x}, ["y"], {"i": i64([0, 2])})

    x = f32(1, 2, 3, 4)
    pad11 = lambda mode, pads, value=None: (
        [node("Pad", ["x", "p"] + (["v"] if value is not None else []), ["y"], mode=mode)],
        {"p": i64(pads), **({"v": np.array(value, np.float32)} if value is not None else {})})
    n, i = pad11("constant", [0, 0, 1, 2, 0, 0, 2, 1], 1.5)
    case("pad_constant", 11, n, {"x": x}, ["y"], i)
    n, i = pad11("constant", [0, 1, 0, 0, 0, 0, 1, 3])
    case("pad_constant_default_value", 13, n, {"x": x}, ["y"], i)
    n, i = pad11("reflect", [0, 0, 2, 3, 0, 0, 1, 2])
    case("pad_reflect", 11, n, {"x": x}, ["y"], i)
    n, i = pad11("edge", [0, 1, 2, 3, 0, 0, 3, 1])
    case("pad_edge", 11, n, {"x": x}, ["y"], i)
    n, i = pad11("edge", [0, 0, 4, 5, 0, 0, 5, 6])
    case("pad_edge_wider_than_input", 13, n, {"x": x}, ["y"], i)
    case("pad_opset2_constant", 6, [node("Pad", ["x"], ["y"], pads=[0, 0, 1, 1, 0, 0, 1, 0], value=-2.0)], {"x": x}, ["y"])
    case("pad_opset2_reflect", 6, [node("Pad", ["x"], ["y"], mode="reflect", pads=[0, 0, 1, 1, 0, 0, 2, 1])], {"x": x}, ["y"])
    case("pad_opset2_edge", 6, [node("Pad", ["x"], ["y"], mode="edge", pads=[0, 0, 2, 0, 0, 0, 0, 2])], {"x": x}, ["y"])
    case("pad_opset18_axes", 18, [node("Pad", ["x", "p", "v", "ax"], ["y"], mode="constant")], {"x": x}, ["y"],
         {"p": i64([1, 2, 0, 1]), "v": np.array(0.5, np.float32), "ax": i64([2, -1])})
    case("pad_opset18_axes_edge", 18, [node("Pad", ["x", "p", "", "ax"], ["y"], mode="edge")], {"x": x}, ["y"],
         {"p": i64([2, 1]), "ax": i64([-1])})
    case("pad_opset18_axes_reflect", 18, [node("Pad", ["x", "p", "", "ax"], ["y"], mode="reflect")], {"x": x}, ["y"],
         {"p": i64([1, 2, 2, 1]), "ax": i64([3, 2])})
    case("pad_int64_constant", 13, [node("Pad", ["x", "p", "v"], ["y"])], {"x": i64([[1, 2], [3, 4]])}, ["y"],
         {"p": i64([1, 0, 0, 1]), "v": np.array(9, np.int64)})


def resize_cases():
    x = f32(1, 2, 3, 4)
    empty = np.zeros(0, np.float32)

    def resize(name, opset, inits, x=x, **attrs):
        # Inputs X, roi, scales, sizes (opset 11+; roi and scales may be empty names from 13).
        names = ["x"] + [k if k in inits else "" for k in ["roi", "scales", "sizes"]]
        while names[-1] == "":
            names.pop()
        case(name, opset, [node("Resize", names, ["y"], **attrs)], {"x": x}, ["y"], inits)

    sc = lambda *s: np.array(s, np.float32)
    # Opset 11 needs roi and scales present (empty) even with sizes.
    for nm in ["round_prefer_floor", "round_prefer_ceil", "floor", "ceil"]:
        for ct in ["half_pixel", "asymmetric", "align_corners", "pytorch_half_pixel", "tf_half_pixel_for_nn"]:
            resize(f"resize_nearest_{nm}_{ct}", 11, {"roi": empty, "scales": sc(1, 1, 1.7, 2.5)}, mode="nearest",
                   nearest_mode=nm, coordinate_transformation_mode=ct)
    resize("resize_nearest_default_upsample2", 11, {"roi": empty, "scales": sc(1, 1, 2, 2)}, mode="nearest")
    resize("resize_nearest_downsample", 13, {"scales": sc(1, 1, 0.6, 0.5)}, x=f32(1, 2, 5, 6), mode="nearest")
    resize("resize_nearest_sizes", 13, {"sizes": i64([1, 2, 5, 7])}, mode="nearest")
    resize("resize_nearest_sizes_asymmetric_floor", 13, {"sizes": i64([1, 2, 7, 3])}, mode="nearest",
           coordinate_transformation_mode="asymmetric", nearest_mode="floor")
    for ct in ["half_pixel", "asymmetric", "align_corners", "pytorch_half_pixel"]:
        resize(f"resize_linear_{ct}_scales", 11, {"roi": empty, "scales": sc(1, 1, 2, 1.5)}, mode="linear",
               coordinate_transformation_mode=ct)
        resize(f"resize_linear_{ct}_sizes", 13, {"sizes": i64([1, 2, 5, 7])}, mode="linear", coordinate_transformation_mode=ct)
        resize(f"resize_linear_{ct}_downsample", 13, {"scales": sc(1, 1, 0.6, 0.8)}, x=f32(1, 2, 5, 6), mode="linear",
               coordinate_transformation_mode=ct)
    resize("resize_linear_pytorch_half_pixel_to_one", 13, {"sizes": i64([1, 2, 1, 6])}, mode="linear",
           coordinate_transformation_mode="pytorch_half_pixel")
    resize("resize_linear_align_corners_to_one", 13, {"sizes": i64([1, 2, 1, 3])}, mode="linear",
           coordinate_transformation_mode="align_corners")
    resize("resize_linear_half_pixel_symmetric", 19, {"scales": sc(1, 1, 1.6, 2.5)}, mode="linear",
           coordinate_transformation_mode="half_pixel_symmetric")
    resize("resize_nearest_half_pixel_symmetric", 19, {"sizes": i64([1, 2, 4, 9])}, mode="nearest",
           coordinate_transformation_mode="half_pixel_symmetric")
    resize("resize_opset13_roi_empty_name", 13, {"scales": sc(1, 1, 2, 2)}, mode="linear")
    resize("resize_opset18_axes_scales", 18, {"scales": sc(2.0, 1.5)}, mode="linear", axes=[2, 3])
    resize("resize_opset18_axes_sizes_negative", 18, {"sizes": i64([5, 2])}, mode="nearest", axes=[-1, -2])
    # The policy takes one scale over the given axes (over all of them without `axes`).
    resize("resize_opset18_not_larger", 18, {"sizes": i64([6, 6])}, mode="linear", keep_aspect_ratio_policy="not_larger", axes=[2, 3])
    resize("resize_opset18_not_smaller", 18, {"sizes": i64([6, 6])}, mode="nearest", keep_aspect_ratio_policy="not_smaller",
           axes=[2, 3])
    resize("resize_opset18_not_larger_all_axes", 18, {"sizes": i64([1, 2, 6, 6])}, mode="linear",
           keep_aspect_ratio_policy="not_larger")
    resize("resize_opset18_antialias_upsample", 18, {"scales": sc(1, 1, 2, 2)}, mode="linear", antialias=1)
    resize("resize_opset21", 21, {"scales": sc(1, 1, 1.5, 1.5)}, mode="linear")
    resize("resize_rank3_nearest", 13, {"scales": sc(1, 1, 2)}, x=f32(1, 2, 5), mode="nearest")
    resize("resize_int32_nearest", 13, {"scales": sc(1, 1, 2, 2)}, x=np.arange(12, dtype=np.int32).reshape(1, 1, 3, 4),
           mode="nearest")
    # Opset 10: scales only; asymmetric coordinates, nearest rounds down (onnxruntime's "simple").
    case("resize_opset10_nearest", 10, [node("Resize", ["x", "s"], ["y"], mode="nearest")], {"x": x}, ["y"], {"s": sc(1, 1, 2, 1.5)})
    case("resize_opset10_linear", 10, [node("Resize", ["x", "s"], ["y"], mode="linear")], {"x": x}, ["y"], {"s": sc(1, 1, 2, 1.5)})
    # Scales and sizes computed from constants and static shapes, as torch writes interpolate's size.
    case("resize_scales_from_constants", 13,
         [node("Mul", ["s0", "s1"], ["s"]), node("Resize", ["x", "", "s"], ["y"], mode="nearest")], {"x": x}, ["y"],
         {"s0": sc(1, 1, 2, 1), "s1": sc(1, 1, 1, 1.5)})
    case("resize_sizes_from_shape", 13,
         [node("Shape", ["x"], ["shape"]), node("Slice", ["shape", "zero", "two"], ["nc"]),
          node("Concat", ["nc", "hw"], ["sizes"], axis=0), node("Resize", ["x", "", "", "sizes"], ["y"], mode="linear")],
         {"x": x}, ["y"], {"zero": i64([0]), "two": i64([2]), "hw": i64([7, 5])})
    # Upsample: scales as an attribute (opset 7), as an input (9).
    case("upsample_opset7_nearest", 7, [node("Upsample", ["x"], ["y"], mode="nearest", scales=[1.0, 1.0, 2.0, 3.0])], {"x": x}, ["y"])
    case("upsample_opset7_linear", 7, [node("Upsample", ["x"], ["y"], mode="linear", scales=[1.0, 1.0, 2.0, 1.5])], {"x": x}, ["y"])
    case("upsample_opset9_nearest", 9, [node("Upsample", ["x", "s"], ["y"], mode="nearest")], {"x": x}, ["y"], {"s": sc(1, 1, 3, 2)})
    case("upsample_opset9_linear", 9, [node("Upsample", ["x", "s"], ["y"], mode="linear")], {"x": x}, ["y"], {"s": sc(1, 1, 2, 2.5)})
    case("upsample_opset9_default_mode", 9, [node("Upsample", ["x", "s"], ["y"])], {"x": x}, ["y"], {"s": sc(1, 1, 2, 2)})


def reduction_cases():
    x = f32(2, 3, 4)
    r = lambda op, opset, **a: [node(op, ["x"], ["y"], **a)]
    for op in ["ReduceMean", "ReduceSum", "ReduceMax"]:
        s = op[6:].lower()
        case(f"reduce{s}_attr_keepdims", 11, r(op, 11, axes=[1]), {"x": x}, ["y"])
        case(f"reduce{s}_attr_no_keepdims", 11, r(op, 11, axes=[0, -1], keepdims=0), {"x": x}, ["y"])
        case(f"reduce{s}_all", 11, r(op, 11), {"x": x}, ["y"])
        case(f"reduce{s}_all_no_keepdims", 13, [node(op, ["x"], ["y"], keepdims=0)], {"x": x}, ["y"])
        case(f"reduce{s}_input_axes", 18, [node(op, ["x", "ax"], ["y"], keepdims=0)], {"x": x}, ["y"], {"ax": i64([2, 0])})
        case(f"reduce{s}_input_axes_keepdims", 18, [node(op, ["x", "ax"], ["y"])], {"x": x}, ["y"], {"ax": i64([-2])})
        case(f"reduce{s}_noop_empty_axes", 18, [node(op, ["x"], ["y"], noop_with_empty_axes=1)], {"x": x}, ["y"])
        case(f"reduce{s}_empty_axes_input", 18, [node(op, ["x", "ax"], ["y"])], {"x": x}, ["y"], {"ax": np.zeros(0, np.int64)})
    case("reducesum_opset13_input_axes", 13, [node("ReduceSum", ["x", "ax"], ["y"])], {"x": x}, ["y"], {"ax": i64([1])})
    case("reducesum_opset13_noop", 13, [node("ReduceSum", ["x"], ["y"], noop_with_empty_axes=1)], {"x": x}, ["y"])
    case("reducemean_opset13_attr", 13, r("ReduceMean", 13, axes=[-1, 1]), {"x": x}, ["y"])
    case("reducemax_int64", 18, [node("ReduceMax", ["x", "ax"], ["y"], keepdims=0)], {"x": i64([[1, 9, 3], [7, 2, 8]])}, ["y"],
         {"ax": i64([1])})
    case("reducemin", 13, r("ReduceMin", 13, axes=[1]), {"x": x}, ["y"])
    case("reduceprod", 13, r("ReduceProd", 13, axes=[2], keepdims=0), {"x": x}, ["y"])


def misc_cases():
    x = f32(2, 3, 4)
    case("dropout_opset7", 7, [node("Dropout", ["x"], ["y"], ratio=0.3)], {"x": x}, ["y"])
    # onnxruntime's Dropout 7-11 writes a mask of zeros (false); 12 and later, true.
    case("dropout_opset7_mask", 7, [node("Dropout", ["x"], ["y", "mask"])], {"x": x}, ["y", "mask"],
         types={"mask": TensorProto.FLOAT})
    case("dropout_opset10_mask", 10, [node("Dropout", ["x"], ["y", "mask"])], {"x": x}, ["y", "mask"])
    case("dropout_opset12_mask", 12, [node("Dropout", ["x"], ["y", "mask"])], {"x": x}, ["y", "mask"])
    case("dropout_opset12_ratio", 12, [node("Dropout", ["x", "r"], ["y"])], {"x": x}, ["y"], {"r": np.array(0.4, np.float32)})
    case("dropout_opset13_ratio_mask", 13, [node("Dropout", ["x", "r"], ["y", "mask"])], {"x": x}, ["y", "mask"],
         {"r": np.array(0.25, np.float32)})
    case("dropout_opset13_training_false", 13, [node("Dropout", ["x", "r", "t"], ["y"])], {"x": x}, ["y"],
         {"r": np.array(0.5, np.float32), "t": np.array(False)})
    case("dropout_opset6_is_test", 6, [node("Dropout", ["x"], ["y"], is_test=1)], {"x": x}, ["y"],
         same_as=(7, [node("Dropout", ["x"], ["y"])]))
    case("identity", 13, [node("Identity", ["x"], ["y"])], {"x": x}, ["y"])
    case("identity_of_initializer", 13, [node("Identity", ["c"], ["y"])], {}, ["y"], {"c": f32(3)})
    case("identity_int64", 16, [node("Identity", ["x"], ["y"])], {"x": i64([1, 2])}, ["y"])
    v = np.array([-2.7, -0.5, 0.0, 0.4, 1.5, 3.9], np.float32)
    for to, tname in [(TensorProto.INT32, "int32"), (TensorProto.INT64, "int64"), (TensorProto.BOOL, "bool"),
                      (TensorProto.DOUBLE, "double"), (TensorProto.FLOAT, "float")]:
        case(f"cast_float_to_{tname}", 13, [node("Cast", ["x"], ["y"], to=to)], {"x": v}, ["y"])
    case("cast_int64_to_float", 13, [node("Cast", ["x"], ["y"], to=TensorProto.FLOAT)], {"x": i64([-3, 0, 7])}, ["y"])
    case("cast_bool_to_float", 13, [node("Cast", ["x"], ["y"], to=TensorProto.FLOAT)], {"x": np.array([True, False])}, ["y"])
    case("cast_opset6", 6, [node("Cast", ["x"], ["y"], to=TensorProto.INT32)], {"x": v}, ["y"])
    case("cast_opset19_saturate", 19, [node("Cast", ["x"], ["y"], to=TensorProto.INT64, saturate=1)], {"x": v}, ["y"])
    case("where_broadcast", 16, [node("Where", ["c", "a", "b"], ["y"])],
         {"c": np.array([[True], [False]]), "a": f32(2, 3), "b": f32(3)}, ["y"])
    case("where_int64", 9, [node("Where", ["c", "a", "b"], ["y"])],
         {"c": np.array([True, False, True]), "a": i64([1, 2, 3]), "b": i64([-1, -2, -3])}, ["y"])
    a = np.array([[1, 2, 3], [3, 2, 1]], np.float32)
    b = np.array([2, 2, 2], np.float32)
    for op in ["Equal", "Less", "Greater"]:
        case(f"{op.lower()}_broadcast", 13, [node(op, ["a", "b"], ["y"])], {"a": a, "b": b}, ["y"])
        case(f"{op.lower()}_int64", 13, [node(op, ["a", "b"], ["y"])], {"a": i64([1, 5, 3]), "b": i64([3])}, ["y"])
    case("equal_opset7", 7, [node("Equal", ["a", "b"], ["y"])], {"a": i64([1, 5, 3]), "b": i64([1, 2, 3])}, ["y"])
    case("less_opset7_float", 9, [node("Less", ["a", "b"], ["y"])], {"a": a, "b": b}, ["y"])
    case("greater_opset6_broadcast", 6, [node("Greater", ["a", "b"], ["y"], broadcast=1)], {"a": a, "b": b}, ["y"],
         same_as=(9, [node("Greater", ["a", "b"], ["y"])]))
    case("where_from_compare", 13, [node("Greater", ["a", "zero"], ["c"]), node("Where", ["c", "a", "zero"], ["y"])],
         {"a": f32(3, 3)}, ["y"], {"zero": np.array(0, np.float32)})


def pad_crop_cases():
    """Negative pads (the input is cropped first, then padded: it matters to reflect and edge)
    and Pad-19's wrap. A family of its own, run last, so its values shift no other case's."""
    x = f32(1, 2, 3, 4)
    pad = lambda mode, pads, *value: ([node("Pad", ["x", "p"] + (["v"] if value else []), ["y"], mode=mode)],
                                      {"p": i64(pads), **({"v": np.array(value[0], np.float32)} if value else {})})
    n, i = pad("constant", [0, 0, -1, 2, 0, 0, 1, -2], 0.5)
    case("pad_negative_constant", 13, n, {"x": x}, ["y"], i)
    n, i = pad("reflect", [0, 0, -1, 2, 0, 0, 1, -1])
    case("pad_negative_reflect", 13, n, {"x": x}, ["y"], i)
    n, i = pad("edge", [0, 0, 2, -1, 0, 0, -1, 3])
    case("pad_negative_edge", 13, n, {"x": x}, ["y"], i)
    case("pad_opset18_axes_negative", 18, [node("Pad", ["x", "p", "", "ax"], ["y"], mode="edge")], {"x": x}, ["y"],
         {"p": i64([-1, 2]), "ax": i64([3])})
    n, i = pad("wrap", [0, 0, 1, 6, 0, 0, 4, 2])
    case("pad_opset19_wrap", 19, n, {"x": x}, ["y"], i)


def shrink_cases():
    """Shrink (the simple backend case's op): default lambd/bias, both set, an integer input.
    Run after pad_crop_cases, so its values shift no earlier case's."""
    x = f32(2, 5) * 2
    case("shrink_default", 9, [node("Shrink", ["x"], ["y"])], {"x": x}, ["y"])
    case("shrink_bias_lambd", 9, [node("Shrink", ["x"], ["y"], bias=1.5, lambd=1.5)], {"x": x}, ["y"])
    case("shrink_int64", 9, [node("Shrink", ["x"], ["y"], bias=1.0, lambd=2.0)], {"x": i64([-5, -2, -1, 0, 1, 2, 3, 7])}, ["y"])


# MARK: torch exports ---------------------------------------------------------------------

def torch_cases():
    """A few models as torch.onnx.export writes them (TorchScript exporter, the one most files
    in the wild come from): its Shape/Gather/Concat flattening, Resize from interpolate, Pad."""
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    torch.manual_seed(11)
    out = []

    class Cnn(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(3, 4, 3, padding=1)
            self.bn = nn.BatchNorm2d(4)
            self.dw = nn.Conv2d(4, 4, 3, stride=2, padding=1, groups=4)
            self.fc = nn.Linear(4 * 4 * 4, 5)

        def forward(self, x):
            x = F.relu(self.bn(self.conv(x)))
            x = F.max_pool2d(F.hardswish(self.dw(x)), 2, ceil_mode=True)
            x = F.interpolate(x, scale_factor=2, mode="nearest")
            return F.log_softmax(self.fc(torch.flatten(x, 1)), dim=1)

    class Decoder(nn.Module):
        def __init__(self):
            super().__init__()
            self.up = nn.ConvTranspose2d(3, 2, 3, stride=2, padding=1, output_padding=1)
            self.group = nn.ConvTranspose2d(2, 4, 2, stride=2, groups=2)

        def forward(self, x):
            y = F.interpolate(self.up(x), size=(9, 11), mode="bilinear", align_corners=False)
            y = F.pad(y, (1, 2, 2, 1), mode="reflect")
            return self.group(F.pad(y, (1, 1, 0, 2), mode="replicate"))

    class Mixer(nn.Module):
        def __init__(self):
            super().__init__()
            self.norm = nn.LayerNorm(6)
            self.lin = nn.Linear(6, 6)

        def forward(self, x):
            h = self.lin(self.norm(x))
            h = F.gelu(h) + F.gelu(h, approximate="tanh")
            return F.interpolate(h.transpose(1, 2), scale_factor=1.5, mode="linear", align_corners=True)

    class Pools(nn.Module):
        def forward(self, x):
            a = F.avg_pool2d(x, 3, stride=2, padding=1, ceil_mode=True, count_include_pad=False)
            b = F.max_pool2d(x, 2, stride=1, dilation=2)
            c = F.adaptive_avg_pool2d(x, 1)
            return a.sum() + b.mean(dim=(2, 3), keepdim=True) + c, F.upsample_bilinear(x, scale_factor=2)

    specs = [("torch_cnn", Cnn(), (torch.randn(2, 3, 8, 8),), [9, 13, 18]),
             ("torch_decoder", Decoder(), (torch.randn(1, 3, 4, 5),), [11, 17]),
             ("torch_mixer", Mixer(), (torch.randn(2, 5, 6),), [13, 20]),
             ("torch_pools", Pools(), (torch.randn(1, 2, 7, 7),), [11, 19])]
    for name, module, args, opsets in specs:
        module.eval()
        for opset in opsets:
            f = io.BytesIO()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                torch.onnx.export(module, args, f, opset_version=opset, dynamo=False,
                                  input_names=[f"x{k}" for k in range(len(args))], do_constant_folding=True)
            feeds = {f"x{k}": a.numpy() for k, a in enumerate(args)}
            out.append((f"{name}_opset{opset}", f.getvalue(), feeds, opset))
    return out


# MARK: models that are wrong on purpose ----------------------------------------------------

def error_models():
    """(file name, bytes) of models the importer must refuse with a one-line error."""
    def model(nodes, inputs, outputs, inits=(), opset=13, ir=None):
        g = helper.make_graph(nodes, "bad", inputs, outputs, list(inits))
        m = helper.make_model(g, opset_imports=[helper.make_opsetid("", opset)])
        m.ir_version = ir if ir is not None else 8
        return m

    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 3])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
    files = {}
    files["unknown_ops"] = model([node("Relu", ["x"], ["a"], name="fine"), node("FancyOp", ["a"], ["b"], name="first"),
                                  node("Relu", ["b"], ["c"]), node("OtherOp", ["c"], ["y"], name="second")], [x], [y])
    files["unsupported_domain"] = model([node("Relu", ["x"], ["a"]),
                                         helper.make_node("Gelu", ["a"], ["y"], name="custom", domain="com.example")], [x], [y])
    files["wrong_attribute_type"] = model([node("LeakyRelu", ["x"], ["y"], name="leaky", alpha=[1, 2])], [x], [y])
    files["missing_input"] = model([node("Add", ["x", "nowhere"], ["y"], name="adder")], [x], [y])
    files["missing_required_input"] = model([node("Gemm", ["x", ""], ["y"], name="gemm")], [x], [y])
    files["defined_twice"] = model([node("Relu", ["x"], ["a"], name="one"), node("Neg", ["x"], ["a"], name="two"),
                                    node("Identity", ["a"], ["y"])], [x], [y])
    files["cycle"] = model([node("Add", ["x", "b"], ["a"], name="ping"), node("Relu", ["a"], ["b"], name="pong"),
                            node("Identity", ["a"], ["y"])], [x], [y])
    bad = numpy_helper.from_array(np.zeros((2, 3), np.float32), "w")
    bad.raw_data = bad.raw_data[:-4]
    files["raw_data_size"] = model([node("Add", ["x", "w"], ["y"])], [x], [y], [bad])
    ext = TensorProto(name="w", data_type=TensorProto.FLOAT, dims=[2, 3])
    ext.data_location = TensorProto.EXTERNAL
    ext.external_data.add(key="location", value="missing_weights.bin")
    files["missing_external_data"] = model([node("Add", ["x", "w"], ["y"])], [x], [y], [ext])
    files["opset5"] = model([node("Relu", ["x"], ["y"])], [x], [y], opset=5, ir=3)
    files["opset30"] = model([node("Relu", ["x"], ["y"])], [x], [y], opset=30)
    files["bad_attribute_value"] = model([node("Resize", ["x", "", "s"], ["y"], name="up", mode="cubic_spline")], [x], [y],
                                         [numpy_helper.from_array(np.array([1, 2], np.float32), "s")])
    files["missing_attribute"] = model([node("Concat", ["x", "x"], ["y"], name="join")], [x], [y])
    img = helper.make_tensor_value_info("img", TensorProto.FLOAT, [1, 1, 2, 2])
    scales = helper.make_tensor_value_info("scales", TensorProto.FLOAT, [4])
    files["scales_input"] = model([node("Resize", ["img", "", "scales"], ["y"], name="up")], [img, scales], [y])
    files["ir_version_2"] = model([node("Relu", ["x"], ["y"])], [x], [y], ir=2)
    out = {name: m.SerializeToString() for name, m in files.items()}
    good = model([node("Relu", ["x"], ["y"])], [x], [y]).SerializeToString()
    out["truncated"] = good[: len(good) // 2]
    out["not_onnx"] = b"this is not an ONNX model\n"
    return out


# MARK: main ------------------------------------------------------------------------------

def swift_method_name(name):
    return "test_" + name


def main():
    for fn in [conv_cases, conv_transpose_cases, gemm_cases, matmul_cases, normalization_cases, activation_cases,
               arithmetic_cases, pooling_cases, softmax_cases, shape_cases, layout_cases, resize_cases,
               reduction_cases, misc_cases, pad_crop_cases, shrink_cases]:
        fn()
    names = [c["name"] for c in CASES]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise SystemExit(f"duplicate case names: {sorted(dupes)}")
    shutil.rmtree(OPS, ignore_errors=True)
    os.makedirs(OPS)
    written = []
    for c in CASES:
        model = build(c)
        reference = build(c, reference=True).SerializeToString() if c["same_as"] else None
        write_case(c["name"], model.SerializeToString(), c["inputs"], c["opset"], c["rtol"], c["atol"], reference)
        written.append(c["name"])
    for name, data, feeds, opset in torch_cases():
        write_case(name, data, feeds, opset, 1e-4, 1e-5)
        written.append(name)

    shutil.rmtree(ERRORS, ignore_errors=True)
    os.makedirs(ERRORS)
    for name, data in error_models().items():
        with open(os.path.join(ERRORS, f"{name}.onnx"), "wb") as f:
            f.write(data)

    lines = ["// Written by scripts/onnx/make_op_fixtures.py: one test per folder of Tests/Fixtures/onnx/ops.",
             "// Do not edit; run the script after changing its cases.", "",
             "extension ONNXOpFixtureTests {"]
    for name in sorted(written):
        lines.append(f"    func {swift_method_name(name)}() throws {{ try check(\"{name}\") }}")
    lines += ["", f"    static let caseNames = {json.dumps(sorted(written))}", "}", ""]
    with open(SWIFT_CASES, "w") as f:
        f.write("\n".join(lines).replace('["', '[\n        "').replace('", "', '",\n        "').replace('"]', '",\n    ]'))
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(OPS) for f in fs)
    print(f"{len(written)} cases, {size / 1e6:.2f} MB in {os.path.relpath(OPS, ROOT)}; "
          f"{len(error_models())} error models in {os.path.relpath(ERRORS, ROOT)}")


if __name__ == "__main__":
    main()
