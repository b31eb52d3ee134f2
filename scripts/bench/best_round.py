"""Reads one `--json` result per line (rounds of the same benchmark) and prints the round with
the lowest median run time, keeping the lowest compile time seen (compiles are timed as noisily
as runs). Rounds without a time (a peer that has no such model) print as they are."""
import json
import sys

rounds = [json.loads(line) for line in sys.stdin if line.strip()]
timed = [r for r in rounds if r.get("run_ms", {}).get("median") is not None]
if not timed:
    print(json.dumps(rounds[0] if rounds else {"run_ms": {"median": None}}))
    sys.exit(0)
best = dict(min(timed, key=lambda r: r["run_ms"]["median"]))
compiles = [r["compile_s"] for r in timed if "compile_s" in r]
if compiles:
    best["compile_s"] = min(compiles)
print(json.dumps(best))
