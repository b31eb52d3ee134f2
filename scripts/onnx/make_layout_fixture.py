#!/usr/bin/env python3
"""Writes Tests/Fixtures/onnx/layout/: a small torch CNN exported to ONNX with its batch norm kept
as an ONNX BatchNormalization node, an input and onnxruntime's outputs, for the `layout` pass
tests (Tests/CLITests/LayoutPassTests.swift).

    /work/peers/bin/python scripts/onnx/make_layout_fixture.py   # any Python with torch, onnx, onnxruntime

The net: Conv (no bias) + BatchNorm + Relu, MaxPool, Conv + Relu, Conv, the residual Add of the
pool's output, Relu, Flatten, Gemm, Softmax. Every ONNX value is NCHW; GraphJIT's importer wraps
each convolution and pool in NCHW <-> NHWC transposes, which the pass removes between the
convolutions: the compiled plan keeps a transpose at the input and one before Flatten only.
TrainingMode.PRESERVE on a model in eval mode keeps the BatchNormalization node (the default
EVAL export folds it into the convolution), and do_constant_folding=False keeps its arithmetic
as ONNX computes it. Weights come from a fixed seed and the batch norm statistics are made
non-trivial, so rerunning gives the same values. Also writes outputs/<inner>.npy for one inner
value (the first Relu), which `graphjit run --output` must still give in NCHW.

Layout (as scripts/onnx/make_fixtures.py's cases): model.onnx, inputs/x.npy, outputs/NAME.npy
("/" in a value name becomes "__"), case.json.
"""
import json
import os

import numpy as np
import onnx
import onnxruntime as ort
import torch

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "onnx", "layout")
INNER = "/relu1/Relu_output_0"


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.c1 = torch.nn.Conv2d(3, 8, 3, padding=1, bias=False)
        self.bn = torch.nn.BatchNorm2d(8)
        self.relu1 = torch.nn.ReLU()
        self.c2 = torch.nn.Conv2d(8, 8, 3, padding=1)
        self.c3 = torch.nn.Conv2d(8, 8, 3, padding=1)
        self.fc = torch.nn.Linear(8 * 6 * 6, 10)

    def forward(self, x):
        x = torch.nn.functional.max_pool2d(self.relu1(self.bn(self.c1(x))), 2)
        y = self.c3(torch.relu(self.c2(x)))
        y = torch.relu(y + x)
        return torch.softmax(self.fc(y.flatten(1)), dim=1)


def main():
    torch.manual_seed(0)
    net = Net().eval()
    with torch.no_grad():
        net.bn.running_mean.uniform_(-1, 1)
        net.bn.running_var.uniform_(0.5, 2)
        net.bn.weight.uniform_(0.5, 1.5)
        net.bn.bias.uniform_(-0.5, 0.5)
    x = torch.randn(2, 3, 12, 12, generator=torch.Generator().manual_seed(1))
    os.makedirs(os.path.join(OUT, "inputs"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "outputs"), exist_ok=True)
    model = os.path.join(OUT, "model.onnx")
    torch.onnx.export(net, (x,), model, opset_version=13, input_names=["x"], output_names=["y"],
                      training=torch.onnx.TrainingMode.PRESERVE, do_constant_folding=False, dynamo=False)
    proto = onnx.load(model)
    ops = sorted({n.op_type for n in proto.graph.node})
    assert "BatchNormalization" in ops, ops
    # The inner value as a graph output too, so onnxruntime gives it (the file keeps only y).
    inner = onnx.load(model)
    inner.graph.output.append(onnx.helper.make_tensor_value_info(INNER, onnx.TensorProto.FLOAT, None))
    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    session = ort.InferenceSession(inner.SerializeToString(), options)
    y, relu = session.run(["y", INNER], {"x": x.numpy()})
    with torch.no_grad():
        assert np.allclose(y, net(x).numpy(), rtol=1e-5, atol=1e-6)
    np.save(os.path.join(OUT, "inputs", "x.npy"), x.numpy())
    np.save(os.path.join(OUT, "outputs", "y.npy"), y)
    inner_file = "outputs/" + INNER.replace("/", "__") + ".npy"
    np.save(os.path.join(OUT, inner_file), relu)
    spec = {"model": "model.onnx", "inputs": {"x": "inputs/x.npy"},
            "outputs": {"y": "outputs/y.npy", INNER: inner_file},
            "tolerance": {"rtol": 1e-4, "atol": 1e-5}, "opset": 13, "ops": ops,
            "note": "torch CNN with BatchNormalization kept (TrainingMode.PRESERVE); pass `layout`"}
    with open(os.path.join(OUT, "case.json"), "w") as f:
        json.dump(spec, f, indent=1)
        f.write("\n")
    print(ops, y.shape, os.path.getsize(model), "bytes")


if __name__ == "__main__":
    main()
