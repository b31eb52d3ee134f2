#!/usr/bin/env python3
"""onnxruntime on the equivalent torchvision architecture (random, seeded weights; nothing is
downloaded): the onnxruntime peer for `graphjit bench` on ResNet50 / VGG16 / MobileNetV2 /
DenseNet121 / InceptionV3 / EfficientNetB0 / ConvNeXtTiny.

    python3 scripts/bench/ort_peer.py ResNet50 [--batch 1] [--threads 2] [--repeat 20] [--json]

torchvision's models have the same layers and FLOPs as keras.applications' (ResNet50 v1.5 puts its
stride in the 3x3 instead of the 1x1 convolution, which changes no FLOP count).
"""
import argparse
import os
import sys
import tempfile

import numpy as np
import onnxruntime as ort
import torch
import torchvision

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from peer_timing import report, time_calls  # noqa: E402

NAMES = {"ResNet50": ("resnet50", 224), "VGG16": ("vgg16", 224), "MobileNetV2": ("mobilenet_v2", 224),
         "DenseNet121": ("densenet121", 224), "InceptionV3": ("inception_v3", 299),
         "EfficientNetB0": ("efficientnet_b0", 224), "ConvNeXtTiny": ("convnext_tiny", 224),
         "MobileNetV3Small": ("mobilenet_v3_small", 224)}

p = argparse.ArgumentParser()
p.add_argument("name")
p.add_argument("--batch", type=int, default=1)
p.add_argument("--threads", type=int, default=2)
p.add_argument("--repeat", type=int, default=20)
p.add_argument("--json", action="store_true")
a = p.parse_args()
arch, size = NAMES[a.name]
torch.manual_seed(0)
kwargs = {"aux_logits": False, "init_weights": True} if arch == "inception_v3" else {}
model = getattr(torchvision.models, arch)(weights=None, **kwargs).eval()
x = torch.rand(a.batch, 3, size, size)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "model.onnx")
    torch.onnx.export(model, x, path, input_names=["images"], output_names=["probs"], opset_version=17, dynamo=False)
    options = ort.SessionOptions()
    options.intra_op_num_threads = a.threads
    options.inter_op_num_threads = 1
    session = ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])
    feed = {"images": x.numpy()}
    times = time_calls(lambda: session.run(None, feed), a.repeat)
report("onnxruntime " + ort.__version__, a.name, a.threads, a.batch, times, a.json)
