#!/usr/bin/env python3
"""One peer, one workload of the performance table (`scripts/bench/table.sh`), timed as
`graphjit bench` times: a warm-up call, then the median, min and max of --repeat calls, on
--threads threads. Prints one JSON object with the `graphjit bench --json` keys it shares.

    python3 scripts/bench/issue_peers.py PEER WORKLOAD [--threads 2] [--repeat 40]

PEER: torch, tf, jax, ort. WORKLOAD: sgemm512 (C = A B, 512x512 float32), infer128 / infer1 (the
seed-000 net's forward pass, batch 128 / 1), train128 (its training step: cross-entropy from
logits, Nesterov SGD 0.01/0.9, batch 128). Random, seeded weights and inputs; nothing is
downloaded. Each call of a training step sees another of four distinct batches, as graphjit's.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from peer_timing import time_calls  # noqa: E402

p = argparse.ArgumentParser()
p.add_argument("peer", choices=["torch", "tf", "jax", "ort"])
p.add_argument("workload", choices=["sgemm512", "infer128", "infer1", "train128"])
p.add_argument("--threads", type=int, default=2)
p.add_argument("--repeat", type=int, default=40)
a = p.parse_args()
T = a.threads
# Thread counts must be set before the frameworks start their pools.
os.environ["OMP_NUM_THREADS"] = str(T)
os.environ["MKL_NUM_THREADS"] = str(T)
os.environ["XLA_FLAGS"] = f"--xla_cpu_multi_thread_eigen={'true' if T > 1 else 'false'} intra_op_parallelism_threads={T}"
os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import numpy as np  # noqa: E402

rng = np.random.default_rng(0)
batch = {"sgemm512": 512, "infer128": 128, "infer1": 1, "train128": 128}[a.workload]
images = [rng.random((batch, 28, 28, 1), dtype=np.float32) for _ in range(4)]
labels = [rng.integers(0, 10, batch).astype(np.int32) for _ in range(4)]
A = rng.random((512, 512), dtype=np.float32)
B = rng.random((512, 512), dtype=np.float32)
turn = [0]


def next_batch():
    turn[0] = (turn[0] + 1) % 4
    return images[turn[0]], labels[turn[0]]


def seed000_torch(torch, nn):
    return nn.Sequential(nn.Conv2d(1, 32, 5), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(32, 32, 3), nn.ReLU(),
                         nn.MaxPool2d(2), nn.Flatten(), nn.Linear(800, 256), nn.ReLU(), nn.Linear(256, 10))


def torch_call():
    import torch
    from torch import nn
    torch.set_num_threads(T)
    torch.manual_seed(0)
    version = "pytorch " + torch.__version__
    if a.workload == "sgemm512":
        ta, tb = torch.from_numpy(A), torch.from_numpy(B)
        return version, lambda: torch.mm(ta, tb)
    model = seed000_torch(torch, nn)
    xs = [torch.from_numpy(x.transpose(0, 3, 1, 2).copy()) for x in images]
    ys = [torch.from_numpy(y.astype(np.int64)) for y in labels]
    if a.workload.startswith("infer"):
        model.eval()

        def infer():
            turn[0] = (turn[0] + 1) % 4
            with torch.no_grad():
                return torch.softmax(model(xs[turn[0]]), 1)
        return version, infer
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9, nesterov=True)
    loss_fn = nn.CrossEntropyLoss()

    def step():
        turn[0] = (turn[0] + 1) % 4
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(model(xs[turn[0]]), ys[turn[0]])
        loss.backward()
        opt.step()
        return loss.item()
    return version, step


def tf_call():
    import tensorflow as tf
    tf.config.threading.set_intra_op_parallelism_threads(T)
    tf.config.threading.set_inter_op_parallelism_threads(1)
    tf.keras.utils.set_random_seed(0)
    version = "tensorflow " + tf.__version__
    if a.workload == "sgemm512":
        ta, tb = tf.constant(A), tf.constant(B)
        mm = tf.function(lambda: tf.matmul(ta, tb))
        return version, lambda: mm().numpy()
    L = tf.keras.layers
    model = tf.keras.Sequential([L.Input((28, 28, 1)), L.Conv2D(32, 5, activation="relu"), L.MaxPool2D(2),
                                 L.Conv2D(32, 3, activation="relu"), L.MaxPool2D(2), L.Flatten(),
                                 L.Dense(256, activation="relu"), L.Dense(10)])
    if a.workload.startswith("infer"):
        f = tf.function(lambda x: tf.nn.softmax(model(x, training=False)))
        return version, lambda: f(tf.constant(next_batch()[0])).numpy()
    opt = tf.keras.optimizers.SGD(0.01, momentum=0.9, nesterov=True)
    loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)

    @tf.function
    def train(x, y):
        with tf.GradientTape() as tape:
            loss = loss_fn(y, model(x, training=True))
        opt.apply_gradients(zip(tape.gradient(loss, model.trainable_variables), model.trainable_variables))
        return loss

    def step():
        x, y = next_batch()
        return train(tf.constant(x), tf.constant(y)).numpy()
    return version, step


def jax_call():
    import jax
    import jax.numpy as jnp
    version = "jax " + jax.__version__
    if a.workload == "sgemm512":
        ja, jb = jnp.asarray(A), jnp.asarray(B)
        mm = jax.jit(jnp.dot)
        return version, lambda: mm(ja, jb).block_until_ready()
    k = jax.random.split(jax.random.PRNGKey(0), 4)

    def glorot(key, shape, fan_in, fan_out):
        limit = (6 / (fan_in + fan_out)) ** 0.5
        return jax.random.uniform(key, shape, jnp.float32, -limit, limit)
    params = {"c1": glorot(k[0], (5, 5, 1, 32), 25, 800), "b1": jnp.zeros(32),
              "c2": glorot(k[1], (3, 3, 32, 32), 288, 288), "b2": jnp.zeros(32),
              "d1": glorot(k[2], (800, 256), 800, 256), "e1": jnp.zeros(256),
              "d2": glorot(k[3], (256, 10), 256, 10), "e2": jnp.zeros(10)}
    dn = ("NHWC", "HWIO", "NHWC")

    def pool(x):
        return jax.lax.reduce_window(x, -jnp.inf, jax.lax.max, (1, 2, 2, 1), (1, 2, 2, 1), "VALID")

    def logits(p, x):
        x = pool(jax.nn.relu(jax.lax.conv_general_dilated(x, p["c1"], (1, 1), "VALID", dimension_numbers=dn) + p["b1"]))
        x = pool(jax.nn.relu(jax.lax.conv_general_dilated(x, p["c2"], (1, 1), "VALID", dimension_numbers=dn) + p["b2"]))
        x = jax.nn.relu(x.reshape(x.shape[0], -1) @ p["d1"] + p["e1"])
        return x @ p["d2"] + p["e2"]
    xs = [jnp.asarray(x) for x in images]
    ys = [jnp.asarray(y) for y in labels]
    if a.workload.startswith("infer"):
        f = jax.jit(lambda p, x: jax.nn.softmax(logits(p, x)))

        def infer():
            turn[0] = (turn[0] + 1) % 4
            return f(params, xs[turn[0]]).block_until_ready()
        return version, infer

    def loss(p, x, y):
        z = logits(p, x)
        return -jnp.mean(jnp.take_along_axis(jax.nn.log_softmax(z), y[:, None], axis=1))
    velocity = jax.tree_util.tree_map(jnp.zeros_like, params)

    @jax.jit
    def train(p, v, x, y):
        l, g = jax.value_and_grad(loss)(p, x, y)
        v = jax.tree_util.tree_map(lambda v, g: 0.9 * v - 0.01 * g, v, g)
        p = jax.tree_util.tree_map(lambda p, v, g: p + 0.9 * v - 0.01 * g, p, v, g)
        return p, v, l
    state = [params, velocity]

    def step():
        turn[0] = (turn[0] + 1) % 4
        state[0], state[1], l = train(state[0], state[1], xs[turn[0]], ys[turn[0]])
        return l.block_until_ready()
    return version, step


def ort_call():
    import onnx
    import onnxruntime as ort
    from onnx import TensorProto, helper
    version = "onnxruntime " + ort.__version__
    if a.workload != "sgemm512":
        raise SystemExit("ort: only sgemm512 here (ResNet50 is scripts/bench/ort_peer.py)")
    graph = helper.make_graph([helper.make_node("MatMul", ["a", "b"], ["c"])], "sgemm",
                              [helper.make_tensor_value_info("a", TensorProto.FLOAT, [512, 512]),
                               helper.make_tensor_value_info("b", TensorProto.FLOAT, [512, 512])],
                              [helper.make_tensor_value_info("c", TensorProto.FLOAT, [512, 512])])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    options = ort.SessionOptions()
    options.intra_op_num_threads = T
    options.inter_op_num_threads = 1
    session = ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
    feed = {"a": A, "b": B}
    return version, lambda: session.run(None, feed)


version, call = {"torch": torch_call, "tf": tf_call, "jax": jax_call, "ort": ort_call}[a.peer]()
times = time_calls(call, a.repeat)
n = len(times)
median = times[n // 2] if n % 2 else (times[n // 2 - 1] + times[n // 2]) / 2
print(json.dumps({"peer": version, "workload": a.workload, "threads": T,
                  "run_ms": {"median": median * 1e3, "min": times[0] * 1e3, "max": times[-1] * 1e3},
                  "images_per_s": batch / median}))
