"""Timing shared by the peer scripts, measured as `graphjit bench` measures: one warm-up call,
then the median, minimum and maximum of `repeat` calls."""
import json
import time


def time_calls(call, repeat):
    """Seconds per call of `call()`, sorted, after one warm-up call."""
    call()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        call()
        times.append(time.perf_counter() - t0)
    return sorted(times)


def report(peer, model, threads, batch, times, as_json):
    """Prints the result as one JSON object (the keys `graphjit bench --json` has) or one line."""
    n = len(times)
    median = times[n // 2] if n % 2 else (times[n // 2 - 1] + times[n // 2]) / 2
    result = {"peer": peer, "model": model, "threads": threads,
              "run_ms": {"median": median * 1e3, "min": times[0] * 1e3, "max": times[-1] * 1e3},
              "images_per_s": batch / median}
    print(json.dumps(result) if as_json else "%s %s: median %.3f ms, min %.3f ms, max %.3f ms, %.1f images/s" % (
        peer, model, median * 1e3, times[0] * 1e3, times[-1] * 1e3, batch / median))
