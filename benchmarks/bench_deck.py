#!/usr/bin/env python3
"""``cxmap report -o deck.pptx`` against the HTML report of the same map (run on demand).

    python benchmarks/bench_deck.py [--touchpoints 150] [--runs 5] [--rounds 3]

Goal: the deck of a 150-touchpoint map takes at most 1.5x the time of its HTML
report (both measured side by side by hyperfine in one run; the median wall
times, and the CPU time, user + system, beside them: the machine may be
shared).  Each round is one hyperfine run; the goal is judged on the median
round.  The map is made by ``generate.py`` into ``benchmarks/out/``.  Prints a
Markdown table; exit status 1 when the goal is missed.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
CXMAP = str(Path(sys.executable).parent / "cxmap")
LIMIT = 1.5


def generate(n: int) -> Path:
    path = OUT / f"m{n}.cxmap.yaml"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        sys.path.insert(0, str(HERE))
        import generate as gen  # benchmarks/generate.py

        with contextlib.redirect_stderr(io.StringIO()):
            gen.main([str(n), str(path)])
    return path


def measure(source: Path, runs: int) -> tuple[float, float, float, float]:
    """One hyperfine run of both commands: the deck's and the HTML report's
    median wall time and mean CPU time (user + system)."""
    deck, html = OUT / "deck.pptx", OUT / "report.html"
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run(["hyperfine", "-N", "--style", "none", "-w", "1", "-r", str(runs),
                        "--export-json", out.name,
                        subprocess.list2cmdline([CXMAP, "report", str(source), "-o", str(deck)]),
                        subprocess.list2cmdline([CXMAP, "report", str(source), "-o", str(html)])],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        results = json.loads(Path(out.name).read_text())["results"]
    (d, dc), (h, hc) = ((r["median"], r["user"] + r["system"]) for r in results)
    return d, dc, h, hc


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--touchpoints", type=int, default=150)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3,
                        help="hyperfine runs; the goal is judged on the median round")
    args = parser.parse_args()
    source = generate(args.touchpoints)
    rounds = sorted((measure(source, args.runs) for _ in range(args.rounds)),
                    key=lambda r: r[0] / r[2])
    print("| map | round | deck (.pptx) | HTML report | ratio (wall) | ratio (CPU) |\n"
          "|---|---|---:|---:|---:|---:|")
    for n, (d, dc, h, hc) in enumerate(rounds, 1):
        print(f"| {args.touchpoints} touchpoints | {n} | {d:.2f} s ({dc:.2f} s CPU) | "
              f"{h:.2f} s ({hc:.2f} s CPU) | {d / h:.2f}x | {dc / hc:.2f}x |")
    d, dc, h, hc = rounds[len(rounds) // 2]
    met = d / h <= LIMIT
    print(f"\nmedian round: {d / h:.2f}x wall, {dc / hc:.2f}x CPU; goal <= {LIMIT}x "
          f"{'met' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
