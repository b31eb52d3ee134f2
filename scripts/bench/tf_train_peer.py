#!/usr/bin/env python3
"""TensorFlow/Keras peer for `graphjit-bench`: training images/s of the seeds' nets at batch 128
(nesterov SGD 0.01/0.9, sparse categorical cross-entropy from logits), median of 5 timings of 20
steps after 5 warm-up steps, on the same synthetic batch.

    python3 scripts/bench/tf_train_peer.py          # TensorFlow's own kernels
    python3 scripts/bench/tf_train_peer.py --xla    # the step compiled by XLA (jit_compile=True)
"""
import sys
import time
import numpy as np
import tensorflow as tf

L = tf.keras.layers
def seed000():
    return tf.keras.Sequential([L.Input((28, 28, 1)), L.Conv2D(32, 5, activation="relu"), L.MaxPool2D(2),
                                L.Conv2D(32, 3, activation="relu"), L.MaxPool2D(2), L.Flatten(),
                                L.Dense(256, activation="relu"), L.Dense(10)])
def seed002():
    return tf.keras.Sequential([L.Input((28, 28, 1)), L.Conv2D(32, 5, activation="relu"), L.MaxPool2D(2),
                                L.Conv2D(32, 5, activation="relu"), L.MaxPool2D(2), L.Dropout(0.5), L.Flatten(),
                                L.Dense(256, activation="relu"), L.Dropout(0.5), L.Dense(10)])

xla = "--xla" in sys.argv
x = (np.arange(128 * 784) % 256 / 256).astype(np.float32).reshape(128, 28, 28, 1)
y = (np.arange(128) % 10).astype(np.int32)
for name, build in [("seed000", seed000), ("seed002", seed002)]:
    model = build()
    print(name, model.count_params(), "params")
    model.compile(optimizer=tf.keras.optimizers.SGD(0.01, momentum=0.9, nesterov=True),
                  loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True), jit_compile=xla)
    for _ in range(5):
        model.train_on_batch(x, y)
    rates = []
    for _ in range(5):
        t = time.perf_counter()
        for _ in range(20):
            model.train_on_batch(x, y)
        rates.append(20 * 128 / (time.perf_counter() - t))
    rates.sort()
    print(f"tensorflow {tf.__version__}{' xla' if xla else ''} {name}: median {rates[2]:.0f} images/s (min {rates[0]:.0f}, max {rates[4]:.0f}), batch 128")
