#!/usr/bin/env python3
"""Runs every TensorFlow fixture in Tests/Fixtures/tf through the `graphjit run` contract
command line and compares with TensorFlow's outputs.

    python3 scripts/conformance.py [path/to/graphjit] [--format pbtxt|pb|both]

Prints one line per failing case and a closing 'N passed, N failed' line.
"""
import json, os, subprocess, sys, tempfile
import numpy as np

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
binary = next((a for a in sys.argv[1:] if not a.startswith("--")), os.path.join(root, ".build/debug/graphjit"))
formats = ["graph.pbtxt", "graph.pb"]
if "--format" in sys.argv:
    f = sys.argv[sys.argv.index("--format") + 1]
    formats = {"pbtxt": ["graph.pbtxt"], "pb": ["graph.pb"], "both": formats}[f]
fixtures = os.path.join(root, "Tests/Fixtures/tf")
passed = failed = 0
for case in sorted(os.listdir(fixtures)):
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
