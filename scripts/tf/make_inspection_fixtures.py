#!/usr/bin/env python3
"""Writes Tests/Fixtures/tf_inspect/: what the inspection commands must reproduce, computed by TensorFlow.

hypercolumns_cnn/: graphs/cnn.pbtxt fed one seeded image; for the layers conv1/Relu [24,24,8],
pool1 [12,12,8] and conv2/Relu [12,12,8], tf.image.resize(..., [28, 28], method="bilinear") of each,
concatenated along the channels (the VGG-16 seed's hypercolumns), as hypercolumns.npy [28, 28, 24].

    ../peers/bin/python scripts/tf/make_inspection_fixtures.py
"""
import json
import os

import numpy as np
import tensorflow as tf

from tfcommon import REPO_ROOT, rng_for, session

ROOT = os.path.join(REPO_ROOT, "Tests", "Fixtures", "tf_inspect")


def hypercolumns_cnn():
    directory = os.path.join(ROOT, "hypercolumns_cnn")
    os.makedirs(directory, exist_ok=True)
    graph_def = tf.compat.v1.GraphDef()
    from google.protobuf import text_format
    with open(os.path.join(REPO_ROOT, "graphs", "cnn.pbtxt")) as f:
        text_format.Parse(f.read(), graph_def)
    image = rng_for("hypercolumns_cnn").uniform(0, 1, size=[28, 28, 1]).astype(np.float32)
    layers = ["conv1/Relu", "pool1", "conv2/Relu"]
    g = tf.Graph()
    with g.as_default():
        tf.import_graph_def(graph_def, name="")
        fetched = [g.get_tensor_by_name(name + ":0") for name in layers]
        resized = [tf.image.resize(t, [28, 28], method="bilinear") for t in fetched]
        columns = tf.concat(resized, axis=3)[0]
        with session(g) as s:
            value = s.run(columns, {g.get_tensor_by_name("images:0"): image[None]})
    np.save(os.path.join(directory, "image.npy"), image)
    np.save(os.path.join(directory, "hypercolumns.npy"), value.astype(np.float32))
    with open(os.path.join(directory, "case.json"), "w") as f:
        json.dump({"graph": "graphs/cnn.pbtxt", "layers": layers, "image": "image.npy",
                   "hypercolumns": "hypercolumns.npy", "tensorflow": tf.__version__}, f, indent=2)
        f.write("\n")
    print(f"hypercolumns_cnn: {value.shape}")


if __name__ == "__main__":
    hypercolumns_cnn()
