#!/usr/bin/env python3
"""Benchmark `cxmap render` on big maps (run on demand; not part of the tests).

    python benchmarks/bench_render.py [--sizes 1000 2000] [--runs 5] [--keep DIR]

For each size N it generates a map with ``benchmarks/generate.py N`` and then
measures, as medians over ``--runs`` runs, interleaved so both see the same
machine state:

* ``cxmap``: the whole command, ``cxmap render MAP -o OUT.svg``, as a process;
* ``reference``: a process that only imports pygraphviz and draws cxmap's own
  DOT output for the same map (``AGraph(string=dot).draw(format="svg")``);
* in-process stages of cxmap: loading (parse + check + model), building the
  DOT text (journey graph + graphviz package), Graphviz layout + SVG.

The target is ``cxmap <= 1.25 x reference``.  Exit status 1 when a size misses it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = 1.25

REFERENCE = """\
import sys, pygraphviz
dot = open(sys.argv[1], encoding="utf-8").read()
pygraphviz.AGraph(string=dot).draw(sys.argv[2], format="svg", prog="dot")
"""

STAGES = """\
import json, sys, time
t0 = time.perf_counter()
from cxmap.api import load_map
loaded = load_map(sys.argv[1])
t1 = time.perf_counter()
from cxmap.outputs.render import RenderFormat, render_dot
dot = render_dot(loaded.journey)
t2 = time.perf_counter()
from cxmap.outputs.render.layout import layout
svg = layout(dot, RenderFormat.SVG)
t3 = time.perf_counter()
print(json.dumps({"load": t1 - t0, "dot": t2 - t1, "layout": t3 - t2}))
"""


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def cxmap_command() -> list[str]:
    exe = Path(sys.executable).with_name("cxmap")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "cxmap"]


def bench(n: int, runs: int, work: Path) -> dict[str, float]:
    yaml_path = work / f"bench-{n}.cxmap.yaml"
    dot_path = work / f"bench-{n}.dot"
    subprocess.run([sys.executable, str(HERE / "generate.py"), str(n), str(yaml_path)],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run([*cxmap_command(), "render", str(yaml_path), "-o", str(dot_path)],
                   check=True)
    cx: list[float] = []
    ref: list[float] = []
    stages: dict[str, list[float]] = {"load": [], "dot": [], "layout": []}
    for _ in range(runs):
        cx.append(timed([*cxmap_command(), "render", str(yaml_path), "-o",
                         str(work / "cxmap.svg")]))
        ref.append(timed([sys.executable, "-c", REFERENCE, str(dot_path),
                          str(work / "ref.svg")]))
        out = subprocess.run([sys.executable, "-c", STAGES, str(yaml_path)], check=True,
                             capture_output=True, text=True).stdout
        for k, v in json.loads(out.strip().splitlines()[-1]).items():
            stages[k].append(v)
    result = {"cxmap": statistics.median(cx), "reference": statistics.median(ref)}
    result.update({k: statistics.median(v) for k, v in stages.items()})
    result["ratio"] = result["cxmap"] / result["reference"]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="keep generated files in this directory")
    args = parser.parse_args()
    # Measure cxmap as installed: with its bytecode compiled (a session with
    # PYTHONDONTWRITEBYTECODE=1 would otherwise recompile edited modules on
    # every run, which users never pay).
    subprocess.run([sys.executable, "-m", "compileall", "-q",
                    str(Path(__file__).resolve().parent.parent / "src" / "cxmap")],
                   check=False, stdout=subprocess.DEVNULL)
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        print(f"{'N':>6} {'load':>7} {'dot':>7} {'layout':>7} | {'cxmap':>7} "
              f"{'reference':>9} {'ratio':>6}  (medians of {args.runs}, seconds; "
              f"target ratio <= {TARGET})")
        for n in args.sizes:
            r = bench(n, args.runs, work)
            ok &= r["ratio"] <= TARGET
            print(f"{n:>6} {r['load']:7.2f} {r['dot']:7.2f} {r['layout']:7.2f} | "
                  f"{r['cxmap']:7.2f} {r['reference']:9.2f} {r['ratio']:6.2f}"
                  f"{'' if r['ratio'] <= TARGET else '  MISSES TARGET'}", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "0")
    sys.exit(main())
