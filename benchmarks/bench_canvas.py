#!/usr/bin/env python3
"""Benchmark the journey-map canvas against the flow view (run on demand).

    python benchmarks/bench_canvas.py [--sizes 50 150 300 600] [--runs 7]

For each size N it generates a map with ``benchmarks/generate.py N`` and
measures, as medians over ``--runs`` runs interleaved so both see the same
machine state, the whole command as a process:

* ``flow``:   ``cxmap render MAP -o OUT.svg``
* ``canvas``: ``cxmap render MAP -o OUT.svg --view canvas``

and, in this process, the canvas's own work (layout + SVG text) per
touchpoint, to show that it grows linearly.  The goal: at 150 touchpoints
``canvas <= flow``.  Exit status 1 when it is missed.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def command(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def in_process(path: Path, runs: int) -> float:
    from cxmap.api import load_map
    from cxmap.graph import build_graph
    from cxmap.outputs.render.canvas import canvas_svg

    journey = load_map(path).journey
    assert journey is not None
    graph = build_graph(journey)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        canvas_svg(journey, graph)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 150, 300, 600])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    cxmap = [sys.executable, "-m", "cxmap", "render"]
    ok = True
    print(f"{'N':>5} {'flow s':>8} {'canvas s':>9} {'ratio':>6} {'canvas work ms':>15} "
          f"{'ms/touchpoint':>14}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            path = Path(tmp) / f"m{n}.cxmap.yaml"
            subprocess.run([sys.executable, str(HERE / "generate.py"), str(n), str(path)],
                           check=True, capture_output=True)
            out = str(Path(tmp) / "out.svg")
            flow, canvas = [], []
            for _ in range(args.runs):
                flow.append(command([*cxmap, str(path), "-o", out]))
                canvas.append(command([*cxmap, str(path), "-o", out, "--view", "canvas"]))
            f, c = statistics.median(flow), statistics.median(canvas)
            work = in_process(path, max(3, args.runs // 2))
            print(f"{n:>5} {f:>8.2f} {c:>9.2f} {c / f:>6.2f} {work * 1000:>15.0f} "
                  f"{work * 1000 / n:>14.2f}")
            if n == 150 and c > f:
                ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
