#!/usr/bin/env python3
"""``cxmap dataset`` against ``cxmap validate`` on a 2,000-map portfolio (run on demand).

    python benchmarks/bench_dataset.py [--maps 2000] [--runs 3]

Goal: writing the dataset of a generated portfolio takes at most 2x the time
``cxmap validate`` takes on the same folder (both measured side by side by
hyperfine in one run).  The maps (20-100 touchpoints each, made by
``generate.py``) are kept in ``benchmarks/out/portfolio-<N>/``.  Also times
``--history`` on a git repository of 20 maps x 10 commits, from nothing and
then incrementally after one more commit.  Prints a Markdown table; exit status
1 when the goal is missed.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
CXMAP = str(Path(sys.executable).parent / "cxmap")
LIMIT = 2.0


def portfolio(n: int) -> Path:
    """``n`` maps of 20-100 touchpoints, with 4-12 stages and 0-3 branches (made once)."""
    folder = OUT / f"portfolio-{n}"
    if len(list(folder.glob("*.cxmap.yaml"))) != n:
        folder.mkdir(parents=True, exist_ok=True)
        sys.path.insert(0, str(HERE))
        import generate as gen  # benchmarks/generate.py

        rng = random.Random(25)
        for i in range(n):
            with contextlib.redirect_stderr(io.StringIO()):
                gen.main([str(rng.randint(20, 100)), str(folder / f"map-{i:04d}.cxmap.yaml"),
                          "--seed", str(i), "--stages", str(rng.randint(4, 12)),
                          "--branches", str(rng.randint(0, 3))])
    return folder


def hyperfine(commands: list[list[str]], runs: int) -> list[tuple[float, float]]:
    """Each command's median wall time and mean CPU time (user + system), seconds."""
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run(["hyperfine", "-N", "--style", "none", "-w", "1", "-r", str(runs),
                        "--export-json", out.name,
                        *(subprocess.list2cmdline(c) for c in commands)],
                       check=True, stdout=subprocess.DEVNULL)
        results = json.loads(Path(out.name).read_text())["results"]
        return [(r["median"], r["user"] + r["system"]) for r in results]


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(cwd), "-c", "user.name=b", "-c", "user.email=b@x", *args],
                   check=True, capture_output=True)


def history_times(source: Path) -> tuple[float, float]:
    """Seconds for ``--history`` from nothing, and after one more commit."""
    with tempfile.TemporaryDirectory() as tmp:
        repo = Path(tmp) / "repo"
        repo.mkdir()
        git(repo, "init", "-q")
        maps = sorted(source.glob("*.cxmap.yaml"))[:20]
        for wave in range(10):
            for m in maps:
                text = m.read_text(encoding="utf-8")
                (repo / m.name).write_text(f"{text}# wave {wave}\n", encoding="utf-8")
            git(repo, "add", ".")
            git(repo, "commit", "-qm", f"wave {wave}")
        out = Path(tmp) / "lake"
        start = time.perf_counter()
        subprocess.run([CXMAP, "dataset", str(repo), "-o", str(out), "--history"], check=True,
                       capture_output=True)
        full = time.perf_counter() - start
        (repo / maps[0].name).write_text(maps[0].read_text(encoding="utf-8"), encoding="utf-8")
        git(repo, "commit", "-qam", "one more")
        start = time.perf_counter()
        subprocess.run([CXMAP, "dataset", str(repo), "-o", str(out), "--history"], check=True,
                       capture_output=True)
        return full, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--maps", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = portfolio(args.maps)
    size = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
    lake = OUT / "lake"
    shutil.rmtree(lake, ignore_errors=True)
    (dataset_s, dataset_cpu), (validate_s, validate_cpu) = hyperfine(
        [[CXMAP, "dataset", str(folder), "-o", str(lake)], [CXMAP, "validate", str(folder)]],
        args.runs)
    ratio = dataset_s / validate_s
    print("| workload | cxmap dataset | cxmap validate | ratio (wall) | ratio (CPU) | goal |\n"
          "|---|---:|---:|---:|---:|---|\n"
          f"| {args.maps} maps, {size:.1f} MB | {dataset_s:.2f} s ({dataset_cpu:.2f} s CPU) | "
          f"{validate_s:.2f} s ({validate_cpu:.2f} s CPU) | {ratio:.2f}x | "
          f"{dataset_cpu / validate_cpu:.2f}x | <= {LIMIT}x "
          f"{'met' if ratio <= LIMIT else 'MISSED'} |\n")
    full, incremental = history_times(folder)
    print(f"--history, 20 maps x 10 commits: {full:.2f} s from nothing, "
          f"{incremental:.2f} s after one more commit (incremental)")
    return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
