"""Forward fixtures for the ops training graphs use, registered into make_fixtures.py's CASES.

Losses (SparseSoftmaxCrossEntropyWithLogits, SoftmaxCrossEntropyWithLogits, both outputs),
ArgMax, comparisons, Cast, Select / SelectV2, BroadcastTo, Transpose, ReverseV2, and the gradient
ops tf.gradients emits (Conv2DBackpropInput / Filter, MaxPoolGrad, AvgPoolGrad, ReluGrad,
BiasAddGrad). Run through make_fixtures.py (`python3 scripts/tf/make_fixtures.py grad`).

Where TensorFlow's CPU kernels refuse a graph (NCHW, dilated conv gradients), the graph keeps the
refused attribute and the expected value comes from an equivalent graph; the note says how.
"""

import numpy as np

from tfcommon import resolve_padding, session, tf

raw = tf.raw_ops
F32, I32 = np.float32, np.int32
LOSS = {"rtol": 1e-5, "atol": 1e-6}


def register(m):
    """Adds the cases through make_fixtures' `case` decorator (`m` is that module)."""
    case, EXACT, ELEMENTWISE, ACCUMULATE = m.case, m.EXACT, m.ELEMENTWISE, m.ACCUMULATE
    pool_tolerance = {"rtol": 1e-6, "atol": 1e-6}

    # Losses --------------------------------------------------------------------------------
    def log_softmax(x):
        x = x - x.max(axis=1, keepdims=True)
        return x - np.log(np.exp(x).sum(axis=1, keepdims=True))

    def sparse_xent_case(name, label_dtype, note):
        @case(name, LOSS, note)
        def _(b):
            v = b.uniform([5, 4], -3, 3)
            v[0] = [1000, 1001, 1002, 999]
            v[1] = [-1000, -999, -998, -1001]
            v[2] = [50, -50, 0, 50]
            labels = np.array([2, 0, 3, 1, 1], label_dtype)
            x = b.placeholder("logits", v)
            lab = b.placeholder("labels", labels)
            xent = raw.SparseSoftmaxCrossEntropyWithLogits(features=x, labels=lab, name="xent")
            lsm = log_softmax(b.val(x))
            onehot = np.eye(4)[labels]
            b.out(xent[0], ref=-(lsm * onehot).sum(axis=1))
            b.out(xent[1], ref=np.exp(lsm) - onehot)

    sparse_xent_case("sparse_xent_int32_large_logits", np.int32,
                     "SparseSoftmaxCrossEntropyWithLogits, int32 labels; rows of logits ~1000 and ~-1000 "
                     "(naive exp overflows / underflows) and a tie; outputs loss (xent) and backprop (xent:1)")
    sparse_xent_case("sparse_xent_int64_labels", np.int64,
                     "SparseSoftmaxCrossEntropyWithLogits with int64 labels (Tlabels = DT_INT64, TF's default)")

    @case("softmax_xent", LOSS, "SoftmaxCrossEntropyWithLogits: soft labels (rows sum to 1), a row of large "
                                "logits and a one-hot row; outputs loss (xent) and backprop (xent:1)")
    def _(b):
        v = b.uniform([4, 6], -4, 4)
        v[0] = [1000, 1003, 998, 1001, 1000, 999]
        p = b.uniform([4, 6], 0, 1)
        p[1] = np.eye(6)[2]
        p = (p / p.sum(axis=1, keepdims=True)).astype(F32)
        x, lab = b.placeholder("logits", v), b.placeholder("labels", p)
        xent = raw.SoftmaxCrossEntropyWithLogits(features=x, labels=lab, name="xent")
        lsm, pv = log_softmax(b.val(x)), b.val(lab)
        b.out(xent[0], ref=-(pv * lsm).sum(axis=1))
        b.out(xent[1], ref=np.exp(lsm) - pv)

    # ArgMax, comparisons, Cast, Select -------------------------------------------------------
    @case("argmax_axes_ties", EXACT,
          "ArgMax of x [3,4,5] (small integers as floats, so many ties) over axis 0 (output_type int64, "
          "the default), axis 1 (int32) and axis -1 (int64 Tidx Const): TensorFlow returns the first "
          "maximum on ties, like NumPy")
    def _(b):
        x = b.placeholder("x", b.ints([3, 4, 5], -2, 2).astype(F32))
        xv = b.val(x)
        b.out(raw.ArgMax(input=x, dimension=tf.constant(0, name="axis0"), name="argmax0"), ref=xv.argmax(0))
        b.out(raw.ArgMax(input=x, dimension=tf.constant(1, name="axis1"), output_type=tf.int32, name="argmax1"),
              ref=xv.argmax(1))
        b.out(raw.ArgMax(input=x, dimension=tf.constant(np.int64(-1), name="axis_last"), name="argmax_last"),
              ref=xv.argmax(-1))

    def compare_case(name, dtype, note):
        @case(name, EXACT, note)
        def _(b):
            xv = b.ints([3, 1], -2, 2).astype(dtype)
            yv = b.ints([4], -2, 2).astype(dtype)
            x, y = b.placeholder("x", xv), b.placeholder("y", yv)
            ops = {"Equal": np.equal, "NotEqual": np.not_equal, "Less": np.less, "LessEqual": np.less_equal,
                   "Greater": np.greater, "GreaterEqual": np.greater_equal}
            for op, fn in ops.items():
                b.out(getattr(raw, op)(x=x, y=y, name=op.lower()), ref=fn(b.val(x), b.val(y)))

    compare_case("compare_f32_broadcast", F32, "Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual: "
                 "[3,1] vs [4] -> bool [3,4], small integer values so equal pairs occur")
    compare_case("compare_i32_broadcast", I32, "the six comparisons on int32 [3,1] vs [4]")

    @case("cast_conversions", EXACT,
          "Cast float32 -> int32 truncates toward zero (-2.7 -> -2, 2.7 -> 2), int32 -> float32, float32 -> bool "
          "(x != 0), bool -> float32 (0/1), int32 -> int64, bool -> int32")
    def _(b):
        v = b.uniform([2, 5], -5, 5)
        v[0] = [-2.7, 2.7, -0.5, 0.0, 1e6 + 0.5]
        f = b.placeholder("f", v)
        i = b.placeholder("i", b.ints([2, 5], -1000, 1000))
        t = b.placeholder("t", np.array([True, False, True], np.bool_))
        b.out(raw.Cast(x=f, DstT=tf.int32, name="f_to_i32"), ref=np.trunc(b.val(f)).astype(np.int64))
        b.out(raw.Cast(x=i, DstT=tf.float32, name="i32_to_f"), ref=b.val(i).astype(np.float64))
        b.out(raw.Cast(x=f, DstT=tf.bool, name="f_to_bool"), ref=b.val(f) != 0)
        b.out(raw.Cast(x=t, DstT=tf.float32, name="bool_to_f"), ref=b.val(t).astype(np.float64))
        b.out(raw.Cast(x=i, DstT=tf.int64, name="i32_to_i64"), ref=b.val(i))
        b.out(raw.Cast(x=t, DstT=tf.int32, name="bool_to_i32"), ref=b.val(t))

    @case("select_broadcast", ELEMENTWISE,
          "SelectV2 broadcasting all three: condition [3,1], t [1,4], e scalar -> [3,4]; Select (v1) with a "
          "condition of the branches' shape [3,4] and with a scalar condition")
    def _(b):
        c = b.placeholder("c", np.array([[True], [False], [True]]))
        full = b.placeholder("full", b.uniform([3, 4]) > 0)
        s = b.placeholder("s", np.array(False))
        tv = b.placeholder("t", b.uniform([1, 4]))
        ev = b.placeholder("e", np.float32(0.5))
        x, y = b.placeholder("x", b.uniform([3, 4])), b.placeholder("y", b.uniform([3, 4]))
        b.out(raw.SelectV2(condition=c, t=tv, e=ev, name="select_v2"),
              ref=np.where(b.feeds["c"], b.val(tv), b.val(ev)))
        b.out(raw.Select(condition=full, x=x, y=y, name="select_same"),
              ref=np.where(b.feeds["full"], b.val(x), b.val(y)))
        b.out(raw.Select(condition=s, x=x, y=y, name="select_scalar"), ref=b.val(y))

    @case("broadcast_to", EXACT, "BroadcastTo [3,1] -> [2,3,4] and scalar -> [2,2] (int64 shape Const)")
    def _(b):
        x = b.placeholder("x", b.uniform([3, 1]))
        s = b.placeholder("s", np.float32(1.5))
        b.out(raw.BroadcastTo(input=x, shape=tf.constant([2, 3, 4], name="shape"), name="broadcast"),
              ref=np.broadcast_to(b.val(x), [2, 3, 4]))
        b.out(raw.BroadcastTo(input=s, shape=tf.constant(np.array([2, 2], np.int64), name="shape64"),
                              name="broadcast_scalar"), ref=np.full([2, 2], 1.5))

    @case("transpose_ranks", EXACT, "Transpose rank 2 [1,0], rank 3 [2,0,1], rank 4 [0,3,1,2] (NHWC -> NCHW)")
    def _(b):
        for name, shape, perm in [("t2", [3, 5], [1, 0]), ("t3", [2, 3, 4], [2, 0, 1]),
                                  ("t4", [2, 3, 4, 5], [0, 3, 1, 2])]:
            x = b.placeholder(name + "_x", b.uniform(shape))
            b.out(raw.Transpose(x=x, perm=tf.constant(perm, name=name + "_perm"), name=name),
                  ref=b.val(x).transpose(perm))

    @case("reverse_v2_axes", EXACT,
          "ReverseV2 rank 1 axis [0]; rank 3 axes [0,-1] (int64 Tidx); a [3,3,2,4] filter over [1,0] (unsorted); "
          "int32 [4,5] over [-1]; an empty axis list (a copy)")
    def _(b):
        for name, value, axes in [("r1", b.uniform([7]), np.array([0], I32)),
                                  ("r3", b.uniform([2, 3, 4]), np.array([0, -1], np.int64)),
                                  ("r4", b.uniform([3, 3, 2, 4]), np.array([1, 0], I32)),
                                  ("r_int", b.ints([4, 5]), np.array([-1], I32)),
                                  ("r_none", b.uniform([2, 3]), np.array([], I32))]:
            x = b.placeholder(name + "_x", value)
            b.out(raw.ReverseV2(tensor=x, axis=tf.constant(axes, name=name + "_axis"), name=name),
                  ref=np.flip(b.val(x), axis=tuple(int(a) for a in axes)))

    # Convolution gradients -------------------------------------------------------------------
    def spread(w, d):
        """A dilated kernel as the equivalent undilated one, zeros between the taps."""
        if d == (1, 1):
            return w
        kh, kw = w.shape[:2]
        out = np.zeros([(kh - 1) * d[0] + 1, (kw - 1) * d[1] + 1, *w.shape[2:]], w.dtype)
        out[::d[0], ::d[1]] = w
        return out

    def np_conv_backprop(x_shape, w, dy, strides, dilations, padding, x=None):
        """(dx, dw) in float64 for NHWC conv y = conv(x, w); dx needs only x's shape."""
        n, h, wd, c = x_shape
        kh, kw = w.shape[:2]
        sh, sw = strides
        dh, dw_ = dilations
        top, bottom, left, right = resolve_padding(h, wd, kh, kw, sh, sw, dh, dw_, padding)
        oh, ow = dy.shape[1:3]
        dxp = np.zeros([n, h + top + bottom, wd + left + right, c])
        xp = None if x is None else np.pad(x, ((0, 0), (top, bottom), (left, right), (0, 0)))
        dwt = np.zeros(w.shape)
        for i in range(kh):
            for j in range(kw):
                rows = slice(i * dh, i * dh + (oh - 1) * sh + 1, sh)
                cols = slice(j * dw_, j * dw_ + (ow - 1) * sw + 1, sw)
                dxp[:, rows, cols, :] += np.einsum("nhwf,cf->nhwc", dy, w[i, j])
                if xp is not None:
                    dwt[i, j] = np.einsum("nhwc,nhwf->cf", xp[:, rows, cols, :], dy)
        return dxp[:, top:top + h, left:left + wd, :], dwt

    def run_graph(build):
        g = tf.Graph()
        with g.as_default():
            y = build()
            with session(g) as s:
                return s.run(y)

    def conv_grad_case(name, x_shape, w_shape, strides=(1, 1), dilations=(1, 1), padding="VALID", nchw=False,
                       note=""):
        """Conv2DBackpropInput and Conv2DBackpropFilter for one NHWC geometry (`x_shape` NHWC);
        with `nchw` the graph's nodes are NCHW and dy is fed NCHW."""
        notes = []
        if dilations != (1, 1):
            notes.append("TensorFlow's CPU conv gradients refuse dilation > 1, so the expected values come from "
                         "the undilated conv with the kernel spread over zeros (dW: its dilated taps)")
        if nchw:
            notes.append("the nodes are NCHW, which TensorFlow's CPU kernels refuse; expected values come from "
                         "the NHWC ops on transposed inputs, transposed back")

        @case(name, ACCUMULATE, note + "".join(f". {n}" for n in notes))
        def _(b):
            wv = b.uniform(w_shape)
            xv = b.uniform(x_shape)
            y = m.np_conv2d(xv, wv, strides, dilations, padding)
            dyv = b.uniform(list(y.shape))
            pad, explicit = m.tf_padding(padding)
            s4, d4 = [1, *strides, 1], [1, *dilations, 1]
            to_nchw = (0, 3, 1, 2)
            fmt = dict(data_format="NCHW", strides=m.nhwc_to_nchw_list(s4), dilations=m.nhwc_to_nchw_list(d4),
                       explicit_paddings=m.nhwc_to_nchw_pairs(explicit)) if nchw else \
                dict(data_format="NHWC", strides=s4, dilations=d4, explicit_paddings=explicit)
            x = b.placeholder("x", xv.transpose(to_nchw) if nchw else xv)
            w = b.placeholder("filter", wv)
            dy = b.placeholder("dy", dyv.transpose(to_nchw) if nchw else dyv)
            sizes = list(x.shape)
            dx_node = raw.Conv2DBackpropInput(input_sizes=tf.constant(sizes, name="input_sizes"), filter=w,
                                              out_backprop=dy, padding=pad, name="dx", **fmt)
            dw_node = raw.Conv2DBackpropFilter(input=x, filter_sizes=tf.constant(w_shape, name="filter_sizes"),
                                               out_backprop=dy, padding=pad, name="dw", **fmt)
            dx_ref, dw_ref = np_conv_backprop(x_shape, wv.astype(np.float64), dyv.astype(np.float64), strides,
                                              dilations, padding, xv.astype(np.float64))
            if not notes:
                b.out(dx_node, ref=dx_ref)
                b.out(dw_node, ref=dw_ref)
                return
            ws = spread(wv, dilations)
            ep = explicit

            def dx_nhwc():
                return raw.Conv2DBackpropInput(input_sizes=x_shape, filter=ws, out_backprop=dyv, strides=s4,
                                               padding=pad, explicit_paddings=ep)

            def dw_nhwc():
                full = raw.Conv2DBackpropFilter(input=xv, filter_sizes=list(ws.shape), out_backprop=dyv,
                                                strides=s4, padding=pad, explicit_paddings=ep)
                return full[::dilations[0], ::dilations[1]]
            dx_want, dw_want = run_graph(dx_nhwc), run_graph(dw_nhwc)
            b.out(dx_node, ref=dx_ref.transpose(to_nchw) if nchw else dx_ref,
                  expected=dx_want.transpose(to_nchw) if nchw else dx_want)
            b.out(dw_node, ref=dw_ref, expected=dw_want)

    conv_grad_case("conv_backprop_valid_s1", [2, 6, 6, 2], [3, 3, 2, 3],
                   note="Conv2DBackpropInput / Conv2DBackpropFilter, VALID 3x3 stride 1, batch 2")
    conv_grad_case("conv_backprop_same_s2", [1, 7, 8, 3], [3, 3, 3, 2], strides=(2, 2), padding="SAME",
                   note="conv gradients SAME 3x3 stride 2 on 7x8 (odd H: uneven padding, extra row after)")
    conv_grad_case("conv_backprop_explicit", [1, 5, 6, 2], [3, 2, 2, 2], strides=(2, 1), padding=(1, 2, 0, 1),
                   note="conv gradients EXPLICIT (1,2,0,1), 3x2 kernel, strides (2,1)")
    conv_grad_case("conv_backprop_valid_s2_rows_unread", [1, 8, 8, 1], [2, 2, 1, 2], strides=(3, 3),
                   note="conv gradients VALID 2x2 stride 3: the last input rows/cols are never read, their dx is 0")
    conv_grad_case("conv_backprop_dilation2", [1, 7, 7, 2], [3, 3, 2, 2], dilations=(2, 2), padding="SAME",
                   note="conv gradients SAME 3x3 dilation 2")
    conv_grad_case("conv_backprop_nchw_same_s2", [2, 6, 5, 2], [3, 3, 2, 3], strides=(2, 2), padding="SAME",
                   nchw=True, note="conv gradients NCHW SAME 3x3 stride 2")

    # Pool gradients ----------------------------------------------------------------------------
    def np_maxpool_grad(x, dy, ksize, strides, padding):
        """Each window's gradient goes to its first maximum in row-major window order."""
        n, h, w, c = x.shape
        top, _, left, _ = resolve_padding(h, w, *ksize, *strides, 1, 1, padding)
        dx = np.zeros(x.shape)
        for b_ in range(n):
            for ch in range(c):
                for i in range(dy.shape[1]):
                    for j in range(dy.shape[2]):
                        r0, c0 = i * strides[0] - top, j * strides[1] - left
                        best = None
                        for r in range(max(r0, 0), min(r0 + ksize[0], h)):
                            for q in range(max(c0, 0), min(c0 + ksize[1], w)):
                                if best is None or x[b_, r, q, ch] > x[b_, best[0], best[1], ch]:
                                    best = (r, q)
                        dx[b_, best[0], best[1], ch] += dy[b_, i, j, ch]
        return dx

    def np_avgpool_grad(x_shape, dy, ksize, strides, padding):
        n, h, w, c = x_shape
        top, _, left, _ = resolve_padding(h, w, *ksize, *strides, 1, 1, padding)
        dx = np.zeros(x_shape)
        for i in range(dy.shape[1]):
            for j in range(dy.shape[2]):
                r0, c0 = i * strides[0] - top, j * strides[1] - left
                rows = slice(max(r0, 0), min(r0 + ksize[0], h))
                cols = slice(max(c0, 0), min(c0 + ksize[1], w))
                count = (rows.stop - rows.start) * (cols.stop - cols.start)
                dx[:, rows, cols, :] += dy[:, i:i + 1, j:j + 1, :] / count
        return dx

    def pool_grad_case(name, kind, x_shape, ksize, strides, padding, note, ties=False):
        @case(name, pool_tolerance, note)
        def _(b):
            xv = b.ints(x_shape, 0, 2).astype(F32) if ties else b.uniform(x_shape)
            k4, s4 = [1, *ksize, 1], [1, *strides, 1]
            yv = m.np_pool(xv, kind, ksize, strides, padding)
            dyv = b.uniform(list(yv.shape))
            dy = b.placeholder("dy", dyv)
            if kind == "max":
                x = b.placeholder("x", xv)
                y = raw.MaxPool(input=x, ksize=k4, strides=s4, padding=padding, name="maxpool")
                g = raw.MaxPoolGrad(orig_input=x, orig_output=y, grad=dy, ksize=k4, strides=s4, padding=padding,
                                    name="maxpool_grad")
                b.out(g, ref=np_maxpool_grad(xv, dyv.astype(np.float64), ksize, strides, padding))
            else:
                g = raw.AvgPoolGrad(orig_input_shape=tf.constant(x_shape, name="orig_input_shape"), grad=dy,
                                    ksize=k4, strides=s4, padding=padding, name="avgpool_grad")
                b.out(g, ref=np_avgpool_grad(x_shape, dyv.astype(np.float64), ksize, strides, padding))

    pool_grad_case("maxpool_grad_k2_s2_valid", "max", [2, 6, 6, 2], (2, 2), (2, 2), "VALID",
                   "MaxPoolGrad 2x2 stride 2 VALID (x, MaxPool(x), dy)")
    pool_grad_case("maxpool_grad_k3_s2_same_overlap", "max", [1, 7, 7, 2], (3, 3), (2, 2), "SAME",
                   "MaxPoolGrad 3x3 stride 2 SAME: overlapping windows, an element that is the max of several "
                   "windows receives the sum of their gradients")
    pool_grad_case("maxpool_grad_ties", "max", [1, 5, 6, 2], (3, 3), (1, 1), "SAME",
                   "MaxPoolGrad 3x3 stride 1 SAME on x in {0,1,2} (many ties): TensorFlow gives each window's "
                   "gradient to its first maximum in row-major window order (checked against that rule)", ties=True)
    pool_grad_case("avgpool_grad_k2_s2_valid", "avg", [2, 6, 6, 2], (2, 2), (2, 2), "VALID",
                   "AvgPoolGrad 2x2 stride 2 VALID (orig_input_shape Const, dy)")
    pool_grad_case("avgpool_grad_k3_s2_same", "avg", [1, 7, 6, 2], (3, 3), (2, 2), "SAME",
                   "AvgPoolGrad 3x3 stride 2 SAME: windows overlap and edge windows divide by their real "
                   "element count")

    # ReluGrad, BiasAddGrad -------------------------------------------------------------------
    @case("relu_grad", ELEMENTWISE, "ReluGrad(dy, x) = dy where x > 0 else 0; x has exact zeros (gradient 0)")
    def _(b):
        xv = b.uniform([3, 5])
        xv[0, :3] = [0.0, -0.0, 1e-30]
        x, dy = b.placeholder("x", xv), b.placeholder("dy", b.uniform([3, 5]))
        b.out(raw.ReluGrad(gradients=dy, features=x, name="relu_grad"), ref=np.where(b.val(x) > 0, b.val(dy), 0))

    @case("biasadd_grad", ACCUMULATE, "BiasAddGrad: NHWC rank 4 (sum over N,H,W), NCHW rank 4 (sum over N,H,W "
                                      "with C on axis 1), rank 2")
    def _(b):
        a = b.placeholder("nhwc", b.uniform([2, 3, 4, 5]))
        c = b.placeholder("nchw", b.uniform([2, 5, 3, 4]))
        r = b.placeholder("rank2", b.uniform([6, 3]))
        b.out(raw.BiasAddGrad(out_backprop=a, name="grad_nhwc"), ref=b.val(a).sum(axis=(0, 1, 2)))
        b.out(raw.BiasAddGrad(out_backprop=c, data_format="NCHW", name="grad_nchw"), ref=b.val(c).sum(axis=(0, 2, 3)))
        b.out(raw.BiasAddGrad(out_backprop=r, name="grad_rank2"), ref=b.val(r).sum(axis=0))

