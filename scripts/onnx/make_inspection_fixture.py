"""Writes Tests/Fixtures/onnx/inspect: two small torch CNNs exported to ONNX (opset 13) for the
inspection commands' tests, an input image for each in ONNX's NCHW layout, and onnxruntime's
outputs for it. Run with a Python that has torch, onnx, onnxruntime and numpy:

    /work/peers/bin/python scripts/onnx/make_inspection_fixture.py

mnist.onnx:  [1,1,28,28] -> Softmax [1,10]   (MNIST-shaped, batch fixed to 1)
rgb.onnx:    [1,3,32,32] -> Softmax [1,5]    (three channels: colour filters, NCHW order matters)
rgb_batch2.onnx: rgb.onnx exported with batch 2 (a file that fixes the batch to a number other than 1)
"""
import os
import numpy as np
import onnxruntime as ort
import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Tests", "Fixtures", "onnx", "inspect")


class Net(nn.Module):
    def __init__(self, channels, classes, side):
        super().__init__()
        self.conv1 = nn.Conv2d(channels, 4, 3, padding=1)
        self.relu1 = nn.ReLU()
        self.pool = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(4, 6, 3)
        self.relu2 = nn.ReLU()
        self.fc = nn.Linear(6 * (side // 2 - 2) ** 2, classes)

    def forward(self, x):
        y = self.relu2(self.conv2(self.pool(self.relu1(self.conv1(x)))))
        return torch.softmax(self.fc(torch.flatten(y, 1)), dim=1)


def export(name, channels, classes, side, seed, batch=1, net=None):
    torch.manual_seed(seed)
    net = net or Net(channels, classes, side).eval()
    x = torch.rand(batch, channels, side, side)
    path = os.path.join(OUT, name + ".onnx")
    torch.onnx.export(net, x, path, opset_version=13, input_names=["input"], output_names=["probabilities"],
                      dynamo=False)
    y = ort.InferenceSession(path).run(None, {"input": x.numpy()})[0]
    np.save(os.path.join(OUT, name + "_x.npy"), x.numpy().astype(np.float32))
    np.save(os.path.join(OUT, name + "_y.npy"), y.astype(np.float32))
    return net


os.makedirs(OUT, exist_ok=True)
export("mnist", 1, 10, 28, seed=1)
rgb = export("rgb", 3, 5, 32, seed=2)
export("rgb_batch2", 3, 5, 32, seed=3, batch=2, net=rgb)
for f in sorted(os.listdir(OUT)):
    print(f, os.path.getsize(os.path.join(OUT, f)))
