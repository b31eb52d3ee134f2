#!/usr/bin/env python3
"""Exports torchvision and small models to ONNX with torch.onnx.export, with onnxruntime's
outputs beside them, for compare.py.

    python3 scripts/onnx/make_models.py OUTDIR [--only REGEX] [--list]

Every model has seeded random weights (nothing is downloaded; BatchNorm running statistics and
affine parameters are randomized too so that they are not the identity), is in eval mode, and
is exported with a fixed input shape of batch 1 by this torch version's default exporter
(torch.export / dynamo, its default opset, weights inside the .onnx file), except:
  *_dynbatch   a dynamic batch axis (dim_param "batch"), fed batch 3
  *_extdata    weights in external data (model.onnx + model.onnx.data, the exporter's default)
  *_op11/13/14 opset 11, 13 or 14 through the TorchScript exporter (dynamo=False), because the
               dynamo exporter cannot go below opset 18 (its version converter has no adapter
               for, e.g., Relu 14 -> 13 and leaves the model at 18)
Writes OUTDIR/<name>/model.onnx, input_0.npy, output_0.npy ... and OUTDIR/manifest.json:
  {"models": [{"name", "file", "inputs": [{"name", "shape" (as declared, dim_params as
  strings), "file", "fed_shape"}], "outputs": [{"name", "shape", "file"}], "opset",
  "ir_version", "exporter", "external_data", "dynamic_batch", "ops": {op: count},
  "torch_vs_ort_max_abs", "inner": {"name", "file", "shape"} (feature extraction, for one
  model)}], "failed": [{"name", "error"}], "versions": {...}}
Prints a table of op types across the models. torch and onnxruntime use two threads.
"""
import argparse
import json
import os
import re
import sys
import time
import traceback
import warnings

import numpy as np
import onnx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

import torch  # noqa: E402
import torchvision  # noqa: E402

torch.set_num_threads(common.THREADS)
warnings.filterwarnings("ignore")


class MLP(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.net = torch.nn.Sequential(torch.nn.Linear(64, 128), torch.nn.ReLU(),
                                       torch.nn.Linear(128, 64), torch.nn.ReLU(),
                                       torch.nn.Linear(64, 10))

    def forward(self, x):
        return self.net(x)


class MnistCNN(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.features = torch.nn.Sequential(
            torch.nn.Conv2d(1, 8, 5, padding=2), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
            torch.nn.Conv2d(8, 16, 5), torch.nn.ReLU(), torch.nn.MaxPool2d(2))
        self.classifier = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(16 * 5 * 5, 64),
                                              torch.nn.ReLU(), torch.nn.Linear(64, 10))

    def forward(self, x):
        return torch.softmax(self.classifier(self.features(x)), dim=1)


def tv(name, **kwargs):
    return lambda: getattr(torchvision.models, name)(weights=None, **kwargs)


def small_vit():
    return torchvision.models.VisionTransformer(image_size=32, patch_size=8, num_layers=2,
                                                num_heads=2, hidden_dim=64, mlp_dim=128,
                                                num_classes=10)


IMAGE = (1, 3, 224, 224)
# name: (constructor, input shape, export options)
MODELS = {
    "resnet18": (tv("resnet18"), IMAGE, {}),
    "resnet50": (tv("resnet50"), IMAGE, {}),
    "mobilenet_v2": (tv("mobilenet_v2"), IMAGE, {}),
    "mobilenet_v3_small": (tv("mobilenet_v3_small"), IMAGE, {}),
    "efficientnet_b0": (tv("efficientnet_b0"), IMAGE, {}),
    "densenet121": (tv("densenet121"), IMAGE, {}),
    "squeezenet1_0": (tv("squeezenet1_0"), IMAGE, {}),
    "vgg11": (tv("vgg11"), IMAGE, {}),
    "googlenet": (tv("googlenet", aux_logits=False, init_weights=True, transform_input=False),
                  IMAGE, {}),
    "shufflenet_v2_x0_5": (tv("shufflenet_v2_x0_5"), IMAGE, {}),
    "regnet_x_400mf": (tv("regnet_x_400mf"), IMAGE, {}),
    "convnext_tiny": (tv("convnext_tiny"), IMAGE, {}),
    "alexnet": (tv("alexnet"), IMAGE, {}),
    "vit_small": (small_vit, (1, 3, 32, 32), {}),
    "mlp": (MLP, (1, 64), {}),
    "mnist_cnn": (MnistCNN, (1, 1, 28, 28), {}),
    # variants
    "resnet18_dynbatch": (tv("resnet18"), IMAGE, {"dynamic_batch": True}),
    "mobilenet_v2_extdata": (tv("mobilenet_v2"), IMAGE, {"external_data": True}),
    "resnet18_op11": (tv("resnet18"), IMAGE, {"opset": 11}),
    "mobilenet_v3_small_op11": (tv("mobilenet_v3_small"), IMAGE, {"opset": 11}),
    "squeezenet1_0_op13": (tv("squeezenet1_0"), IMAGE, {"opset": 13}),
    "convnext_tiny_op13": (tv("convnext_tiny"), IMAGE, {"opset": 13}),
    "vit_small_op13": (small_vit, (1, 3, 32, 32), {"opset": 13}),   # fails: SDPA needs 14
    "vit_small_op14": (small_vit, (1, 3, 32, 32), {"opset": 14}),
    "mnist_cnn_op11": (MnistCNN, (1, 1, 28, 28), {"opset": 11}),
}
# The model whose inner value compare.py also asks for (feature extraction).
INNER_MODEL = "resnet18"
DYNAMIC_FED_BATCH = 3


def seed_for(name):
    return sum(ord(c) * (i + 1) for i, c in enumerate(name)) % (2 ** 31)


def randomize_norms(model, generator):
    """BatchNorm running statistics and affine parameters, and LayerNorm's, to seeded random
    values (a fresh model has mean 0, variance 1, weight 1, bias 0: the identity); parameters
    that torchvision initializes to zeros (ViT's head and class token, biases) get small random
    values, so that no output is identically zero."""
    with torch.no_grad():
        for p in model.parameters():
            if p.numel() and not torch.any(p):
                fan_in = int(np.prod(p.shape[1:])) if p.dim() >= 2 else 0
                std = 1.0 / np.sqrt(fan_in) if fan_in else 0.02
                p.copy_(torch.randn(p.shape, generator=generator) * std)
        for m in model.modules():
            if isinstance(m, torch.nn.modules.batchnorm._BatchNorm):
                n = m.num_features
                m.running_mean.copy_(torch.randn(n, generator=generator) * 0.1)
                m.running_var.copy_(torch.rand(n, generator=generator) + 0.5)
                if m.affine:
                    m.weight.copy_(torch.rand(n, generator=generator) + 0.5)
                    m.bias.copy_(torch.randn(n, generator=generator) * 0.1)
            elif isinstance(m, torch.nn.LayerNorm) and m.elementwise_affine:
                m.weight.copy_(torch.rand(m.weight.shape, generator=generator) + 0.5)
                if m.bias is not None:
                    m.bias.copy_(torch.randn(m.bias.shape, generator=generator) * 0.1)


def dims_of(value_info):
    out = []
    for d in value_info.type.tensor_type.shape.dim:
        out.append(d.dim_value if d.HasField("dim_value") else (d.dim_param or None))
    return out


def inner_value(model):
    """The feature vector: the data input of the last Gemm/MatMul (the classifier's input)."""
    inits = {t.name for t in model.graph.initializer}
    for node in reversed(model.graph.node):
        if node.op_type in ("Gemm", "MatMul") and node.input[0] not in inits:
            return node.input[0]
    return model.graph.node[len(model.graph.node) // 2].output[0]


def export(name, build, shape, options, outdir):
    """Exports one model and runs onnxruntime on it; returns its manifest entry."""
    seed = seed_for(name.split("_op")[0].replace("_dynbatch", "").replace("_extdata", ""))
    torch.manual_seed(seed)
    model = build().eval()
    randomize_norms(model, torch.Generator().manual_seed(seed))
    x = torch.randn(*shape, generator=torch.Generator().manual_seed(seed + 1))
    case = os.path.join(outdir, name)
    os.makedirs(case, exist_ok=True)
    for f in os.listdir(case):
        os.remove(os.path.join(case, f))
    path = os.path.join(case, "model.onnx")
    opset = options.get("opset")
    dynamic = options.get("dynamic_batch", False)
    external = options.get("external_data", False)
    t0 = time.perf_counter()
    if opset is not None:
        exporter = "torchscript"
        torch.onnx.export(model, (x,), path, input_names=["input"], output_names=["output"],
                          opset_version=opset, dynamo=False)
    else:
        exporter = "dynamo"
        kwargs = {}
        if dynamic:
            x = torch.randn(2, *shape[1:], generator=torch.Generator().manual_seed(seed + 1))
            kwargs["dynamic_shapes"] = ({0: torch.export.Dim("batch", min=1, max=1024)},)
        torch.onnx.export(model, (x,), path, input_names=["input"], output_names=["output"],
                          external_data=external, **kwargs)
    export_seconds = time.perf_counter() - t0
    if dynamic:
        x = torch.randn(DYNAMIC_FED_BATCH, *shape[1:],
                        generator=torch.Generator().manual_seed(seed + 2))
    proto = onnx.load(path)
    header = onnx.load(path, load_external_data=False)
    has_external = any(t.data_location == onnx.TensorProto.EXTERNAL for t in header.graph.initializer)
    with torch.no_grad():
        y_torch = model(x)
    y_torch = [y_torch] if isinstance(y_torch, torch.Tensor) else list(y_torch)
    inputs = common.graph_inputs(proto)
    feeds = {inputs[0].name: x.numpy()}
    entry = {"name": name, "file": f"{name}/model.onnx", "exporter": exporter,
             "opset": common.opset_of(proto), "ir_version": proto.ir_version,
             "external_data": has_external, "dynamic_batch": dynamic,
             "inputs": [], "outputs": [], "ops": common.op_types(proto),
             "export_seconds": round(export_seconds, 1),
             "file_bytes": sum(os.path.getsize(os.path.join(case, f)) for f in os.listdir(case))}
    for k, vi in enumerate(inputs):
        np.save(os.path.join(case, f"input_{k}.npy"), feeds[vi.name])
        entry["inputs"].append({"name": vi.name, "shape": dims_of(vi), "file": f"{name}/input_{k}.npy",
                                "fed_shape": list(feeds[vi.name].shape)})
    inner = inner_value(proto) if name == INNER_MODEL else None
    session = common.ort_session(path, [inner] if inner else [])
    names = [o.name for o in proto.graph.output]
    values = session.run(names + ([inner] if inner else []), feeds)
    worst = 0.0
    for k, (o, v) in enumerate(zip(proto.graph.output, values)):
        np.save(os.path.join(case, f"output_{k}.npy"), v)
        entry["outputs"].append({"name": o.name, "shape": dims_of(o), "file": f"{name}/output_{k}.npy",
                                 "max_abs": float(np.max(np.abs(v)))})
        if k < len(y_torch):
            worst = max(worst, float(np.max(np.abs(v - y_torch[k].numpy()))))
    entry["torch_vs_ort_max_abs"] = worst
    if inner:
        v = values[-1]
        np.save(os.path.join(case, "inner.npy"), v)
        entry["inner"] = {"name": inner, "file": f"{name}/inner.npy", "shape": list(v.shape)}
    return entry


def op_table(entries):
    ops = sorted({op for e in entries for op in e["ops"]})
    names = [e["name"] for e in entries]
    width = max(len(op) for op in ops) if ops else 4
    lines = ["op types used (count per model; '.' = not used)", ""]
    # One column per model, numbered; the legend names them.
    lines.append(" " * width + "  " + " ".join(f"{i + 1:>3}" for i in range(len(names))))
    for op in ops:
        cells = [str(e["ops"].get(op, ".")) for e in entries]
        lines.append(op.ljust(width) + "  " + " ".join(f"{c:>3}" for c in cells))
    lines.append("")
    for i, e in enumerate(entries):
        lines.append(f"{i + 1:>3} {e['name']} (opset {e['opset']}, {e['exporter']}): "
                     + ", ".join(sorted(e["ops"])))
    return "\n".join(lines)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("outdir")
    p.add_argument("--only", metavar="REGEX", help="only models whose name matches")
    p.add_argument("--list", action="store_true", help="list the models and exit")
    a = p.parse_args()
    if a.list:
        for name, (_, shape, options) in MODELS.items():
            print(name, list(shape), options or "")
        return
    os.makedirs(a.outdir, exist_ok=True)
    manifest_path = os.path.join(a.outdir, "manifest.json")
    manifest = {"models": [], "failed": []}
    if a.only and os.path.exists(manifest_path):      # keep the other models' entries
        with open(manifest_path) as f:
            manifest = json.load(f)
    pattern = re.compile(a.only) if a.only else None
    for name, (build, shape, options) in MODELS.items():
        if pattern and not pattern.search(name):
            continue
        manifest["models"] = [e for e in manifest["models"] if e["name"] != name]
        manifest["failed"] = [e for e in manifest["failed"] if e["name"] != name]
        t0 = time.perf_counter()
        try:
            entry = export(name, build, shape, options, a.outdir)
            manifest["models"].append(entry)
            print(f"{name}: opset {entry['opset']} ({entry['exporter']}), {sum(entry['ops'].values())} "
                  f"nodes, {len(entry['ops'])} op types, {entry['file_bytes'] / 1e6:.1f} MB, "
                  f"torch vs ort max abs {entry['torch_vs_ort_max_abs']:.2g}, "
                  f"{time.perf_counter() - t0:.0f} s", flush=True)
        except Exception as e:
            error = common.first_line(str(e)) or type(e).__name__
            manifest["failed"].append({"name": name, "error": f"{type(e).__name__}: {error}"[:500]})
            print(f"{name}: EXPORT FAILED: {type(e).__name__}: {error}", flush=True)
            traceback.print_exc(limit=3)
        with open(manifest_path, "w") as f:
            json.dump(manifest, f, indent=1)
    order = {n: i for i, n in enumerate(MODELS)}
    manifest["models"].sort(key=lambda e: order.get(e["name"], 1 << 30))
    import onnxruntime
    manifest["versions"] = {"torch": torch.__version__, "torchvision": torchvision.__version__,
                            "onnx": onnx.__version__, "onnxruntime": onnxruntime.__version__}
    with open(manifest_path, "w") as f:
        json.dump(manifest, f, indent=1)
    print()
    print(op_table(manifest["models"]))
    if manifest["failed"]:
        print("\nfailed exports:")
        for e in manifest["failed"]:
            print(f"  {e['name']}: {e['error']}")


if __name__ == "__main__":
    main()
