#!/usr/bin/env python3
"""``cxmap report`` to PDF against Chromium printing the same report's HTML
(run on demand; not part of the tests).

    python benchmarks/report_pdf.py [--runs 3] [--n 150] [--profile]

Goal: ``cxmap report MAP -o OUT.pdf`` of a 150-touchpoint map takes at most
2.0x as long as ``chromium --headless --no-sandbox --print-to-pdf`` printing
the HTML report of the same map, measured side by side by hyperfine in one
run (``apt-get install hyperfine chromium``).  The map comes from
``generate.py`` (``benchmarks/out/``, kept between runs); the HTML is written
once by ``cxmap report -o OUT.html`` before the timing.

``--profile`` instead runs WeasyPrint under cProfile in this process, on the
page cxmap prints, and prints where the time goes (CSS, layout, tables,
drawing).
Prints a Markdown line with both medians and the ratio; exit status 1 when
the goal is missed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
BIN = Path(sys.executable).parent
LIMIT = 2.0


def cxmap() -> str:
    found = BIN / "cxmap"
    return str(found) if found.exists() else "cxmap"


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return name
    raise SystemExit("chromium is not installed")


def make_map(n: int) -> Path:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"report-{n}.cxmap.yaml"
    if not path.exists():
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(n), str(path)],
                       check=True, stdout=subprocess.DEVNULL)
    return path


def profile(source: Path) -> None:
    """WeasyPrint on the page cxmap prints (the report's HTML for print)."""
    import cProfile
    import logging
    import pstats

    import weasyprint

    from cxmap.api import load_map
    from cxmap.outputs.report import ReportOptions
    from cxmap.outputs.report.render import html_report

    journey = load_map(source).journey
    assert journey is not None
    html = html_report(journey, ReportOptions(), pdf=True)
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    prof = cProfile.Profile()
    prof.enable()
    doc = weasyprint.HTML(string=html).render()
    doc.write_pdf()
    prof.disable()
    print(f"{len(doc.pages)} pages")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(40)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--n", type=int, default=150, help="touchpoints (default 150)")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    source = make_map(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "report.html"
        subprocess.run([cxmap(), "report", str(source), "-o", str(html)], check=True)
        if args.profile:
            profile(source)
            return 0
        pdf, printed = Path(tmp) / "cxmap.pdf", Path(tmp) / "chromium.pdf"
        result = Path(tmp) / "result.json"
        subprocess.run(
            ["hyperfine", "--runs", str(args.runs), "--warmup", "1", "--export-json",
             str(result), "-n", "cxmap report -> pdf",
             f"{cxmap()} report {source} -o {pdf}",
             "-n", "chromium --print-to-pdf",
             f"{chromium()} --headless --no-sandbox --disable-gpu --no-pdf-header-footer "
             f"--print-to-pdf={printed} file://{html}"], check=True)
        times = [r["median"] for r in json.loads(result.read_text())["results"]]
    ratio = times[0] / times[1]
    verdict = "met" if ratio <= LIMIT else "missed"
    print(f"| report {args.n} tp -> PDF | {times[0]:.2f} s | chromium | {times[1]:.2f} s "
          f"| **{ratio:.2f}x** | <= {LIMIT} | {verdict} |")
    return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
