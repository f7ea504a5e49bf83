#!/usr/bin/env python3
"""``cxmap serve``: how fast a save reaches the page, and how bursts coalesce.

    python benchmarks/serve_latency.py [--touchpoints 150] [--runs 10] [--browser]

* **latency**: a map of N touchpoints (``benchmarks/generate.py``) is served;
  a touchpoint is renamed and saved as editors save (a temporary file renamed
  over the map); the time from the rename until the new name is in the
  drawing the page fetches (``/events`` update, then ``/drawing``) - or, with
  ``--browser``, until it is in the drawing shown by headless Chromium
  (Selenium, Debian's chromedriver);
* **bursts**: 20 saves in 2 seconds (one every 100 ms), then the number of
  rebuilds they caused (``rebuilds`` in ``/state.json``).

Prints one line per measurement and a summary; needs nothing but cxmap (and
Selenium for ``--browser``).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

HERE = Path(__file__).resolve().parent


def save_by_rename(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def get(port: int, target: str) -> bytes:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", target)
        return conn.getresponse().read()
    finally:
        conn.close()


class Events:
    """``GET /events``, read one ``update`` at a time."""

    def __init__(self, port: int) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.conn.request("GET", "/events")
        self.resp = self.conn.getresponse()

    def next(self) -> dict[str, Any]:
        data = None
        while True:
            line = self.resp.fp.readline().decode("utf-8").rstrip("\n")
            if line.startswith("data: "):
                data = json.loads(line[6:])
            elif line == "" and data is not None:
                return data  # type: ignore[no-any-return]


def rename_touchpoint(text: str, marker: str) -> str:
    """The map with its first touchpoint's name replaced by ``marker``."""
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.lstrip().startswith("- id:") and line.startswith("      "):
            for j in range(i + 1, min(i + 4, len(lines))):
                stripped = lines[j].lstrip()
                if stripped.startswith("name:"):
                    indent = lines[j][: len(lines[j]) - len(stripped)]
                    lines[j] = f"{indent}name: {marker}\n"
                    return "".join(lines)
    raise SystemExit("no touchpoint name found in the generated map")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--touchpoints", type=int, default=150)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--browser", action="store_true",
                        help="measure until headless Chromium shows the new name")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="cxmap-serve-bench-"))
    path = work / "journey.cxmap.yaml"
    subprocess.run([sys.executable, str(HERE / "generate.py"), str(args.touchpoints),
                    str(path)], check=True)
    original = path.read_text(encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "cxmap", "serve", str(path), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            cwd=work)
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    port = int(url.rsplit(":", 1)[1].rstrip("/"))
    shown = str(path)
    driver = None
    try:
        events = Events(port)
        state = events.next()
        while not state["maps"] or not state["maps"][0]["drawing"]:
            state = events.next()
        if args.browser:
            driver = _browser(work)
            driver.get(url)
            _until(lambda: "#" not in (driver.execute_script(_SVG_TEXT) or "#"), 60)
        times = []
        for run in range(args.runs):
            marker = f"Renamed{run}at{int(time.time() * 1000) % 100000}"
            started = time.monotonic()
            save_by_rename(path, rename_touchpoint(original, marker))
            if driver is not None:
                _until(lambda m=marker: m in driver.execute_script(_SVG_TEXT), 30)
            else:
                while True:
                    state = events.next()
                    if state["maps"][0]["ok"]:
                        svg = get(port, f"/drawing?path={quote(shown)}")
                        if marker.encode() in svg:
                            break
            took = time.monotonic() - started
            times.append(took)
            print(f"save -> page ({'chromium' if driver else 'events + drawing'}): "
                  f"{took * 1000:.0f} ms")
            time.sleep(1.2)
        before = json.loads(get(port, "/state.json"))["rebuilds"]
        for i in range(20):
            save_by_rename(path, rename_touchpoint(original, f"Burst{i}"))
            time.sleep(0.1)
        time.sleep(4.0)
        after = json.loads(get(port, "/state.json"))["rebuilds"]
        print(f"{args.touchpoints} touchpoints; save -> page: median "
              f"{statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms "
              f"over {len(times)} saves; 20 saves in 2 s -> {after - before} rebuilds; "
              f"load average {os.getloadavg()[0]:.2f}")
    finally:
        if driver is not None:
            driver.quit()
        proc.terminate()
        proc.wait(timeout=10)


_SVG_TEXT = ("return Array.from(document.querySelectorAll('#drawing svg text'))"
             ".map(t => t.textContent).join(' ');")


def _until(check: Any, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the page")
        time.sleep(0.02)


def _browser(work: Path) -> Any:
    import shutil

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu",
                "--window-size=1400,900", f"--user-data-dir={work / 'profile'}"):
        options.add_argument(arg)
    return webdriver.Chrome(options=options,
                            service=Service(shutil.which("chromedriver") or "chromedriver"))


if __name__ == "__main__":
    main()
