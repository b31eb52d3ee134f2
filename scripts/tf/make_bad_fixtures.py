#!/usr/bin/env python3
"""Writes the malformed / invalid inputs in Tests/Fixtures/bad/ and their README.md.

    python3 scripts/tf/make_bad_fixtures.py            # from anywhere; needs only NumPy
    python3 scripts/tf/make_bad_fixtures.py --check-tf # also ask TensorFlow what it says about each

Each file is named for what is wrong with it. The graphs are tiny hand-written GraphDefs in
TensorFlow's text format (except truncated.pb, which is Tests/Fixtures/tf/blog_addsub/graph.pb cut
short). GraphJIT must reject every one of them with a clear error (never crash, hang or allocate
the impossible); README.md lists the error each should produce. With --check-tf the README also
records what TensorFlow itself reports (parse with protobuf's text_format, then
tf.graph_util.import_graph_def, which runs TensorFlow's op-def checks and shape inference).
"""

import os
import struct
import sys

import numpy as np

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BAD_DIR = os.path.join(REPO_ROOT, "Tests", "Fixtures", "bad")


def placeholder(name, dtype="DT_FLOAT", dims=(2, 3)):
    shape = "".join(f" dim {{ size: {d} }}" for d in dims)
    return (f'node {{\n  name: "{name}"\n  op: "Placeholder"\n'
            f'  attr {{ key: "dtype" value {{ type: {dtype} }} }}\n'
            f'  attr {{ key: "shape" value {{ shape {{{shape} }} }} }}\n}}\n')


def unary(name, op, inp, dtype="DT_FLOAT", extra=""):
    return (f'node {{\n  name: "{name}"\n  op: "{op}"\n  input: "{inp}"\n'
            f'  attr {{ key: "T" value {{ type: {dtype} }} }}\n{extra}}}\n')


def binary(name, op, a, b, dtype="DT_FLOAT", extra=""):
    return (f'node {{\n  name: "{name}"\n  op: "{op}"\n  input: "{a}"\n  input: "{b}"\n'
            f'  attr {{ key: "T" value {{ type: {dtype} }} }}\n{extra}}}\n')


VERSIONS = "versions {\n  producer: 2474\n}\n"
FALSE_TRANSPOSES = ('  attr { key: "transpose_a" value { b: false } }\n'
                    '  attr { key: "transpose_b" value { b: false } }\n')

# file name -> (contents, what is wrong, the error GraphJIT should report)
TEXT_CASES = {
    "unbalanced_braces.pbtxt": (
        placeholder("x") + unary("y", "Relu", "x")[:-2] + VERSIONS,
        "the `Relu` node's closing `}` is missing, so `versions` lands inside it and the file ends "
        "with a brace still open",
        ("text-format parse error with line and column: a `}` is missing (a field-aware parser reports that "
         "NodeDef has no field `versions` at 12:1; a brace counter reports end of input inside `node {`)")),
    "bad_string_escape.pbtxt": (
        placeholder("x") + unary("y\\qz", "Relu", "x") + VERSIONS,
        'node name "y\\qz" contains the escape `\\q`, which protobuf text format does not define',
        "text-format parse error: invalid escape sequence `\\q` in a string (with its line)"),
    "bad_number.pbtxt": (
        placeholder("x", dims=(2, "3x")) + unary("y", "Relu", "x") + VERSIONS,
        "the Placeholder's `dim { size: 3x }` is not an integer",
        "text-format parse error: expected an integer for `size`, found `3x`"),
    "bad_number_int64_overflow.pbtxt": (
        placeholder("x", dims=(2, 99999999999999999999)) + VERSIONS,
        "`dim { size: 99999999999999999999 }` does not fit in int64",
        "text-format parse error: integer out of range for int64 `size`"),
    "unknown_op.pbtxt": (
        placeholder("x") + unary("y", "FancyNewOp", "x") + VERSIONS,
        'node "y" uses op "FancyNewOp", which GraphJIT (and TensorFlow) do not know',
        'unsupported op "FancyNewOp" in node "y"'),
    "unknown_attribute.pbtxt": (
        placeholder("x") + unary("y", "Relu", "x", extra='  attr { key: "alpha" value { f: 0.2 } }\n')
        + VERSIONS,
        'Relu node "y" carries attr "alpha", which Relu does not have (LeakyRelu does)',
        'node "y" (Relu): unknown attribute "alpha" (an error, not silently ignored, since it '
        'would change the result)'),
    "missing_attribute.pbtxt": (
        placeholder("x", dims=(1, 5, 5, 1)) + placeholder("w", dims=(3, 3, 1, 2))
        + binary("conv", "Conv2D", "x", "w", extra='  attr { key: "padding" value { s: "VALID" } }\n')
        + VERSIONS,
        'Conv2D node "conv" has no "strides" attr (Conv2D\'s op def gives it no default)',
        'node "conv" (Conv2D): missing required attribute "strides"'),
    "missing_attribute_placeholder_dtype.pbtxt": (
        'node {\n  name: "x"\n  op: "Placeholder"\n'
        '  attr { key: "shape" value { shape { dim { size: 2 } } } }\n}\n' + unary("y", "Relu", "x")
        + VERSIONS,
        'Placeholder "x" has no "dtype" attr',
        'node "x" (Placeholder): missing required attribute "dtype"'),
    "missing_input_node.pbtxt": (
        placeholder("x") + binary("y", "Add", "x", "nonexistent") + VERSIONS,
        'Add node "y" names input "nonexistent", which is not a node in the graph',
        'node "y": input "nonexistent" is not a node in the graph'),
    "cycle.pbtxt": (
        placeholder("x") + binary("a", "Add", "x", "b") + unary("b", "Relu", "a") + VERSIONS,
        'a = Add(x, b) and b = Relu(a): a -> b -> a is a cycle (no control flow ops involved)',
        'graph has a cycle through nodes "a" and "b"'),
    "matmul_shape_mismatch.pbtxt": (
        placeholder("a", dims=(2, 3)) + placeholder("b", dims=(4, 5))
        + binary("matmul", "MatMul", "a", "b", extra=FALSE_TRANSPOSES) + VERSIONS,
        "MatMul of a [2,3] by b [4,5]: inner dimensions 3 and 4 differ",
        'node "matmul" (MatMul): inner dimensions differ, [2,3] x [4,5]'),
    "add_dtype_mismatch.pbtxt": (
        placeholder("x", "DT_FLOAT") + placeholder("y", "DT_INT32") + binary("add", "Add", "x", "y")
        + VERSIONS,
        "Add with T = DT_FLOAT whose second input y is an int32 Placeholder",
        'node "add" (Add): input "y" is int32 but the op expects float32 (T)'),
    "placeholder_huge_dim.pbtxt": (
        placeholder("x", dims=(1000000000000, 4)) + unary("y", "Relu", "x") + VERSIONS,
        "Placeholder x has shape [1000000000000, 4] (4*10^12 floats, 16 TB)",
        "shape too large: [1000000000000, 4] exceeds the element-count / memory limit "
        "(rejected up front, before any allocation)"),
    "placeholder_dim_product_overflow.pbtxt": (
        placeholder("x", dims=(1 << 40, 1 << 40)) + unary("y", "Relu", "x") + VERSIONS,
        "Placeholder x has shape [2^40, 2^40]: the element count 2^80 overflows Int64",
        "shape too large / element count overflows (must not trap on the multiplication)"),
    "unknown_field.pbtxt": (
        placeholder("x") + unary("y", "Relu", "x").replace('  input: "x"', '  inputt: "x"') + VERSIONS,
        'the Relu node spells `input` as `inputt`, so a parser that skips unknown fields would drop the '
        'input silently',
        'text-format parse error at the field: unknown field `inputt` in tensorflow.NodeDef (as protobuf\'s '
        'parser says)'),
    "invalid_utf8_name.pbtxt": (
        placeholder("x") + unary("\\377", "Relu", "x") + VERSIONS,
        'the Relu node\'s name is `"\\377"`: after unescaping, the byte 0xFF, which is not UTF-8 (`name` '
        'is a protobuf `string`, not `bytes`)',
        'text-format parse error at the string: string field tensorflow.NodeDef.name is not valid UTF-8'),
    "unsupported_ops.pbtxt": (
        placeholder("x", dims=(3, 3)) + unary("inv1", "MatrixInverse", "x") + unary("inv2", "MatrixInverse", "inv1")
        + unary("det", "MatrixDeterminant", "x") + unary("y", "FancyNewOp", "det") + VERSIONS,
        "four nodes of three ops GraphJIT does not import (MatrixInverse twice, MatrixDeterminant, and "
        "FancyNewOp, which TensorFlow does not know either)",
        "one line listing every unsupported op and its nodes: `3 unsupported ops (4 nodes): MatrixInverse "
        "(inv1, inv2), MatrixDeterminant (det), FancyNewOp (y)`"),
    "control_flow.pbtxt": (
        placeholder("c", "DT_BOOL", dims=()) + placeholder("x")
        + 'node {\n  name: "switch"\n  op: "Switch"\n  input: "x"\n  input: "c"\n'
          '  attr { key: "T" value { type: DT_FLOAT } }\n}\n'
        + unary("y", "Relu", "switch:1") + VERSIONS,
        "a TF1 `Switch` (tf.cond's building block) selects x for the true branch",
        'node "switch" (Switch): control flow is not supported'),
    "recursive_function.pbtxt": (
        'library {\n  function {\n    signature {\n      name: "f"\n'
        '      input_arg { name: "a" type: DT_FLOAT }\n      output_arg { name: "y" type: DT_FLOAT }\n    }\n'
        '    node_def {\n      name: "again"\n      op: "f"\n      input: "a"\n    }\n'
        '    ret { key: "y" value: "again:y:0" }\n  }\n}\n'
        + placeholder("x") + 'node {\n  name: "call"\n  op: "f"\n  input: "x"\n}\n' + VERSIONS,
        "function `f` calls itself (its body's node `again` has op `f`); the graph calls `f` by name",
        'node "call/again" (f): function f calls itself (f -> f); recursive functions are not supported'),
    "call_missing_function.pbtxt": (
        placeholder("x")
        + 'node {\n  name: "call"\n  op: "StatefulPartitionedCall"\n  input: "x"\n'
          '  attr { key: "f" value { func { name: "nowhere" } } }\n'
          '  attr { key: "Tin" value { list { type: DT_FLOAT } } }\n'
          '  attr { key: "Tout" value { list { type: DT_FLOAT } } }\n}\n' + VERSIONS,
        "a StatefulPartitionedCall of function `nowhere`, which the graph has no library entry for",
        'node "call" (StatefulPartitionedCall): calls function nowhere, which the library does not define'),
}

NPY_NOTES = {}


def npy_header(descr, shape):
    """A version-1.0 .npy header (magic, version, length, dict padded to 64 bytes)."""
    d = f"{{'descr': '{descr}', 'fortran_order': False, 'shape': {shape}, }}"
    pad = 64 - (10 + len(d) + 1) % 64
    d = d + " " * pad + "\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(d)) + d.encode("latin1")


def write_binary_cases():
    written = {}
    # truncated.pb: the blog graph's binary GraphDef cut inside a node.
    src = os.path.join(REPO_ROOT, "Tests", "Fixtures", "tf", "blog_addsub", "graph.pb")
    with open(src, "rb") as f:
        full = f.read()
    cut = full[: len(full) * 2 // 3]
    with open(os.path.join(BAD_DIR, "truncated.pb"), "wb") as f:
        f.write(cut)
    written["truncated.pb"] = (
        f"Tests/Fixtures/tf/blog_addsub/graph.pb ({len(full)} bytes) cut to its first {len(cut)} bytes, "
        "in the middle of a length-delimited node",
        "binary protobuf parse error: truncated message / unexpected end of data")

    # invalid_utf8_name.pb: GraphDef { node { name: "\xff" op: "Placeholder" } }, written by hand.
    node = b"\x0a\x01\xff" + b"\x12\x0bPlaceholder"
    with open(os.path.join(BAD_DIR, "invalid_utf8_name.pb"), "wb") as f:
        f.write(b"\x0a" + bytes([len(node)]) + node)
    written["invalid_utf8_name.pb"] = (
        "a binary GraphDef whose one node's name is the single byte 0xFF (at byte 4), which is not UTF-8",
        "binary protobuf parse error at byte 4: string field tensorflow.NodeDef.name is not valid UTF-8")

    # corrupt.npy: wrong magic bytes.
    good = npy_header("<f4", "(2, 3)") + np.arange(6, dtype="<f4").tobytes()
    with open(os.path.join(BAD_DIR, "corrupt.npy"), "wb") as f:
        f.write(b"\x93NUMPX" + good[6:])
    written["corrupt.npy"] = (
        "a float32 [2,3] .npy whose magic string is `\\x93NUMPX` instead of `\\x93NUMPY`",
        "not an .npy file (bad magic)")

    # truncated_data.npy: header promises 2x3 float32 (24 bytes), only 12 bytes follow.
    with open(os.path.join(BAD_DIR, "truncated_data.npy"), "wb") as f:
        f.write(npy_header("<f4", "(2, 3)") + np.arange(3, dtype="<f4").tobytes())
    written["truncated_data.npy"] = (
        "valid header for float32 [2,3] (24 data bytes) followed by only 12 bytes",
        ".npy data shorter than the header's shape says (expected 24 bytes, found 12)")

    # corrupt_header.npy: valid magic, header dict that is not a dict literal.
    bad = b"{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3"  # unterminated
    bad = bad + b" " * (54 - len(bad)) + b"\n"
    with open(os.path.join(BAD_DIR, "corrupt_header.npy"), "wb") as f:
        f.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(bad)) + bad + b"\0" * 24)
    written["corrupt_header.npy"] = (
        "valid magic and version, but the header dict is cut off (`'shape': (2, 3` never closed)",
        ".npy header is malformed")

    # wrong_dtype.npy: float64 where the blog graph's `input` is int32 [1].
    np.save(os.path.join(BAD_DIR, "wrong_dtype.npy"), np.array([7.0], dtype=np.float64))
    written["wrong_dtype.npy"] = (
        "a well-formed float64 (`<f8`) array of shape [1], e.g. fed to graphs/blog_addsub.pbtxt's "
        "`input` (int32 [1]) or to any float32 placeholder",
        'dtype mismatch: placeholder "input" is int32, the .npy holds float64')

    # unsupported_dtype.npy: complex64, which GraphJIT has no DType for.
    np.save(os.path.join(BAD_DIR, "unsupported_dtype.npy"), np.array([1 + 2j, 3 - 4j], dtype=np.complex64))
    written["unsupported_dtype.npy"] = (
        "a well-formed complex64 (`<c8`) array of shape [2]",
        ".npy dtype `<c8` is not supported")
    return written


def check_with_tensorflow(path):
    """What TensorFlow says about one bad file, asked in a child process since some files crash
    TensorFlow itself (a recursive function library overflows its stack on import)."""
    import subprocess
    r = subprocess.run([sys.executable, os.path.abspath(__file__), "--check-one", path],
                       capture_output=True, text=True)
    if r.returncode < 0:
        import signal
        return f"crashed: killed by {signal.Signals(-r.returncode).name}"
    lines = [l for l in r.stdout.splitlines() if l.startswith("TF: ")]
    return lines[-1][4:] if lines else f"exited with status {r.returncode}: {r.stderr.strip().splitlines()[-1:]}"


def check_in_this_process(path):
    """What TensorFlow says about one bad file (first line of its error), or 'accepted'."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from tfcommon import tf  # noqa: F401  (configures TensorFlow)
    from google.protobuf import text_format
    from tensorflow.core.framework import graph_pb2
    try:
        if path.endswith(".npy"):
            a = np.load(path, allow_pickle=False)
            return f"accepted by np.load: {a.dtype} {list(a.shape)}"
        if path.endswith(".pb"):
            with open(path, "rb") as f:
                gd = graph_pb2.GraphDef.FromString(f.read())
        else:
            with open(path) as f:
                gd = text_format.Parse(f.read(), graph_pb2.GraphDef())
        with tf.Graph().as_default():
            tf.graph_util.import_graph_def(gd, name="")
        return "accepted (parsed and imported)"
    except Exception as e:  # noqa: BLE001 -- we want every kind of refusal
        msg = str(e).strip().splitlines()[0]
        if len(msg) > 230:
            msg = msg[:227] + "..."
        return f"{type(e).__name__}: {msg}"


def main(argv):
    if argv[:1] == ["--check-one"]:
        print("TF: " + check_in_this_process(argv[1]), flush=True)
        return
    os.makedirs(BAD_DIR, exist_ok=True)
    rows = []
    for name, (text, wrong, gist) in TEXT_CASES.items():
        with open(os.path.join(BAD_DIR, name), "w") as f:
            f.write(text)
        rows.append((name, wrong, gist))
    for name, (wrong, gist) in write_binary_cases().items():
        rows.append((name, wrong, gist))

    tf_says = {}
    if "--check-tf" in argv:
        for name, _, _ in rows:
            tf_says[name] = check_with_tensorflow(os.path.join(BAD_DIR, name))
            print(f"{name}: {tf_says[name]}")

    lines = [
        "# Bad inputs",
        "",
        "Each file here is invalid in exactly one way, named for what is wrong. GraphJIT must reject",
        "each with a clear error (never crash, hang, or try to allocate the impossible). Regenerate",
        "with `python3 scripts/tf/make_bad_fixtures.py --check-tf` (the `--check-tf` column needs",
        "TensorFlow; the files themselves need only NumPy). The graphs are tiny hand-written text-format",
        "GraphDefs; apart from their one defect they are valid TensorFlow graphs.",
        "",
        "| file | what is wrong | expected GraphJIT error (gist) |" + (" TensorFlow " + tf_version() + " says |"
                                                                      if tf_says else ""),
        "|---|---|---|" + ("---|" if tf_says else ""),
    ]
    for name, wrong, gist in rows:
        row = f"| `{name}` | {md(wrong)} | {md(gist)} |"
        if tf_says:
            row += f" {md(tf_says[name])} |"
        lines.append(row)
    lines += [
        "",
        "Notes:",
        "- TensorFlow accepts `placeholder_huge_dim.pbtxt` at import time (it would only fail when memory "
        "is allocated); it rejects `placeholder_dim_product_overflow.pbtxt` in shape inference. GraphJIT "
        "should reject both when it computes sizes, before allocating.",
        "- `wrong_dtype.npy` and `unsupported_dtype.npy` are well-formed .npy files (NumPy loads both). "
        "GraphJIT's reader (Sources/Formats/NPY) reads `<f4 <f8 <i4 <i8 |b1`, "
        "so `wrong_dtype.npy` loads and must fail when fed to an int32 or float32 placeholder, while "
        "`unsupported_dtype.npy` (`<c8`) fails in the reader.",
        "- TensorFlow accepts `unknown_attribute.pbtxt`: it logs \"NodeDef mentions attribute alpha which is "
        "not in the op definition ... Unknown attributes will be ignored\" and imports the graph. GraphJIT "
        "should report it as an error (an ignored attribute could change the meaning of the node).",
        "- Python protobuf's text parser accepts the `\\q` escape in `bad_string_escape.pbtxt` (TensorFlow "
        "then rejects the node name); protobuf's C++ tokenizer reports \"Invalid escape sequence in string "
        "literal\". GraphJIT should report the bad escape.",
        "- `corrupt.npy`: NumPy, seeing no `\\x93NUMPY` magic, tries to unpickle it, hence its message.",
        "- Unknown fields are an error in text format (protobuf's parser refuses them) but legal in the binary "
        "format, where GraphJIT skips them as protobuf does; fields TensorFlow's messages have but GraphJIT does "
        "not keep (`debug_info`, `experimental_debug_info`, ...) are checked and skipped in both.",
        "- TensorFlow itself crashes on `recursive_function.pbtxt` (its importer recurses through the function "
        "library without end); GraphJIT refuses the recursion with one line naming the call and the function.",
        "- `unsupported_ops.pbtxt`: TensorFlow knows MatrixInverse and MatrixDeterminant and stops at FancyNewOp; "
        "GraphJIT names all the ops it cannot import at once.",
        "",
    ]
    with open(os.path.join(BAD_DIR, "README.md"), "w") as f:
        f.write("\n".join(lines))
    print(f"wrote {len(rows)} files and README.md to {BAD_DIR}")


def md(s):
    return s.replace("|", "\\|")


def tf_version():
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from tfcommon import tf
    return tf.__version__


if __name__ == "__main__":
    main(sys.argv[1:])
