"""Fixtures for the element-wise ops, reductions and batched products of real frozen models
(case names start with `ew_`), registered into make_fixtures.py's CASES:

activations (Elu, Selu, LeakyRelu, Softplus, Softsign, Erf, Erfc, Log1p, Expm1, Sin, Cos),
rounding (Floor, Ceil, Round, Sign, Reciprocal, Inv), Pow, FloorDiv, FloorMod, SquaredDifference,
DivNoNan, AddN, BiasAddV1, Min / Prod / All / Any, LogSoftmax, Softmax on rank > 2,
BatchMatMul / V2 / V3, Cast with Truncate, and fused chains (Conv2D -> BiasAdd -> Elu, a Dense
layer with ConvNeXt's GELU). Run with `python3 scripts/tf/make_fixtures.py ew_`.

The NumPy references are float64 (math.erf / erfc for the error functions).
"""

import math

import numpy as np

from tfcommon import np_conv2d, tf

raw = tf.raw_ops
F32, I32 = np.float32, np.int32
SELU_SCALE, SELU_ALPHA = 1.0507009873554804934193349852946, 1.6732632423543772848170429916717


def register(m):
    """Adds the cases through make_fixtures' `case` decorator (`m` is that module)."""
    case, EXACT, ELEMENTWISE, ACCUMULATE = m.case, m.EXACT, m.ELEMENTWISE, m.ACCUMULATE
    TRANSCENDENTAL, SOFTMAX = m.TRANSCENDENTAL, m.SOFTMAX
    erf, erfc = np.vectorize(math.erf), np.vectorize(math.erfc)

    def elu(x):
        return np.where(x > 0, x, np.expm1(np.minimum(x, 0)))

    def softplus(x):
        return np.where(x > 0, x + np.log1p(np.exp(-np.abs(x))), np.log1p(np.exp(np.minimum(x, 0))))

    # Activations ---------------------------------------------------------------------------
    @case("ew_elu_selu_f32", TRANSCENDENTAL,
          "Elu and Selu (TensorFlow's scale 1.0507 and alpha 1.6733) on both sides of 0, including 0, -1e-3 and -20")
    def _(b):
        v = b.uniform([3, 6], -4, 4)
        v[0] = [0.0, -1e-3, 1e-3, -20.0, 20.0, -1.0]
        x = b.placeholder("x", v)
        xv = b.val(x)
        b.out(raw.Elu(features=x, name="elu"), ref=elu(xv))
        b.out(raw.Selu(features=x, name="selu"), ref=SELU_SCALE * np.where(xv > 0, xv, SELU_ALPHA * np.expm1(np.minimum(xv, 0))))

    @case("ew_leaky_relu_f32", ELEMENTWISE,
          "LeakyRelu with the default alpha 0.2, alpha 0.01 and alpha 2.5 (> 1: x > 0 ? x : alpha*x, not max(x, alpha*x))")
    def _(b):
        v = b.uniform([3, 5], -3, 3)
        v[0, :2] = [0.0, -0.0]
        x = b.placeholder("x", v)
        xv = b.val(x)
        b.out(raw.LeakyRelu(features=x, name="leaky_default"), ref=np.where(xv > 0, xv, xv * np.float64(F32(0.2))))
        b.out(raw.LeakyRelu(features=x, alpha=0.01, name="leaky_small"), ref=np.where(xv > 0, xv, xv * np.float64(F32(0.01))))
        b.out(raw.LeakyRelu(features=x, alpha=2.5, name="leaky_steep"), ref=np.where(xv > 0, xv, xv * 2.5))

    @case("ew_softplus_softsign_f32", TRANSCENDENTAL,
          "Softplus on both sides of TensorFlow's cut-offs (+-13.94 for float32) and at +-30; Softsign")
    def _(b):
        v = b.uniform([3, 6], -5, 5)
        v[0] = [13.9, 14.0, -13.9, -14.0, 30.0, -30.0]
        x = b.placeholder("x", v)
        xv = b.val(x)
        b.out(raw.Softplus(features=x, name="softplus"), ref=softplus(xv))
        b.out(raw.Softsign(features=x, name="softsign"), ref=xv / (1 + np.abs(xv)))

    @case("ew_erf_erfc_f32", TRANSCENDENTAL, "Erf and Erfc on [-5, 5], including 0 and both sides of |x| = 1")
    def _(b):
        v = b.uniform([4, 8], -5, 5)
        v[0] = [0.0, -1.0, 1.0, 0.999, 1.001, -3.0, 3.0, 1e-4]
        x = b.placeholder("x", v)
        b.out(raw.Erf(x=x, name="erf"), ref=erf(b.val(x)))
        b.out(raw.Erfc(x=x, name="erfc"), ref=erfc(b.val(x)))

    @case("ew_erfc_tail_f32", {"rtol": 2e-6, "atol": 1e-40},
          "Erfc's tail on [1, 9.1]: values down to 1e-37, where 1 - erf has no digits left; the tolerance is relative "
          "all the way down")
    def _(b):
        t = b.placeholder("t", b.uniform([3, 8], 1, 9.1))
        b.out(raw.Erfc(x=t, name="erfc_tail"), ref=erfc(b.val(t)))

    @case("ew_log1p_expm1_sin_cos_f32", TRANSCENDENTAL, "Log1p and Expm1 near 0 (1e-6) and away from it; Sin and Cos on [-7, 7]")
    def _(b):
        v = b.uniform([3, 5], -0.9, 5)
        v[0] = [1e-6, -1e-6, 0.0, -0.5, 3.0]
        x = b.placeholder("x", v)
        a = b.placeholder("a", b.uniform([3, 5], -7, 7))
        xv, av = b.val(x), b.val(a)
        b.out(raw.Log1p(x=x, name="log1p"), ref=np.log1p(xv))
        b.out(raw.Expm1(x=x, name="expm1"), ref=np.expm1(xv))
        b.out(raw.Sin(x=a, name="sin"), ref=np.sin(av))
        b.out(raw.Cos(x=a, name="cos"), ref=np.cos(av))

    @case("ew_rounding_f32", ELEMENTWISE,
          "Floor, Ceil, Round (halves to even: 0.5 -> 0, 1.5 -> 2, 2.5 -> 2, -2.5 -> -2), Sign (0 and -0 give 0), "
          "Reciprocal and Inv")
    def _(b):
        v = b.uniform([3, 6], -4, 4)
        v[0] = [0.5, 1.5, 2.5, -0.5, -2.5, 3.4999]
        v[1, :2] = [0.0, -0.0]
        x = b.placeholder("x", v)
        r = b.uniform([2, 4], -3, 3)
        r = b.placeholder("r", np.where(np.abs(r) < 0.3, r + np.copysign(0.5, r), r).astype(F32))
        xv, rv = b.val(x), b.val(r)
        b.out(raw.Floor(x=x, name="floor"), ref=np.floor(xv))
        b.out(raw.Ceil(x=x, name="ceil"), ref=np.ceil(xv))
        b.out(raw.Round(x=x, name="round"), ref=np.round(xv))
        b.out(raw.Sign(x=x, name="sign"), ref=np.sign(xv))
        b.out(raw.Reciprocal(x=r, name="reciprocal"), ref=1 / rv)
        b.out(raw.Inv(x=r, name="inv"), ref=1 / rv)

    @case("ew_sign_i32", EXACT, "Sign on int32 (TensorFlow 2.21's int32 Round returns 0, so it has no fixture)")
    def _(b):
        x = b.placeholder("x", b.ints([2, 5], -3, 3))
        b.out(raw.Sign(x=x, name="sign"), ref=np.sign(b.val(x)))

    # Binary ops ----------------------------------------------------------------------------
    @case("ew_pow_f32", TRANSCENDENTAL, "Pow of positive bases [3,1] to exponents [4] in [-3, 3], and of negative "
                                        "bases to integer exponents")
    def _(b):
        x = b.placeholder("x", b.uniform([3, 1], 0.1, 4))
        y = b.placeholder("y", b.uniform([4], -3, 3))
        n = b.placeholder("n", np.array([-2.0, -1.5, -0.5, 3.0], F32))
        k = b.placeholder("k", np.array([2.0, 3.0, -1.0, 0.0], F32))
        b.out(raw.Pow(x=x, y=y, name="pow"), ref=b.val(x) ** b.val(y))
        b.out(raw.Pow(x=n, y=k, name="pow_integer_exponents"), ref=b.val(n) ** b.val(k))

    @case("ew_pow_i32", EXACT, "Pow on int32: bases -9..9 to exponents 0..12, wrapping like int32 arithmetic")
    def _(b):
        x = b.placeholder("x", b.ints([4, 1], -9, 9))
        y = b.placeholder("y", b.ints([5], 0, 12))
        ref = np.array([[int(p) ** int(q) for q in b.feeds["y"]] for p in b.feeds["x"][:, 0]], dtype=object)
        b.out(raw.Pow(x=x, y=y, name="pow"), ref=np.array([[((v + 2**31) % 2**32) - 2**31 for v in row] for row in ref], np.int64))

    def floor_division_case(name, dtype, note):
        @case(name, EXACT if dtype is I32 else ELEMENTWISE, note)
        def _(b):
            if dtype is I32:
                xv, yv = b.ints([3, 4], -20, 20), b.ints([4], -6, 6)
                yv[yv == 0] = 3
                yv[:2] = [-4, 5]
            else:
                xv, yv = b.uniform([3, 4], -10, 10), b.uniform([4], -3, 3)
                yv = np.where(np.abs(yv) < 0.3, yv + np.copysign(0.5, yv), yv).astype(F32)
                xv[0] = [6.0, -6.0, 7.5, -7.5]
                yv[:2] = [3.0, -2.0]
            x, y = b.placeholder("x", xv), b.placeholder("y", yv)
            b.out(raw.FloorDiv(x=x, y=y, name="floordiv"), ref=np.floor_divide(b.val(x), b.val(y)))
            b.out(raw.FloorMod(x=x, y=y, name="floormod"), ref=np.mod(b.val(x), b.val(y)))

    floor_division_case("ew_floordiv_floormod_f32", F32, "FloorDiv (floor(x / y)) and FloorMod (the divisor's sign) "
                                                         "on mixed signs, [3,4] by [4]")
    floor_division_case("ew_floordiv_floormod_i32", I32, "FloorDiv and FloorMod on int32 of mixed signs "
                                                         "(-7 // 2 = -4, -7 mod 2 = 1), [3,4] by [4]")

    @case("ew_squared_difference", ELEMENTWISE, "SquaredDifference float32 [2,3] vs [3] and int32 [4] vs scalar")
    def _(b):
        x, y = b.placeholder("x", b.uniform([2, 3], -3, 3)), b.placeholder("y", b.uniform([3], -3, 3))
        i, j = b.placeholder("i", b.ints([4], -100, 100)), b.placeholder("j", np.int32(17))
        b.out(raw.SquaredDifference(x=x, y=y, name="sqdiff"), ref=(b.val(x) - b.val(y)) ** 2)
        b.out(raw.SquaredDifference(x=i, y=j, name="sqdiff_i32"), ref=(b.val(i) - b.val(j)) ** 2)

    @case("ew_divnonan_f32", ELEMENTWISE, "DivNoNan: 0 wherever the divisor is 0 (also for a 0 dividend), x / y elsewhere")
    def _(b):
        yv = b.uniform([4], 0.5, 2)
        yv[1] = yv[3] = 0.0
        xv = b.uniform([3, 4], -3, 3)
        xv[0, 1] = 0.0
        x, y = b.placeholder("x", xv), b.placeholder("y", yv)
        xr, yr = b.val(x), b.val(y)
        b.out(raw.DivNoNan(x=x, y=y, name="divnonan"), ref=np.where(yr == 0, 0.0, xr / np.where(yr == 0, 1, yr)))

    @case("ew_addn_biasaddv1", ELEMENTWISE, "AddN of 3 float32 tensors, of 2 int32 and of 1 (N = 1 is the identity); "
                                            "BiasAddV1 (channels last)")
    def _(b):
        a, c, d = (b.placeholder(n, b.uniform([2, 3])) for n in ("a", "c", "d"))
        i, j = b.placeholder("i", b.ints([4])), b.placeholder("j", b.ints([4]))
        bias = b.placeholder("bias", b.uniform([3]))
        b.out(raw.AddN(inputs=[a, c, d], name="addn3"), ref=b.val(a) + b.val(c) + b.val(d))
        b.out(raw.AddN(inputs=[i, j], name="addn_i32"), ref=b.val(i) + b.val(j))
        b.out(raw.AddN(inputs=[a], name="addn1"), ref=b.val(a))
        b.out(raw.BiasAddV1(value=a, bias=bias, name="biasadd_v1"), ref=b.val(a) + b.val(bias))

    # Reductions ----------------------------------------------------------------------------
    @case("ew_min_prod_f32", ACCUMULATE, "Min and Prod over axes [1] keep_dims, [-1, 0], and [] (nothing reduced)")
    def _(b):
        x = b.placeholder("x", b.uniform([3, 4, 2], 0.5, 1.5) * np.where(b.uniform([3, 4, 2]) > 0, 1, -1).astype(F32))
        xv = b.val(x)
        b.out(raw.Min(input=x, axis=tf.constant([1], name="a1"), keep_dims=True, name="min_keep"), ref=xv.min(1, keepdims=True))
        b.out(raw.Min(input=x, axis=tf.constant([-1, 0], name="a2"), name="min_neg"), ref=xv.min((0, 2)))
        b.out(raw.Prod(input=x, axis=tf.constant([1], name="a3"), keep_dims=True, name="prod_keep"), ref=xv.prod(1, keepdims=True))
        b.out(raw.Prod(input=x, axis=tf.constant([-1, 0], name="a4"), name="prod_neg"), ref=xv.prod((0, 2)))
        b.out(raw.Prod(input=x, axis=tf.constant(np.zeros([0], np.int32), name="none"), name="prod_none"), ref=xv)

    @case("ew_prod_min_i32", EXACT,
          "Prod of an int32 shape vector (Keras' tensordot: Prod(GatherV2(Shape(x)))), int64 axis Const, "
          "and Min over int32")
    def _(b):
        s = b.placeholder("s", np.array([1, 56, 56, 96], I32))
        x = b.placeholder("x", b.ints([3, 4], -50, 50))
        b.out(raw.Prod(input=s, axis=tf.constant(np.array([0], np.int64), name="axis"), name="prod"), ref=np.prod(b.val(s)))
        b.out(raw.Min(input=x, axis=tf.constant(0, name="a0"), name="min"), ref=b.val(x).min(0))

    @case("ew_all_any", EXACT, "All and Any of bool [3,4] over axis 1, axes [0, 1] keep_dims, and axis -2")
    def _(b):
        v = b.uniform([3, 4]) > -0.6
        v[0] = True
        v[1] = False
        x = b.placeholder("x", v)
        b.out(raw.All(input=x, axis=tf.constant([1], name="a1"), name="all"), ref=v.all(1))
        b.out(raw.Any(input=x, axis=tf.constant([1], name="a2"), name="any"), ref=v.any(1))
        b.out(raw.All(input=x, axis=tf.constant([0, 1], name="a3"), keep_dims=True, name="all_keep"), ref=v.all((0, 1), keepdims=True))
        b.out(raw.Any(input=x, axis=tf.constant(-2, name="a4"), name="any_neg"), ref=v.any(0))

    # Softmaxes -----------------------------------------------------------------------------
    def np_log_softmax(x):
        x = x - x.max(axis=-1, keepdims=True)
        return x - np.log(np.exp(x).sum(axis=-1, keepdims=True))

    @case("ew_log_softmax_f32", SOFTMAX, "LogSoftmax over the last axis of [4,5] (rows of logits near +-1000) and [2,3,6]")
    def _(b):
        v = b.uniform([4, 5], -4, 4)
        v[0] = [1000, 1001, 1002, 999, 1000]
        v[1] = [-1000, -999, -998, -1001, -1000]
        x, y = b.placeholder("x", v), b.placeholder("y", b.uniform([2, 3, 6], -5, 5))
        b.out(raw.LogSoftmax(logits=x, name="log_softmax"), ref=np_log_softmax(b.val(x)))
        b.out(raw.LogSoftmax(logits=y, name="log_softmax3"), ref=np_log_softmax(b.val(y)))

    @case("ew_softmax_rank3_f32", SOFTMAX, "Softmax over the last axis of rank-3 [2,3,6] and rank-4 [2,2,2,5] inputs")
    def _(b):
        for name, shape in [("s3", [2, 3, 6]), ("s4", [2, 2, 2, 5])]:
            x = b.placeholder(name, b.uniform(shape, -5, 5))
            e = np.exp(b.val(x) - b.val(x).max(-1, keepdims=True))
            b.out(raw.Softmax(logits=x, name=f"softmax_{name}"), ref=e / e.sum(-1, keepdims=True))

    # Batched products ----------------------------------------------------------------------
    def adj(v, flag):
        return np.swapaxes(v, -1, -2) if flag else v

    @case("ew_batch_matmul_v2_f32", ACCUMULATE,
          "BatchMatMulV2: batch axes broadcast ([2,1,3,4] x [5,4,2] -> [2,5,3,2]), every adj_x / adj_y pair, a "
          "rank-2 B shared by every entry (Keras' Dense on rank 3), and rank 2 x rank 2")
    def _(b):
        for ax in (False, True):
            for ay in (False, True):
                tag = f"{int(ax)}{int(ay)}"
                x = b.placeholder(f"x{tag}", b.uniform([2, 1, 4, 3] if ax else [2, 1, 3, 4]))
                y = b.placeholder(f"y{tag}", b.uniform([5, 2, 4] if ay else [5, 4, 2]))
                b.out(raw.BatchMatMulV2(x=x, y=y, adj_x=ax, adj_y=ay, name=f"bmm{tag}"),
                      ref=np.matmul(adj(b.val(x), ax), adj(b.val(y), ay)))
        d = b.placeholder("dense_in", b.uniform([2, 7, 16]))
        w = b.uniform([16, 8])
        b.out(raw.BatchMatMulV2(x=d, y=tf.constant(w, name="dense_w"), name="dense"), ref=b.val(d) @ w.astype(np.float64))
        p, q = b.placeholder("p", b.uniform([5, 6])), b.placeholder("q", b.uniform([6, 3]))
        b.out(raw.BatchMatMulV2(x=p, y=q, name="rank2"), ref=b.val(p) @ b.val(q))

    @case("ew_batch_matmul_v1_v3", ACCUMULATE,
          "BatchMatMul (v1: equal batch axes) and BatchMatMulV3 (Ta = Tb = Tout = float) with broadcasting; "
          "BatchMatMulV2 on int32")
    def _(b):
        x, y = b.placeholder("x", b.uniform([3, 2, 4])), b.placeholder("y", b.uniform([3, 4, 5]))
        b.out(raw.BatchMatMul(x=x, y=y, adj_y=False, name="bmm_v1"), ref=np.matmul(b.val(x), b.val(y)))
        z = b.placeholder("z", b.uniform([1, 5, 4]))
        b.out(raw.BatchMatMulV3(x=x, y=z, Tout=tf.float32, adj_y=True, name="bmm_v3"),
              ref=np.matmul(b.val(x), np.swapaxes(b.val(z), -1, -2)))
        i, j = b.placeholder("i", b.ints([2, 3, 4])), b.placeholder("j", b.ints([4, 2]))
        b.out(raw.BatchMatMulV2(x=i, y=j, name="bmm_i32"), ref=np.matmul(b.val(i), b.val(j)))

    # Cast with Truncate --------------------------------------------------------------------
    @case("ew_cast_truncate", EXACT,
          "Cast DT_DOUBLE -> DT_FLOAT with Truncate: true drops the 29 mantissa bits float32 lacks (0.1234567 -> "
          "0.12345669, not 0.1234567); Truncate on float32 -> int32 changes nothing")
    def _(b):
        values = np.array([0.1234567, 1 / 3, -1 / 3, 2.5, -1e10 / 3, 1e30 / 7, 0.0, 16777217.0], np.float64)
        c = tf.constant(values, name="doubles")
        kept = (values.view(np.uint64) & np.uint64(~((1 << 29) - 1) & 0xFFFFFFFFFFFFFFFF)).view(np.float64)
        b.out(raw.Cast(x=c, DstT=tf.float32, Truncate=True, name="truncated"), ref=kept.astype(F32).astype(np.float64))
        f = b.placeholder("f", np.array([2.7, -2.7, 0.5], F32))
        b.out(raw.Cast(x=f, DstT=tf.int32, Truncate=True, name="to_int"), ref=np.trunc(b.val(f)).astype(np.int64))

    # Fused chains --------------------------------------------------------------------------
    @case("ew_conv_bias_elu", ACCUMULATE, "Conv2D SAME 3x3 -> BiasAdd -> Elu (one kernel in GraphJIT)")
    def _(b):
        x = b.placeholder("x", b.uniform([1, 6, 5, 3]))
        w, bias = b.uniform([3, 3, 3, 4]), b.uniform([4])
        conv = raw.Conv2D(input=x, filter=tf.constant(w, name="w"), strides=[1, 1, 1, 1], padding="SAME", name="conv")
        biased = raw.BiasAdd(value=conv, bias=tf.constant(bias, name="bias"), name="biased")
        b.out(raw.Elu(features=biased, name="elu"), ref=elu(np_conv2d(b.val(x), w, (1, 1), (1, 1), "SAME") + bias))

    @case("ew_dense_gelu", ACCUMULATE,
          "A Dense layer with the exact GELU as TensorFlow writes it in ConvNeXt: Mul(0.5, x) * Erfc(Neg(x) * 0.7071) "
          "after MatMul + BiasAdd")
    def _(b):
        x = b.placeholder("x", b.uniform([3, 8], -2, 2))
        w, bias = b.uniform([8, 6], -1, 1), b.uniform([6])
        h = raw.BiasAdd(value=raw.MatMul(a=x, b=tf.constant(w, name="w"), name="matmul"), bias=tf.constant(bias, name="bias"),
                        name="dense")
        half = raw.Mul(x=tf.constant(np.float32(0.5), name="half"), y=h, name="mul")
        scaled = raw.Mul(x=raw.Neg(x=h, name="neg"), y=tf.constant(np.float32(0.7071067811865476), name="inv_sqrt2"), name="mul_1")
        hv = b.val(x) @ w.astype(np.float64) + bias
        b.out(raw.Mul(x=half, y=raw.Erfc(x=scaled, name="erfc"), name="gelu"), ref=0.5 * hv * erfc(-hv / math.sqrt(2)))
