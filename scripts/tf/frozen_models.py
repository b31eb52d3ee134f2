#!/usr/bin/env python3
"""Freezes small real architectures for cases_models.py, eagerly, the way Keras models are frozen
(tf.function -> concrete function with a TensorSpec -> convert_variables_to_constants_v2), with
random seeded weights (nothing is downloaded).

    python3 scripts/tf/frozen_models.py NAME OUT.pb

- mobilenetv2: keras.applications.MobileNetV2, alpha 0.35, 96x96, 10 classes (Relu6, depthwise,
  Keras batch norm arithmetic, Pad before strided convolutions, Mean, Dense).
- resnet_stack: a ResNet-style stack: ZeroPadding + 7x7/2 conv, batch norm, max pool 3x3/2, two
  bottleneck blocks (the second strided, with a projection shortcut), Add, GlobalAveragePooling,
  Flatten + Dense (Shape -> StridedSlice -> Pack -> Reshape).
- efficientnet_block: Rescaling/Normalization, swish, an MBConv block with squeeze-and-excite
  (depthwise 5x5, Mean keep_dims, sigmoid gate), Dropout off at inference, Dense.
- convnext_block: a ConvNeXt block: 4x4/4 stem, LayerNormalization, depthwise 7x7 as a grouped
  Conv2D (which Keras keeps as a function call), Dense on 4-D inputs (tensordot: Shape, GatherV2,
  Prod, Transpose), GELU (Erfc), layer scale, residual Add.
"""

import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")

import tensorflow as tf  # noqa: E402
import keras  # noqa: E402
from keras import layers  # noqa: E402
from tensorflow.python.framework.convert_to_constants import convert_variables_to_constants_v2  # noqa: E402


def randomize_batch_norm(model):
    """Moving statistics away from 0 and 1, so folding them into the convolutions is tested."""
    rng = tf.random.Generator.from_seed(3)
    for layer in model.layers:
        if isinstance(layer, layers.BatchNormalization):
            c = layer.moving_mean.shape[0]
            layer.moving_mean.assign(rng.uniform([c], -0.5, 0.5))
            layer.moving_variance.assign(rng.uniform([c], 0.5, 2.0))
            if layer.gamma is not None:
                layer.gamma.assign(rng.uniform([c], 0.5, 1.5))
            if layer.beta is not None:
                layer.beta.assign(rng.uniform([c], -0.3, 0.3))


def mobilenetv2():
    return keras.applications.MobileNetV2(weights=None, alpha=0.35, input_shape=(96, 96, 3), classes=10), 96


def resnet_stack():
    x = inputs = keras.Input((64, 64, 3))
    x = layers.ZeroPadding2D(3)(x)
    x = layers.Conv2D(16, 7, strides=2)(x)
    x = layers.BatchNormalization(epsilon=1.001e-5)(x)
    x = layers.Activation("relu")(x)
    x = layers.ZeroPadding2D(1)(x)
    x = layers.MaxPooling2D(3, strides=2)(x)
    for filters, stride in ((16, 1), (32, 2)):
        shortcut = layers.Conv2D(4 * filters, 1, strides=stride)(x)
        shortcut = layers.BatchNormalization(epsilon=1.001e-5)(shortcut)
        y = layers.Conv2D(filters, 1, strides=stride)(x)
        y = layers.BatchNormalization(epsilon=1.001e-5)(y)
        y = layers.Activation("relu")(y)
        y = layers.Conv2D(filters, 3, padding="same")(y)
        y = layers.BatchNormalization(epsilon=1.001e-5)(y)
        y = layers.Activation("relu")(y)
        y = layers.Conv2D(4 * filters, 1)(y)
        y = layers.BatchNormalization(epsilon=1.001e-5)(y)
        x = layers.Activation("relu")(layers.Add()([shortcut, y]))
    x = layers.Flatten()(layers.AveragePooling2D(2)(x))
    x = layers.Dense(10, activation="softmax")(x)
    return keras.Model(inputs, x), 64


def efficientnet_block():
    x = inputs = keras.Input((48, 48, 3))
    x = layers.Rescaling(1.0 / 255.0)(x)
    x = layers.Normalization(mean=[0.485, 0.456, 0.406], variance=[0.229 ** 2, 0.224 ** 2, 0.225 ** 2])(x)
    x = layers.Conv2D(16, 3, strides=2, padding="same", use_bias=False)(x)
    x = layers.BatchNormalization()(x)
    x = layers.Activation("swish")(x)
    y = layers.Conv2D(64, 1, use_bias=False)(x)
    y = layers.BatchNormalization()(y)
    y = layers.Activation("swish")(y)
    y = layers.DepthwiseConv2D(5, strides=2, padding="same", use_bias=False)(y)
    y = layers.BatchNormalization()(y)
    y = layers.Activation("swish")(y)
    se = layers.GlobalAveragePooling2D(keepdims=True)(y)
    se = layers.Conv2D(4, 1, activation="swish")(se)
    se = layers.Conv2D(64, 1, activation="sigmoid")(se)
    y = layers.Multiply()([y, se])
    y = layers.Conv2D(24, 1, use_bias=False)(y)
    y = layers.BatchNormalization()(y)
    y = layers.Dropout(0.2)(y)
    x = layers.GlobalAveragePooling2D()(y)
    x = layers.Dense(10, activation="softmax")(x)
    return keras.Model(inputs, x), 48


def convnext_block():
    x = inputs = keras.Input((32, 32, 3))
    x = layers.Conv2D(32, 4, strides=4)(x)
    x = layers.LayerNormalization(epsilon=1e-6)(x)
    shortcut = x
    y = layers.Conv2D(32, 7, padding="same", groups=32)(x)
    y = layers.LayerNormalization(epsilon=1e-6)(y)
    y = layers.Dense(128)(y)
    y = layers.Activation("gelu")(y)
    y = layers.Dense(32)(y)
    x = layers.Add()([shortcut, y * 0.5])
    x = layers.GlobalAveragePooling2D()(x)
    x = layers.LayerNormalization(epsilon=1e-6)(x)
    x = layers.Dense(10)(x)
    return keras.Model(inputs, x), 32


MODELS = {"mobilenetv2": mobilenetv2, "resnet_stack": resnet_stack, "efficientnet_block": efficientnet_block,
          "convnext_block": convnext_block}


def frozen_graph_def(name):
    keras.utils.set_random_seed(0)
    model, size = MODELS[name]()
    randomize_batch_norm(model)
    f = tf.function(lambda x: model(x, training=False))
    concrete = f.get_concrete_function(tf.TensorSpec([None, size, size, 3], tf.float32, name="images"))
    return convert_variables_to_constants_v2(concrete).graph.as_graph_def(), size


if __name__ == "__main__":
    gd, _ = frozen_graph_def(sys.argv[1])
    with open(sys.argv[2], "wb") as f:
        f.write(gd.SerializeToString())
