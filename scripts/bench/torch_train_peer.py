#!/usr/bin/env python3
"""PyTorch peer for `graphjit-bench`: training images/s of the seeds' nets at batch 128 (nesterov
SGD 0.01/0.9, cross-entropy from logits), median of 5 timings of 20 steps after 5 warm-up steps,
on the same synthetic batch as graphjit-bench and tf_train_peer.py. PyTorch's own CPU kernels
(oneDNN), NCHW, all threads unless --threads N.

    pip install --index-url https://download.pytorch.org/whl/cpu torch
    python3 scripts/bench/torch_train_peer.py
"""
import sys
import time
import numpy as np
import torch
from torch import nn

if "--threads" in sys.argv:
    torch.set_num_threads(int(sys.argv[sys.argv.index("--threads") + 1]))

def seed000():
    return nn.Sequential(nn.Conv2d(1, 32, 5), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(32, 32, 3), nn.ReLU(),
                         nn.MaxPool2d(2), nn.Flatten(), nn.Linear(800, 256), nn.ReLU(), nn.Linear(256, 10))

def seed002():
    return nn.Sequential(nn.Conv2d(1, 32, 5), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(32, 32, 5), nn.ReLU(),
                         nn.MaxPool2d(2), nn.Dropout(0.5), nn.Flatten(), nn.Linear(512, 256), nn.ReLU(),
                         nn.Dropout(0.5), nn.Linear(256, 10))

x = torch.from_numpy((np.arange(128 * 784) % 256 / 256).astype(np.float32).reshape(128, 1, 28, 28))
y = torch.from_numpy((np.arange(128) % 10).astype(np.int64))
for name, build in [("seed000", seed000), ("seed002", seed002)]:
    model = build()
    print(name, sum(p.numel() for p in model.parameters()), "params")
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9, nesterov=True)
    loss_fn = nn.CrossEntropyLoss()

    def step():
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(model(x), y)
        loss.backward()
        opt.step()

    for _ in range(5):
        step()
    rates = []
    for _ in range(5):
        t = time.perf_counter()
        for _ in range(20):
            step()
        rates.append(20 * 128 / (time.perf_counter() - t))
    rates.sort()
    print(f"pytorch {torch.__version__} {name}: median {rates[2]:.0f} images/s (min {rates[0]:.0f}, max {rates[4]:.0f}), "
          f"batch 128, {torch.get_num_threads()} threads")
