#!/usr/bin/env python3
"""Times TensorFlow running a GraphDef on an .npy input, the peer for `graphjit run --repeat`.

    python3 scripts/bench/tf_peer.py GRAPH.pbtxt INPUT_NAME INPUT.npy OUTPUT_NODE [REPEATS] [--threads N]

Prints the median and minimum seconds per run (after one warm-up run), measured the same way
`graphjit run --repeat` measures: one session run per call, feeding the same input.
"""
import sys, time
import numpy as np
import tensorflow as tf
from google.protobuf import text_format

args = [a for a in sys.argv[1:] if not a.startswith("--")]
threads = int(sys.argv[sys.argv.index("--threads") + 1]) if "--threads" in sys.argv else 0
if threads:
    args = [a for a in args if a != str(threads)]
graph_path, input_name, input_path, output_node = args[:4]
repeats = int(args[4]) if len(args) > 4 else 20
gd = tf.compat.v1.GraphDef()
data = open(graph_path, "rb").read()
if graph_path.endswith(".pb"):
    gd.ParseFromString(data)
else:
    text_format.Parse(data.decode(), gd)
g = tf.Graph()
with g.as_default():
    tf.import_graph_def(gd, name="")
config = tf.compat.v1.ConfigProto(intra_op_parallelism_threads=threads, inter_op_parallelism_threads=threads)
x = np.load(input_path)
with tf.compat.v1.Session(graph=g, config=config) as s:
    fetch = g.get_tensor_by_name(output_node + ":0")
    feed = {g.get_tensor_by_name(input_name + ":0"): x}
    s.run(fetch, feed)
    times = []
    for _ in range(repeats - 1):
        t = time.perf_counter(); s.run(fetch, feed); times.append(time.perf_counter() - t)
times.sort()
print(f"tensorflow {tf.__version__}: ran {len(times)} times after a warm-up run: median {times[len(times)//2]*1e3:.3f} ms, min {times[0]*1e3:.3f} ms per run")
