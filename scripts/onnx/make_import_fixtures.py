"""Writes the small ONNX files of Tests/Fixtures/onnx/import/ that GraphJIT's import tests read:
symbolic batch dimensions, weights in an external-data file, TensorProto inputs, and the
expected outputs computed by onnxruntime. Run: /work/peers/bin/python scripts/onnx/make_import_fixtures.py"""
import os
import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "Fixtures", "onnx", "import")
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(11)


def save_expected(path, feeds, name):
    sess = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
    outs = sess.run(None, feeds)
    for o, v in zip(sess.get_outputs(), outs):
        np.save(os.path.join(OUT, f"{name}_{o.name}.npy"), v)


# Two inputs sharing the symbolic batch N; a weight and bias; an output with '/' and ':' in its name.
w = rng.standard_normal((4, 3)).astype(np.float32)
b = rng.standard_normal((3,)).astype(np.float32)
g = helper.make_graph(
    [helper.make_node("Add", ["a", "b"], ["sum:0"]),
     helper.make_node("MatMul", ["sum:0", "w"], ["layer/mm"]),
     helper.make_node("Add", ["layer/mm", "bias"], ["layer/out"]),
     helper.make_node("Relu", ["layer/out"], ["y"])],
    "batch",
    [helper.make_tensor_value_info("a", TensorProto.FLOAT, ["N", 4]),
     helper.make_tensor_value_info("b", TensorProto.FLOAT, ["N", 4])],
    [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", 3])],
    [numpy_helper.from_array(w, "w"), numpy_helper.from_array(b, "bias")])
m = helper.make_model(g, opset_imports=[helper.make_opsetid("", 13)])
m.ir_version = 8
onnx.checker.check_model(m, full_check=True)
path = os.path.join(OUT, "symbolic_batch.onnx")
onnx.save(m, path)
a = rng.standard_normal((5, 4)).astype(np.float32)
bb = rng.standard_normal((5, 4)).astype(np.float32)
np.save(os.path.join(OUT, "symbolic_batch_a.npy"), a)
np.save(os.path.join(OUT, "symbolic_batch_b.npy"), bb)
open(os.path.join(OUT, "symbolic_batch_a.pb"), "wb").write(numpy_helper.from_array(a, "a").SerializeToString())
save_expected(path, {"a": a, "b": bb}, "symbolic_batch")

# The same weight stored beside the model (external data), as torch.onnx.export does for big models.
w2 = rng.standard_normal((4, 6)).astype(np.float32)
g = helper.make_graph(
    [helper.make_node("MatMul", ["x", "w"], ["y"])], "external",
    [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 4])],
    [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 6])],
    [numpy_helper.from_array(w2, "w")])
m = helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)])
m.ir_version = 8
path = os.path.join(OUT, "external.onnx")
onnx.save_model(m, path, save_as_external_data=True, all_tensors_to_one_file=True, location="external.onnx.data",
                size_threshold=0)
x = rng.standard_normal((2, 4)).astype(np.float32)
np.save(os.path.join(OUT, "external_x.npy"), x)
save_expected(path, {"x": x}, "external")
print("wrote", sorted(os.listdir(OUT)))
