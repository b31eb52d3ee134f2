#!/usr/bin/env python3
"""Runs every model of a make_models.py directory through the `graphjit run` command line and
compares with the onnxruntime outputs stored there.

    python3 scripts/onnx/compare.py MODELDIR [--graphjit PATH | --backend ort] [--only REGEX]
        [--input-format npy|pb] [--timeout S]

Each model runs as `graphjit run MODELDIR/<name>/model.onnx --input NAME=input_0.npy
--output NAME=out.npy ...`; an output matches when |got - expected| <= atol + rtol*|expected|
with rtol 1e-3 and atol 1e-4 * max|expected| (the output's scale). The model that the manifest
gives an "inner" value (resnet18: the classifier's input, a 512-vector) is run a second time
with that inner value as its only --output (feature extraction) and compared with
onnxruntime's value of it. Prints a table (model, op types, result, max abs error, seconds of
wall time for the command, compile included) and a closing 'N passed, N failed' line;
exports that failed in make_models.py are listed but not counted. Exit status 1 on a failure.

MODELDIR may also be a fixture directory, Tests/Fixtures/onnx (make_fixtures.py: one
<case>/case.json each); then every case uses the absolute tolerance its case.json gives.
"""
import argparse
import json
import os
import re
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402


def load(modeldir):
    """make_models.py's manifest.json, or a fixture directory (Tests/Fixtures/onnx: one
    <case>/case.json per case, with its own tolerance) made into the same form."""
    path = os.path.join(modeldir, "manifest.json")
    if os.path.exists(path):
        with open(path) as f:
            return json.load(f)
    models = []
    for name in sorted(os.listdir(modeldir)):
        spec_path = os.path.join(modeldir, name, "case.json")
        if not os.path.exists(spec_path):
            continue
        with open(spec_path) as f:
            spec = json.load(f)
        models.append({"name": name, "file": f"{name}/{spec['model']}",
                       "inputs": [{"name": k, "file": f"{name}/{v}"}
                                  for k, v in spec["inputs"].items()],
                       "outputs": [{"name": k, "file": f"{name}/{v}"}
                                   for k, v in spec["outputs"].items()],
                       "ops": {op: 1 for op in spec["ops"]}, "tolerance": spec["tolerance"]})
    if not models:
        sys.exit(f"{modeldir}: neither manifest.json nor */case.json")
    return {"models": models, "failed": []}


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("modeldir")
    common.add_backend_options(p)
    p.add_argument("--only", metavar="REGEX", help="only models whose name matches")
    p.add_argument("--input-format", choices=["npy", "pb"], default="npy")
    p.add_argument("--rtol", type=float, default=1e-3)
    p.add_argument("--atol-scale", type=float, default=1e-4,
                   help="atol as a fraction of max|expected| (default 1e-4)")
    a = p.parse_args()
    manifest = load(a.modeldir)
    cli = common.cli_command(a.backend, a.graphjit)
    pattern = re.compile(a.only) if a.only else None
    rows = []

    def record(label, ops, result, max_abs, seconds, reason=""):
        rows.append((label, ops, result, max_abs, seconds, reason))
        print(f"{label}: {result} max abs {max_abs} ({seconds} s) {reason}".rstrip(), flush=True)

    for entry in manifest["models"]:
        name = entry["name"]
        if pattern and not pattern.search(name):
            continue
        model_path = os.path.join(a.modeldir, entry["file"])
        feeds = {i["name"]: np.load(os.path.join(a.modeldir, i["file"])) for i in entry["inputs"]}
        ops = (f"{len(entry['ops'])} types" if "tolerance" in entry else
               f"{sum(entry['ops'].values())} nodes, {len(entry['ops'])} types")
        jobs = [(name, [o["name"] for o in entry["outputs"]],
                 [os.path.join(a.modeldir, o["file"]) for o in entry["outputs"]])]
        if entry.get("inner"):
            inner = entry["inner"]
            jobs.append((f"{name} [inner {inner['name']}]", [inner["name"]],
                         [os.path.join(a.modeldir, inner["file"])]))
        for label, names, files in jobs:
            workdir = common.make_workdir("graphjit_compare_")
            try:
                got, seconds = common.run_cli(cli, model_path, feeds, names, workdir,
                                              a.input_format, a.timeout)
            except common.RunError as e:
                record(label, ops, "FAIL", "-", "-", str(e))
                continue
            finally:
                common.remove_workdir(workdir)
            worst, reasons, ok = 0.0, [], True
            for out, path in zip(names, files):
                if "tolerance" in entry:     # a fixture: its own absolute tolerance
                    c = common.compare(got[out], np.load(path), entry["tolerance"]["rtol"],
                                       atol=entry["tolerance"]["atol"])
                else:
                    c = common.compare(got[out], np.load(path), a.rtol, a.atol_scale)
                worst = max(worst, c["max_abs"]) if not np.isnan(c["max_abs"]) else worst
                ok = ok and c["ok"]
                if c["reason"]:
                    reasons.append(f"{out}: {c['reason']}")
            record(label, ops, "ok" if ok else "FAIL", f"{worst:.3g}", f"{seconds:.1f}",
                   "; ".join(reasons))
    print()
    head = ("model", "ops", "result", "max abs err", "time (s)")
    table = rows + [(f["name"], "-", "no export", "-", "-", f["error"])
                    for f in manifest.get("failed", [])
                    if not pattern or pattern.search(f["name"])]
    widths = [max(len(str(r[i])) for r in table + [head]) for i in range(5)]
    print("  ".join(h.ljust(w) for h, w in zip(head, widths)) + "  reason")
    for r in table:
        print("  ".join(str(v).ljust(w) for v, w in zip(r[:5], widths)) + "  " + r[5][:300])
    passed = sum(1 for r in rows if r[2] == "ok")
    failed = len(rows) - passed
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
