"""Fixtures for the importer: function calls as TensorFlow writes them, and ops that pass values on.

Registered into make_fixtures.py's CASES (`python3 scripts/tf/make_fixtures.py import_`):

- import_frozen_calls: a frozen TF2 graph (written eagerly by frozen_calls.py, then imported into
  the case's graph) with StatefulPartitionedCall nodes whose functions the freezing kept, a nested
  PartitionedCall, a call with two outputs, IdentityN, StopGradient, NoOp and control inputs.
- import_defun_call: tf.compat.v1 Defun functions, which nodes call by the function's name (the
  op is the function), one calling another.
- import_identity_ops: StopGradient, PreventGradient, Snapshot, EnsureShape, IdentityN (float
  and int32, its int32 output the shape of a Reshape).
"""

import os
import subprocess
import sys
import tempfile

import numpy as np
from tensorflow.core.framework import graph_pb2
from tensorflow.python.framework import function, tensor_util

from tfcommon import np_conv2d, tf

raw = tf.raw_ops
F32 = np.float32


def register(m):
    """Adds the cases through make_fixtures' `case` decorator (`m` is that module)."""
    case, EXACT, ACCUMULATE, ELEMENTWISE = m.case, m.EXACT, m.ACCUMULATE, m.ELEMENTWISE

    @case("import_frozen_calls", ACCUMULATE,
          "Frozen TF2 graph keeping function calls (convert_variables_to_constants_v2 keeps _noinline and "
          "jit_compile functions): StatefulPartitionedCall of an XLA conv (weights a Const input read through "
          "Identity), StatefulPartitionedCall of outer() whose body holds a nested PartitionedCall of inner() "
          "with two outputs, IdentityN over the call's outputs, StopGradient, NoOp and ^control inputs; "
          "outputs Identity (relu(conv)*2 + b) and Identity_1 (conv)")
    def _(b):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "frozen.pb")
            script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "frozen_calls.py")
            subprocess.run([sys.executable, script, "frozen_calls", path], check=True)
            with open(path, "rb") as f:
                gd = graph_pb2.GraphDef.FromString(f.read())
        assert any(n.op == "StatefulPartitionedCall" for n in gd.node), "the freezing inlined the calls"
        assert any(n.op == "PartitionedCall" for fn in gd.library.function for n in fn.node_def)
        tf.graph_util.import_graph_def(gd, name="")
        g = tf.compat.v1.get_default_graph()
        x = b.uniform([2, 5, 5, 4])
        b.feeds["images"], b.tensors["images"] = x, g.get_tensor_by_name("images:0")
        consts = {n.name: tensor_util.MakeNdarray(n.attr["value"].tensor) for n in gd.node if n.op == "Const"}
        w = next(v for v in consts.values() if v.shape == (3, 3, 4, 2))
        bias = next(v for v in consts.values() if v.shape == (2,))
        y = np_conv2d(x, w, padding="SAME")
        b.out(g.get_tensor_by_name("Identity:0"), ref=np.maximum(y, 0) * 2 + bias)
        b.out(g.get_tensor_by_name("Identity_1:0"), ref=y)

    @case("import_defun_call", ELEMENTWISE,
          "tf.compat.v1 Defun functions called by name (the node's op is the function's name): "
          "out = scaled_add(x, y) = square(x) * 3 + y, square itself a Defun called inside scaled_add's body")
    def _(b):
        @function.Defun(tf.float32, func_name="import_square")
        def square(a):
            return a * a

        @function.Defun(tf.float32, tf.float32, func_name="import_scaled_add")
        def scaled_add(a, c):
            return square(a) * 3.0 + c

        x = b.placeholder("x", b.uniform([2, 3]))
        y = b.placeholder("y", b.uniform([2, 3]))
        call = scaled_add(x, y, name="call")
        b.out(tf.identity(call, name="out"), ref=b.val(x) ** 2 * 3 + b.val(y))

    @case("import_identity_ops", EXACT,
          "Ops that pass their input on: StopGradient, PreventGradient (with a message), Snapshot, EnsureShape "
          "(shape [-1,3] on a [2,3] input), IdentityN of a float and an int32 tensor whose int32 output is the "
          "shape of a Reshape; x is [-1,3], fed [2,3]")
    def _(b):
        x = b.placeholder("x", b.uniform([2, 3]), shape=[None, 3])
        s = raw.StopGradient(input=x, name="stop")
        p = raw.PreventGradient(input=s, message="no second derivative", name="prevent")
        snap = raw.Snapshot(input=p, name="snapshot")
        e = raw.EnsureShape(input=snap, shape=[None, 3], name="ensure")
        shape = tf.constant([3, 2], tf.int32, name="shape")
        both = raw.IdentityN(input=[e, shape], name="both")
        r = raw.Reshape(tensor=both[0], shape=both[1], name="reshaped")
        xv = b.val(x)
        b.out(tf.identity(both[0], name="out"), ref=xv)
        b.out(r, ref=xv.reshape(3, 2))
