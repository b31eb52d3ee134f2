"""Shared helpers for the TensorFlow fixture scripts in scripts/tf/.

Importing this module configures TensorFlow for reproducible reference runs:
oneDNN rewrites are turned off (TF_ENABLE_ONEDNN_OPTS=0) so the plain Eigen CPU kernels
compute the expected values, INFO logging is silenced, and eager execution is disabled so
everything is built as a tf.compat.v1 graph.

It also holds small float64 NumPy reference implementations (convolution, pooling,
softmax) that the scripts use to cross-check what TensorFlow computed.
Not used by CI: the fixtures are committed and CI never needs TensorFlow.
"""

import os

os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import zlib  # noqa: E402

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

tf.compat.v1.disable_eager_execution()

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def rng_for(name):
    """A NumPy generator seeded from `name`, so adding a case never changes another case's data."""
    return np.random.default_rng(zlib.crc32(name.encode("utf-8")))


def session(graph):
    """A single-threaded session: reductions always sum in the same order."""
    config = tf.compat.v1.ConfigProto(intra_op_parallelism_threads=1,
                                      inter_op_parallelism_threads=1)
    return tf.compat.v1.Session(graph=graph, config=config)


def write_graph(graph, directory, stem):
    """Writes `<stem>.pbtxt` (text) and `<stem>.pb` (binary) exactly as TensorFlow does."""
    graph_def = graph.as_graph_def()
    tf.io.write_graph(graph_def, directory, stem + ".pbtxt", as_text=True)
    tf.io.write_graph(graph_def, directory, stem + ".pb", as_text=False)


# ---------------------------------------------------------------------------------------------
# float64 NumPy references (NHWC, filter HWIO), used only to double-check TensorFlow's output.
# ---------------------------------------------------------------------------------------------

def same_padding(size, window, stride, dilation=1):
    """TensorFlow's SAME padding for one spatial axis: (before, after); the extra row goes after."""
    effective = (window - 1) * dilation + 1
    out = -(-size // stride)  # ceil
    total = max((out - 1) * stride + effective - size, 0)
    return total // 2, total - total // 2


def resolve_padding(h, w, kh, kw, sh, sw, dh, dw, padding):
    """(top, bottom, left, right) for padding "VALID", "SAME" or an explicit 4-tuple."""
    if padding == "VALID":
        return 0, 0, 0, 0
    if padding == "SAME":
        return same_padding(h, kh, sh, dh) + same_padding(w, kw, sw, dw)
    return tuple(padding)


def np_conv2d(x, w, strides=(1, 1), dilations=(1, 1), padding="VALID"):
    """Direct 2-D convolution (cross-correlation, as TensorFlow does) in float64."""
    x = x.astype(np.float64)
    w = w.astype(np.float64)
    n, h, wd, c = x.shape
    kh, kw, ci, f = w.shape
    assert ci == c
    sh, sw = strides
    dh, dw = dilations
    top, bottom, left, right = resolve_padding(h, wd, kh, kw, sh, sw, dh, dw, padding)
    xp = np.pad(x, ((0, 0), (top, bottom), (left, right), (0, 0)))
    oh = (xp.shape[1] - ((kh - 1) * dh + 1)) // sh + 1
    ow = (xp.shape[2] - ((kw - 1) * dw + 1)) // sw + 1
    out = np.zeros((n, oh, ow, f))
    for i in range(kh):
        for j in range(kw):
            patch = xp[:, i * dh: i * dh + (oh - 1) * sh + 1: sh,
                       j * dw: j * dw + (ow - 1) * sw + 1: sw, :]
            out += np.einsum("nhwc,cf->nhwf", patch, w[i, j])
    return out


def np_pool(x, kind, ksize, strides, padding):
    """Max or average pooling in float64; SAME average divides by the number of real elements."""
    x = x.astype(np.float64)
    n, h, w, c = x.shape
    kh, kw = ksize
    sh, sw = strides
    top, bottom, left, right = resolve_padding(h, w, kh, kw, sh, sw, 1, 1, padding)
    oh = (h + top + bottom - kh) // sh + 1
    ow = (w + left + right - kw) // sw + 1
    out = np.zeros((n, oh, ow, c))
    for i in range(oh):
        for j in range(ow):
            r0, c0 = i * sh - top, j * sw - left
            window = x[:, max(r0, 0):min(r0 + kh, h), max(c0, 0):min(c0 + kw, w), :]
            if kind == "max":
                out[:, i, j, :] = window.max(axis=(1, 2))
            else:
                out[:, i, j, :] = window.mean(axis=(1, 2))
    return out


def np_softmax(x, axis=-1):
    x = x.astype(np.float64)
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)
