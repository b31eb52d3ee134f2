#!/usr/bin/env python3
"""Fits the polynomials GraphJIT's float32 Erf and Erfc evaluate (Sources/Codegen/Elemental+Erf.swift)
and reports their accuracy. Only NumPy and Python's math.erf / math.erfc are needed.

The kernel computes in float64 and rounds once to float32:
  |x| < 1:  erf(x) = x * P(2x² - 1)                      (P: degree 8, Chebyshev fit of erf(x)/x)
            erfc(x) = 1 - erf(x)                          (erfc >= 0.157 here: no harmful cancellation)
  |x| >= 1: erfc(|x|) = t * exp(-x² + Q(3t - 1)), t = 2 / (2 + |x|)
                                                          (Q: degree 12, fit of log(erfc(z) / t) + z²
                                                           over z in [1, ∞), i.e. t in (0, 2/3];
                                                           Numerical Recipes' erfcc form)
            erf(x) = sign(x) (1 - erfc(|x|)), erfc(-|x|) = 2 - erfc(|x|)
x² of a float32 is exact in float64, so exp(-x² + Q) keeps its accuracy where erfc is tiny (x near 10),
which is what 1 - erf cannot do.

    python3 scripts/erf_coefficients.py     # prints the Swift arrays and the float32 error in ulps
"""
import math

import numpy as np
from numpy.polynomial import chebyshev as C


def chebyshev_nodes(a, b, n):
    k = np.arange(n)
    return (a + b) / 2 + (b - a) / 2 * np.cos(np.pi * (k + 0.5) / n)


def fit_small():
    t = chebyshev_nodes(0.0, 1.0, 4000)          # t = x²
    x = np.sqrt(t)
    y = np.array([math.erf(v) / v if v > 0 else 2 / math.sqrt(math.pi) for v in x])
    return C.cheb2poly(C.chebfit(2 * t - 1, y, 8, w=1 / y))


def fit_large():
    t = chebyshev_nodes(0.0, 2.0 / 3.0, 8000)
    t = t[t > 2.0 / 28.0]                        # z < 26, where math.erfc is still a normal double
    z = 2 / t - 2
    f = np.array([math.log(math.erfc(v) / u) + v * v for v, u in zip(z, t)])
    return C.cheb2poly(C.chebfit(3 * t - 1, f, 12))


def horner(coefficients, s):
    r = np.zeros_like(s)
    for c in coefficients[::-1]:
        r = r * s + c
    return r


def evaluate(x, p, q, complement):
    """The kernel's formula in float64 on float32 inputs, rounded to float32."""
    x = x.astype(np.float64)
    ax = np.abs(x)
    small = x * horner(p, 2 * x * x - 1)
    t = 2 / (2 + ax)
    tail = t * np.exp(-ax * ax + horner(q, 3 * t - 1))
    if complement:
        r = np.where(ax < 1, 1 - small, np.where(x < 0, 2 - tail, tail))
    else:
        r = np.where(ax < 1, small, np.copysign(1 - tail, x))
    return r.astype(np.float32)


def ulp_errors(x, got, exact):
    want = np.array([exact(float(v)) for v in x])
    rounded = want.astype(np.float32)
    spacing = np.spacing(np.abs(rounded)).astype(np.float64)
    return np.abs(got.astype(np.float64) - want) / spacing


def main():
    p, q = fit_small(), fit_large()
    swift = lambda name, cs: f"    static let {name}: [Double] = [\n" + "".join(f"        {float(c)!r},\n" for c in cs) + "    ]"
    print(swift("erfSmall", p))
    print(swift("erfcTail", q))
    rng = np.random.default_rng(0)
    x = np.concatenate([rng.uniform(-6, 6, 200000), rng.uniform(-1e-3, 1e-3, 20000), np.linspace(-1.01, 1.01, 20001),
                        rng.uniform(6, 10.05, 50000)]).astype(np.float32)
    for name, complement, exact in [("erf", False, math.erf), ("erfc", True, math.erfc)]:
        xs = x if complement else x[np.abs(x) < 6]
        e = ulp_errors(xs, evaluate(xs, p, q, complement), exact)
        # Subnormal results (erfc beyond ~9.2) carry fewer bits; count them apart.
        normal = np.abs(np.array([exact(float(v)) for v in xs])) >= np.finfo(np.float32).tiny
        print(f"{name}: max error {e[normal].max():.3f} ulp over {normal.sum()} float32 inputs with normal results")


if __name__ == "__main__":
    main()
