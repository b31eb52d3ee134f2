"""Gradient fixtures (Tests/Fixtures/tf_grad/ew_grad_*) for the element-wise ops, reductions and
batched products of real models, added to make_grad_fixtures.py's CASES: tf.gradients through
TensorFlow's own gradient rules (EluGrad, SeluGrad, SoftplusGrad, LeakyReluGrad, Prod's cumprod
rule, BatchMatMulV2's reduction over broadcast batch axes, ...) is what GraphJIT's rules must match.

    python3 scripts/tf/make_grad_fixtures.py ew_grad
"""

import numpy as np

from tfcommon import tf

raw = tf.raw_ops


def _mean_square(x, name):
    rank = len(x.shape)
    return raw.Mean(input=raw.Square(x=x, name=name + "/square"),
                    axis=tf.constant(list(range(rank)), name=name + "/reduction_indices"), keep_dims=False, name=name)


def activations(net):
    rng = net.rng
    x = net.placeholder("x", rng.uniform(-2, 2, size=[4, 6]))
    h = raw.MatMul(a=x, b=net.weight("w", [6, 5], 0.8), name="matmul")
    terms = [raw.Elu(features=h, name="elu"), raw.Selu(features=h, name="selu"),
             raw.LeakyRelu(features=h, alpha=0.3, name="leaky"), raw.Softplus(features=h, name="softplus"),
             raw.Softsign(features=h, name="softsign"), raw.Erf(x=h, name="erf"),
             raw.Mul(x=h, y=raw.Erfc(x=raw.Neg(x=h, name="neg"), name="erfc"), name="gelu2x")]
    total = raw.AddN(inputs=terms, name="sum")
    return _mean_square(total, "loss"), ["w", "x"], (
        "x [4,6] @ w -> Elu + Selu + LeakyRelu(0.3) + Softplus + Softsign + Erf + h*Erfc(-h) (AddN); "
        "loss = Mean(Square(.)). wrt w and x")


def reductions(net):
    rng = net.rng
    v = rng.uniform(0.5, 1.5, size=[3, 4]) * np.where(rng.uniform(-1, 1, size=[3, 4]) > 0, 1, -1)
    v[1, 2] = 0.0          # one zero in row 1: Prod's gradient there is the product of the others
    v[2, 0] = v[2, 3] = 0  # two zeros in row 2: Prod's gradient is 0
    x = net.placeholder("x", v)
    y = net.placeholder("y", np.array([0.0, 1.5, -2.0, 0.0]))
    prod = raw.Prod(input=x, axis=tf.constant([1], name="prod/axis"), keep_dims=True, name="prod")
    low = raw.Min(input=x, axis=tf.constant([0], name="min/axis"), name="min")
    lsm = raw.LogSoftmax(logits=x, name="log_softmax")
    sq = raw.SquaredDifference(x=x, y=y, name="sqdiff")
    dnn = raw.DivNoNan(x=x, y=y, name="divnonan")
    power = raw.Pow(x=raw.Abs(x=x, name="abs"), y=tf.constant(np.full([4], 1.7, net.np_dtype), name="exponent"), name="pow")
    total = raw.AddN(inputs=[raw.Mul(x=prod, y=lsm, name="prod_lsm"), raw.Mul(x=low, y=sq, name="min_sq"), dnn, power],
                     name="sum")
    return _mean_square(total, "loss"), ["x", "y"], (
        "Prod over rows with no, one and two zeros, Min over columns, LogSoftmax, SquaredDifference, DivNoNan with zero "
        "divisors (gradient 0 there, not NaN) and Pow, combined and squared. wrt x and y")


def batch_matmul(net):
    rng = net.rng
    a = net.placeholder("a", rng.uniform(-1, 1, size=[2, 1, 3, 4]))
    w = net.weight("w", [5, 4, 2], 0.7)
    adj = raw.BatchMatMulV2(x=raw.Transpose(x=a, perm=tf.constant([0, 1, 3, 2], name="perm"), name="at"), y=w,
                            adj_x=True, name="bmm_adj")       # the same product, adj_x on the transpose
    plain = raw.BatchMatMulV2(x=a, y=w, name="bmm")          # [2,5,3,2]: a broadcast over 5, w over 2
    shared = raw.BatchMatMulV2(x=a, y=net.weight("d", [4, 3], 0.7), name="dense")  # one B for every entry
    out = raw.AddV2(x=raw.Mul(x=plain, y=adj, name="mul"), y=raw.Sum(input=shared, axis=tf.constant([3], name="s/axis"),
                                                                    keep_dims=True, name="s"), name="out")
    return _mean_square(out, "loss"), ["a", "d", "w"], (
        "BatchMatMulV2 [2,1,3,4] x [5,4,2] (both broadcast), the same with adj_x on a transpose, and [2,1,3,4] x [4,3] "
        "(a shared matrix); loss = Mean(Square(.)). wrt a and both weights (summed over the entries that shared them)")


CASES = {"ew_grad_activations": activations, "ew_grad_reductions": reductions, "ew_grad_batch_matmul": batch_matmul}
