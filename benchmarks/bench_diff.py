"""Benchmark: `cxmap diff` of two 10,000-touchpoint maps (target: under 2 s).

Run on demand (not part of the test suite):

    python benchmarks/bench_diff.py [--runs 5] [--size 10000]

Generates wave 1 and wave 2 of a map with benchmarks/generate.py into
benchmarks/out/, then prints medians of

* the whole command, process start-up included: ``cxmap diff A B --format json``
  (and markdown, text);
* its phases in one process: loading each side, loading both (in parallel, as
  the command does for big maps), the comparison, each output format.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
CXMAP = Path(sys.executable).parent / "cxmap"


def median_time(fn: Callable[[], object], runs: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def command(args: list[str]) -> Callable[[], None]:
    def run() -> None:
        proc = subprocess.run([str(CXMAP), *args], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
        if proc.returncode != 0:
            raise SystemExit(f"cxmap {' '.join(args)} failed: {proc.stderr.decode()[-500:]}")
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", type=int, default=10_000)
    opts = parser.parse_args()
    # Measure cxmap as installed: with its bytecode compiled (a session with
    # PYTHONDONTWRITEBYTECODE=1 would otherwise recompile edited modules on
    # every run, which users never pay).
    subprocess.run([sys.executable, "-m", "compileall", "-q",
                    str(Path(__file__).resolve().parent.parent / "src" / "cxmap")],
                   check=False, stdout=subprocess.DEVNULL)

    OUT.mkdir(exist_ok=True)
    a = OUT / f"diff-{opts.size}-wave1.cxmap.yaml"
    b = OUT / f"diff-{opts.size}-wave2.cxmap.yaml"
    for path, wave in ((a, "1"), (b, "2")):
        if not path.exists():
            subprocess.run([sys.executable, str(HERE / "generate.py"), str(opts.size), str(path),
                            "--wave", wave], check=True)

    sys.path.insert(0, str(ROOT / "src"))
    from cxmap.api import load_bytes
    from cxmap.diff import _load_pair, compare
    from cxmap.outputs.diff import DiffFormat, format_diff

    raw_a, raw_b = a.read_bytes(), b.read_bytes()
    print(f"maps: {a.name} ({len(raw_a):,} B), {b.name} ({len(raw_b):,} B); "
          f"{opts.runs} runs, medians", flush=True)

    rows: list[tuple[str, float, list[float]]] = []

    def bench(label: str, fn: Callable[[], object]) -> None:
        med, times = median_time(fn, opts.runs)
        rows.append((label, med, times))
        print(f"  {label:<44} {med:7.3f} s   ({', '.join(f'{t:.2f}' for t in times)})",
              flush=True)

    for fmt in ("json", "markdown", "text"):
        bench(f"cxmap diff A B --format {fmt} (whole command)",
              command(["diff", str(a), str(b), "--format", fmt]))
    bench("cxmap --version (start-up)", command(["--version"]))
    bench("load A (parse + check + model)", lambda: load_bytes(raw_a, "A"))
    bench("load B", lambda: load_bytes(raw_b, "B"))
    bench("load A and B, two processes", lambda: _load_pair(raw_a, "A", raw_b, "B", True))
    bench("load A and B, one after the other",
          lambda: _load_pair(raw_a, "A", raw_b, "B", False))
    ja, jb = load_bytes(raw_a, "A").journey, load_bytes(raw_b, "B").journey
    assert ja is not None and jb is not None
    bench("compare (MapDiff)", lambda: compare(ja, jb))
    diff = compare(ja, jb)
    for f in DiffFormat:
        bench(f"format {f}", lambda f=f: format_diff(diff, f))  # type: ignore[misc]
    bench("pickle round trip of one LoadedMap",
          lambda: pickle.loads(pickle.dumps(ja, protocol=5)))
    summary = ", ".join(f"{k} {v}" for k, v in diff.summary.items())
    print(f"diff summary: {summary}")


if __name__ == "__main__":
    main()
