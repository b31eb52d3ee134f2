#!/usr/bin/env python3
"""Writes gradient fixtures into Tests/Fixtures/tf_grad/<case>/ for `graphjit grad`.

Each case is a forward-only tf.compat.v1 graph (weights are Consts, data are Placeholders) with a
node `of` (usually the scalar loss). TensorFlow's tf.gradients(of, [wrt...]) is the expected
value: the gradient of sum(of) with respect to each `wrt` node's output 0, which is what

    graphjit grad graph.pb --of OF --wrt NODE=FILE.npy ... --input NAME=FILE.npy ...

must reproduce. Where TensorFlow's CPU gradient kernels refuse the graph (dilated convolutions),
the gradients come from an equivalent graph; the case's note says so. The script also builds the same graph in float64 and requires the float32
gradients to be within half the case's tolerance of the float64 ones.

    python3 scripts/tf/make_grad_fixtures.py          # all cases
    python3 scripts/tf/make_grad_fixtures.py cnn      # cases whose name contains "cnn"

Layout of a case (paths in case.json are relative to the case folder, "/" in names -> "__"):
    graph.pbtxt, graph.pb       the forward GraphDef (tf.io.write_graph), float32
    inputs/<placeholder>.npy    fed values
    outputs/<of>.npy            TensorFlow's value of the `of` node
    grads/<node>.npy            tf.gradients(of, node), same shape and dtype as the node
    case.json                   {"of", "inputs", "outputs", "wrt", "tolerance", "note"}
"""

import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np  # noqa: E402

from tfcommon import REPO_ROOT, rng_for, session, tf, write_graph  # noqa: E402

ROOT = os.path.join(REPO_ROOT, "Tests", "Fixtures", "tf_grad")
GRAD_TOLERANCE = {"rtol": 1e-4, "atol": 1e-6}
raw = tf.raw_ops


def stem(name):
    return name.replace("/", "__").replace(":", "_")


class Net:
    """Builds one case's graph in a given float dtype, with named Const weights."""

    def __init__(self, name, dtype, expand_dilation=False):
        self.rng = rng_for(name)
        self.expand_dilation = expand_dilation
        self.dtype = dtype
        self.np_dtype = np.float32 if dtype == tf.float32 else np.float64
        self.weights = {}       # node name -> tf.Tensor
        self.placeholders = {}  # node name -> (tf.Tensor, value)
        self.seed = None        # grad_ys for `of` (graphjit grad --seed), when a case sets one

    def weight(self, name, shape, scale):
        v = self.rng.normal(0.0, scale, size=shape).astype(np.float32)
        t = tf.constant(v.astype(self.np_dtype), name=name)
        self.weights[name] = t
        return t

    def placeholder(self, name, value):
        value = np.asarray(value)
        if value.dtype.kind == "f":
            value = value.astype(np.float32)
            t = tf.compat.v1.placeholder(self.dtype, shape=value.shape, name=name)
        else:
            t = tf.compat.v1.placeholder(tf.as_dtype(value.dtype), shape=value.shape, name=name)
        self.placeholders[name] = (t, value)
        return t

    def dense(self, name, x, n_in, n_out, relu):
        w = self.weight(name + "/kernel", [n_in, n_out], (2.0 / n_in) ** 0.5)
        b = self.weight(name + "/bias", [n_out], 0.1)
        y = raw.BiasAdd(value=raw.MatMul(a=x, b=w, name=name + "/MatMul"), bias=b, name=name + "/BiasAdd")
        return raw.Relu(features=y, name=name + "/Relu") if relu else y

    def conv(self, name, x, k, c_in, c_out, padding, strides=(1, 1), dilations=(1, 1), relu=True):
        w = self.weight(name + "/kernel", [k, k, c_in, c_out], (2.0 / (k * k * c_in)) ** 0.5)
        b = self.weight(name + "/bias", [c_out], 0.1)
        if self.expand_dilation and dilations != (1, 1):
            # TensorFlow's CPU Conv2DBackpropInput/Filter refuse dilation > 1, so the reference run
            # uses the equivalent undilated conv with the kernel spread out over zeros.
            def spread(d):
                m = np.zeros([(k - 1) * d + 1, k], self.np_dtype)
                m[np.arange(k) * d, np.arange(k)] = 1
                return tf.constant(m)
            w = tf.einsum("ai,bj,ijcf->abcf", spread(dilations[0]), spread(dilations[1]), w)
            dilations = (1, 1)
        y = raw.Conv2D(input=x, filter=w, strides=[1, *strides, 1], dilations=[1, *dilations, 1],
                       padding=padding, name=name + "/Conv2D")
        y = raw.BiasAdd(value=y, bias=b, name=name + "/BiasAdd")
        return raw.Relu(features=y, name=name + "/Relu") if relu else y


def mean_all(x, name):
    rank = len(x.shape)
    return raw.Mean(input=x, axis=tf.constant(list(range(rank)), name=name + "/reduction_indices"),
                    keep_dims=False, name=name)


# ---------------------------------------------------------------------------------------------
# Cases: each returns (of tensor, [wrt node names], note)
# ---------------------------------------------------------------------------------------------

def cnn(net):
    rng = net.rng
    images = net.placeholder("images", rng.uniform(0, 1, size=[4, 16, 16, 1]))
    labels = net.placeholder("labels", np.array([3, 0, 9, 3], np.int32))
    x = net.conv("conv1", images, 5, 1, 8, "VALID")                        # [4,12,12,8]
    x = raw.MaxPool(input=x, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding="VALID", name="pool1")
    x = net.conv("conv2", x, 3, 8, 8, "SAME")                              # [4,6,6,8]
    x = raw.MaxPool(input=x, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding="VALID", name="pool2")
    x = raw.Reshape(tensor=x, shape=tf.constant([-1, 72], name="flatten/shape"), name="flatten")
    x = net.dense("dense1", x, 72, 16, relu=True)
    logits = net.dense("logits", x, 16, 10, relu=False)
    xent = raw.SparseSoftmaxCrossEntropyWithLogits(features=logits, labels=labels, name="xent")
    loss = mean_all(xent[0], "loss")
    return loss, sorted(net.weights) + ["images"], (
        "MNIST-style CNN on 16x16 images (batch 4, NHWC): conv1 8@5x5 VALID + bias + relu -> maxpool 2 -> "
        "conv2 8@3x3 SAME + bias + relu -> maxpool 2 -> flatten 72 -> dense 16 relu -> logits 10; "
        "loss = Mean(SparseSoftmaxCrossEntropyWithLogits(logits, labels int32)). wrt every weight and bias "
        "Const and the images placeholder")


def mlp(net):
    rng = net.rng
    x = net.placeholder("x", rng.uniform(-1, 1, size=[5, 12]))
    raw_labels = rng.uniform(0, 1, size=[5, 4])
    labels = net.placeholder("labels", raw_labels / raw_labels.sum(axis=1, keepdims=True))
    h = net.dense("hidden", x, 12, 8, relu=True)
    logits = net.dense("out", h, 8, 4, relu=False)
    xent = raw.SoftmaxCrossEntropyWithLogits(features=logits, labels=labels, name="xent")
    loss = mean_all(xent[0], "loss")
    return loss, sorted(net.weights) + ["x", "labels"], (
        "MLP 12 -> 8 relu -> 4 with loss = Mean(SoftmaxCrossEntropyWithLogits(logits, labels)), labels soft "
        "probabilities (rows sum to 1). wrt weights, biases, x and the labels placeholder "
        "(d loss / d labels = -log_softmax(logits) / batch)")


def vector_of(net):
    rng = net.rng
    x = net.placeholder("x", rng.uniform(-2, 2, size=[3, 6]))
    w = net.weight("w", [6, 4], 0.5)
    y = raw.Sigmoid(x=raw.MatMul(a=x, b=w, name="matmul"), name="sigmoid")
    y = raw.Mul(x=y, y=raw.Tanh(x=y, name="tanh"), name="mul")
    out = raw.Sum(input=y, axis=tf.constant([1], name="out/reduction_indices"), keep_dims=False, name="out")
    return out, ["w", "x"], (
        "--of names a vector: out = Sum(sigmoid(x @ w) * tanh(sigmoid(x @ w)), axis 1), shape [3]. "
        "tf.gradients differentiates the sum of its elements (an all-ones seed), and so must graphjit grad")


def avgpool_dilated(net):
    rng = net.rng
    x = net.placeholder("x", rng.uniform(-1, 1, size=[2, 9, 9, 2]))
    y = net.conv("conv1", x, 3, 2, 4, "SAME", dilations=(2, 2))            # [2,9,9,4]
    y = raw.AvgPool(value=y, ksize=[1, 3, 3, 1], strides=[1, 2, 2, 1], padding="SAME", name="avgpool")  # [2,5,5,4]
    y = net.conv("conv2", y, 2, 4, 3, "SAME", strides=(2, 2), relu=False)  # [2,3,3,3]
    loss = mean_all(raw.Square(x=y, name="square"), "loss")
    return loss, sorted(net.weights) + ["x"], (
        "conv1 4@3x3 SAME dilation 2 + bias + relu -> AvgPool 3x3 stride 2 SAME (edge windows divide by the "
        "real element count) -> conv2 3@2x2 SAME stride 2 + bias; loss = Mean(Square(.)). wrt weights, biases, x. "
        "TensorFlow's CPU conv gradients refuse dilation > 1 ('Current CPU implementations do not yet support "
        "dilation rates larger than 1'), so the expected gradients come from the same graph with conv1's kernel "
        "spread over zeros (an undilated 5x5 conv, equal forward value)")


def seeded_logits(net):
    rng = net.rng
    images = net.placeholder("images", rng.uniform(0, 1, size=[3, 10, 10, 2]))
    x = net.conv("conv1", images, 3, 2, 4, "VALID")                        # [3,8,8,4]
    x = raw.MaxPool(input=x, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding="VALID", name="pool1")
    x = raw.Reshape(tensor=x, shape=tf.constant([-1, 64], name="flatten/shape"), name="flatten")
    logits = net.dense("logits", x, 64, 5, relu=False)
    net.seed = rng.normal(0, 1, size=[3, 5]).astype(np.float32)
    return logits, sorted(net.weights) + ["images"], (
        "--seed: tf.gradients(logits, wrt, grad_ys=seed) with a random seed of the logits' shape [3,5] "
        "(graphjit grad --of logits --seed logits=inputs/seed.npy); conv 4@3x3 VALID + relu -> maxpool 2 -> "
        "dense 5. wrt every weight and the images")


CASES = {"cnn": cnn, "seeded_logits": seeded_logits, "mlp_softmax_xent": mlp, "vector_of": vector_of, "avgpool_same_dilated_conv": avgpool_dilated}
import cases_convs  # noqa: E402  (the convolution family of real models: cv_*)

CASES.update(cases_convs.grad_cases(sys.modules[__name__]))

from cases_layout import layout_gradients  # noqa: E402

CASES["lay_layout_gradients"] = layout_gradients
from grad_cases_elementwise import CASES as ELEMENTWISE_CASES  # noqa: E402
CASES.update(ELEMENTWISE_CASES)


def run(build, name, dtype, expand_dilation=True):
    """Builds the case; with `expand_dilation` (the default) also computes `of` and its gradients."""
    g = tf.Graph()
    with g.as_default():
        net = Net(name, dtype, expand_dilation)
        of, wrt, note = build(net)
        tensors = [net.weights[n] if n in net.weights else net.placeholders[n][0] for n in wrt]
        feed = {t: (v.astype(net.np_dtype) if v.dtype.kind == "f" else v) for t, v in net.placeholders.values()}
        grad_ys = None if net.seed is None else [tf.constant(net.seed.astype(net.np_dtype))]
        fetches = [of] + (tf.gradients(of, tensors, grad_ys=grad_ys) if expand_dilation else [])
        with session(g) as s:
            values = s.run(fetches, feed)
    return g, net, of, wrt, note, values


def generate(name, build):
    directory = os.path.join(ROOT, name)
    shutil.rmtree(directory, ignore_errors=True)
    for sub in ["inputs", "outputs", "grads"]:
        os.makedirs(os.path.join(directory, sub))
    g, net, of, wrt, note, forward = run(build, name, tf.float32, expand_dilation=False)
    _, _, _, _, _, values = run(build, name, tf.float32)
    _, _, _, _, _, wide = run(build, name, tf.float64)
    assert np.allclose(forward[0], values[0], rtol=1e-5, atol=1e-6), f"{name}: expanded graph differs"
    write_graph(g, directory, "graph")
    worst = 0.0
    for got, ref in zip(values, wide):
        bound = GRAD_TOLERANCE["atol"] + GRAD_TOLERANCE["rtol"] * np.abs(ref)
        worst = max(worst, float(np.max(np.abs(got.astype(np.float64) - ref) / bound)))
    assert worst <= 0.5, f"{name}: float32 TF is {worst:.2f} tolerances from float64 TF"
    spec = {"of": of.op.name, "inputs": {}, "outputs": {}, "wrt": {}, "tolerance": GRAD_TOLERANCE, "note": note}
    for pname, (_, v) in net.placeholders.items():
        spec["inputs"][pname] = f"inputs/{stem(pname)}.npy"
        np.save(os.path.join(directory, spec["inputs"][pname]), v)
    if net.seed is not None:
        spec["seed"] = "inputs/seed.npy"
        np.save(os.path.join(directory, spec["seed"]), net.seed)
    spec["outputs"][of.op.name] = f"outputs/{stem(of.op.name)}.npy"
    np.save(os.path.join(directory, spec["outputs"][of.op.name]), np.asarray(values[0], np.float32))
    for node, grad in zip(wrt, values[1:]):
        spec["wrt"][node] = f"grads/{stem(node)}.npy"
        np.save(os.path.join(directory, spec["wrt"][node]), np.asarray(grad, np.float32))
    with open(os.path.join(directory, "case.json"), "w") as f:
        json.dump(spec, f, indent=2)
        f.write("\n")
    return worst


def main(argv):
    filters = [a for a in argv if not a.startswith("-")]
    print(f"TensorFlow {tf.__version__} -> {ROOT}")
    for name, build in CASES.items():
        if filters and not any(f in name for f in filters):
            continue
        worst = generate(name, build)
        print(f"  {name:32s} worst float32 error / tolerance vs float64: {worst:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
