#!/usr/bin/env python3
"""Checks `graphjit erf --data` against TensorFlow: for a frozen NHWC graph and a layer, the mean over
the first N MNIST test images of sum over the image's channels of |d (sum over the layer's channels of
its centre unit) / d x|, computed with tf.gradients, beside graphjit's map.

    ../peers/bin/python scripts/models/check_erf.py .build/release/graphjit frozen.pb conv2d11 ../shared/data/mnist [N]
"""
import gzip
import os
import subprocess
import sys
import tempfile

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

tf.compat.v1.disable_eager_execution()


def test_images(folder, n):
    name = next(x for x in sorted(os.listdir(folder)) if x.startswith("t10k-images"))
    raw = open(os.path.join(folder, name), "rb").read()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return np.frombuffer(raw[16:16 + n * 784], np.uint8).reshape(n, 28, 28, 1).astype(np.float32) / 256


def main(graphjit, model, layer, data, n=100):
    with tempfile.TemporaryDirectory() as tmp:
        picture = os.path.join(tmp, "erf.png")
        run = subprocess.run([graphjit, "erf", model, "--layer", layer, "--data", data, "--images", str(n), "-o", picture],
                             capture_output=True, text=True)
        print(run.stdout.strip(), run.stderr.strip(), sep="\n")
        if run.returncode != 0:
            return 1
        ours = np.load(os.path.join(tmp, "erf.npy"))
    graph_def = tf.compat.v1.GraphDef()
    with open(model, "rb") as f:
        graph_def.ParseFromString(f.read())
    g = tf.Graph()
    with g.as_default():
        tf.import_graph_def(graph_def, name="")
        image = [op for op in g.get_operations() if op.type == "Placeholder"][0].outputs[0]
        y = g.get_tensor_by_name(layer + ":0")
        h, w = int(y.shape[1]), int(y.shape[2])
        gradient = tf.gradients(tf.reduce_sum(y[:, h // 2, w // 2, :]), image)[0]
        with tf.compat.v1.Session(graph=g) as s:
            value = s.run(gradient, {image: test_images(data, n)})
    theirs = np.abs(value).sum(axis=3).mean(axis=0)
    err = np.abs(theirs - ours).max()
    print(f"ERF {ours.shape}: max |graphjit - tf| = {err:.3g} (values up to {theirs.max():.3g})")
    return 0 if err <= 1e-4 * max(theirs.max(), 1e-30) + 1e-6 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], *(int(a) for a in sys.argv[5:6])))
