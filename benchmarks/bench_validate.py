"""Benchmark: `cxmap validate` against check-jsonschema on the same large maps.

Run on demand (not part of the test suite):

    python benchmarks/bench_validate.py [--runs 5] [--sizes 2000 10000]

Generates maps with benchmarks/generate.py into benchmarks/out/, then times
whole commands (process start-up included) side by side, alternating the two
tools run by run so machine noise hits both alike, and prints medians and the
ratio cxmap / check-jsonschema (target: <= 1.0).  Also times start-up.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    path = BIN / name
    return str(path) if path.exists() else (shutil.which(name) or name)


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{cmd} failed: {proc.stderr.decode()[-500:]}")
    return elapsed


def compare(label: str, commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    times: dict[str, list[float]] = {name: [] for name in commands}
    for cmd in commands.values():  # warm-up (page cache, pyc)
        timed(cmd)
    for _ in range(runs):
        for name, cmd in commands.items():
            times[name].append(timed(cmd))
    medians = {name: statistics.median(ts) for name, ts in times.items()}
    print(f"\n{label}")
    for name, m in medians.items():
        spread = f"{min(times[name]):.3f}-{max(times[name]):.3f}"
        print(f"  {name:<18} median {m:7.3f} s   (min-max {spread} s, {runs} runs)")
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    args = parser.parse_args()
    # Measure cxmap as installed: with its bytecode compiled (a session with
    # PYTHONDONTWRITEBYTECODE=1 would otherwise recompile edited modules on
    # every run, which users never pay).
    subprocess.run([sys.executable, "-m", "compileall", "-q",
                    str(Path(__file__).resolve().parent.parent / "src" / "cxmap")],
                   check=False, stdout=subprocess.DEVNULL)
    OUT.mkdir(exist_ok=True)
    cxmap, cjs = tool("cxmap"), tool("check-jsonschema")
    schema = str(ROOT / "schemas" / "cxmap.schema.json")

    compare("start-up", {
        "cxmap --version": [cxmap, "--version"],
        "cxmap --help": [cxmap, "--help"],
        "python -c pass": [sys.executable, "-c", "pass"],
    }, args.runs)

    for n in args.sizes:
        path = OUT / f"bench-{n}.cxmap.yaml"
        if not path.exists():
            subprocess.run([sys.executable, str(HERE / "generate.py"), str(n), str(path)],
                           check=True)
        size = path.stat().st_size / 1e6
        m = compare(f"{n} touchpoints ({size:.2f} MB)", {
            "cxmap validate": [cxmap, "validate", str(path)],
            "check-jsonschema": [cjs, "--schemafile", schema, str(path)],
        }, args.runs)
        ratio = m["cxmap validate"] / m["check-jsonschema"]
        print(f"  ratio cxmap/check-jsonschema = {ratio:.2f}  "
              f"({size / m['cxmap validate']:.2f} MB/s)")

    # in-process split of cxmap's own time: parse vs model+checks
    sys.path.insert(0, str(ROOT / "src"))
    from cxmap.checks import check_document
    from cxmap.load.yaml import decode, parse_text

    for n in args.sizes:
        path = OUT / f"bench-{n}.cxmap.yaml"
        raw = path.read_bytes()
        parse_t, check_t = [], []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            doc = parse_text(decode(raw))
            t1 = time.perf_counter()
            check_document(str(path), doc)
            t2 = time.perf_counter()
            parse_t.append(t1 - t0)
            check_t.append(t2 - t1)
        print(f"\nin-process {n}: parse {statistics.median(parse_t):.3f} s, "
              f"model+checks {statistics.median(check_t):.3f} s")


if __name__ == "__main__":
    main()
