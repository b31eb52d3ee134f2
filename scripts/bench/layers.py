"""Writes single-layer frozen graphs (input `images`) of the convolutions that dominate the real
models, so one kernel can be measured and its assembly read without the whole net around it.

    python3 scripts/bench/layers.py DIR [name ...]       (default: all; then scripts/bench/layers.sh DIR)

Each layer is Conv2D (or DepthwiseConv2dNative) + BiasAdd + Relu, as Keras freezes them; `res`
layers add a residual input before the Relu (ResNet's and Xception's block ends). Weights are
random and seeded. Not used by CI (needs TensorFlow from PyPI).
"""
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
from tensorflow.python.framework.convert_to_constants import convert_variables_to_constants_v2  # noqa: E402

# name: (height = width, input channels, output channels, kernel, stride, kind), kind one of
# conv, res (conv + residual add), dw (depthwise, multiplier 1).
LAYERS = {
    "vgg224c3": (224, 3, 64, 3, 1, "conv"),        # VGG16 block1_conv1: the 3-channel stem
    "vgg224c64": (224, 64, 64, 3, 1, "conv"),      # block1_conv2
    "vgg56c256": (56, 256, 256, 3, 1, "conv"),     # block3
    "vgg28c512": (28, 512, 512, 3, 1, "conv"),     # block4
    "vgg14c512": (14, 512, 512, 3, 1, "conv"),     # block5
    "res56k64": (56, 64, 256, 1, 1, "res"),        # ResNet50 conv2 block end (1x1, K = 64)
    "res28k128": (28, 128, 512, 1, 1, "res"),      # conv3 block end
    "res14k256": (14, 256, 1024, 1, 1, "res"),     # conv4 block end
    "res14c256": (14, 256, 256, 3, 1, "conv"),     # conv4 3x3
    "res56s1": (56, 256, 64, 1, 1, "conv"),        # conv2 block start (1x1, N = 64)
    "xc19pw": (19, 728, 728, 1, 1, "res"),         # Xception middle flow pointwise + residual
    "xc19dw": (19, 728, 728, 3, 1, "dw"),          # Xception middle flow depthwise
    "mb112dw": (112, 32, 32, 3, 1, "dw"),          # MobileNetV2 first depthwise
    "stem299": (299, 3, 32, 3, 2, "conv"),         # Xception/Inception stem, stride 2 VALID
}


def layer_fn(size, cin, cout, k, stride, kind):
    rng = np.random.default_rng(0)
    scale = np.float32(np.sqrt(2.0 / (k * k * cin)))
    if kind == "dw":
        w = tf.constant(rng.standard_normal((k, k, cin, 1)).astype(np.float32) * scale)
    else:
        w = tf.constant(rng.standard_normal((k, k, cin, cout)).astype(np.float32) * scale)
    bias = tf.constant(rng.standard_normal(cout).astype(np.float32) * 0.1)
    padding = "VALID" if stride > 1 else "SAME"

    def fn(x):
        if kind == "dw":
            y = tf.nn.depthwise_conv2d(x, w, [1, stride, stride, 1], padding)
        else:
            y = tf.nn.conv2d(x, w, stride, padding)
        y = tf.nn.bias_add(y, bias)
        if kind == "res":  # the residual: the block input's shortcut, here a fixed tensor of the output's shape
            out = size // stride
            y = y + tf.constant(rng.standard_normal((1, out, out, cout)).astype(np.float32))
        return tf.nn.relu(y)
    return fn


def write(name, directory):
    size, cin, cout, k, stride, kind = LAYERS[name]
    fn = tf.function(layer_fn(size, cin, cout, k, stride, kind))
    concrete = fn.get_concrete_function(tf.TensorSpec([1, size, size, cin], tf.float32, name="images"))
    frozen = convert_variables_to_constants_v2(concrete)
    tf.io.write_graph(frozen.graph.as_graph_def(), directory, name + ".pb", as_text=False)
    return f"{name} images=1,{size},{size},{cin}"


if __name__ == "__main__":
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    lines = [write(name, out) for name in sys.argv[2:] or LAYERS]
    with open(os.path.join(out, "layers.txt"), "w") as f:  # read by layers.sh: name and input shape
        f.write("\n".join(lines) + "\n")
