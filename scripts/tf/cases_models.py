"""Real architectures at reduced size, end to end against TensorFlow (`model_` cases), registered
into make_fixtures.py's CASES (`python3 scripts/tf/make_fixtures.py model_`):

- model_mobilenetv2, model_resnet_stack, model_efficientnet_block, model_convnext_block: Keras
  models frozen as TF2 freezes them (frozen_models.py), with batch norm statistics randomised;
  recorded: the final output and inner activations.
- model_inception_tf1: a TF1/Slim-style Inception block built from v1 Variables and raw ops, frozen
  with convert_variables_to_constants: FusedBatchNormV3, SAME-padded strided convolutions and
  pools, Split, ConcatV2, AvgPool SAME (padding excluded from the count).

Tolerance: the issue's conformance bound for whole networks (rtol 2e-3, atol 2e-4).
"""

import os
import subprocess
import sys
import tempfile

import numpy as np
from tensorflow.core.framework import graph_pb2

from tfcommon import tf

MODEL = {"rtol": 2e-3, "atol": 2e-4}


def frozen(name):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "frozen.pb")
        script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "frozen_models.py")
        subprocess.run([sys.executable, script, name, path], check=True)
        with open(path, "rb") as f:
            return graph_pb2.GraphDef.FromString(f.read())


def inner(gd, ops, k):
    """k nodes of the given ops spread over the graph."""
    names = [n.name for n in gd.node if n.op in ops]
    step = max(len(names) // (k + 1), 1)
    return names[step::step][:k]


def register(m):
    case = m.case
    sizes = {"mobilenetv2": 96, "resnet_stack": 64, "efficientnet_block": 48, "convnext_block": 32}
    for name, size in sizes.items():
        def build(b, name=name, size=size):
            gd = frozen(name)
            tf.graph_util.import_graph_def(gd, name="")
            g = tf.compat.v1.get_default_graph()
            x = b.rng.uniform(0, 255 if name == "efficientnet_block" else 1, (2, size, size, 3)).astype(np.float32)
            b.feeds["images"], b.tensors["images"] = x, g.get_tensor_by_name("images:0")
            b.out(g.get_tensor_by_name("Identity:0"))
            for node in inner(gd, {"Relu", "Relu6", "AddV2", "Mul", "Mean", "Sigmoid"}, 3):
                b.out(g.get_tensor_by_name(node + ":0"))
        case("model_" + name, MODEL,
             f"keras {name} frozen by TF2 (random seeded weights, randomised batch norm statistics), "
             f"batch 2 at {size}x{size}: final output and three inner activations")(build)

    @case("model_inception_tf1", MODEL,
          "TF1/Slim-style Inception block (v1 Variables, frozen with convert_variables_to_constants): "
          "conv 3x3/2 SAME + FusedBatchNormV3 + relu, branches 1x1 / 3x3 / 5x5 as Split of a 1x1 conv / "
          "maxpool 3x3/1 SAME + 1x1, ConcatV2, Split into halves concatenated swapped, strided avgpool SAME, dense")
    def _(b):
        rng = np.random.default_rng(11)
        v1 = tf.compat.v1

        def variable(name, value):
            return v1.Variable(value.astype(np.float32), name=name)

        def conv_bn(x, filters, k, stride, name):
            c = int(x.shape[-1])
            w = variable(name + "/weights", rng.normal(0, (2.0 / (k * k * c)) ** 0.5, (k, k, c, filters)))
            y = tf.nn.conv2d(x, w, [1, stride, stride, 1], "SAME", name=name + "/Conv2D")
            gamma = variable(name + "/BatchNorm/gamma", rng.uniform(0.5, 1.5, filters))
            beta = variable(name + "/BatchNorm/beta", rng.uniform(-0.3, 0.3, filters))
            mean = variable(name + "/BatchNorm/moving_mean", rng.uniform(-0.5, 0.5, filters))
            var = variable(name + "/BatchNorm/moving_variance", rng.uniform(0.5, 2.0, filters))
            y, _, _ = v1.nn.fused_batch_norm(y, gamma, beta, mean, var, epsilon=1e-3, is_training=False,
                                             name=name + "/BatchNorm/FusedBatchNormV3")
            return tf.nn.relu(y, name=name + "/Relu")

        g = tf.Graph()
        with g.as_default():
            images = v1.placeholder(tf.float32, [None, 33, 33, 3], name="images")
            x = conv_bn(images, 16, 3, 2, "stem")
            a = conv_bn(x, 24, 1, 1, "mixed/branch_1x1")
            b1, b2 = tf.split(a, [8, 16], axis=3, name="mixed/split")
            b1 = conv_bn(b1, 8, 3, 1, "mixed/branch_3x3")
            b2 = conv_bn(b2, 8, 5, 1, "mixed/branch_5x5")
            p = tf.nn.max_pool2d(x, 3, 1, "SAME", name="mixed/pool")
            p = conv_bn(p, 8, 1, 1, "mixed/branch_pool")
            mixed = tf.concat([a, b1, b2, p], axis=-1, name="mixed/concat")
            h1, h2 = tf.split(mixed, 2, axis=3, name="mixed/halves")
            mixed = tf.concat([h2, h1], axis=3, name="mixed/swapped")
            y = tf.nn.avg_pool2d(mixed, 3, 2, "SAME", name="avgpool")
            y = conv_bn(y, 16, 3, 2, "reduce")
            y = tf.reduce_mean(y, axis=[1, 2], name="gap")
            wd = variable("logits/weights", rng.normal(0, 0.3, (16, 10)))
            bd = variable("logits/biases", rng.normal(0, 0.1, 10))
            logits = tf.nn.bias_add(tf.matmul(y, wd), bd, name="logits")
            tf.nn.softmax(logits, name="probs")
            with v1.Session(graph=g) as s:
                s.run(v1.global_variables_initializer())
                gd = v1.graph_util.convert_variables_to_constants(
                    s, g.as_graph_def(), ["probs", "mixed/concat", "stem/Relu", "avgpool"])
        assert any(n.op == "FusedBatchNormV3" for n in gd.node), "expected FusedBatchNormV3"
        assert any(n.op in ("Split", "SplitV") for n in gd.node) and any(n.op == "ConcatV2" for n in gd.node)
        tf.graph_util.import_graph_def(gd, name="")
        dg = tf.compat.v1.get_default_graph()
        x = b.rng.uniform(0, 1, (3, 33, 33, 3)).astype(np.float32)
        b.feeds["images"], b.tensors["images"] = x, dg.get_tensor_by_name("images:0")
        for node in ("probs", "mixed/concat", "stem/Relu", "avgpool"):
            b.out(dg.get_tensor_by_name(node + ":0"))
