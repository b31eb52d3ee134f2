"""Freezes keras.applications architectures (random, seeded weights: nothing is downloaded) the
usual TF2 way, as Docs/MODELS.md describes, into FROZEN_DIR/<Name>.pb.

    python3 scripts/models/freeze_keras.py /tmp/models ResNet50 VGG16 ...   (default: all nine)

Not used by CI (needs TensorFlow from PyPI); `check_models.py` and `scripts/bench/models.sh` use it.
"""
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402
from tensorflow.python.framework.convert_to_constants import convert_variables_to_constants_v2  # noqa: E402

MODELS = {  # name: (constructor keyword arguments, input size)
    "ResNet50": ({}, 224), "VGG16": ({}, 224), "MobileNetV2": ({}, 224), "MobileNetV3Small": ({}, 224),
    "DenseNet121": ({}, 224), "InceptionV3": ({}, 299), "EfficientNetB0": ({}, 224), "Xception": ({}, 299),
    "ConvNeXtTiny": ({}, 224),
    # The benchmark's small one: MobileNetV2 alpha 0.35 at 96x96.
    "MobileNetV2_035_96": ({"alpha": 0.35}, 96),
}


def freeze(name, directory):
    kwargs, size = MODELS[name]
    keras.utils.set_random_seed(0)
    constructor = getattr(keras.applications, name.split("_")[0])
    model = constructor(weights=None, input_shape=(size, size, 3), **kwargs)
    fn = tf.function(lambda x: model(x, training=False))
    concrete = fn.get_concrete_function(tf.TensorSpec([None, size, size, 3], tf.float32, name="images"))
    frozen = convert_variables_to_constants_v2(concrete)
    tf.io.write_graph(frozen.graph.as_graph_def(), directory, name + ".pb", as_text=False)
    return size, [t.name.split(":")[0] for t in frozen.outputs]


if __name__ == "__main__":
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name in sys.argv[2:] or list(MODELS)[:9]:
        size, outputs = freeze(name, out)
        print(name, size, outputs, flush=True)
