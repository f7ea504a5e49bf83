"""Time and peak memory of the hostile inputs of issue 20, against its limits.

    .venv/bin/python benchmarks/hostile.py [--only amplification hints history]

Generates into ``benchmarks/out/hostile/`` (kept between runs):

* amplification: one 1 MiB text aliased 2,000 times (a 1.1 MB map that would
  expand to 2.1 GB): ``export`` and ``report`` must refuse it (CX007);
* hints: 3,000 touchpoints whose 3,000 ``next`` references are near misses
  (``validate``), and a table of 2,000 near-miss ids (``import-scores``);
* history: a git repository of 300 commits of a 5,000-touchpoint map
  (made with ``git fast-import``), ``history -f json``.

Each command runs once under ``/usr/bin/time -v``; the limits are 60 s of wall
time and 2 GB of memory (a loaded machine stretches the wall time: the CPU
time is shown too).
"""

from __future__ import annotations

import argparse
import datetime
import re
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out" / "hostile"
CXMAP = [sys.executable, "-m", "cxmap"]


def _stage(touchpoints: str) -> str:
    return ("cxmap: 1\nid: m\ntitle: T\nstages:\n  - id: s1\n    name: S\n"
            "    touchpoints:\n" + touchpoints)


def amplification() -> list[list[str]]:
    path = OUT / "amplified.cxmap.yaml"
    if not path.exists():
        tps = "      - id: t0\n        name: &big " + "x" * (1 << 20) + "\n"
        tps += "".join(f"      - id: t{i}\n        name: *big\n" for i in range(1, 2001))
        path.write_text(_stage(tps), encoding="utf-8")
    return [["export", str(path), "-o", str(OUT / "amplified.csv")],
            ["report", str(path), "-o", str(OUT / "amplified.html")]]


def hints() -> list[list[str]]:
    refs, plain, table = (OUT / "near-misses.cxmap.yaml", OUT / "ids.cxmap.yaml",
                          OUT / "near-misses.csv")
    if not refs.exists():
        refs.write_text(_stage("".join(
            f"      - id: tp-{i:04d}-step\n        name: N{i}\n"
            f"        next: [tp-{i:04d}-stpe]\n" for i in range(3000))), encoding="utf-8")
        plain.write_text(_stage("".join(
            f"      - id: tp-{i:04d}-step\n        name: N{i}\n" for i in range(3000))),
            encoding="utf-8")
        table.write_text("id,score\n" + "".join(f"tp-{i:04d}-stpe,1\n" for i in range(2000)),
                         encoding="utf-8")
    return [["validate", str(refs)], ["import-scores", str(plain), str(table), "--dry-run"]]


def _revision(k: int) -> bytes:
    day = datetime.date(2000, 1, 1) + datetime.timedelta(days=30 * k)
    lines = ["cxmap: 1", "id: big", "title: Big", f"scoredOn: {day.isoformat()}", "stages:"]
    for s in range(50):
        lines.append(f"  - id: s{s}\n    name: Stage {s}\n    touchpoints:")
        lines += [f"      - id: t{s * 100 + t}\n        name: Touchpoint {s * 100 + t}\n"
                  f"        score: {(s * 100 + t + k) % 5 - 2}" for t in range(100)]
    return ("\n".join(lines) + "\n").encode()


def history() -> list[list[str]]:
    repo = OUT / "history"
    if not (repo / ".git").exists():
        subprocess.run(["git", "init", "-q", str(repo)], check=True)
        stream = []
        for k in range(300):
            data, message = _revision(k), f"wave {k}".encode()
            stream += [b"commit refs/heads/main\n",
                       f"committer T <t@example.com> {946684800 + k * 86400} +0000\n".encode(),
                       b"data %d\n%s\n" % (len(message), message),
                       b"M 100644 inline m.cxmap.yaml\n", b"data %d\n%s\n" % (len(data), data)]
        subprocess.run(["git", "-C", str(repo), "fast-import", "--quiet"],
                       input=b"".join(stream), check=True)
        subprocess.run(["git", "-C", str(repo), "checkout", "-q", "main"], check=True)
    return [["history", str(repo / "m.cxmap.yaml"), "-f", "json", "--timeout", "600",
             "-o", str(OUT / "history.json")]]


CASES = {"amplification": amplification, "hints": hints, "history": history}


def measure(args: list[str]) -> str:
    proc = subprocess.run(["/usr/bin/time", "-v", *CXMAP, *args], capture_output=True,
                          text=True, check=False)
    report = proc.stderr

    def field(name: str) -> str:
        m = re.search(rf"{re.escape(name)}: (.+)", report)
        return m.group(1).strip() if m else "?"

    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    rss = int(field("Maximum resident set size (kbytes)")) / 1024
    return (f"{' '.join(args[:1])}: exit {proc.returncode}, wall "
            f"{field('Elapsed (wall clock) time (h:mm:ss or m:ss)')}, CPU {cpu:.1f} s, "
            f"peak {rss:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=sorted(CASES), default=sorted(CASES))
    chosen = parser.parse_args().only
    OUT.mkdir(parents=True, exist_ok=True)
    load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"
    print(f"load average {load}; limits: 60 s, 2 GB")
    for name in chosen:
        for args in CASES[name]():
            print(f"{name:>13}  {measure(args)}")


if __name__ == "__main__":
    main()
