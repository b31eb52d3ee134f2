#!/usr/bin/env python3
"""Writes the example TensorFlow graphs in graphs/ (text format, written by TensorFlow itself).

    pip install tensorflow-cpu          # once; never needed by CI
    python3 scripts/tf/make_graphs.py   # from the repository root (any cwd works)

Produces:
    graphs/blog_addsub.pbtxt  int32 `input` [1] -> output = ((input - 2) + 5) + 100
    graphs/mlp.pbtxt          float32 `x` [?,784] -> dense 64 relu -> dense 10 -> softmax
    graphs/cnn.pbtxt          float32 `images` [?,28,28,1] NHWC -> 2x(conv, bias, relu, maxpool)
                              -> reshape -> dense 32 relu -> dense 10 -> softmax

Weights are Const nodes filled from a NumPy generator seeded by the graph's name, so the files
are identical on every run. scripts/tf/make_fixtures.py reuses these builders, so the fixtures
Tests/Fixtures/tf/{blog_addsub,mlp,cnn}/ hold the same graphs plus inputs and expected outputs.
"""

import os
import sys
from dataclasses import dataclass

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np  # noqa: E402

from tfcommon import REPO_ROOT, np_conv2d, np_pool, np_softmax, rng_for, tf  # noqa: E402


@dataclass
class Model:
    """A built graph plus what a test needs to know about it."""
    graph: "tf.Graph"
    # placeholder name -> (numpy dtype, declared shape with None for unknown)
    inputs: dict
    # node names worth fetching, final output last
    outputs: list
    # callable(dict placeholder name -> array) -> dict node name -> float64/int expected value
    reference: object = None


def build_blog():
    """output = ((input - 2) + 5) + 100 with ops Sub, Add, Add and int32 Consts."""
    g = tf.Graph()
    with g.as_default():
        inp = tf.compat.v1.placeholder(tf.int32, shape=[1], name="input")
        # Python ints become int32 Consts named "<op>/y" (TensorFlow's own naming).
        sub = tf.raw_ops.Sub(x=inp, y=2, name="sub")
        add = tf.raw_ops.Add(x=sub, y=5, name="add")
        tf.raw_ops.Add(x=add, y=100, name="output")

    def reference(feeds):
        v = feeds["input"].astype(np.int64)
        return {"sub": v - 2, "add": v - 2 + 5, "output": v - 2 + 5 + 100}

    return Model(g, {"input": (np.int32, [1])}, ["sub", "add", "output"], reference)


def _dense_weights(rng, fan_in, fan_out):
    w = (rng.standard_normal((fan_in, fan_out)) / np.sqrt(fan_in)).astype(np.float32)
    b = rng.uniform(-0.1, 0.1, fan_out).astype(np.float32)
    return w, b


def build_mlp():
    """x [?,784] -> dense 64 + relu -> dense 10 -> softmax; weights are Consts."""
    rng = rng_for("graphs/mlp")
    w1, b1 = _dense_weights(rng, 784, 64)
    w2, b2 = _dense_weights(rng, 64, 10)
    g = tf.Graph()
    with g.as_default():
        x = tf.compat.v1.placeholder(tf.float32, shape=[None, 784], name="x")
        with tf.compat.v1.name_scope("dense"):
            k = tf.constant(w1, name="kernel")
            b = tf.constant(b1, name="bias")
            h = tf.raw_ops.MatMul(a=x, b=k, name="MatMul")
            h = tf.raw_ops.BiasAdd(value=h, bias=b, name="BiasAdd")
            h = tf.raw_ops.Relu(features=h, name="Relu")
        with tf.compat.v1.name_scope("dense_1"):
            k = tf.constant(w2, name="kernel")
            b = tf.constant(b2, name="bias")
            m = tf.raw_ops.MatMul(a=h, b=k, name="MatMul")
        logits = tf.raw_ops.BiasAdd(value=m, bias=b, name="logits")
        tf.raw_ops.Softmax(logits=logits, name="softmax")

    def reference(feeds):
        x64 = feeds["x"].astype(np.float64)
        pre = x64 @ w1 + b1
        relu = np.maximum(pre, 0)
        mm = relu @ w2
        logits = mm + b2
        return {"dense/MatMul": x64 @ w1, "dense/BiasAdd": pre, "dense/Relu": relu,
                "dense_1/MatMul": mm, "logits": logits, "softmax": np_softmax(logits)}

    outputs = ["dense/MatMul", "dense/BiasAdd", "dense/Relu", "dense_1/MatMul", "logits", "softmax"]
    return Model(g, {"x": (np.float32, [None, 784])}, outputs, reference)


def build_cnn():
    """MNIST-style CNN, NHWC: conv 8@5x5 VALID, pool 2, conv 8@3x3 SAME, pool 2, dense 32, dense 10."""
    rng = rng_for("graphs/cnn")
    c1 = (rng.standard_normal((5, 5, 1, 8)) / 5.0).astype(np.float32)
    c1b = rng.uniform(-0.1, 0.1, 8).astype(np.float32)
    c2 = (rng.standard_normal((3, 3, 8, 8)) / np.sqrt(72)).astype(np.float32)
    c2b = rng.uniform(-0.1, 0.1, 8).astype(np.float32)
    flat = 6 * 6 * 8
    d1, d1b = _dense_weights(rng, flat, 32)
    d2, d2b = _dense_weights(rng, 32, 10)
    one = [1, 1, 1, 1]
    pool = [1, 2, 2, 1]
    g = tf.Graph()
    with g.as_default():
        images = tf.compat.v1.placeholder(tf.float32, shape=[None, 28, 28, 1], name="images")
        with tf.compat.v1.name_scope("conv1"):
            h = tf.raw_ops.Conv2D(input=images, filter=tf.constant(c1, name="kernel"),
                                  strides=one, padding="VALID", name="Conv2D")
            h = tf.raw_ops.BiasAdd(value=h, bias=tf.constant(c1b, name="bias"), name="BiasAdd")
            h = tf.raw_ops.Relu(features=h, name="Relu")
        h = tf.raw_ops.MaxPool(input=h, ksize=pool, strides=pool, padding="VALID", name="pool1")
        with tf.compat.v1.name_scope("conv2"):
            h = tf.raw_ops.Conv2D(input=h, filter=tf.constant(c2, name="kernel"),
                                  strides=one, padding="SAME", name="Conv2D")
            h = tf.raw_ops.BiasAdd(value=h, bias=tf.constant(c2b, name="bias"), name="BiasAdd")
            h = tf.raw_ops.Relu(features=h, name="Relu")
        h = tf.raw_ops.MaxPool(input=h, ksize=pool, strides=pool, padding="VALID", name="pool2")
        # A Python list becomes the int32 Const "flatten/shape".
        h = tf.raw_ops.Reshape(tensor=h, shape=[-1, flat], name="flatten")
        with tf.compat.v1.name_scope("dense"):
            h = tf.raw_ops.MatMul(a=h, b=tf.constant(d1, name="kernel"), name="MatMul")
            h = tf.raw_ops.BiasAdd(value=h, bias=tf.constant(d1b, name="bias"), name="BiasAdd")
            h = tf.raw_ops.Relu(features=h, name="Relu")
        with tf.compat.v1.name_scope("dense_1"):
            k = tf.constant(d2, name="kernel")
            b = tf.constant(d2b, name="bias")
            m = tf.raw_ops.MatMul(a=h, b=k, name="MatMul")
        logits = tf.raw_ops.BiasAdd(value=m, bias=b, name="logits")
        tf.raw_ops.Softmax(logits=logits, name="softmax")

    def reference(feeds):
        r = {}
        x = feeds["images"]
        r["conv1/Relu"] = np.maximum(np_conv2d(x, c1) + c1b, 0)
        r["pool1"] = np_pool(r["conv1/Relu"], "max", (2, 2), (2, 2), "VALID")
        r["conv2/Relu"] = np.maximum(np_conv2d(r["pool1"], c2, padding="SAME") + c2b, 0)
        r["pool2"] = np_pool(r["conv2/Relu"], "max", (2, 2), (2, 2), "VALID")
        r["flatten"] = r["pool2"].reshape(-1, flat)
        r["dense/Relu"] = np.maximum(r["flatten"] @ d1 + d1b, 0)
        r["logits"] = r["dense/Relu"] @ d2 + d2b
        r["softmax"] = np_softmax(r["logits"])
        return r

    # conv1/Relu ([2,24,24,8] = 9216 values at batch 2) is left out to keep fixtures small;
    # pool1 checks it.
    outputs = ["pool1", "conv2/Relu", "pool2", "flatten", "dense/Relu", "logits", "softmax"]
    return Model(g, {"images": (np.float32, [None, 28, 28, 1])}, outputs, reference)


GRAPHS = {"blog_addsub": build_blog, "mlp": build_mlp, "cnn": build_cnn}


def main():
    out_dir = os.path.join(REPO_ROOT, "graphs")
    os.makedirs(out_dir, exist_ok=True)
    for name, build in GRAPHS.items():
        model = build()
        tf.io.write_graph(model.graph.as_graph_def(), out_dir, name + ".pbtxt", as_text=True)
        size = os.path.getsize(os.path.join(out_dir, name + ".pbtxt"))
        print(f"graphs/{name}.pbtxt  {len(model.graph.as_graph_def().node)} nodes  {size} bytes")


if __name__ == "__main__":
    main()
