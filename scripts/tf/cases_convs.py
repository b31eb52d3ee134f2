"""Fixtures for the convolution family of real frozen models (prefix `cv_`), registered into
make_fixtures.py's CASES: DepthwiseConv2dNative (multipliers, strides, dilations, every padding,
NCHW), grouped Conv2D, FusedBatchNorm / V2 / V3 in inference (NHWC and NCHW, the extra outputs),
ResizeBilinear / ResizeNearestNeighbor and their gradients (every coordinate rule), AvgPool /
MaxPool SAME with strides over many channels, and MobileNet-style blocks end to end.

Run through make_fixtures.py: `python3 scripts/tf/make_fixtures.py cv_`.
"""

import numpy as np

from tfcommon import np_conv2d, np_pool, tf

raw = tf.raw_ops
F32 = np.float32


def np_grouped_conv(x, w, strides=(1, 1), dilations=(1, 1), padding="VALID"):
    """Grouped convolution in float64: filter [KH,KW,C/G,F], group g reads channels g*C/G.."""
    cg, f = w.shape[2], w.shape[3]
    groups = x.shape[3] // cg
    fg = f // groups
    parts = [np_conv2d(x[..., g * cg:(g + 1) * cg], w[..., g * fg:(g + 1) * fg], strides, dilations, padding)
             for g in range(groups)]
    return np.concatenate(parts, axis=3)


def np_depthwise(x, w, strides=(1, 1), dilations=(1, 1), padding="VALID"):
    kh, kw, c, m = w.shape
    return np_grouped_conv(x, w.reshape(kh, kw, 1, c * m), strides, dilations, padding)


def np_batch_norm(x, gamma, beta, mean, var, eps, axis=3):
    shape = [1] * x.ndim
    shape[axis] = -1
    p = [np.asarray(v, np.float64).reshape(shape) for v in (gamma, beta, mean, var)]
    return (x.astype(np.float64) - p[2]) / np.sqrt(p[3] + eps) * p[0] + p[1]


def np_relu6(x):
    return np.minimum(np.maximum(x, 0), 6)


def resize_axis(in_size, out_size, align, half, method):
    """TensorFlow's index (and weight) per output, in float32 as TensorFlow computes them."""
    if align and out_size > 1:
        scale = np.float32(in_size - 1) / np.float32(out_size - 1)
    else:
        scale = np.float32(in_size) / np.float32(out_size)
    scale = np.float32(scale)
    taps = []
    for o in range(out_size):
        if method == "bilinear":
            x = (np.float32(o) + np.float32(0.5)) * scale - np.float32(0.5) if half else np.float32(o) * scale
            x = np.float32(x)
            f = np.floor(x)
            taps.append((max(int(f), 0), min(int(np.ceil(x)), in_size - 1), float(x - f)))
        else:
            x = np.float32((np.float32(o) + np.float32(0.5)) * scale) if half else np.float32(np.float32(o) * scale)
            i = min(int(np.floor(x + np.float32(0.5)) if align else np.floor(x)), in_size - 1)  # roundf: x >= 0
            taps.append(max(i, 0) if half else i)
    return taps


def resize_weights(in_shape, size, align, half, method):
    """The (output pixel, input pixel) weight matrix for one image, [out_h*out_w, in_h*in_w]."""
    h, w = in_shape
    rows = resize_axis(h, size[0], align, half, method)
    cols = resize_axis(w, size[1], align, half, method)
    m = np.zeros((size[0] * size[1], h * w))
    for oy, ry in enumerate(rows):
        for ox, rx in enumerate(cols):
            o = oy * size[1] + ox
            if method == "bilinear":
                (y0, y1, yl), (x0, x1, xl) = ry, rx
                for iy, ix, wt in ((y0, x0, (1 - yl) * (1 - xl)), (y0, x1, (1 - yl) * xl),
                                   (y1, x0, yl * (1 - xl)), (y1, x1, yl * xl)):
                    m[o, iy * w + ix] += wt
            else:
                m[o, ry * w + rx] += 1
    return m


def np_resize(x, size, align, half, method):
    n, h, w, c = x.shape
    m = resize_weights((h, w), size, align, half, method)
    return np.einsum("oi,nic->noc", m, x.astype(np.float64).reshape(n, h * w, c)).reshape(n, size[0], size[1], c)


def np_resize_grad(dy, in_hw, align, half, method):
    n, oh, ow, c = dy.shape
    m = resize_weights(in_hw, (oh, ow), align, half, method)
    return np.einsum("oi,noc->nic", m, dy.astype(np.float64).reshape(n, oh * ow, c)).reshape(n, in_hw[0], in_hw[1], c)


def grouped_via_conv2d(xv, wv, s4, d4, pad, explicit):
    """DepthwiseConv2dNative's value computed by TensorFlow's grouped Conv2D in a fresh graph."""
    from tfcommon import session
    kh, kw, c, mult = wv.shape
    g = tf.Graph()
    with g.as_default():
        y = raw.Conv2D(input=tf.constant(xv), filter=tf.constant(wv.reshape(kh, kw, 1, c * mult)), strides=s4,
                       dilations=d4, padding=pad, explicit_paddings=explicit)
        with session(g) as s:
            return s.run(y)


def register(m):
    case, ACCUMULATE, EXACT = m.case, m.ACCUMULATE, m.EXACT
    SMOOTH = {"rtol": 1e-6, "atol": 1e-6}
    tf_padding, nhwc_to_nchw_list, nhwc_to_nchw_pairs = m.tf_padding, m.nhwc_to_nchw_list, m.nhwc_to_nchw_pairs

    # DepthwiseConv2dNative and grouped Conv2D ------------------------------------------------
    def depthwise_case(name, x_shape, w_shape, strides=(1, 1), dilations=(1, 1), padding="VALID", note="",
                       data_format="NHWC"):
        """Shapes in NHWC; an NCHW case transposes the fed input and writes NCHW attributes."""
        @case(name, ACCUMULATE, note)
        def _(b):
            xv, wv = b.uniform(x_shape), b.uniform(w_shape)
            pad, explicit = tf_padding(padding)
            s4, d4 = [1, strides[0], strides[1], 1], [1, dilations[0], dilations[1], 1]
            w = tf.constant(wv, name="filter")
            ref = np_depthwise(xv, wv, strides, dilations, padding)
            if data_format == "NHWC":
                x = b.placeholder("x", xv)
                y = raw.DepthwiseConv2dNative(input=x, filter=w, strides=s4, dilations=d4, padding=pad,
                                              explicit_paddings=explicit, name="depthwise")
                # TensorFlow's CPU kernel refuses dilations and unequal strides; the grouped Conv2D
                # computes the same.
                refused = dilations != (1, 1) or strides[0] != strides[1]
                expected = grouped_via_conv2d(xv, wv, s4, d4, pad, explicit) if refused else None
                b.out(y, ref=ref, expected=expected)
            else:
                x = b.placeholder("x", np.ascontiguousarray(xv.transpose(0, 3, 1, 2)))
                y = raw.DepthwiseConv2dNative(input=x, filter=w, strides=nhwc_to_nchw_list(s4),
                                              dilations=nhwc_to_nchw_list(d4), padding=pad,
                                              explicit_paddings=nhwc_to_nchw_pairs(explicit),
                                              data_format="NCHW", name="depthwise")
                expected = m.eval_via_nhwc(b.feeds["x"], lambda t: raw.DepthwiseConv2dNative(
                    input=t, filter=wv, strides=s4, dilations=d4, padding=pad, explicit_paddings=explicit))
                b.out(y, ref=ref.transpose(0, 3, 1, 2), expected=expected)

    depthwise_case("cv_depthwise_m1_s1_same", [2, 7, 8, 8], [3, 3, 8, 1], padding="SAME",
                   note="DepthwiseConv2dNative 3x3 SAME stride 1, multiplier 1, 8 channels, batch 2")
    depthwise_case("cv_depthwise_m1_s2_same_144", [1, 15, 14, 144], [3, 3, 144, 1], strides=(2, 2), padding="SAME",
                   note="DepthwiseConv2dNative 3x3 SAME stride 2 over 144 channels (a MobileNetV2 layer, smaller image)")
    depthwise_case("cv_depthwise_m2_s2_valid", [1, 9, 10, 4], [3, 3, 4, 2], strides=(2, 2),
                   note="DepthwiseConv2dNative multiplier 2 (4 -> 8 channels, output c*2+m), VALID stride 2")
    depthwise_case("cv_depthwise_m2_dilation2_same", [1, 10, 9, 8], [3, 3, 8, 2], dilations=(2, 2), padding="SAME",
                   note="DepthwiseConv2dNative multiplier 2, dilation 2, SAME (expected output from TensorFlow's "
                        "grouped Conv2D with filter [3,3,1,16] when its CPU kernel refuses dilations)")
    depthwise_case("cv_depthwise_explicit_5x5", [1, 8, 9, 16], [5, 5, 16, 1], padding=(2, 1, 0, 3),
                   note="DepthwiseConv2dNative 5x5 EXPLICIT (top 2, bottom 1, left 0, right 3)")
    depthwise_case("cv_depthwise_m3_odd_channels", [2, 6, 5, 3], [3, 2, 3, 3], strides=(1, 2), padding="SAME",
                   note="DepthwiseConv2dNative 3 channels multiplier 3, 3x2 kernel, strides (1, 2), SAME (expected "
                        "output from TensorFlow's grouped Conv2D when its CPU kernel refuses unequal strides)")
    depthwise_case("cv_depthwise_nchw_s2", [1, 8, 9, 8], [3, 3, 8, 2], strides=(2, 2), padding="SAME",
                   data_format="NCHW", note="DepthwiseConv2dNative NCHW multiplier 2 SAME stride 2 (expected output "
                                            "via NHWC + transposes when TensorFlow's CPU refuses NCHW)")

    def grouped_case(name, x_shape, w_shape, strides=(1, 1), padding="VALID", note=""):
        @case(name, ACCUMULATE, note)
        def _(b):
            xv, wv = b.uniform(x_shape), b.uniform(w_shape)
            pad, explicit = tf_padding(padding)
            x = b.placeholder("x", xv)
            y = raw.Conv2D(input=x, filter=tf.constant(wv, name="filter"), strides=[1, strides[0], strides[1], 1],
                           padding=pad, explicit_paddings=explicit, name="conv")
            b.out(y, ref=np_grouped_conv(xv, wv, strides, (1, 1), padding))

    grouped_case("cv_grouped_conv_4_groups", [2, 6, 7, 8], [3, 3, 2, 12], padding="SAME",
                 note="Conv2D with a grouped filter: 8 input channels, filter [3,3,2,12] -> 4 groups of 2 -> 3")
    grouped_case("cv_grouped_conv_depthwise_7x7", [1, 9, 10, 16], [7, 7, 1, 16], padding="SAME",
                 note="Conv2D with filter [7,7,1,16] on 16 channels: ConvNeXt's depthwise 7x7 as Keras writes it")
    grouped_case("cv_grouped_conv_2_groups_s2", [1, 9, 8, 6], [3, 3, 3, 4], strides=(2, 2), padding=(1, 0, 2, 1),
                 note="Conv2D grouped (2 groups of 3 -> 2), EXPLICIT padding, stride 2")

    # FusedBatchNorm in inference -----------------------------------------------------------
    def batch_norm_case(name, version, data_format, note, epsilon=0.001):
        @case(name, ACCUMULATE, note)
        def _(b):
            shape = [2, 5, 4, 6] if data_format == "NHWC" else [2, 6, 5, 4]
            xv = b.uniform(shape, -2, 2)
            x = b.placeholder("x", xv)
            gamma, beta = b.uniform([6], 0.5, 1.5), b.uniform([6])
            mean, var = b.uniform([6]), b.uniform([6], 0.1, 2.0)
            op = {1: raw.FusedBatchNorm, 2: raw.FusedBatchNormV2, 3: raw.FusedBatchNormV3}[version]
            params = [tf.constant(v, name=n) for v, n in ((gamma, "gamma"), (beta, "beta"), (mean, "mean"), (var, "var"))]
            y = op(x=x, scale=params[0], offset=params[1], mean=params[2], variance=params[3], epsilon=epsilon,
                   data_format=data_format, is_training=False, name="bn")
            axis = 3 if data_format == "NHWC" else 1
            b.out(y[0], ref=np_batch_norm(xv, gamma, beta, mean, var, epsilon, axis))
            # Outputs 1 and 2 are the given mean and variance in inference; read through a consumer.
            b.out(raw.Identity(input=y[1], name="batch_mean"), ref=mean.astype(np.float64))
            b.out(raw.Identity(input=y[2], name="batch_variance"), ref=var.astype(np.float64))

    batch_norm_case("cv_fused_batch_norm_v3_nhwc", 3, "NHWC",
                    "FusedBatchNormV3 is_training=false NHWC, epsilon 0.001; batch_mean / batch_variance (outputs 1, 2) read")
    batch_norm_case("cv_fused_batch_norm_v3_nchw", 3, "NCHW",
                    "FusedBatchNormV3 is_training=false NCHW (channel axis 1); outputs 1, 2 read")
    batch_norm_case("cv_fused_batch_norm_v2_nhwc", 2, "NHWC", "FusedBatchNormV2 inference NHWC, epsilon 1e-5",
                    epsilon=1e-5)
    batch_norm_case("cv_fused_batch_norm_v1_nhwc", 1, "NHWC", "FusedBatchNorm (v1) inference NHWC")

    # Resizing -----------------------------------------------------------------------------
    def resize_case(name, method, x_shape, size, align=False, half=False, note="", dtype=F32):
        tolerance = EXACT if method == "nearest" else SMOOTH

        @case(name, tolerance, note)
        def _(b):
            xv = b.uniform(x_shape) if dtype == F32 else b.ints(x_shape, -50, 50)
            x = b.placeholder("x", xv)
            op = raw.ResizeBilinear if method == "bilinear" else raw.ResizeNearestNeighbor
            y = op(images=x, size=tf.constant(np.array(size, np.int32), name="size"), align_corners=align,
                   half_pixel_centers=half, name="resize")
            ref = np_resize(xv, size, align, half, method)
            b.out(y, ref=ref.astype(np.int64) if dtype != F32 and method == "nearest" else ref)

    for method in ("bilinear", "nearest"):
        for align, half, label in ((False, False, "legacy"), (True, False, "align_corners"), (False, True, "half_pixel")):
            resize_case(f"cv_resize_{method}_{label}_up", method, [2, 4, 5, 3], (7, 9), align, half,
                        f"Resize{'Bilinear' if method == 'bilinear' else 'NearestNeighbor'} 4x5 -> 7x9, "
                        f"align_corners={align}, half_pixel_centers={half}")
            resize_case(f"cv_resize_{method}_{label}_down", method, [1, 9, 8, 16], (4, 3), align, half,
                        f"{method} 9x8 -> 4x3 over 16 channels, align_corners={align}, half_pixel_centers={half}")
    resize_case("cv_resize_bilinear_int32_input", "bilinear", [1, 3, 4, 2], (5, 6), half=True, dtype=np.int32,
                note="ResizeBilinear of an int32 image: TensorFlow computes in float32 and returns float32")
    resize_case("cv_resize_nearest_int32", "nearest", [1, 3, 4, 2], (6, 8), half=True, dtype=np.int32,
                note="ResizeNearestNeighbor int32 2x up, half_pixel_centers (same type out)")
    resize_case("cv_resize_bilinear_to_one_pixel", "bilinear", [1, 5, 6, 2], (1, 1), align=True,
                note="ResizeBilinear to 1x1 with align_corners (the scale falls back to in/out)")

    def resize_grad_case(name, method, x_shape, size, align=False, half=False, note=""):
        @case(name, ACCUMULATE, note)
        def _(b):
            xv = b.uniform(x_shape)
            dyv = b.uniform([x_shape[0], size[0], size[1], x_shape[3]])
            x, dy = b.placeholder("x", xv), b.placeholder("dy", dyv)
            size_t = tf.constant(np.array(size, np.int32), name="size")
            if method == "bilinear":
                y = raw.ResizeBilinear(images=x, size=size_t, align_corners=align, half_pixel_centers=half, name="resize")
                g = raw.ResizeBilinearGrad(grads=dy, original_image=x, align_corners=align, half_pixel_centers=half,
                                           name="resize_grad")
            else:
                y = raw.ResizeNearestNeighbor(images=x, size=size_t, align_corners=align, half_pixel_centers=half,
                                              name="resize")
                g = raw.ResizeNearestNeighborGrad(grads=dy, size=tf.constant(np.array(x_shape[1:3], np.int32), name="orig_size"),
                                                  align_corners=align, half_pixel_centers=half, name="resize_grad")
            b.out(y, ref=np_resize(xv, size, align, half, method))
            b.out(g, ref=np_resize_grad(dyv, x_shape[1:3], align, half, method))

    resize_grad_case("cv_resize_bilinear_grad_half_pixel", "bilinear", [2, 4, 5, 3], (7, 9), half=True,
                     note="ResizeBilinearGrad (grads, original_image) with half_pixel_centers, and the forward resize")
    resize_grad_case("cv_resize_bilinear_grad_align_down", "bilinear", [1, 9, 8, 2], (4, 3), align=True,
                     note="ResizeBilinearGrad align_corners, downscaling 9x8 -> 4x3")
    resize_grad_case("cv_resize_nearest_grad", "nearest", [1, 5, 6, 2], (8, 9),
                     note="ResizeNearestNeighborGrad (grads, size) legacy rule, 5x6 -> 8x9")

    # Pooling SAME with strides over many channels (the vectorised NHWC path) ---------------
    for kind in ("max", "avg"):
        @case(f"cv_{kind}pool_same_s2_32_channels", SMOOTH if kind == "avg" else m.ELEMENTWISE,
              f"{'MaxPool' if kind == 'max' else 'AvgPool'} 3x3 stride 2 SAME on 9x10x32 NHWC "
              "(AvgPool divides by the real elements only)")
        def _(b, kind=kind):
            xv = b.uniform([2, 9, 10, 32])
            x = b.placeholder("x", xv)
            attributes = dict(ksize=[1, 3, 3, 1], strides=[1, 2, 2, 1], padding="SAME", name=kind + "pool")
            y = raw.MaxPool(input=x, **attributes) if kind == "max" else raw.AvgPool(value=x, **attributes)
            b.out(y, ref=np_pool(xv, kind, (3, 3), (2, 2), "SAME"))

    # MobileNet-style blocks ----------------------------------------------------------------
    @case("cv_mobilenet_block", ACCUMULATE,
          "MobileNetV2 inverted residual, TF1/Slim style: Conv2D 1x1 8->24 + FusedBatchNormV3 + Relu6, "
          "DepthwiseConv2dNative 3x3 SAME + FusedBatchNormV3 + Relu6, Conv2D 1x1 24->8 + FusedBatchNormV3, "
          "AddV2 residual; then a stride-2 block 8->32 (expand 48, multiplier 1)")
    def _(b):
        xv = b.uniform([1, 12, 11, 8])
        x = b.placeholder("x", xv)

        def bn(t, c, name):
            gamma, beta = b.uniform([c], 0.5, 1.5), b.uniform([c], -0.5, 0.5)
            mean, var = b.uniform([c], -0.5, 0.5), b.uniform([c], 0.5, 2.0)
            y = raw.FusedBatchNormV3(x=t, scale=tf.constant(gamma), offset=tf.constant(beta), mean=tf.constant(mean),
                                     variance=tf.constant(var), epsilon=0.001, is_training=False, name=name)[0]
            return y, lambda r: np_batch_norm(r, gamma, beta, mean, var, 0.001)

        def block(t, r, cin, expand, cout, stride, prefix):
            w1, wd, w2 = b.uniform([1, 1, cin, expand]), b.uniform([3, 3, expand, 1]), b.uniform([1, 1, expand, cout])
            h = raw.Conv2D(input=t, filter=tf.constant(w1), strides=[1, 1, 1, 1], padding="VALID", name=prefix + "expand")
            h, f1 = bn(h, expand, prefix + "expand_bn")
            h = raw.Relu6(features=h, name=prefix + "expand_relu")
            h = raw.DepthwiseConv2dNative(input=h, filter=tf.constant(wd), strides=[1, stride, stride, 1], padding="SAME",
                                          name=prefix + "depthwise")
            h, f2 = bn(h, expand, prefix + "depthwise_bn")
            h = raw.Relu6(features=h, name=prefix + "depthwise_relu")
            h = raw.Conv2D(input=h, filter=tf.constant(w2), strides=[1, 1, 1, 1], padding="VALID", name=prefix + "project")
            h, f3 = bn(h, cout, prefix + "project_bn")
            rh = np_relu6(f1(np_conv2d(r, w1)))
            rh = np_relu6(f2(np_depthwise(rh, wd, (stride, stride), (1, 1), "SAME")))
            rh = f3(np_conv2d(rh, w2))
            if stride == 1 and cin == cout:
                return raw.AddV2(x=t, y=h, name=prefix + "add"), r + rh
            return h, rh

        h, r = block(x, b.val(x), 8, 24, 8, 1, "block1/")
        h, r = block(h, r, 8, 48, 32, 2, "block2/")
        b.out(h, ref=r)

    @case("cv_keras_bn_swish_block", ACCUMULATE,
          "Keras 3 style (EfficientNet): DepthwiseConv2dNative 3x3 + BiasAdd, batch norm as Mul/AddV2 of [1,1,1,C] "
          "constants, swish x*sigmoid(x); then Conv2D 1x1 + BiasAdd + Mul/Sub/AddV2 batch norm + Relu")
    def _(b):
        xv = b.uniform([2, 7, 6, 16])
        x = b.placeholder("x", xv)
        wd, bd = b.uniform([3, 3, 16, 1]), b.uniform([16])
        scale, shift = b.uniform([1, 1, 1, 16], 0.5, 1.5), b.uniform([1, 1, 1, 16])
        h = raw.DepthwiseConv2dNative(input=x, filter=tf.constant(wd), strides=[1, 1, 1, 1], padding="SAME", name="dw")
        h = raw.BiasAdd(value=h, bias=tf.constant(bd), name="dw_bias")
        h = raw.AddV2(x=raw.Mul(x=h, y=tf.constant(scale), name="bn_mul"), y=tf.constant(shift), name="bn_add")
        h = raw.Mul(x=h, y=raw.Sigmoid(x=h, name="swish_sigmoid"), name="swish")
        r = (np_depthwise(b.val(x), wd, (1, 1), (1, 1), "SAME") + bd) * scale + shift
        r = r / (1 + np.exp(-r))
        w1, b1 = b.uniform([1, 1, 16, 8]), b.uniform([8])
        gamma, mean, beta = b.uniform([1, 1, 1, 8], 0.5, 1.5), b.uniform([1, 1, 1, 8]), b.uniform([1, 1, 1, 8])
        h = raw.Conv2D(input=h, filter=tf.constant(w1), strides=[1, 1, 1, 1], padding="VALID", name="pw")
        h = raw.BiasAdd(value=h, bias=tf.constant(b1), name="pw_bias")
        h = raw.Sub(x=raw.Mul(x=h, y=tf.constant(gamma), name="pw_bn_mul"), y=tf.constant(mean), name="pw_bn_sub")
        h = raw.Relu(features=raw.AddV2(x=h, y=tf.constant(beta), name="pw_bn_add"), name="relu")
        r = np.maximum((np_conv2d(r, w1) + b1) * gamma - mean + beta, 0)
        b.out(h, ref=r)


# Gradient fixtures (Tests/Fixtures/tf_grad, through make_grad_fixtures.py) ------------------

def grad_cases(m):
    """The gradient cases, for make_grad_fixtures.py (`m` is that module)."""
    return {"cv_mobilenet_grad": lambda net: mobilenet_grad(net, m.mean_all)}


def mobilenet_grad(net, mean_all):
    """A MobileNet-style stack whose every op is of this family, for `graphjit grad`."""
    rng = net.rng
    images = net.placeholder("images", rng.uniform(-1, 1, size=[2, 8, 7, 3]))
    x = raw.Conv2D(input=images, filter=net.weight("expand/kernel", [1, 1, 3, 8], 0.5), strides=[1, 1, 1, 1],
                   padding="VALID", name="expand/Conv2D")
    gamma, beta = net.weight("bn/gamma", [8], 0.3), net.weight("bn/beta", [8], 0.3)
    mean = tf.constant(rng.normal(0, 0.2, size=[8]).astype(net.np_dtype), name="bn/moving_mean")
    var = tf.constant(rng.uniform(0.5, 1.5, size=[8]).astype(net.np_dtype), name="bn/moving_variance")
    if net.dtype == tf.float32:
        x = raw.FusedBatchNormV3(x=x, scale=gamma, offset=beta, mean=mean, variance=var, epsilon=0.001,
                                 is_training=False, name="bn/FusedBatchNormV3")[0]
    else:
        # FusedBatchNorm is float32 only in TensorFlow: the float64 check run spells it out.
        x = (x - mean) * tf.math.rsqrt(var + 0.001) * gamma + beta
    x = raw.Relu6(features=x, name="bn/Relu6")
    x = raw.DepthwiseConv2dNative(input=x, filter=net.weight("depthwise/kernel", [3, 3, 8, 2], 0.4),
                                  strides=[1, 2, 2, 1], padding="SAME", name="depthwise/depthwise")   # [2,4,4,16]
    x = raw.BiasAdd(value=x, bias=net.weight("depthwise/bias", [16], 0.1), name="depthwise/BiasAdd")
    x = raw.ResizeBilinear(images=x, size=tf.constant(np.array([6, 5], np.int32), name="up/size"),
                           half_pixel_centers=True, name="up/ResizeBilinear")                           # [2,6,5,16]
    if net.dtype != tf.float32:
        x = tf.cast(x, net.dtype)  # ResizeBilinear returns float32 whatever it is given
    w = net.weight("grouped/kernel", [3, 3, 4, 8], 0.3)
    if net.expand_dilation:
        # The gradient run: TensorFlow's CPU Conv2DBackpropFilter refuses grouped filters with more
        # than one channel per group, so each group is its own Conv2D (the same forward value).
        parts = [raw.Conv2D(input=x[..., 4 * g:4 * g + 4], filter=w[..., 2 * g:2 * g + 2], strides=[1, 1, 1, 1],
                            padding="SAME") for g in range(4)]
        x = tf.concat(parts, axis=3)
    else:
        x = raw.Conv2D(input=x, filter=w, strides=[1, 1, 1, 1], padding="SAME", name="grouped/Conv2D")   # 4 groups
    x = raw.ResizeNearestNeighbor(images=x, size=tf.constant(np.array([3, 3], np.int32), name="down/size"),
                                  name="down/ResizeNearestNeighbor")
    loss = mean_all(raw.Square(x=x, name="square"), "loss")
    return loss, sorted(net.weights) + ["images"], (
        "Conv2D 1x1 3->8 -> FusedBatchNormV3 (inference) -> Relu6 -> DepthwiseConv2dNative 3x3 stride 2 multiplier 2 "
        "+ BiasAdd -> ResizeBilinear half_pixel 4x4 -> 6x5 -> grouped Conv2D [3,3,4,8] (4 groups) -> "
        "ResizeNearestNeighbor -> 3x3; loss = Mean(Square(.)). wrt every weight (batch norm gamma and beta included) "
        "and the images. TensorFlow's CPU filter gradient refuses the grouped filter ('filter_size does not have "
        "enough elements'), so the expected gradients come from the same graph with one Conv2D per group")
