#!/usr/bin/env python3
"""Runs every TensorFlow fixture in Tests/Fixtures/tf through the `graphjit run` contract
command line and compares with TensorFlow's outputs.

    python3 scripts/conformance.py [path/to/graphjit] [--format pbtxt|pb|both] [--only CASE,...]

The binary is the path given, else $GRAPHJIT, else the release build the README's set-up makes
(`swift build -c release --show-bin-path`), else .build/release or .build/debug.
Prints one line per failing case and a closing 'N passed, N failed' line.
"""
import json, os, subprocess, sys, tempfile
import numpy as np

root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


def fail(message):
    print(f"conformance.py: error: {message}", file=sys.stderr)
    sys.exit(1)


def option(name):
    """The value after --name (and the index of both, to skip them as the binary)."""
    if name not in sys.argv:
        return None
    i = sys.argv.index(name)
    if i + 1 >= len(sys.argv):
        fail(f"{name} needs a value")
    return sys.argv[i + 1]


def find_binary():
    values = {option("--format"), option("--only")}
    given = [a for a in sys.argv[1:] if not a.startswith("--") and a not in values]
    if given:
        return given[0]
    if os.environ.get("GRAPHJIT"):
        return os.environ["GRAPHJIT"]
    # The README's set-up builds release; asking SwiftPM gives its folder for this platform.
    try:
        r = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=root,
                           capture_output=True, text=True, timeout=120)
        if r.returncode == 0 and r.stdout.strip():
            candidate = os.path.join(r.stdout.strip().splitlines()[-1], "graphjit")
            if os.access(candidate, os.X_OK):
                return candidate
    except (OSError, subprocess.TimeoutExpired):
        pass
    for build in ["release", "debug"]:
        candidate = os.path.join(root, ".build", build, "graphjit")
        if os.access(candidate, os.X_OK):
            return candidate
    fail("no graphjit binary: build it (swift build -c release), or give its path or GRAPHJIT=PATH")


binary = find_binary()
if not os.access(binary, os.X_OK):
    fail(f"{binary} is not an executable graphjit (give its path, or GRAPHJIT=PATH)")
formats = ["graph.pbtxt", "graph.pb"]
if option("--format") is not None:
    choices = {"pbtxt": ["graph.pbtxt"], "pb": ["graph.pb"], "both": formats}
    if option("--format") not in choices:
        fail(f"--format is pbtxt, pb or both, not '{option('--format')}'")
    formats = choices[option("--format")]
fixtures = os.path.join(root, "Tests/Fixtures/tf")
only = set(option("--only").split(",")) if option("--only") is not None else None
if only is not None and not only <= set(os.listdir(fixtures)):
    fail(f"--only: no fixture named {', '.join(sorted(only - set(os.listdir(fixtures))))}")
passed = failed = 0
for case in sorted(os.listdir(fixtures)):
    if only is not None and case not in only:
        continue
    d = os.path.join(fixtures, case)
    spec_path = os.path.join(d, "case.json")
    if not os.path.isfile(spec_path):
        continue
    spec = json.load(open(spec_path))
    tol = spec.get("tolerance", {})
    for graph in formats:
        with tempfile.TemporaryDirectory() as tmp:
            cmd = [binary, "run", os.path.join(d, graph)]
            for name, path in spec["inputs"].items():
                cmd += ["--input", f"{name}={os.path.join(d, path)}"]
            outs = {}
            for i, (node, path) in enumerate(spec["outputs"].items()):
                outs[node] = (os.path.join(d, path), os.path.join(tmp, f"out{i}.npy"))
                cmd += ["--output", f"{node}={outs[node][1]}"]
            r = subprocess.run(cmd, capture_output=True, text=True)
            problems = []
            if r.returncode != 0:
                problems.append(r.stderr.strip())
            else:
                for node, (want_path, got_path) in outs.items():
                    want, got = np.load(want_path), np.load(got_path)
                    if want.dtype != got.dtype or want.shape != got.shape:
                        problems.append(f"{node}: got {got.dtype}{got.shape}, want {want.dtype}{want.shape}")
                    elif not np.allclose(got, want, rtol=tol.get("rtol", 1e-5), atol=tol.get("atol", 1e-5), equal_nan=True):
                        err = np.max(np.abs(got.astype(np.float64) - want.astype(np.float64)))
                        problems.append(f"{node}: max abs error {err}")
            if problems:
                failed += 1
                print(f"FAIL {case}/{graph}: " + "; ".join(problems))
            else:
                passed += 1
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
