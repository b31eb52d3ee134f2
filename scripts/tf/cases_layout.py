"""Fixtures for the layout (data movement) ops, registered into make_fixtures.py's CASES.

Pad, PadV2, MirrorPad, ConcatV2, Concat, Split, SplitV, Squeeze, ExpandDims, Slice, StridedSlice
(every mask, negative strides, clamping; plus seeded random specs checked against NumPy's own
indexing), Tile, Pack, Unpack, GatherV2 (batch_dims, negative axis, int64 indices), Gather, and
small graphs where they feed or follow other ops (pad before a strided convolution, a DenseNet-style
concatenation followed by batch-norm arithmetic and Relu, the int32 shape arithmetic of Keras'
Flatten). Every case name starts with `lay_`:

    python3 scripts/tf/make_fixtures.py lay_
"""

import numpy as np

from tfcommon import tf

raw = tf.raw_ops
F32, I32, I64 = np.float32, np.int32, np.int64


def const(value, name, dtype=I32):
    return tf.constant(np.asarray(value, dtype), name=name)


def numpy_index(spec, rank):
    """The NumPy index tuple a StridedSlice spec stands for: ellipsis wins over new axis, new axis
    over shrink (which takes `begin` even when begin_mask is set), as TensorFlow's dense spec."""
    begin, end, strides, bm, em, el, na, sh = spec
    items = []
    for i in range(len(strides)):
        if (el >> i) & 1:
            items.append(Ellipsis)
        elif (na >> i) & 1:
            items.append(None)
        elif (sh >> i) & 1:
            items.append(int(begin[i]))
        else:
            items.append(slice(None if (bm >> i) & 1 else int(begin[i]), None if (em >> i) & 1 else int(end[i]),
                               int(strides[i])))
    return tuple(items)


def random_spec(rng, shape):
    """A StridedSlice spec for `shape` that NumPy accepts, or None."""
    rank = len(shape)
    count = int(rng.integers(1, rank + 3))
    begin, end, strides = [], [], []
    bm = em = el = na = sh = 0
    has_ellipsis = False
    for i in range(count):
        kind = rng.choice(["range", "range", "range", "shrink", "new", "ellipsis"])
        if kind == "ellipsis" and not has_ellipsis:
            el |= 1 << i
            has_ellipsis = True
        elif kind == "new":
            na |= 1 << i
        elif kind == "shrink":
            sh |= 1 << i
        if rng.random() < 0.3:
            bm |= 1 << i
        if rng.random() < 0.3:
            em |= 1 << i
        size = 6
        begin.append(int(rng.integers(-size - 2, size + 3)))
        end.append(int(rng.integers(-size - 2, size + 3)))
        strides.append(int(rng.choice([-3, -2, -1, 1, 1, 1, 2, 3])))
    # Shrunk entries need a positive stride.
    strides = [abs(s) if (sh >> i) & 1 and not (el >> i) & 1 and not (na >> i) & 1 else s for i, s in enumerate(strides)]
    spec = (begin, end, strides, bm, em, el, na, sh)
    try:
        ref = np.zeros(shape)[numpy_index(spec, rank)]
    except IndexError:
        return None
    return spec, ref.shape


def register(m):
    """Adds the cases through make_fixtures' `case` decorator (`m` is that module)."""
    case, EXACT, ACCUMULATE, ELEMENTWISE = m.case, m.EXACT, m.ACCUMULATE, m.ELEMENTWISE

    # Pad, PadV2, MirrorPad ----------------------------------------------------------------------
    @case("lay_pad_nhwc", EXACT, "Pad: NHWC [2,5,5,3] by [[0,0],[1,2],[2,1],[0,0]] (int32 paddings, zeros); int32 "
                                 "[3,4] by int64 paddings [[2,0],[1,3]]; bool [4] by [[1,2]]; a scalar with paddings [0,2]")
    def _(b):
        x = b.placeholder("x", b.uniform([2, 5, 5, 3]))
        p = [[0, 0], [1, 2], [2, 1], [0, 0]]
        b.out(raw.Pad(input=x, paddings=const(p, "paddings"), name="pad"), ref=np.pad(b.val(x), p))
        i = b.placeholder("i", b.ints([3, 4]))
        p2 = [[2, 0], [1, 3]]
        b.out(raw.Pad(input=i, paddings=const(p2, "paddings64", I64), name="pad_int"), ref=np.pad(b.val(i), p2))
        t = b.placeholder("t", np.array([True, False, True, True]))
        b.out(raw.Pad(input=t, paddings=const([[1, 2]], "paddings_bool"), name="pad_bool"), ref=np.pad(b.val(t), [[1, 2]]))
        s = b.placeholder("s", np.float32(3.5))
        b.out(raw.Pad(input=s, paddings=tf.constant(np.zeros([0, 2], I32), name="paddings_scalar"), name="pad_scalar"),
              ref=b.val(s))

    @case("lay_padv2_values", EXACT, "PadV2: constant_values a Const 1.5 on float32 [3,4]; a fed scalar on int32 "
                                     "[2,3] (constant_values need not be constant); True on bool [2,2]")
    def _(b):
        x = b.placeholder("x", b.uniform([3, 4]))
        p = [[1, 1], [0, 2]]
        b.out(raw.PadV2(input=x, paddings=const(p, "paddings"), constant_values=tf.constant(F32(1.5), name="value"),
                        name="padv2"), ref=np.pad(b.val(x), p, constant_values=1.5))
        i = b.placeholder("i", b.ints([2, 3]))
        v = b.placeholder("v", np.int32(-7))
        b.out(raw.PadV2(input=i, paddings=const([[0, 1], [2, 0]], "paddings_int"), constant_values=v, name="padv2_fed"),
              ref=np.pad(b.val(i), [[0, 1], [2, 0]], constant_values=-7))
        t = b.placeholder("t", np.array([[True, False], [False, False]]))
        b.out(raw.PadV2(input=t, paddings=const([[1, 0], [0, 1]], "paddings_bool"), constant_values=tf.constant(True, name="true"),
                        name="padv2_bool"), ref=np.pad(b.val(t), [[1, 0], [0, 1]], constant_values=True))

    @case("lay_mirrorpad", EXACT, "MirrorPad REFLECT and SYMMETRIC on [2,3,4] with the largest paddings each allows "
                                  "(size-1 and size), one-sided paddings, int32 and int64 paddings, an int32 input")
    def _(b):
        x = b.placeholder("x", b.uniform([2, 3, 4]))
        for mode, p, dtype in [("REFLECT", [[1, 1], [2, 0], [3, 3]], I32), ("SYMMETRIC", [[2, 2], [0, 3], [4, 1]], I64),
                               ("REFLECT", [[0, 0], [0, 2], [1, 0]], I64), ("SYMMETRIC", [[0, 1], [1, 1], [0, 0]], I32)]:
            name = f"{mode.lower()}_{'_'.join(str(v) for r in p for v in r)}"
            b.out(raw.MirrorPad(input=x, paddings=const(p, name + "/paddings", dtype), mode=mode, name=name),
                  ref=np.pad(b.val(x), p, mode=mode.lower()))
        i = b.placeholder("i", b.ints([3, 5]))
        b.out(raw.MirrorPad(input=i, paddings=const([[2, 1], [4, 4]], "int_paddings"), mode="REFLECT", name="reflect_int"),
              ref=np.pad(b.val(i), [[2, 1], [4, 4]], mode="reflect"))

    @case("lay_pad_conv_relu", ACCUMULATE, "ResNet's stem: Pad [1,9,9,3] by 3 on H and W, a 7x7 stride-2 VALID Conv2D, "
                                           "then MirrorPad REFLECT of the Relu'd result and a Relu after a zero Pad "
                                           "(the element-wise op runs as the pad kernel's epilogue)")
    def _(b):
        x = b.placeholder("x", b.uniform([1, 9, 9, 3]), shape=[None, 9, 9, 3])
        w = tf.constant(b.uniform([7, 7, 3, 4]), name="w")
        padded = raw.Pad(input=x, paddings=const([[0, 0], [3, 3], [3, 3], [0, 0]], "paddings"), name="pad")
        conv = raw.Conv2D(input=padded, filter=w, strides=[1, 2, 2, 1], padding="VALID", name="conv")
        relu = raw.Relu(features=conv, name="relu")
        b.out(raw.MirrorPad(input=relu, paddings=const([[0, 0], [1, 1], [2, 2], [0, 0]], "mirror_paddings"),
                            mode="REFLECT", name="mirror"))
        b.out(raw.Relu(features=raw.Pad(input=x, paddings=const([[0, 0], [1, 0], [0, 1], [0, 0]], "small_paddings"),
                                        name="pad_small"), name="pad_relu"),
              ref=np.maximum(np.pad(b.val(x), [[0, 0], [1, 0], [0, 1], [0, 0]]), 0))

    # Concat, Split ----------------------------------------------------------------------------
    @case("lay_concat_axes", EXACT, "ConcatV2 along channels ([1,4,4,8] + [1,4,4,3], axis 3), axis -1 as an int64 "
                                    "Const, axis 0 of three inputs, int32 and bool inputs, an input with 0 elements on "
                                    "the axis; Concat (v1, concat_dim first)")
    def _(b):
        a = b.placeholder("a", b.uniform([1, 4, 4, 8]))
        c = b.placeholder("c", b.uniform([1, 4, 4, 3]))
        b.out(raw.ConcatV2(values=[a, c], axis=const(3, "axis3"), name="channels"),
              ref=np.concatenate([b.val(a), b.val(c)], 3))
        b.out(raw.ConcatV2(values=[c, a, c], axis=const(-1, "axis_last", I64), name="channels_neg"),
              ref=np.concatenate([b.val(c), b.val(a), b.val(c)], -1))
        i = [b.placeholder(f"i{k}", b.ints([k + 1, 3])) for k in range(3)]
        b.out(raw.ConcatV2(values=i, axis=const(0, "axis0"), name="rows_int"), ref=np.concatenate([b.val(t) for t in i], 0))
        t = b.placeholder("t", np.array([[True], [False]]))
        e = b.placeholder("e", np.zeros([2, 0], np.bool_))
        b.out(raw.ConcatV2(values=[t, e, t], axis=const(1, "axis1"), name="bool_empty"),
              ref=np.concatenate([b.val(t), b.val(e), b.val(t)], 1))
        b.out(raw.Concat(concat_dim=const(2, "dim"), values=[a, a], name="concat_v1"),
              ref=np.concatenate([b.val(a), b.val(a)], 2))

    @case("lay_densenet_block", ACCUMULATE, "A DenseNet step: x [2,5,5,6] (batch unknown in the graph) -> BN as "
                                            "Mul/Add -> Relu -> 1x1 Conv2D to 4 channels -> ConcatV2 with x along "
                                            "channels -> Mul/Add/Relu again (fused after the concatenation)")
    def _(b):
        x = b.placeholder("x", b.uniform([2, 5, 5, 6]), shape=[None, 5, 5, 6])
        def bn_relu(t, channels, name):
            scale = tf.constant(b.uniform([channels], 0.5, 1.5), name=name + "/scale")
            shift = tf.constant(b.uniform([channels]), name=name + "/shift")
            return raw.Relu(features=raw.AddV2(x=raw.Mul(x=t, y=scale, name=name + "/mul"), y=shift, name=name + "/add"),
                            name=name + "/relu")
        h = bn_relu(x, 6, "bn1")
        conv = raw.Conv2D(input=h, filter=tf.constant(b.uniform([1, 1, 6, 4]), name="w"), strides=[1, 1, 1, 1],
                          padding="VALID", name="conv")
        joined = raw.ConcatV2(values=[x, conv], axis=const(-1, "axis"), name="concat")
        b.out(joined)
        b.out(bn_relu(joined, 10, "bn2"))

    @case("lay_split", EXACT, "Split num_split 3 along axis 1 of [2,6,4] (all three outputs), along -1 in 2; SplitV "
                              "size_splits [2,-1,0,1] (int64 Tlen) with a -1 and an empty piece, and [1,1] on int32")
    def _(b):
        x = b.placeholder("x", b.uniform([2, 6, 4]))
        parts = raw.Split(axis=const(1, "dim1"), value=x, num_split=3, name="split3")
        for k, p in enumerate(np.split(b.val(x), 3, axis=1)):
            b.out(parts[k], ref=p)
        halves = raw.Split(axis=const(-1, "dim_last"), value=x, num_split=2, name="split_last")
        b.out(halves[1], ref=np.split(b.val(x), 2, axis=-1)[1])
        pieces = raw.SplitV(value=x, size_splits=const([2, -1, 0, 1], "sizes", I64), axis=const(1, "dim_v"), num_split=4,
                            name="splitv")
        for k, p in enumerate(np.split(b.val(x), [2, 5, 5], axis=1)):
            b.out(pieces[k], ref=p)
        i = b.placeholder("i", b.ints([2, 3]))
        rows = raw.SplitV(value=i, size_splits=const([1, 1], "row_sizes"), axis=const(0, "dim0"), num_split=2, name="rows")
        b.out(rows[0], ref=b.val(i)[:1])
        b.out(rows[1], ref=b.val(i)[1:])

    # Squeeze, ExpandDims, Slice ------------------------------------------------------------------
    @case("lay_squeeze_expand", EXACT, "Squeeze every size-1 dimension of [1,3,1,2], squeeze_dims [2] and [-4,0] "
                                       "(repeated); Squeeze with an unknown batch named explicitly (assumed 1, as "
                                       "TensorFlow's shape function) and with no dims (decided once shapes are known); "
                                       "ExpandDims at 0, -1 (int64) and from a one-element vector dim")
    def _(b):
        x = b.placeholder("x", b.uniform([1, 3, 1, 2]))
        b.out(raw.Squeeze(input=x, name="squeeze_all"), ref=b.val(x).squeeze())
        b.out(raw.Squeeze(input=x, axis=[2], name="squeeze_2"), ref=b.val(x).squeeze(2))
        b.out(raw.Squeeze(input=x, axis=[-4, 0], name="squeeze_repeat"), ref=b.val(x).squeeze(0))
        u = b.placeholder("u", b.uniform([1, 4, 1]), shape=[None, 4, None])
        b.out(raw.Squeeze(input=u, axis=[0], name="squeeze_unknown"), ref=b.val(u).squeeze(0))
        b.out(raw.Squeeze(input=u, name="squeeze_unknown_all"), ref=b.val(u).squeeze())
        v = b.placeholder("v", b.ints([3, 2]))
        b.out(raw.ExpandDims(input=v, axis=const(0, "dim0"), name="expand0"), ref=b.val(v)[None])
        b.out(raw.ExpandDims(input=v, axis=const(-1, "dim_last", I64), name="expand_last"), ref=b.val(v)[..., None])
        b.out(raw.ExpandDims(input=v, axis=const([1], "dim_vec"), name="expand_vec"), ref=b.val(v)[:, None])

    @case("lay_slice", EXACT, "Slice: begin [1,0,2] size [1,-1,2] of [2,3,5]; int64 begin/size; a size of 0; the "
                              "whole tensor with -1 everywhere; an int32 input")
    def _(b):
        x = b.placeholder("x", b.uniform([2, 3, 5]))
        b.out(raw.Slice(input=x, begin=const([1, 0, 2], "begin"), size=const([1, -1, 2], "size"), name="slice"),
              ref=b.val(x)[1:2, :, 2:4])
        b.out(raw.Slice(input=x, begin=const([0, 1, 0], "begin64", I64), size=const([2, 2, 5], "size64", I64), name="slice64"),
              ref=b.val(x)[:, 1:3, :])
        b.out(raw.Slice(input=x, begin=const([0, 3, 0], "begin_end"), size=const([2, 0, 5], "size0"), name="slice_empty"),
              ref=b.val(x)[:, 3:3, :])
        b.out(raw.Slice(input=x, begin=const([0, 0, 0], "zeros"), size=const([-1, -1, -1], "all"), name="slice_all"),
              ref=b.val(x))
        i = b.placeholder("i", b.ints([6]))
        b.out(raw.Slice(input=i, begin=const([4], "begin_int"), size=const([-1], "rest"), name="slice_int"), ref=b.val(i)[4:])

    # StridedSlice -------------------------------------------------------------------------------
    patterns = [  # (name, shape, begin, end, strides, begin_mask, end_mask, ellipsis, new_axis, shrink)
        ("range", [7], [1], [5], [1], 0, 0, 0, 0, 0),
        ("step2", [7], [1], [7], [2], 0, 0, 0, 0, 0),
        ("reverse", [7], [0], [0], [-1], 1, 1, 0, 0, 0),
        ("reverse_from", [7], [-2], [1], [-2], 0, 0, 0, 0, 0),
        ("clamped", [7], [-100], [100], [1], 0, 0, 0, 0, 0),
        ("clamped_back", [7], [100], [-100], [-3], 0, 0, 0, 0, 0),
        ("empty", [7], [5], [2], [1], 0, 0, 0, 0, 0),
        ("index", [3, 4], [1], [2], [1], 0, 0, 0, 0, 1),
        ("index_neg", [3, 4], [0, -1], [0, 0], [1, 1], 1, 1, 0, 0, 2),
        ("index_begin_masked", [3, 4], [2], [0], [1], 1, 0, 0, 0, 1),
        ("new_axis", [3, 4], [0, 0], [0, 0], [1, 1], 0, 0, 0, 1, 0),
        ("new_axis_and_shrink", [3, 4], [0, 2], [0, 3], [1, 1], 0, 0, 0, 1, 1),
        ("ellipsis_last", [2, 3, 4], [0, 1], [0, 3], [1, 1], 0, 0, 1, 0, 0),
        ("ellipsis_first_index", [2, 3, 4], [1, 0], [2, 0], [1, 1], 0, 0, 2, 0, 1),
        ("ellipsis_middle", [2, 3, 4, 5], [1, 0, -1], [2, 0, 0], [1, 1, 1], 0, 0, 2, 0, 5),
        ("ellipsis_new_after", [2, 3, 4], [0, 0, 1], [0, 0, 3], [1, 1, 1], 0, 0, 1, 2, 0),
        ("ellipsis_only", [2, 3, 4], [0], [0], [1], 0, 0, 1, 0, 0),
        ("all_negative", [2, 3, 4], [1, -1, 3], [-3, -4, 0], [-1, -1, -2], 0, 0, 0, 0, 0),
        ("strides_masked", [2, 3, 4, 5], [0, 0, 0, 0], [0, 0, 0, 0], [1, 2, 2, 1], 15, 15, 0, 0, 0),
        ("strides_masked_back", [2, 3, 4, 5], [0, 0, 0, 0], [0, 0, 0, 0], [-1, -2, -3, -1], 15, 15, 0, 0, 0),
        ("huge_stride", [4, 6], [0, 5], [4, 0], [2 ** 40, -(2 ** 40)], 0, 2, 0, 0, 0),
        ("mask_bits_past_spec", [4, 6], [1], [3], [1], 1 << 5, 1 << 9, 0, 1 << 7, 1 << 3),
        ("negative_masks", [4, 6], [1, 2], [3, 4], [1, 1], -1, 0, 0, 0, 0),
        ("scalar_new_axis", [], [0], [0], [1], 0, 0, 0, 1, 0),
        ("channels_crop", [1, 6, 6, 4], [0, 1, 1, 0], [0, -1, -1, 0], [1, 1, 1, 1], 9, 9, 0, 0, 0),
    ]

    @case("lay_strided_slice_patterns", EXACT,
          "StridedSlice: ranges, steps, reversal, clamping past both ends, empty results, x[1], x[:, -1], shrink with "
          "begin_mask set (begin still used), new axes (also with shrink on the same entry: the new axis wins), "
          "ellipsis first, middle, last and with new axes after it, all-negative strides, masked ranges with steps "
          "forwards and backwards, a stride of 2^40, mask bits past the spec (ignored), a negative (all-bits) mask, "
          "a scalar, an NHWC crop; int32 begin/end/strides")
    def _(b):
        for k, (name, shape, begin, end, strides, bm, em, el, na, sh) in enumerate(patterns):
            x = b.placeholder(name + "_x", b.uniform(shape) if shape else F32(2.5))
            index = I64 if max(abs(v) for v in begin + end + strides) >= 2 ** 31 else I32
            y = raw.StridedSlice(input=x, begin=const(begin, name + "/begin", index), end=const(end, name + "/end", index),
                                 strides=const(strides, name + "/strides", index), begin_mask=bm, end_mask=em,
                                 ellipsis_mask=el, new_axis_mask=na, shrink_axis_mask=sh, name=name)
            spec = (begin, end, strides, bm & 0xFFFFFFFF, em, el, na, sh)
            b.out(y, ref=np.asarray(b.val(x))[numpy_index(spec, len(shape))])

    def fuzz_case(seed):
        @case(f"lay_strided_slice_random_{seed}", EXACT,
              f"StridedSlice: 16 seeded random specs (seed {seed}) over inputs of rank 1 to 4: random begin/end in "
              "[-8, 8], strides in {-3..3}\\{0}, random begin/end masks, at most one ellipsis, new axes and shrinks; "
              "int64 spec Consts; each checked against NumPy's indexing")
        def _(b):
            rng = np.random.default_rng(seed)
            shapes = [[6], [3, 5], [2, 4, 3], [2, 3, 2, 4]]
            inputs = {len(s): b.placeholder(f"x{len(s)}", b.uniform(s)) for s in shapes}
            made = 0
            while made < 16:
                shape = shapes[int(rng.integers(0, len(shapes)))]
                found = random_spec(rng, shape)
                if found is None:
                    continue
                spec, _ = found
                begin, end, strides, bm, em, el, na, sh = spec
                name = f"ss{made}"
                y = raw.StridedSlice(input=inputs[len(shape)], begin=const(begin, name + "/begin", I64),
                                     end=const(end, name + "/end", I64), strides=const(strides, name + "/strides", I64),
                                     begin_mask=bm, end_mask=em, ellipsis_mask=el, new_axis_mask=na, shrink_axis_mask=sh,
                                     name=name)
                b.out(y, ref=b.val(inputs[len(shape)])[numpy_index(spec, len(shape))])
                made += 1

    for seed in (1, 2, 3, 4):
        fuzz_case(seed)

    @case("lay_flatten_shape_arithmetic", EXACT,
          "The int32 shape arithmetic of Keras' Flatten: StridedSlice of a fed shape vector [4] with shrink_axis_mask 1 "
          "(x[0]) and x[1:] (int64), Pack of the int32 scalar with a Const -1 into [2], and Pack axis -1 of int64")
    def _(b):
        s = b.placeholder("shape", np.array([2, 7, 7, 512], I32))
        batch = raw.StridedSlice(input=s, begin=const([0], "begin"), end=const([1], "end"), strides=const([1], "strides"),
                                 shrink_axis_mask=1, name="batch")
        b.out(batch, ref=np.int64(2))
        b.out(raw.Pack(values=[batch, tf.constant(-1, name="minus_one")], axis=0, name="target"), ref=np.array([2, -1]))
        l = b.placeholder("long_shape", np.array([3, 4, 5], I64))
        rest = raw.StridedSlice(input=l, begin=const([1], "begin1"), end=const([0], "end1"), strides=const([1], "strides1"),
                                end_mask=1, name="rest")
        b.out(rest, ref=np.array([4, 5]))
        b.out(raw.Pack(values=[rest, rest], axis=-1, name="pairs"), ref=np.stack([[4, 5], [4, 5]], -1))

    # Tile, Pack, Unpack ------------------------------------------------------------------------
    @case("lay_tile", EXACT, "Tile [2,3] by [2,3] (int32 multiples), by [1,1], [3] by [0] (empty), int32 [1,2,2] by "
                             "[2,1,3] (int64 multiples), bool [2] by [3]")
    def _(b):
        x = b.placeholder("x", b.uniform([2, 3]))
        b.out(raw.Tile(input=x, multiples=const([2, 3], "m23"), name="tile"), ref=np.tile(b.val(x), [2, 3]))
        b.out(raw.Tile(input=x, multiples=const([1, 1], "m11"), name="tile_once"), ref=b.val(x))
        v = b.placeholder("v", b.uniform([3]))
        b.out(raw.Tile(input=v, multiples=const([0], "m0"), name="tile_none"), ref=np.zeros([0]))
        i = b.placeholder("i", b.ints([1, 2, 2]))
        b.out(raw.Tile(input=i, multiples=const([2, 1, 3], "m213", I64), name="tile_int"), ref=np.tile(b.val(i), [2, 1, 3]))
        t = b.placeholder("t", np.array([True, False]))
        b.out(raw.Tile(input=t, multiples=const([3], "m3"), name="tile_bool"), ref=np.tile(b.val(t), 3))

    @case("lay_pack_unpack", EXACT, "Pack of three [2,3] at axis 0, 1 and -1; of int32 scalars; of one input. Unpack "
                                    "[2,3,4] along 1 (three outputs) and -1 (int32, four outputs); Pack of Unpack's outputs")
    def _(b):
        xs = [b.placeholder(f"x{k}", b.uniform([2, 3])) for k in range(3)]
        for axis in (0, 1, -1):
            b.out(raw.Pack(values=xs, axis=axis, name=f"pack{axis}".replace("-", "m")),
                  ref=np.stack([b.val(x) for x in xs], axis))
        s = [b.placeholder(f"s{k}", np.int32(k * 3 - 2)) for k in range(2)]
        b.out(raw.Pack(values=s, name="pack_scalars"), ref=np.array([-2, 1]))
        b.out(raw.Pack(values=[xs[0]], axis=2, name="pack_one"), ref=b.val(xs[0])[..., None])
        u = b.placeholder("u", b.uniform([2, 3, 4]))
        parts = raw.Unpack(value=u, num=3, axis=1, name="unpack")
        for k in range(3):
            b.out(parts[k], ref=b.val(u)[:, k])
        i = b.placeholder("i", b.ints([2, 4]))
        cols = raw.Unpack(value=i, num=4, axis=-1, name="unpack_int")
        b.out(cols[3], ref=b.val(i)[:, 3])
        b.out(raw.Pack(values=list(cols), axis=0, name="repack"), ref=b.val(i).T)

    # GatherV2, Gather --------------------------------------------------------------------------
    @case("lay_gather", EXACT, "GatherV2 rows of [5,3] with fed int32 indices [2,3]; axis 1 with Const indices; axis -1 "
                               "with int64 indices; batch_dims 1 ([2,3,4] params, [2,2] indices, axis 1) and batch_dims "
                               "-1 (the same); a scalar index; int32 params; Gather (v1) with validate_indices")
    def _(b):
        p = b.placeholder("p", b.uniform([5, 3]))
        ids = b.placeholder("ids", np.array([[4, 0, 2], [1, 1, 3]], I32))
        b.out(raw.GatherV2(params=p, indices=ids, axis=const(0, "axis0"), name="rows"), ref=b.val(p)[b.val(ids)])
        b.out(raw.GatherV2(params=p, indices=const([2, 0, 0, 1], "cols"), axis=const(1, "axis1"), name="columns"),
              ref=b.val(p)[:, [2, 0, 0, 1]])
        q = b.placeholder("q", b.uniform([2, 3, 4]))
        b.out(raw.GatherV2(params=q, indices=const([3, 1], "last", I64), axis=const(-1, "axis_last"), name="last_axis"),
              ref=b.val(q)[..., [3, 1]])
        bi = b.placeholder("bi", np.array([[2, 0], [1, 1]], I64))
        ref = np.stack([b.val(q)[n][b.val(bi)[n]] for n in range(2)])
        b.out(raw.GatherV2(params=q, indices=bi, axis=const(1, "axis_b"), batch_dims=1, name="batched"), ref=ref)
        b.out(raw.GatherV2(params=q, indices=bi, axis=const(1, "axis_bn"), batch_dims=-1, name="batched_neg"), ref=ref)
        b.out(raw.GatherV2(params=q, indices=const(2, "one"), axis=const(2, "axis2"), name="scalar_index"),
              ref=b.val(q)[:, :, 2])
        i = b.placeholder("i", b.ints([4, 2]))
        b.out(raw.GatherV2(params=i, indices=const([3, 3, 0], "int_rows"), axis=const(0, "axis_int"), name="int_params"),
              ref=b.val(i)[[3, 3, 0]])
        b.out(raw.Gather(params=p, indices=ids, validate_indices=True, name="gather_v1"), ref=b.val(p)[b.val(ids)])

    @case("lay_gather_embedding", ELEMENTWISE, "An embedding lookup: a Const table [10,8] gathered at fed int32 ids "
                                               "[2,5], then a Mul by a [8] scale")
    def _(b):
        table = b.uniform([10, 8])
        ids = b.placeholder("ids", b.ints([2, 5], 0, 9))
        scale = b.uniform([8])
        g = raw.GatherV2(params=tf.constant(table, name="table"), indices=ids, axis=const(0, "axis"), name="lookup")
        b.out(raw.Mul(x=g, y=tf.constant(scale, name="scale"), name="scaled"),
              ref=table.astype(np.float64)[b.val(ids)] * scale.astype(np.float64))


def layout_gradients(net):
    """A gradient case for make_grad_fixtures.py: every differentiable layout op between a
    convolution and the loss, so tf.gradients' rules (slices of dy, folded mirror borders,
    scattered strided slices, summed tiles, scatter-added gathers) are the expected values."""
    rng = net.rng
    x = net.placeholder("x", rng.uniform(-1, 1, size=[2, 6, 6, 3]))
    p = raw.Pad(input=x, paddings=const([[0, 0], [1, 2], [2, 1], [0, 0]], "pad/paddings"), name="pad")
    y = net.conv("conv", p, 3, 3, 4, "VALID", strides=(2, 2))                       # [2,4,4,4]
    m = raw.MirrorPad(input=y, paddings=const([[0, 0], [1, 1], [2, 0], [0, 0]], "mirror/paddings"), mode="REFLECT",
                      name="mirror")                                                 # [2,6,6,4]
    s = raw.StridedSlice(input=m, begin=const([0, 1, 0, 0], "strided/begin"), end=const([0, -1, 0, 0], "strided/end"),
                         strides=const([1, 2, -1, 1], "strided/strides"), begin_mask=13, end_mask=13, name="strided")
    sl = raw.Slice(input=s, begin=const([0, 0, 1, 0], "slice/begin"), size=const([-1, -1, 4, -1], "slice/size"),
                   name="slice")                                                     # [2,2,4,4]
    e = raw.Squeeze(input=raw.ExpandDims(input=sl, axis=const(1, "expand/dim"), name="expand"), axis=[1], name="squeeze")
    c = raw.ConcatV2(values=[sl, e], axis=const(-1, "concat/axis"), name="concat")  # [2,2,4,8]
    a, b = raw.Split(axis=const(3, "split/dim"), value=c, num_split=2, name="split")
    first = raw.StridedSlice(input=b, begin=const([0, 0], "first/begin"), end=const([0, 1], "first/end"),
                             strides=const([1, 1], "first/strides"), begin_mask=1, end_mask=1, shrink_axis_mask=2,
                             name="first")                                           # [2,4,4]
    tiled = raw.Tile(input=raw.ExpandDims(input=first, axis=const(1, "first/dim"), name="first_expand"),
                     multiples=const([1, 2, 1, 1], "tile/multiples"), name="tile")     # [2,2,4,4]
    product = raw.Mul(x=a, y=tiled, name="product")
    g = raw.GatherV2(params=product, indices=const([3, 0, 3, 1], "gather/indices"), axis=const(2, "gather/axis"),
                     name="gather")                                                  # [2,2,4,4]
    u0, u1 = raw.Unpack(value=g, num=2, axis=1, name="unpack")
    packed = raw.Pack(values=[u1, raw.Mul(x=u0, y=u0, name="u0_squared")], axis=-1, name="pack")
    loss = raw.Mean(input=packed, axis=const([0, 1, 2, 3], "loss/reduction_indices"), keep_dims=False, name="loss")
    return loss, sorted(net.weights) + ["x"], (
        "Pad -> conv 4@3x3 stride 2 VALID + bias + relu -> MirrorPad REFLECT -> StridedSlice [:, 1:-1:2, ::-1] -> "
        "Slice -> ExpandDims/Squeeze -> ConcatV2 (channels) -> Split in 2 -> x[:, 0] (shrink) -> ExpandDims -> Tile "
        "-> Mul -> GatherV2 axis 2 with repeated indices -> Unpack -> Pack axis -1; loss = Mean. wrt weights and x")

