#!/usr/bin/env python3
"""TensorFlow running a frozen .pb in a Session: the peer of `graphjit bench` on the same file.

    python3 scripts/bench/tf_pb_peer.py MODEL.pb --input-shape images=1,224,224,3 [--output NODE]
            [--threads 2] [--repeat 20] [--json]

Same inputs as `graphjit bench --input-shape` (uniform [0, 1)), one warm-up run, then the median,
minimum and maximum of --repeat Session runs, intra-op threads as given (inter-op 1).
"""
import argparse
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from peer_timing import report, time_calls  # noqa: E402

p = argparse.ArgumentParser()
p.add_argument("model")
p.add_argument("--input-shape", action="append", required=True)
p.add_argument("--output")
p.add_argument("--threads", type=int, default=2)
p.add_argument("--repeat", type=int, default=20)
p.add_argument("--json", action="store_true")
a = p.parse_args()

gd = tf.compat.v1.GraphDef()
with open(a.model, "rb") as f:
    gd.ParseFromString(f.read())
consumed = {i.split(":")[0].lstrip("^") for n in gd.node for i in n.input}
output = a.output or next(n.name for n in gd.node if n.name not in consumed and n.op not in ("NoOp", "Const", "Placeholder"))
g = tf.Graph()
with g.as_default():
    tf.import_graph_def(gd, name="")
feeds = {}
rng = np.random.default_rng(0)
for spec in a.input_shape:
    name, dims = spec.split("=")
    feeds[name + ":0"] = rng.uniform(0, 1, [int(d) for d in dims.split(",")]).astype(np.float32)
config = tf.compat.v1.ConfigProto(intra_op_parallelism_threads=a.threads, inter_op_parallelism_threads=1)
with tf.compat.v1.Session(graph=g, config=config) as s:
    fetch = g.get_tensor_by_name(output + ":0")
    times = time_calls(lambda: s.run(fetch, feeds), a.repeat)
batch = next(iter(feeds.values())).shape[0]
report("tensorflow " + tf.__version__, a.model, a.threads, batch, times, a.json)
