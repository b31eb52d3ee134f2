#!/usr/bin/env python3
"""Checks `graphjit hypercolumns` on a frozen VGG16 (scripts/models/freeze_keras.py) against TensorFlow:
the seed's layers (block1_conv2 ... block5_conv3), each tf.image.resize'd bilinearly to 224x224 and
concatenated, and prints the time of the run beside one forward pass (`graphjit bench`).

    ../peers/bin/python scripts/models/check_hypercolumns.py .build/release/graphjit MODELS/VGG16.pb
"""
import os
import subprocess
import sys
import tempfile

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

LAYERS = ["block1_conv2", "block2_conv2", "block3_conv3", "block4_conv3", "block5_conv3"]


def main(graphjit, model):
    names = [f"vgg16_1/{layer}_1/Relu" for layer in LAYERS]
    image = np.random.default_rng(3).uniform(-120, 150, size=[224, 224, 3]).astype(np.float32)
    with tempfile.TemporaryDirectory() as tmp:
        x, out = os.path.join(tmp, "x.npy"), os.path.join(tmp, "hc.npy")
        np.save(x, image)
        run = subprocess.run([graphjit, "hypercolumns", model, "--layers", ",".join(names), "--input", x, "-o", out],
                             capture_output=True, text=True)
        print(run.stdout.strip(), run.stderr.strip(), sep="\n")
        if run.returncode != 0:
            return 1
        got = np.load(out)
    graph_def = tf.compat.v1.GraphDef()
    with open(model, "rb") as f:
        graph_def.ParseFromString(f.read())
    g = tf.Graph()
    with g.as_default():
        tf.import_graph_def(graph_def, name="")
        inputs = [op for op in g.get_operations() if op.type == "Placeholder"]
        resized = [tf.image.resize(g.get_tensor_by_name(n + ":0"), [224, 224], method="bilinear") for n in names]
        columns = tf.concat(resized, axis=3)[0]
        with tf.compat.v1.Session(graph=g) as s:
            want = s.run(columns, {inputs[0].outputs[0]: image[None]})
    scale = np.abs(want).max()
    err = np.abs(got - want).max()
    print(f"hypercolumns {got.shape}: max |graphjit - tf| = {err:.3g} (values up to {scale:.3g}; relative {err / scale:.2e})")
    bench = subprocess.run([graphjit, "bench", model, "--input-shape", f"{inputs[0].name}=1,224,224,3", "--repeat", "10"],
                           capture_output=True, text=True)
    print("one forward pass:", bench.stdout.strip().splitlines()[-1] if bench.stdout.strip() else bench.stderr.strip())
    return 0 if err / scale < 1e-4 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
