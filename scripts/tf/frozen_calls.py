#!/usr/bin/env python3
"""Writes frozen TF2 graphs that keep function calls, for cases_importer.py.

    python3 scripts/tf/frozen_calls.py NAME OUT.pb

Runs eagerly (unlike the fixture scripts, which build tf.compat.v1 graphs), as Keras models are
frozen: a tf.function traced to a concrete function, then convert_variables_to_constants_v2.
That conversion inlines every call except those of functions marked `_noinline` (which
`jit_compile=True` implies), so these stay StatefulPartitionedCall / PartitionedCall nodes with
their bodies in the graph's library, the variables turned into Const inputs read through
Identity nodes, as in keras.applications.ConvNeXtTiny.
"""

import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")

import tensorflow as tf  # noqa: E402
from tensorflow.python.framework.convert_to_constants import convert_variables_to_constants_v2  # noqa: E402


class FrozenCalls(tf.Module):
    """conv (an XLA-compiled function, like Keras 3's grouped conv) -> outer(y) = (inner(y)[0] + b,
    inner(y)[1]) with inner(y) = (relu(y) * 2, stop_gradient(y)): a nested call and a call with two
    outputs, then identity_n over both outputs."""

    def __init__(self):
        super().__init__()
        self.w = tf.Variable(tf.random.stateless_uniform([3, 3, 4, 2], seed=[1, 2], minval=-1, maxval=1), name="w")
        self.b = tf.Variable([0.5, -0.25], name="b")

    @tf.function(jit_compile=True)
    def conv(self, x):
        return tf.nn.conv2d(x, self.w, strides=1, padding="SAME")

    @tf.function(experimental_attributes={"_noinline": True})
    def inner(self, y):
        return tf.nn.relu(y) * 2.0, tf.stop_gradient(y)

    @tf.function(experimental_attributes={"_noinline": True})
    def outer(self, y):
        a, s = self.inner(y)
        return a + self.b, s

    def __call__(self, x):
        z, s = self.outer(self.conv(x))
        return tf.identity_n([z, s])


MODELS = {"frozen_calls": (FrozenCalls, [None, 5, 5, 4])}


def frozen_graph_def(name):
    cls, shape = MODELS[name]
    module = cls()
    f = tf.function(lambda x: module(x))
    concrete = f.get_concrete_function(tf.TensorSpec(shape, tf.float32, name="images"))
    return convert_variables_to_constants_v2(concrete).graph.as_graph_def()


if __name__ == "__main__":
    name, out = sys.argv[1], sys.argv[2]
    with open(out, "wb") as f:
        f.write(frozen_graph_def(name).SerializeToString())
