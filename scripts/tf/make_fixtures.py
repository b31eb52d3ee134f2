#!/usr/bin/env python3
"""Writes TensorFlow reference fixtures into Tests/Fixtures/tf/<case>/.

TensorFlow is the reference implementation: every case is a small tf.compat.v1 graph built
from raw ops (so the exact TensorFlow op names appear in the GraphDef), run in a
tf.compat.v1.Session on seeded random inputs. GraphJIT's tests compile graph.pbtxt / graph.pb,
feed inputs/*.npy and compare against outputs/*.npy within case.json's tolerance.

How to run (TensorFlow is only needed here; CI never runs this script):

    pip install tensorflow-cpu                 # tested with tensorflow-cpu 2.21.0, Python 3.11
    python3 scripts/tf/make_fixtures.py        # regenerate every case
    python3 scripts/tf/make_fixtures.py conv   # only the cases whose name contains "conv"
    python3 scripts/tf/make_fixtures.py --list # print the case names and notes

Each case directory holds:
    graph.pbtxt, graph.pb     the GraphDef, written by tf.io.write_graph (text and binary)
    inputs/<placeholder>.npy  one file per Placeholder (name with "/" replaced by "__")
    outputs/<node>.npy        expected value of output 0 of <node> ("/" replaced by "__")
    case.json                 {"inputs": {name: path}, "outputs": {node: path},
                               "tolerance": {"rtol": r, "atol": a}, "note": "..."}
An output matches when |got - expected| <= atol + rtol * |expected| elementwise (NumPy's
allclose rule); integer cases use rtol = atol = 0 (exact).

Every case is also checked against an independent float64 NumPy reference computed here; the
script fails if TensorFlow is not within half the case's tolerance of it, so a correct float32
implementation has headroom.

Where TensorFlow's CPU kernels refuse an attribute (NCHW Conv2D / MaxPool / AvgPool), the graph
is still written with data_format NCHW, and the expected output comes from a second graph that
transposes to NHWC, runs the NHWC op and transposes back; case.json's note says so and quotes
TensorFlow's error.
"""

import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np  # noqa: E402
from google.protobuf import text_format  # noqa: E402

from make_graphs import build_blog, build_cnn, build_mlp  # noqa: E402
from tfcommon import (REPO_ROOT, np_conv2d, np_pool, np_softmax, rng_for, session,  # noqa: E402
                      tf, write_graph)
from tensorflow.core.framework import graph_pb2, tensor_pb2, tensor_shape_pb2, types_pb2  # noqa: E402

FIXTURE_ROOT = os.path.join(REPO_ROOT, "Tests", "Fixtures", "tf")

# Tolerances (NumPy allclose rule: |got - want| <= atol + rtol * |want|).
EXACT = {"rtol": 0.0, "atol": 0.0}              # int32 arithmetic
ELEMENTWISE = {"rtol": 1e-6, "atol": 1e-7}      # one correctly rounded float32 op per element
TRANSCENDENTAL = {"rtol": 1e-6, "atol": 1e-6}   # exp/log/tanh/sigmoid/rsqrt: libm vs Eigen, a few ulp
ACCUMULATE = {"rtol": 1e-5, "atol": 1e-5}       # matmul, conv, reductions, whole networks
SOFTMAX = {"rtol": 1e-5, "atol": 1e-6}

F32 = np.float32
I32 = np.int32
TF_DTYPE = {F32: tf.float32, I32: tf.int32, np.int64: tf.int64, np.bool_: tf.bool}


def file_stem(node_name):
    """File name for a node (or `node:k` output): "/" becomes "__", ":" becomes "_"."""
    return node_name.replace("/", "__").replace(":", "_")


# ---------------------------------------------------------------------------------------------
# Case registry
# ---------------------------------------------------------------------------------------------

class Case:
    def __init__(self, name, tolerance, note, build):
        self.name, self.tolerance, self.note, self.build = name, tolerance, note, build


CASES = []


def case(name, tolerance, note):
    """Registers `build(b)`, which creates the graph's nodes through the Builder `b`."""
    def register(build):
        assert all(c.name != name for c in CASES), name
        CASES.append(Case(name, tolerance, note, build))
        return build
    return register


class Builder:
    """Collects placeholders with their fed values and the outputs to record, for one case."""

    def __init__(self, name):
        self.rng = rng_for(name)
        self.feeds = {}         # placeholder name -> np.ndarray fed to it
        self.tensors = {}       # placeholder name -> tf.Tensor
        self.outputs = []       # (node name, tf.Tensor)
        self.references = {}    # node name -> float64/int64 NumPy reference
        self.expected = {}      # node name -> expected value computed by another TF graph
        self.extra_notes = []

    # Random data ---------------------------------------------------------------------------
    def uniform(self, shape, lo=-1.0, hi=1.0):
        return self.rng.uniform(lo, hi, size=shape).astype(F32)

    def ints(self, shape, lo=-10, hi=10):
        return self.rng.integers(lo, hi, size=shape, endpoint=True).astype(I32)

    # Graph pieces ---------------------------------------------------------------------------
    def placeholder(self, name, value, shape="fed"):
        """A Placeholder fed with `value`; `shape` is the declared shape ("fed" = value's shape,
        None = unknown rank, a list may hold None for unknown dimensions)."""
        value = np.asarray(value)
        declared = list(value.shape) if shape == "fed" else shape
        t = tf.compat.v1.placeholder(TF_DTYPE[value.dtype.type], shape=declared, name=name)
        assert t.op.name == name, (t.op.name, name)
        self.feeds[name], self.tensors[name] = value, t
        return t

    def val(self, tensor):
        """The fed value of a placeholder (as float64 / int64) for the NumPy reference."""
        v = self.feeds[tensor.op.name]
        return v.astype(np.int64) if v.dtype.kind in "ib" else v.astype(np.float64)

    def out(self, tensor, ref=None, expected=None):
        """Records `tensor` (output k > 0 is named `node:k`); `ref` is the NumPy reference, `expected`
        overrides the value TensorFlow computes from this graph (NCHW cases)."""
        name = tensor.op.name if tensor.value_index == 0 else f"{tensor.op.name}:{tensor.value_index}"
        self.outputs.append((name, tensor))
        if ref is not None:
            self.references[name] = np.asarray(ref)
        if expected is not None:
            self.expected[name] = np.asarray(expected)
        return tensor


# ---------------------------------------------------------------------------------------------
# Elementwise binary ops with broadcasting
# ---------------------------------------------------------------------------------------------

NP_BINARY = {"Add": np.add, "AddV2": np.add, "Sub": np.subtract, "Mul": np.multiply,
             "RealDiv": np.divide, "Maximum": np.maximum, "Minimum": np.minimum}


def binary_case(name, op, dtype, x_fed, y_fed, note, x_declared="fed", y_declared="fed",
                y_const=False, y_nonzero=False):
    tolerance = EXACT if dtype is I32 else ELEMENTWISE

    @case(name, tolerance, note)
    def build(b):
        def data(shape, nonzero=False):
            if dtype is I32:
                return b.ints(shape)
            v = b.uniform(shape)
            return np.where(np.abs(v) < 0.25, v + np.copysign(0.5, v), v).astype(F32) if nonzero else v
        x = b.placeholder("x", data(x_fed), x_declared)
        if y_const:
            y_val = data(y_fed, y_nonzero)
            y = tf.constant(y_val, name="y")
            y_ref = y_val.astype(np.int64 if dtype is I32 else np.float64)
        else:
            y = b.placeholder("y", data(y_fed, y_nonzero), y_declared)
            y_ref = b.val(y)
        z = getattr(tf.raw_ops, op)(x=x, y=y, name=op.lower())
        b.out(z, ref=NP_BINARY[op](b.val(x), y_ref))


binary_case("add_tensor_scalar_f32", "Add", F32, [2, 3], [], "Add: [2,3] + scalar []")
binary_case("add_scalar_tensor_i32", "Add", I32, [], [4], "Add int32: scalar [] + [4]")
binary_case("addv2_col_row_f32", "AddV2", F32, [3, 1], [1, 4], "AddV2: [3,1] + [1,4] -> [3,4]")
binary_case("addv2_col_row_i32", "AddV2", I32, [3, 1], [1, 4], "AddV2 int32: [3,1] + [1,4] -> [3,4]")
binary_case("sub_rank3_rank1_f32", "Sub", F32, [2, 1, 3], [3], "Sub: [2,1,3] - [3] -> [2,1,3]")
binary_case("sub_rank1_rank3_i32", "Sub", I32, [3], [2, 1, 3],
            "Sub int32: [3] - [2,1,3] -> [2,1,3] (operand order matters)")
binary_case("sub_rank3_rank1_i32", "Sub", I32, [2, 1, 3], [3], "Sub int32: [2,1,3] - [3]")
binary_case("mul_same_shape_f32", "Mul", F32, [2, 3, 4], [2, 3, 4], "Mul: same shapes [2,3,4]")
binary_case("mul_same_shape_i32", "Mul", I32, [2, 3, 4], [2, 3, 4], "Mul int32: same shapes [2,3,4]")
binary_case("mul_batch1_f32", "Mul", F32, [1, 2, 3], [2, 3], "Mul: batch 1 [1,2,3] * [2,3] -> [1,2,3]")
binary_case("add_batch1_unknown_f32", "Add", F32, [1, 5], [5],
            "Add: x declared [-1,5] fed with batch 1, y a Const [5]", x_declared=[None, 5], y_const=True)
binary_case("addv2_unknown_batch_f32", "AddV2", F32, [3, 3, 4], [4],
            "AddV2: x declared [-1,3,4] fed batch 3, y a Const [4]", x_declared=[None, 3, 4], y_const=True)
binary_case("add_rank4_both_broadcast_f32", "Add", F32, [2, 1, 3, 1], [1, 4, 1, 5],
            "Add: [2,1,3,1] + [1,4,1,5] -> [2,4,3,5], both operands broadcast on alternating axes")
binary_case("sub_scalars_i32", "Sub", I32, [], [], "Sub int32: scalar - scalar")
binary_case("mul_const_col_f32", "Mul", F32, [2, 3], [2, 1], "Mul: placeholder [2,3] * Const [2,1]",
            y_const=True)
binary_case("realdiv_f32", "RealDiv", F32, [2, 3], [3], "RealDiv: [2,3] / [3] (divisors away from 0)",
            y_nonzero=True)
binary_case("maximum_f32", "Maximum", F32, [4, 1], [3], "Maximum: [4,1] vs [3] -> [4,3]")
binary_case("minimum_f32", "Minimum", F32, [], [2, 2], "Minimum: scalar vs [2,2]")
binary_case("maximum_i32", "Maximum", I32, [2, 3], [2, 3], "Maximum int32, same shapes")
binary_case("minimum_unknown_batch_f32", "Minimum", F32, [2, 4], [1, 4],
            "Minimum: x declared [-1,4] fed batch 2, y [1,4]", x_declared=[None, 4])


@case("mul_same_input_twice_f32", ELEMENTWISE, "Mul(x, x): one tensor feeds both inputs of a node")
def _(b):
    x = b.placeholder("x", b.uniform([3, 4]))
    b.out(tf.raw_ops.Mul(x=x, y=x, name="square_by_mul"), ref=b.val(x) ** 2)


@case("diamond_f32", ELEMENTWISE,
      "a node with two consumers: r = Relu(x); m = Mul(r, 3); out = Sub(r, m)")
def _(b):
    x = b.placeholder("x", b.uniform([2, 5]))
    r = b.out(tf.raw_ops.Relu(features=x, name="relu"), ref=np.maximum(b.val(x), 0))
    m = b.out(tf.raw_ops.Mul(x=r, y=tf.constant(3.0, name="three"), name="mul"),
              ref=np.maximum(b.val(x), 0) * 3)
    b.out(tf.raw_ops.Sub(x=r, y=m, name="out"), ref=np.maximum(b.val(x), 0) * -2)


# ---------------------------------------------------------------------------------------------
# Elementwise unary ops
# ---------------------------------------------------------------------------------------------

@case("unary_exact_f32", ELEMENTWISE,
      "Neg, Relu, Square, Abs, Sqrt (correctly rounded in float32); x includes exact zeros")
def _(b):
    v = b.uniform([3, 5], -3, 3)
    v[0, :3] = [0.0, -0.0, 1.0]
    x = b.placeholder("x", v)
    p = b.placeholder("p", b.uniform([3, 5], 0.0, 10.0))
    xv, pv = b.val(x), b.val(p)
    b.out(tf.raw_ops.Neg(x=x, name="neg"), ref=-xv)
    b.out(tf.raw_ops.Relu(features=x, name="relu"), ref=np.maximum(xv, 0))
    b.out(tf.raw_ops.Square(x=x, name="square"), ref=xv ** 2)
    b.out(tf.raw_ops.Abs(x=x, name="abs"), ref=np.abs(xv))
    b.out(tf.raw_ops.Sqrt(x=p, name="sqrt"), ref=np.sqrt(pv))


@case("unary_transcendental_f32", TRANSCENDENTAL,
      "Exp, Log, Rsqrt, Tanh, Sigmoid; t includes saturating values +-20 and +-100 "
      "(sigmoid(-100) ~ 4e-44 is below float32's normal range: TF may flush it to 0; atol covers it)")
def _(b):
    e = b.placeholder("e", b.uniform([4, 4], -10.0, 10.0))
    p = b.placeholder("p", b.uniform([4, 4], 0.01, 100.0))
    t = b.uniform([3, 6], -4.0, 4.0)
    t[0] = [-100.0, -20.0, -1e-3, 0.0, 20.0, 100.0]
    t = b.placeholder("t", t)
    ev, pv, tv = b.val(e), b.val(p), b.val(t)
    b.out(tf.raw_ops.Exp(x=e, name="exp"), ref=np.exp(ev))
    b.out(tf.raw_ops.Log(x=p, name="log"), ref=np.log(pv))
    b.out(tf.raw_ops.Rsqrt(x=p, name="rsqrt"), ref=1 / np.sqrt(pv))
    b.out(tf.raw_ops.Tanh(x=t, name="tanh"), ref=np.tanh(tv))
    b.out(tf.raw_ops.Sigmoid(x=t, name="sigmoid"), ref=1 / (1 + np.exp(-tv)))


@case("unary_i32", EXACT, "Neg, Abs, Square, Relu on int32")
def _(b):
    x = b.placeholder("x", b.ints([2, 5], -20, 20))
    xv = b.val(x)
    b.out(tf.raw_ops.Neg(x=x, name="neg"), ref=-xv)
    b.out(tf.raw_ops.Abs(x=x, name="abs"), ref=np.abs(xv))
    b.out(tf.raw_ops.Square(x=x, name="square"), ref=xv ** 2)
    b.out(tf.raw_ops.Relu(features=x, name="relu"), ref=np.maximum(xv, 0))


@case("relu_unknown_batch_f32", ELEMENTWISE, "Relu: x declared [-1,6] fed batch 4, includes exact zeros")
def _(b):
    v = b.uniform([4, 6])
    v[1, 2] = 0.0
    x = b.placeholder("x", v, [None, 6])
    b.out(tf.raw_ops.Relu(features=x, name="relu"), ref=np.maximum(b.val(x), 0))


# ---------------------------------------------------------------------------------------------
# MatMul
# ---------------------------------------------------------------------------------------------

def matmul_case(name, a_shape, b_shape, ta, tb, note, a_declared="fed"):
    @case(name, ACCUMULATE, note)
    def build(b):
        a = b.placeholder("a", b.uniform(a_shape), a_declared)
        m = b.placeholder("b", b.uniform(b_shape))
        av, bv = b.val(a), b.val(m)
        ref = (av.T if ta else av) @ (bv.T if tb else bv)
        b.out(tf.raw_ops.MatMul(a=a, b=m, transpose_a=ta, transpose_b=tb, name="matmul"), ref=ref)


matmul_case("matmul_7x13_13x5", [7, 13], [13, 5], False, False, "MatMul [7,13] x [13,5]")
matmul_case("matmul_transpose_a", [13, 7], [13, 5], True, False, "MatMul transpose_a: a stored [13,7]")
matmul_case("matmul_transpose_b", [7, 13], [5, 13], False, True, "MatMul transpose_b: b stored [5,13]")
matmul_case("matmul_transpose_ab", [13, 7], [5, 13], True, True,
            "MatMul transpose_a and transpose_b: a stored [13,7], b stored [5,13]")
matmul_case("matmul_row_col_1xk_kx1", [1, 9], [9, 1], False, False, "MatMul [1,9] x [9,1] -> [1,1]")
matmul_case("matmul_col_row_kx1_1xk", [6, 1], [1, 6], False, False,
            "MatMul [6,1] x [1,6] -> [6,6] (outer product, k = 1)")
matmul_case("matmul_transpose_a_row", [1, 5], [1, 3], True, False,
            "MatMul transpose_a on a [1,5] -> [5,1] x [1,3]")
matmul_case("matmul_transpose_b_col", [4, 1], [7, 1], False, True,
            "MatMul transpose_b on b [7,1] -> [4,1] x [1,7]")
matmul_case("matmul_unknown_batch", [3, 13], [13, 4], False, False,
            "MatMul: a declared [-1,13] fed batch 3", a_declared=[None, 13])


@case("matmul_const_weights_transpose_b", ACCUMULATE,
      "MatMul of placeholder [-1,13] (fed batch 2) with a Const [4,13], transpose_b")
def _(b):
    x = b.placeholder("x", b.uniform([2, 13]), [None, 13])
    w = b.uniform([4, 13])
    b.out(tf.raw_ops.MatMul(a=x, b=tf.constant(w, name="w"), transpose_b=True, name="matmul"),
          ref=b.val(x) @ w.astype(np.float64).T)


# ---------------------------------------------------------------------------------------------
# Conv2D
# ---------------------------------------------------------------------------------------------

def tf_padding(padding):
    """(padding attr, explicit_paddings in NHWC order) for "VALID" / "SAME" / (t, b, l, r)."""
    if isinstance(padding, str):
        return padding, []
    t, bt, l, r = padding
    return "EXPLICIT", [0, 0, t, bt, l, r, 0, 0]


def nhwc_to_nchw_list(v):
    return [v[0], v[3], v[1], v[2]]


def nhwc_to_nchw_pairs(p):
    return p[0:2] + p[6:8] + p[2:6] if p else []


def eval_via_nhwc(x_nchw, op_nhwc):
    """Runs `op_nhwc` on the NHWC transpose of `x_nchw` in a fresh graph; returns NCHW."""
    g = tf.Graph()
    with g.as_default():
        x = tf.constant(x_nchw)
        y = op_nhwc(tf.raw_ops.Transpose(x=x, perm=[0, 2, 3, 1]))
        y = tf.raw_ops.Transpose(x=y, perm=[0, 3, 1, 2])
        with session(g) as s:
            return s.run(y)


def conv_case(name, x_shape, w_shape, strides=(1, 1), dilations=(1, 1), padding="VALID",
              note="", x_declared="fed", data_format="NHWC"):
    """`x_shape` / `x_declared` are given in `data_format`; strides, dilations and padding
    are spatial (h, w) values; padding is "VALID", "SAME" or (top, bottom, left, right)."""
    @case(name, ACCUMULATE, note)
    def build(b):
        x = b.placeholder("x", b.uniform(x_shape), x_declared)
        wv = b.uniform(w_shape)
        w = tf.constant(wv, name="filter")
        pad, explicit = tf_padding(padding)
        s4, d4 = [1, strides[0], strides[1], 1], [1, dilations[0], dilations[1], 1]

        def conv_nhwc(t, name="conv"):
            return tf.raw_ops.Conv2D(input=t, filter=wv, strides=s4, dilations=d4, padding=pad,
                                     explicit_paddings=explicit, name=name)
        xv = b.val(x)
        if data_format == "NHWC":
            y = tf.raw_ops.Conv2D(input=x, filter=w, strides=s4, dilations=d4, padding=pad,
                                  explicit_paddings=explicit, data_format="NHWC", name="conv")
            b.out(y, ref=np_conv2d(xv, wv, strides, dilations, padding))
        else:
            y = tf.raw_ops.Conv2D(input=x, filter=w, strides=nhwc_to_nchw_list(s4),
                                  dilations=nhwc_to_nchw_list(d4), padding=pad,
                                  explicit_paddings=nhwc_to_nchw_pairs(explicit),
                                  data_format="NCHW", name="conv")
            ref = np_conv2d(xv.transpose(0, 2, 3, 1), wv, strides, dilations, padding)
            b.out(y, ref=ref.transpose(0, 3, 1, 2), expected=eval_via_nhwc(b.feeds["x"], conv_nhwc))


conv_case("conv_valid_3x3_s1", [1, 6, 6, 2], [3, 3, 2, 3], note="Conv2D VALID 3x3 stride 1, 2->3 channels")
conv_case("conv_same_3x3_s1_batch3", [3, 5, 5, 2], [3, 3, 2, 4], padding="SAME", x_declared=[None, 5, 5, 2],
          note="Conv2D SAME 3x3 stride 1, batch 3, x declared [-1,5,5,2]")
conv_case("conv_same_3x3_s2_asym", [1, 8, 9, 3], [3, 3, 3, 2], strides=(2, 2), padding="SAME",
          note="Conv2D SAME 3x3 stride 2 on 8x9: TF pads H (0 top, 1 bottom), W (1, 1); the odd row goes after")
conv_case("conv_valid_3x3_s2", [1, 7, 7, 2], [3, 3, 2, 2], strides=(2, 2), note="Conv2D VALID 3x3 stride 2")
conv_case("conv_valid_k2_s3", [1, 8, 7, 2], [2, 2, 2, 3], strides=(3, 3),
          note="Conv2D VALID 2x2 kernel, stride 3 (> kernel: some input rows/cols are never read)")
conv_case("conv_same_k2_s3", [1, 7, 8, 2], [2, 2, 2, 3], strides=(3, 3), padding="SAME",
          note="Conv2D SAME 2x2 kernel, stride 3: H 7 pads (0, 1), W 8 pads none")
conv_case("conv_valid_dilation2", [1, 7, 7, 2], [3, 3, 2, 2], dilations=(2, 2),
          note="Conv2D VALID 3x3 dilation 2 (effective 5x5) -> 3x3")
conv_case("conv_same_dilation2", [2, 6, 5, 3], [3, 3, 3, 2], dilations=(2, 2), padding="SAME",
          note="Conv2D SAME 3x3 dilation 2, batch 2, non-square input")
conv_case("conv_valid_dilation2_stride2", [1, 9, 9, 2], [3, 3, 2, 2], strides=(2, 2), dilations=(2, 2),
          note="Conv2D VALID 3x3 dilation 2 and stride 2 together (TF's CPU kernel accepts it)")
conv_case("conv_1x1", [3, 4, 4, 5], [1, 1, 5, 3], x_declared=[None, 4, 4, 5],
          note="Conv2D 1x1 kernel, 5->3 channels, batch 3, x declared [-1,4,4,5]")
conv_case("conv_1x1_s2", [1, 5, 5, 2], [1, 1, 2, 2], strides=(2, 2),
          note="Conv2D 1x1 kernel stride 2 VALID (stride > kernel)")
conv_case("conv_nonsquare_same", [1, 5, 8, 2], [2, 3, 2, 3], strides=(1, 2), padding="SAME",
          note="Conv2D SAME non-square 2x3 kernel, strides (h 1, w 2), non-square input 5x8")
conv_case("conv_nonsquare_valid", [2, 9, 4, 1], [4, 1, 1, 2], strides=(2, 1),
          note="Conv2D VALID 4x1 kernel, strides (h 2, w 1), 1 input channel, batch 2")
conv_case("conv_explicit_asym", [1, 5, 6, 2], [3, 3, 2, 2], padding=(1, 2, 0, 3),
          note="Conv2D EXPLICIT padding top 1, bottom 2, left 0, right 3 "
               "(explicit_paddings = [0,0, 1,2, 0,3, 0,0])")
conv_case("conv_explicit_s2_d2", [2, 6, 7, 3], [2, 3, 3, 2], strides=(2, 2), dilations=(2, 2),
          padding=(2, 0, 1, 1), note="Conv2D EXPLICIT (2,0,1,1) with stride 2 and dilation 2, 2x3 kernel")
conv_case("conv_kernel_equals_input", [1, 3, 3, 2], [3, 3, 2, 4],
          note="Conv2D VALID where the kernel covers the whole input -> 1x1 output")
conv_case("conv_same_kernel_larger_than_input", [1, 2, 2, 1], [3, 3, 1, 2], padding="SAME",
          note="Conv2D SAME 3x3 kernel on a 2x2 input: every window is mostly padding")

NCHW_CONV_NOTE = (" Graph uses data_format NCHW; TensorFlow's CPU Conv2D refuses NCHW, so the expected "
                  "output was computed by a second graph: transpose to NHWC, Conv2D NHWC, transpose back.")
conv_case("conv_nchw_same_s2", [2, 3, 8, 9], [3, 3, 3, 4], strides=(2, 2), padding="SAME",
          data_format="NCHW", x_declared=[None, 3, 8, 9],
          note="Conv2D NCHW SAME 3x3 stride 2, x declared [-1,3,8,9] fed batch 2." + NCHW_CONV_NOTE)
conv_case("conv_nchw_explicit_d2", [1, 2, 7, 6], [3, 2, 2, 3], dilations=(2, 2), padding=(1, 0, 2, 1),
          data_format="NCHW",
          note="Conv2D NCHW EXPLICIT (top 1, bottom 0, left 2, right 1), dilation 2; explicit_paddings "
               "in NCHW order [0,0, 0,0, 1,0, 2,1]." + NCHW_CONV_NOTE)
conv_case("conv_nchw_valid_nonsquare", [1, 2, 5, 7], [2, 3, 2, 3], strides=(1, 2), data_format="NCHW",
          note="Conv2D NCHW VALID 2x3 kernel, strides (h 1, w 2)." + NCHW_CONV_NOTE)


# ---------------------------------------------------------------------------------------------
# MaxPool / AvgPool
# ---------------------------------------------------------------------------------------------

def pool_case(name, kind, x_shape, ksize, strides, padding, note, x_declared="fed",
              data_format="NHWC", value=None, tolerance=ELEMENTWISE):
    """ksize / strides are spatial (h, w); shapes are given in `data_format`."""
    @case(name, tolerance, note)
    def build(b):
        v = b.uniform(x_shape) if value is None else value(b)
        x = b.placeholder("x", v, x_declared)
        op = tf.raw_ops.MaxPool if kind == "max" else tf.raw_ops.AvgPool
        arg = "input" if kind == "max" else "value"
        k4, s4 = [1, ksize[0], ksize[1], 1], [1, strides[0], strides[1], 1]
        xv = b.val(x)
        if data_format == "NHWC":
            y = op(**{arg: x}, ksize=k4, strides=s4, padding=padding, name=kind + "pool")
            b.out(y, ref=np_pool(xv, kind, ksize, strides, padding))
        else:
            y = op(**{arg: x}, ksize=nhwc_to_nchw_list(k4), strides=nhwc_to_nchw_list(s4),
                   padding=padding, data_format="NCHW", name=kind + "pool")
            ref = np_pool(xv.transpose(0, 2, 3, 1), kind, ksize, strides, padding).transpose(0, 3, 1, 2)
            expected = eval_via_nhwc(b.feeds["x"], lambda t: op(**{arg: t}, ksize=k4, strides=s4,
                                                                 padding=padding))
            b.out(y, ref=ref, expected=expected)


def avg_tolerance():
    # AvgPool sums up to 9 values then divides: a few ulp, like a small reduction.
    return {"rtol": 1e-6, "atol": 1e-6}


pool_case("maxpool_k2_s2_valid", "max", [1, 6, 6, 3], (2, 2), (2, 2), "VALID", "MaxPool 2x2 stride 2 VALID")
pool_case("maxpool_k3_s2_same_odd", "max", [2, 7, 7, 2], (3, 3), (2, 2), "SAME",
          "MaxPool 3x3 stride 2 SAME on odd 7x7, batch 2, x declared [-1,7,7,2]", x_declared=[None, 7, 7, 2])
pool_case("maxpool_k3_s1_same_negative", "max", [1, 5, 5, 2], (3, 3), (1, 1), "SAME",
          "MaxPool 3x3 stride 1 SAME on an all-negative input: padding must not act as 0",
          value=lambda b: b.uniform([1, 5, 5, 2], -2.0, -0.1))
pool_case("maxpool_k2_s3_valid", "max", [1, 8, 7, 1], (2, 2), (3, 3), "VALID",
          "MaxPool 2x2 stride 3 VALID (stride > window)")
pool_case("maxpool_k2_s3_same", "max", [1, 7, 8, 2], (2, 2), (3, 3), "SAME",
          "MaxPool 2x2 stride 3 SAME: H 7 pads (0,1), W 8 no padding")
pool_case("maxpool_nonsquare_valid", "max", [1, 7, 5, 2], (3, 2), (2, 1), "VALID",
          "MaxPool VALID window 3x2, strides (h 2, w 1)")
pool_case("avgpool_k2_s2_valid", "avg", [1, 6, 6, 2], (2, 2), (2, 2), "VALID", "AvgPool 2x2 stride 2 VALID",
          tolerance=avg_tolerance())
pool_case("avgpool_k3_s2_same_odd", "avg", [1, 7, 7, 2], (3, 3), (2, 2), "SAME",
          "AvgPool 3x3 stride 2 SAME on 7x7: edge windows hold 4 or 6 real elements and divide by that "
          "count, not 9", tolerance=avg_tolerance())
pool_case("avgpool_k3_s1_same_ones", "avg", [1, 4, 5, 2], (3, 3), (1, 1), "SAME",
          "AvgPool 3x3 stride 1 SAME where channel 0 is all ones: every output of channel 0 must be "
          "exactly 1 (dividing by 9 would give 4/9 in corners, 6/9 on edges)",
          value=lambda b: np.stack([np.ones([1, 4, 5], F32), b.uniform([1, 4, 5])], axis=-1),
          tolerance=avg_tolerance())
pool_case("avgpool_k2_s3_valid_unknown_batch", "avg", [2, 8, 8, 1], (2, 2), (3, 3), "VALID",
          "AvgPool 2x2 stride 3 VALID, x declared [-1,8,8,1] fed batch 2", x_declared=[None, 8, 8, 1],
          tolerance=avg_tolerance())
pool_case("avgpool_k3_s3_same", "avg", [1, 7, 7, 1], (3, 3), (3, 3), "SAME",
          "AvgPool 3x3 stride 3 SAME on 7x7: pads (1,1); border windows hold 6 or 4 real elements",
          tolerance=avg_tolerance())
pool_case("avgpool_nonsquare_same", "avg", [1, 5, 6, 2], (2, 3), (2, 2), "SAME",
          "AvgPool SAME window 2x3, stride 2, on 5x6", tolerance=avg_tolerance())
pool_case("avgpool_same_window_larger_than_input", "avg", [1, 2, 2, 1], (3, 3), (1, 1), "SAME",
          "AvgPool 3x3 SAME on a 2x2 input: every window covers all 4 elements, all outputs are their mean",
          tolerance=avg_tolerance())

NCHW_POOL_NOTE = (" Graph uses data_format NCHW; TensorFlow's CPU {op} refuses NCHW, so the expected output "
                  "was computed by a second graph: transpose to NHWC, {op} NHWC, transpose back.")
pool_case("maxpool_nchw_k3_s2_same", "max", [1, 2, 7, 7], (3, 3), (2, 2), "SAME",
          "MaxPool NCHW 3x3 stride 2 SAME (ksize/strides [1,1,3,3]/[1,1,2,2])."
          + NCHW_POOL_NOTE.format(op="MaxPool"), data_format="NCHW")
pool_case("avgpool_nchw_k3_s2_same", "avg", [2, 3, 5, 6], (3, 3), (2, 2), "SAME",
          "AvgPool NCHW 3x3 stride 2 SAME, x declared [-1,3,5,6] fed batch 2."
          + NCHW_POOL_NOTE.format(op="AvgPool"), data_format="NCHW", x_declared=[None, 3, 5, 6],
          tolerance=avg_tolerance())
pool_case("maxpool_nchw_k2_s2_valid", "max", [2, 3, 4, 6], (2, 2), (2, 2), "VALID",
          "MaxPool NCHW 2x2 stride 2 VALID." + NCHW_POOL_NOTE.format(op="MaxPool"), data_format="NCHW")


# ---------------------------------------------------------------------------------------------
# BiasAdd
# ---------------------------------------------------------------------------------------------

def biasadd_case(name, x_shape, data_format, note, x_declared="fed", bias_placeholder=False):
    @case(name, ELEMENTWISE, note)
    def build(b):
        x = b.placeholder("x", b.uniform(x_shape), x_declared)
        axis = len(x_shape) - 1 if data_format == "NHWC" else 1
        bv = b.uniform([x_shape[axis]])
        bias = b.placeholder("bias", bv) if bias_placeholder else tf.constant(bv, name="bias")
        shape = [1] * len(x_shape)
        shape[axis] = -1
        y = tf.raw_ops.BiasAdd(value=x, bias=bias, data_format=data_format, name="biasadd")
        b.out(y, ref=b.val(x) + bv.astype(np.float64).reshape(shape))


biasadd_case("biasadd_nhwc_rank4", [2, 3, 4, 5], "NHWC", "BiasAdd NHWC rank 4, x declared [-1,3,4,5]",
             x_declared=[None, 3, 4, 5])
biasadd_case("biasadd_nchw_rank4", [2, 5, 3, 4], "NCHW", "BiasAdd NCHW rank 4: bias [5] on axis 1")
biasadd_case("biasadd_rank2", [3, 6], "NHWC", "BiasAdd rank 2 (default NHWC), bias is a placeholder",
             bias_placeholder=True)
biasadd_case("biasadd_rank3_nhwc", [2, 3, 4], "NHWC", "BiasAdd rank 3 NHWC: bias on the last axis")
biasadd_case("biasadd_nchw_rank3", [2, 4, 3], "NCHW",
             "BiasAdd NCHW on rank 3: TensorFlow puts the channel on axis 1 (bias [4] on [2,4,3]). "
             "NCHW on rank 2 is refused by TensorFlow's shape function ('must be at least rank 3').")


# ---------------------------------------------------------------------------------------------
# Softmax
# ---------------------------------------------------------------------------------------------

@case("softmax_large_logits", SOFTMAX,
      "Softmax rows: [1000,1001,1002] (naive exp overflows), [-1000,-999,-998] (naive exp underflows), "
      "equal values, random; x declared [-1,3]")
def _(b):
    v = np.concatenate([np.array([[1000, 1001, 1002], [-1000, -999, -998], [5, 5, 5]], F32),
                        b.uniform([2, 3], -3, 3)])
    x = b.placeholder("x", v, [None, 3])
    b.out(tf.raw_ops.Softmax(logits=x, name="softmax"), ref=np_softmax(b.val(x)))


@case("softmax_rank3", SOFTMAX, "Softmax on rank 3 [2,3,5] (over the last axis)")
def _(b):
    x = b.placeholder("x", b.uniform([2, 3, 5], -4, 4))
    b.out(tf.raw_ops.Softmax(logits=x, name="softmax"), ref=np_softmax(b.val(x)))


@case("softmax_rank1", SOFTMAX, "Softmax on rank 1 [7]")
def _(b):
    x = b.placeholder("x", b.uniform([7], -4, 4))
    b.out(tf.raw_ops.Softmax(logits=x, name="softmax"), ref=np_softmax(b.val(x)))


@case("softmax_single_class", SOFTMAX, "Softmax over an axis of size 1: all outputs are 1")
def _(b):
    x = b.placeholder("x", b.uniform([3, 1], -4, 4))
    b.out(tf.raw_ops.Softmax(logits=x, name="softmax"), ref=np_softmax(b.val(x)))


@case("softmax_wide", SOFTMAX, "Softmax [2,37] with logits in [-8,8]")
def _(b):
    x = b.placeholder("x", b.uniform([2, 37], -8, 8))
    b.out(tf.raw_ops.Softmax(logits=x, name="softmax"), ref=np_softmax(b.val(x)))


# ---------------------------------------------------------------------------------------------
# Reshape
# ---------------------------------------------------------------------------------------------

def reshape_case(name, x_fed, shape, note, x_declared="fed", dtype=F32, shape_dtype=np.int32):
    @case(name, EXACT, note)
    def build(b):
        v = b.uniform(x_fed) if dtype is F32 else b.ints(x_fed)
        x = b.placeholder("x", v, x_declared)
        s = tf.constant(np.array(shape, dtype=shape_dtype).reshape([len(shape)]), name="shape")
        b.out(tf.raw_ops.Reshape(tensor=x, shape=s, name="reshape"), ref=b.val(x).reshape(shape))


reshape_case("reshape_minus1", [2, 3, 4], [-1, 4], "Reshape [2,3,4] -> [-1,4] = [6,4]")
reshape_case("reshape_to_rank1", [2, 3, 4], [24], "Reshape [2,3,4] -> [24]")
reshape_case("reshape_rank4_to_rank2", [2, 2, 3, 2], [2, 12], "Reshape [2,2,3,2] -> [2,12]")
reshape_case("reshape_rank1_to_rank4", [24], [1, 2, 3, 4], "Reshape [24] -> [1,2,3,4]")
reshape_case("reshape_unknown_batch", [3, 4, 4, 2], [-1, 32],
             "Reshape x declared [-1,4,4,2] (fed batch 3) -> [-1,32]", x_declared=[None, 4, 4, 2])
reshape_case("reshape_to_scalar", [1, 1], [], "Reshape [1,1] -> [] (scalar; the shape Const is empty)")
reshape_case("reshape_i32", [6], [3, -1], "Reshape int32 [6] -> [3,-1]", dtype=I32)
reshape_case("reshape_int64_shape", [2, 6], [4, -1], "Reshape with an int64 shape Const (Tshape = DT_INT64)",
             shape_dtype=np.int64)


# ---------------------------------------------------------------------------------------------
# Sum / Mean / Max
# ---------------------------------------------------------------------------------------------

NP_REDUCE = {"Sum": np.sum, "Mean": np.mean, "Max": np.max}


def reduce_case(name, op, x_fed, axis, keep_dims, note, x_declared="fed", dtype=F32, axis_dtype=np.int32,
                tolerance=None):
    tolerance = tolerance or (EXACT if dtype is I32 else ACCUMULATE)

    @case(name, tolerance, note)
    def build(b):
        v = b.uniform(x_fed) if dtype is F32 else b.ints(x_fed, -20, 20)
        x = b.placeholder("x", v, x_declared)
        a = tf.constant(np.array(axis, dtype=axis_dtype), name="axis")
        y = getattr(tf.raw_ops, op)(input=x, axis=a, keep_dims=keep_dims, name=op.lower())
        np_axis = tuple(np.atleast_1d(axis).tolist())
        ref = NP_REDUCE[op](b.val(x), axis=np_axis, keepdims=keep_dims)
        if dtype is I32 and op == "Mean":
            # TensorFlow's integer Mean divides the int sum by the count, truncating toward zero.
            s = np.sum(b.val(x), axis=np_axis, keepdims=keep_dims)
            n = int(np.prod([v.shape[i] for i in np_axis]))
            ref = np.trunc(s / n).astype(np.int64)
        b.out(y, ref=ref)


reduce_case("sum_axis1", "Sum", [3, 4], [1], False, "Sum over axis [1], keep_dims false -> [3]")
reduce_case("mean_axis1_keepdims", "Mean", [3, 4], [1], True, "Mean over axis [1], keep_dims true -> [3,1]")
reduce_case("sum_axes_0_2", "Sum", [2, 3, 4], [0, 2], False, "Sum over axes [0,2] -> [3]")
reduce_case("mean_axes_0_2_keepdims", "Mean", [2, 3, 4], [0, 2], True,
            "Mean over axes [0,2], keep_dims true -> [1,3,1]")
reduce_case("mean_negative_scalar_axis", "Mean", [2, 3, 4], -1, False,
            "Mean over axis -1 given as a scalar Const (not a list) -> [2,3]")
reduce_case("sum_negative_axes_keepdims", "Sum", [2, 3, 4], [-1, -3], True,
            "Sum over axes [-1,-3], keep_dims true -> [1,3,1]")
reduce_case("sum_unsorted_axes", "Sum", [2, 3, 4], [2, 0], False, "Sum over axes [2,0] (unsorted) -> [3]")
reduce_case("sum_all_to_scalar", "Sum", [2, 3, 4], [0, 1, 2], False, "Sum over all axes -> scalar []")
reduce_case("mean_all_keepdims", "Mean", [2, 3, 4], [0, 1, 2], True, "Mean over all axes, keep_dims -> [1,1,1]")
reduce_case("mean_all_to_scalar", "Mean", [5, 7], [0, 1], False, "Mean over all axes of [5,7] -> scalar")
reduce_case("sum_empty_axes", "Sum", [2, 3], np.zeros([0], np.int32), False,
            "Sum over an empty axis list: the input unchanged")
reduce_case("sum_axis_int64", "Sum", [3, 4], [0], False, "Sum with an int64 axis Const (Tidx = DT_INT64)",
            axis_dtype=np.int64)
reduce_case("max_axis0", "Max", [4, 3], [0], False, "Max over axis [0]")
reduce_case("max_all_keepdims", "Max", [2, 3, 2], [0, 1, 2], True, "Max over all axes, keep_dims -> [1,1,1]")
reduce_case("mean_over_unknown_batch", "Mean", [3, 5], [0], False,
            "Mean over axis 0 of x declared [-1,5] (fed batch 3): the divisor is only known when fed",
            x_declared=[None, 5])
reduce_case("sum_unknown_batch_keepdims", "Sum", [2, 4, 3], [1, 2], True,
            "Sum over axes [1,2] keep_dims of x declared [-1,4,3] (fed batch 2)", x_declared=[None, 4, 3])
reduce_case("sum_i32", "Sum", [3, 4], [1], False, "Sum int32 over axis [1]", dtype=I32)
reduce_case("mean_i32_truncates", "Mean", [4, 3], [1], False,
            "Mean int32 over axis [1]: TensorFlow divides the integer sum and truncates toward zero "
            "(a row summing to -20 gives -20/3 -> -6, not -7)", dtype=I32)
reduce_case("max_i32", "Max", [2, 3, 4], [-1], True, "Max int32 over axis [-1], keep_dims", dtype=I32)


# ---------------------------------------------------------------------------------------------
# Identity and Const-only graphs
# ---------------------------------------------------------------------------------------------

@case("identity_chain", EXACT, "Identity -> Identity on a placeholder")
def _(b):
    x = b.placeholder("x", b.uniform([2, 3]))
    i1 = b.out(tf.raw_ops.Identity(input=x, name="id1"), ref=b.val(x))
    b.out(tf.raw_ops.Identity(input=i1, name="id2"), ref=b.val(x))


@case("identity_unknown_rank", ELEMENTWISE,
      "Placeholder with no shape at all (unknown_rank: true), fed [2,3], -> Identity -> Mul by 2")
def _(b):
    x = b.placeholder("x", b.uniform([2, 3]), shape=None)
    i = b.out(tf.raw_ops.Identity(input=x, name="identity"), ref=b.val(x))
    b.out(tf.raw_ops.Mul(x=i, y=tf.constant(2.0, name="two"), name="double"), ref=b.val(x) * 2)


@case("scalar_placeholder", ELEMENTWISE, "Placeholder of shape [] (scalar) -> Add Const scalar")
def _(b):
    x = b.placeholder("x", np.float32(b.uniform([])))
    b.out(tf.raw_ops.Add(x=x, y=tf.constant(np.float32(0.5), name="half"), name="add"), ref=b.val(x) + 0.5)


@case("const_only_chain_f32", ELEMENTWISE,
      "No placeholders: Const [2,3] + Const [3] -> Mul Const scalar -> Identity; every value is a Const")
def _(b):
    a = b.uniform([2, 3])
    c = b.uniform([3])
    s = tf.raw_ops.Add(x=tf.constant(a, name="a"), y=tf.constant(c, name="c"), name="add")
    m = tf.raw_ops.Mul(x=s, y=tf.constant(np.float32(1.5), name="scale"), name="mul")
    ref = (a.astype(np.float64) + c) * 1.5
    b.out(s, ref=a.astype(np.float64) + c)
    b.out(tf.raw_ops.Identity(input=m, name="out"), ref=ref)


@case("const_only_chain_i32", EXACT, "No placeholders, int32: (Const [4] - Const scalar) * Const [4]")
def _(b):
    a, c = b.ints([4]), b.ints([4])
    s = tf.raw_ops.Sub(x=tf.constant(a, name="a"), y=tf.constant(np.int32(3), name="three"), name="sub")
    b.out(tf.raw_ops.Mul(x=s, y=tf.constant(c, name="c"), name="out"),
          ref=(a.astype(np.int64) - 3) * c)


@case("const_encodings", ELEMENTWISE,
      "The ways a Const stores values: 'content' uses tensor_content (raw little-endian bytes); "
      "'splat' is one float_val with shape [2,3] (broadcast to all 6); 'scalar' is float_val with "
      "no dims; 'val_list' lists all 6 float_val; 'partial_list' has int_val [7, 9] for shape [5], "
      "which TensorFlow pads with the last value -> [7,9,9,9,9]")
def _(b):
    def proto(dtype, shape, values, field):
        p = tensor_pb2.TensorProto(dtype=dtype, tensor_shape=tensor_shape_pb2.TensorShapeProto(
            dim=[tensor_shape_pb2.TensorShapeProto.Dim(size=d) for d in shape]))
        getattr(p, field).extend(values)
        return p
    content = b.uniform([2, 3])
    c = tf.constant(content, name="content")
    splat = tf.constant(2.5, shape=[2, 3], dtype=tf.float32, name="splat")
    scalar = tf.constant(np.float32(-1.25), name="scalar")
    lst = [0.5, -1.0, 2.0, 3.5, -4.25, 8.0]
    val_list = tf.raw_ops.Const(value=proto(types_pb2.DT_FLOAT, [2, 3], lst, "float_val"),
                                dtype=tf.float32, name="val_list")
    partial = tf.raw_ops.Const(value=proto(types_pb2.DT_INT32, [5], [7, 9], "int_val"),
                               dtype=tf.int32, name="partial_list")
    s1 = tf.raw_ops.Add(x=c, y=splat, name="content_plus_splat")
    s2 = tf.raw_ops.Mul(x=val_list, y=scalar, name="val_list_times_scalar")
    cv = content.astype(np.float64)
    b.out(s1, ref=cv + 2.5)
    b.out(s2, ref=np.array(lst).reshape(2, 3) * -1.25)
    b.out(tf.raw_ops.Identity(input=partial, name="partial_identity"), ref=np.array([7, 9, 9, 9, 9]))


# ---------------------------------------------------------------------------------------------
# Whole graphs shared with graphs/ (built by make_graphs.py)
# ---------------------------------------------------------------------------------------------

def model_case(name, build_model, tolerance, note, feed):
    @case(name, tolerance, note)
    def build(b):
        model = build_model()
        # Copy the model's nodes into this case's graph (same names, same GraphDef).
        tf.graph_util.import_graph_def(model.graph.as_graph_def(), name="")
        g = tf.compat.v1.get_default_graph()
        for pname in model.inputs:
            t = g.get_tensor_by_name(pname + ":0")
            b.feeds[pname], b.tensors[pname] = feed(b, pname), t
        refs = model.reference({k: v for k, v in b.feeds.items()})
        for node in model.outputs:
            b.out(g.get_tensor_by_name(node + ":0"), ref=refs.get(node))


model_case("blog_addsub", build_blog, EXACT,
           "The blog graph: output = ((input - 2) + 5) + 100; int32 Placeholder `input` [1]; Sub, Add, Add "
           "with int32 Consts sub/y, add/y, output/y. Same GraphDef as graphs/blog_addsub.pbtxt",
           lambda b, name: b.ints([1], -50, 50))
model_case("mlp", build_mlp, ACCUMULATE,
           "MLP: x [-1,784] fed batch 2 (values in [0,1)) -> dense 64 relu -> dense 10 (logits) -> softmax. "
           "Same GraphDef as graphs/mlp.pbtxt",
           lambda b, name: b.uniform([2, 784], 0.0, 1.0))
model_case("cnn", build_cnn, ACCUMULATE,
           "MNIST-style CNN: images [-1,28,28,1] NHWC fed batch 2 -> conv1 8@5x5 VALID + bias + relu -> "
           "pool1 2x2 -> conv2 8@3x3 SAME + bias + relu -> pool2 2x2 -> flatten [-1,288] -> dense 32 relu -> "
           "logits 10 -> softmax. Same GraphDef as graphs/cnn.pbtxt",
           lambda b, name: b.uniform([2, 28, 28, 1], 0.0, 1.0))


# Training-graph ops (losses, comparisons, casts, layout ops, gradient ops) live in their own file.
import training_cases  # noqa: E402

training_cases.register(sys.modules[__name__])
import cases_layout  # noqa: E402

cases_layout.register(sys.modules[__name__])

import cases_importer  # noqa: E402  (function calls, identity-like ops)

cases_importer.register(sys.modules[__name__])
import cases_elementwise  # noqa: E402
cases_elementwise.register(sys.modules[__name__])
import cases_convs  # noqa: E402  (the convolution family of real models: cv_*)

cases_convs.register(sys.modules[__name__])

import cases_models  # noqa: E402  (real architectures at reduced size)

cases_models.register(sys.modules[__name__])


# ---------------------------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------------------------

def check_against_reference(case_name, node, got, ref, tolerance):
    """Fails unless TensorFlow's value is within half the tolerance of the float64 reference."""
    if ref is None:
        return None
    assert got.shape == ref.shape, f"{case_name}/{node}: TF shape {got.shape} vs reference {ref.shape}"
    if got.dtype.kind in "ib" or (tolerance["rtol"] == 0 and tolerance["atol"] == 0):
        # Exact cases (int32 arithmetic, Reshape / Identity of floats) must match bit for bit.
        assert np.array_equal(got, ref.astype(got.dtype)), f"{case_name}/{node} differs"
        return 0.0
    bound = tolerance["atol"] + tolerance["rtol"] * np.abs(ref)
    err = np.abs(got.astype(np.float64) - ref)
    ratio = float(np.max(err / bound)) if got.size else 0.0
    assert ratio <= 0.5, f"{case_name}/{node}: TF is {ratio:.2f} tolerances from the float64 reference"
    return ratio


def tf_error_summary(message):
    """The line of a TensorFlow error that says what is wrong (not the traceback around it)."""
    lines = [l.strip() for l in message.splitlines()
             if l.strip() and not l.strip().startswith(("[[", "File ", "Detected at", "Node:",
                                                        "Graph execution error"))]
    return lines[0] if lines else message.splitlines()[0]


def generate(c):
    directory = os.path.join(FIXTURE_ROOT, c.name)
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(os.path.join(directory, "inputs"))
    os.makedirs(os.path.join(directory, "outputs"))

    g = tf.Graph()
    b = Builder(c.name)
    with g.as_default():
        c.build(b)
    write_graph(g, directory, "graph")

    feed = {b.tensors[n]: v for n, v in b.feeds.items()}
    note = c.note
    values = {}
    with session(g) as s:
        direct = [(n, t) for n, t in b.outputs if n not in b.expected]
        for (n, _), v in zip(direct, s.run([t for _, t in direct], feed)):
            values[n] = np.asarray(v)
        for n, t in b.outputs:
            if n not in b.expected:
                continue
            try:
                v = np.asarray(s.run(t, feed))
            except tf.errors.OpError as e:
                msg = tf_error_summary(e.message)
                note += f" [TensorFlow {tf.__version__} running the NCHW graph: {type(e).__name__}: {msg}]"
                values[n] = b.expected[n]
            else:
                # TensorFlow ran it after all: prefer its own answer, but it must agree.
                assert np.allclose(v, b.expected[n], rtol=1e-5, atol=1e-5), n
                note += f" [TensorFlow {tf.__version__} ran the NCHW graph directly; its output is recorded]"
                values[n] = v

    ratios = {}
    for n, _ in b.outputs:
        ratios[n] = check_against_reference(c.name, n, values[n], b.references.get(n), c.tolerance)

    spec = {"inputs": {}, "outputs": {}, "tolerance": c.tolerance, "note": note}
    for name, v in b.feeds.items():
        path = f"inputs/{file_stem(name)}.npy"
        np.save(os.path.join(directory, path), v)
        spec["inputs"][name] = path
    for name, _ in b.outputs:
        path = f"outputs/{file_stem(name)}.npy"
        np.save(os.path.join(directory, path), values[name])
        spec["outputs"][name] = path
    with open(os.path.join(directory, "case.json"), "w") as f:
        json.dump(spec, f, indent=2)
        f.write("\n")
    worst = max((r for r in ratios.values() if r is not None), default=None)
    return worst, [n for n, r in ratios.items() if r is None]


def verify(directory):
    """Reloads one case from disk: npy files, both graph encodings, names in case.json."""
    with open(os.path.join(directory, "case.json")) as f:
        spec = json.load(f)
    with open(os.path.join(directory, "graph.pbtxt")) as f:
        text_def = text_format.Parse(f.read(), graph_pb2.GraphDef())
    with open(os.path.join(directory, "graph.pb"), "rb") as f:
        bin_def = graph_pb2.GraphDef.FromString(f.read())
    assert text_def == bin_def, f"{directory}: graph.pb and graph.pbtxt differ"
    nodes = {n.name: n for n in bin_def.node}
    for name, path in spec["inputs"].items():
        assert nodes[name].op == "Placeholder", (directory, name)
        a = np.load(os.path.join(directory, path), allow_pickle=False)
        assert a.dtype in (np.float32, np.int32, np.int64, np.bool_), (directory, path, a.dtype)
    for name, path in spec["outputs"].items():
        assert name.split(":")[0] in nodes, (directory, name)
        a = np.load(os.path.join(directory, path), allow_pickle=False)
        assert a.dtype in (np.float32, np.int32, np.int64, np.bool_), (directory, path, a.dtype)
        assert np.all(np.isfinite(a)), (directory, path)
    return spec


README_HEAD = """\
# TensorFlow reference fixtures

Written by `scripts/tf/make_fixtures.py` with TensorFlow {tf_version} (tensorflow-cpu from PyPI),
NumPy {np_version}, protobuf {pb_version}, Python {py_version}; TensorFlow ran on the CPU with oneDNN
off (`TF_ENABLE_ONEDNN_OPTS=0`) and one thread. Do not edit by hand: change the script and rerun
it. CI only reads these files; it never needs TensorFlow.

## Layout

    <case>/graph.pbtxt          GraphDef in text format, written by tf.io.write_graph(as_text=True)
    <case>/graph.pb             the same GraphDef in binary (the script checks they parse equal)
    <case>/inputs/<name>.npy    value fed to Placeholder <name> ("/" in a name becomes "__")
    <case>/outputs/<node>.npy   TensorFlow's value of output 0 of node <node> ("/" becomes "__")
    <case>/case.json            {{"inputs": {{placeholder: path}}, "outputs": {{node: path}},
                                 "tolerance": {{"rtol": r, "atol": a}}, "note": "..."}}

Paths in case.json are relative to the case directory. Inputs and outputs are float32 (`<f4`),
int32 (`<i4`), int64 (`<i8`) or bool (`|b1`), C order, .npy version 1.0; scalars are 0-d arrays.
An output named `node:k` is output k of a multi-output node (file `node_k.npy`). A case with no
Placeholder has `"inputs": {{}}`. Some placeholders declare unknown dimensions (`size: -1` in
the GraphDef) or no shape at all (`unknown_rank: true`); the fed arrays fix them.

An output matches when, elementwise, `|got - expected| <= atol + rtol * |expected|` (NumPy's
`allclose` rule). Tolerances: int32 cases and pure data movement (Reshape, Identity) are exact
(0, 0); float32 elementwise ops rtol 1e-6 / atol 1e-7; Exp, Log, Rsqrt, Tanh, Sigmoid and AvgPool
rtol 1e-6 / atol 1e-6; MatMul, Conv2D, reductions and whole networks rtol 1e-5 / atol 1e-5;
Softmax rtol 1e-5 / atol 1e-6. The script also computes every output with an independent
float64 NumPy reference and requires TensorFlow to be within half the tolerance of it (the
worst case uses about a tenth), so a correct float32 implementation has room.

## Regenerate

    pip install tensorflow-cpu
    python3 scripts/tf/make_fixtures.py           # all cases; rewrites this README
    python3 scripts/tf/make_fixtures.py conv      # only cases whose name contains "conv"
    python3 scripts/tf/make_graphs.py             # graphs/*.pbtxt (blog_addsub, mlp, cnn)
    python3 scripts/tf/make_bad_fixtures.py --check-tf   # Tests/Fixtures/bad/

Inputs come from NumPy generators seeded by the case name, so reruns give identical files
(with the same TensorFlow and protobuf versions).

## What TensorFlow refused, and what the cases do about it

- Conv2D, MaxPool and AvgPool with `data_format: "NCHW"` do not run on TensorFlow's CPU
  ("The Conv2D op currently only supports the NHWC tensor format on the CPU", "Default
  MaxPoolingOp only supports NHWC on device type CPU", same for AvgPool). The `*_nchw_*` cases
  still contain the NCHW node (strides, ksize, dilations and explicit_paddings in NCHW order);
  their expected outputs come from a second graph that transposes the input to NHWC, runs the
  NHWC op and transposes back. Each such case.json note quotes TensorFlow's error.
- DepthwiseConv2dNative on the CPU refuses dilations other than 1 ("Current kernel implementation
  does not support dilations") and unequal strides; those `cv_depthwise_*` cases keep the
  attributes and take their expected output from TensorFlow's grouped Conv2D (filter reshaped to
  `[KH,KW,1,C*M]`), which computes the same. NCHW depthwise is handled like NCHW Conv2D.
- BiasAdd with NCHW runs on the CPU and is recorded directly, for rank 4 and rank 3 (channel
  on axis 1). BiasAdd NCHW on rank 2 is refused by TensorFlow's shape function ("Shape must be
  at least rank 3"), so there is no such case.

## How TensorFlow writes these files

- Every attr with a default in the op definition is written out: Conv2D also carries
  `use_cudnn_on_gpu`, `explicit_paddings` (empty list unless padding is EXPLICIT), `dilations`
  and `data_format`; MaxPool carries `explicit_paddings` (TensorFlow's MaxPool accepts
  `padding: "EXPLICIT"`; AvgPool does not and has no such attr); MatMul carries `grad_a` and
  `grad_b` (new in TF 2.x, always false here); Sum, Mean and Max carry `Tidx` and `keep_dims`;
  Reshape carries `Tshape`; BiasAdd carries `data_format` even when it is the default NHWC.
- Const values: tensors with more than one element use `tensor_content` (raw little-endian
  bytes, written in the text file as a C-escaped string with octal escapes such as `\\000\\000\\200?`
  for 1.0f); one-element tensors use `float_val` / `int_val` / `int64_val`; `tf.constant(2.5,
  shape=[2,3])` writes a single `float_val: 2.5` with the full shape (a splat); an empty tensor
  (shape [0]) has neither. `const_encodings` also covers a full `float_val` list and a partial
  `int_val` list, which TensorFlow pads with its last value.
- Placeholders write `shape` with `size: -1` for unknown dimensions and `unknown_rank: true`
  for no shape. Python ints given to raw ops become Consts named `<op>/y`, `<op>/shape`, etc.
- Each file ends with `versions {{ producer: {producer} }}`; nodes have no `device` and no
  `_output_shapes`; text files list attrs sorted by key.

## Cases

| case | ops | what it covers |
|---|---|---|
"""


def write_readme():
    from google.protobuf import __version__ as pb_version
    producer = None
    rows = []
    for c in CASES:
        directory = os.path.join(FIXTURE_ROOT, c.name)
        with open(os.path.join(directory, "graph.pb"), "rb") as f:
            gd = graph_pb2.GraphDef.FromString(f.read())
        producer = gd.versions.producer
        ops = sorted({n.op for n in gd.node} - {"Placeholder", "Const"}) or ["Const"]
        with open(os.path.join(directory, "case.json")) as f:
            note = json.load(f)["note"]
        note = note.split(" Graph uses data_format NCHW;")[0].split(" [TensorFlow")[0]
        if "data_format NCHW" in c.note:
            note += " (expected output via NHWC + transposes)"
        rows.append(f"| `{c.name}` | {', '.join(ops)} | {note.replace('|', '/')} |")
    head = README_HEAD.format(tf_version=tf.__version__, np_version=np.__version__, pb_version=pb_version,
                              py_version=sys.version.split()[0], producer=producer)
    with open(os.path.join(FIXTURE_ROOT, "README.md"), "w") as f:
        f.write(head + "\n".join(rows) + "\n")


def main(argv):
    if "--list" in argv:
        for c in CASES:
            print(f"{c.name}: {c.note}")
        return
    filters = [a for a in argv if not a.startswith("-")]
    selected = [c for c in CASES if not filters or any(f in c.name for f in filters)]
    if not filters:
        # Full regeneration: drop case directories that no longer exist in CASES.
        known = {c.name for c in CASES}
        if os.path.isdir(FIXTURE_ROOT):
            for entry in sorted(os.listdir(FIXTURE_ROOT)):
                path = os.path.join(FIXTURE_ROOT, entry)
                if entry not in known and os.path.isfile(os.path.join(path, "case.json")):
                    print(f"removing stale case {entry}")
                    shutil.rmtree(path)
    print(f"TensorFlow {tf.__version__}, NumPy {np.__version__}: {len(selected)} cases -> {FIXTURE_ROOT}")
    for c in selected:
        worst, unchecked = generate(c)
        verify(os.path.join(FIXTURE_ROOT, c.name))
        extra = f"  (no NumPy reference: {', '.join(unchecked)})" if unchecked else ""
        print(f"  {c.name:42s} worst error / tolerance vs float64: {worst if worst is not None else '-'}{extra}")
    total = 0
    for root, _, files in os.walk(FIXTURE_ROOT):
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    if not filters:
        write_readme()
    print(f"total size of {FIXTURE_ROOT}: {total / 1e6:.2f} MB")


if __name__ == "__main__":
    main(sys.argv[1:])
