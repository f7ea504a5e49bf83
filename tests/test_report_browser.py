"""The HTML report in a real browser: Debian's ``chromium``, headless.

CI installs chromium (``.ci/run``); on a machine without it these tests skip.
The page is loaded as a user opens it (``file://``), at 1,400 x 900 px:

* no console message at all (errors, blocked requests...);
* the summary and the diagram are both in the first screen;
* a screenshot is saved (``CXMAP_ARTIFACTS`` names a folder to keep it in;
  default: the test's temporary folder).

Geometry is read by a copy of the page with a small probe script added (the
report itself has no script): it writes the boxes of the summary and the
diagram into an attribute that ``--dump-dom`` prints.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

BROWSER = next((b for b in ("chromium", "chromium-browser", "google-chrome")
                if shutil.which(b)), None)
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(BROWSER is None, reason="chromium is not installed here")]
WIDTH, HEIGHT = 1400, 900

PROBE = """<script>
(function () {
  function box(sel) {
    var el = document.querySelector(sel);
    if (!el) return null;
    var r = el.getBoundingClientRect();
    return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height};
  }
  document.documentElement.setAttribute("data-probe", JSON.stringify({
    width: window.innerWidth, height: window.innerHeight,
    scrollWidth: document.documentElement.scrollWidth,
    summary: box("#summary"), figures: box("#overview"), priorities: box(".sum-prio"),
    diagram: box("#diagram .diagram svg"), heading: box("#diagram h2")
  }));
})();
</script>"""


def _chromium(*args: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    assert BROWSER is not None
    return subprocess.run(
        [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-extensions", f"--user-data-dir={tmp / 'profile'}",
         "--enable-logging=stderr", "--v=0", "--hide-scrollbars",
         f"--window-size={WIDTH},{HEIGHT}", *args],
        capture_output=True, text=True, timeout=120, check=False)


def _console(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from typer.testing import CliRunner

    from cxmap.cli import app

    tmp = tmp_path_factory.mktemp("browser")
    out = tmp / "sklep.html"
    result = CliRunner().invoke(app, ["report", str(EXAMPLES / "sklep-omnichannel.cxmap.yaml"),
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_loads_without_console_messages_and_saves_a_screenshot(page: Path) -> None:
    tmp = page.parent
    keep = Path(os.environ.get("CXMAP_ARTIFACTS") or tmp)
    keep.mkdir(parents=True, exist_ok=True)
    shot = keep / "report-sklep-1400.png"
    proc = _chromium(f"--screenshot={shot}", page.as_uri(), tmp=tmp)
    assert shot.is_file() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", proc.stderr
    assert _console(proc.stderr) == []
    # the PNG has the window's size
    width, height = int.from_bytes(shot.read_bytes()[16:20], "big"), int.from_bytes(
        shot.read_bytes()[20:24], "big")
    assert (width, height) == (WIDTH, HEIGHT)


def test_summary_and_diagram_are_in_the_first_screen(page: Path) -> None:
    tmp = page.parent
    probed = tmp / "probed.html"
    probed.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"),
                      encoding="utf-8")
    proc = _chromium("--dump-dom", probed.as_uri(), tmp=tmp)
    assert _console(proc.stderr) == []
    match = re.search(r'data-probe="([^"]*)"', proc.stdout)
    assert match, proc.stderr[-2000:]
    probe = json.loads(match.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    screen = probe["height"]
    assert probe["width"] == WIDTH and probe["scrollWidth"] <= WIDTH   # no sideways scroll
    # the whole summary (figures, priorities) is on the first screen...
    assert probe["summary"]["top"] >= 0 and probe["summary"]["bottom"] <= screen
    assert probe["priorities"]["bottom"] <= screen
    # ...and so is the diagram's heading and its top part
    assert probe["heading"]["bottom"] <= screen
    assert probe["diagram"]["top"] < screen - 100
    # fitted to the width: the drawing is as wide as the page's column, no wider
    assert probe["diagram"]["right"] <= WIDTH and probe["diagram"]["left"] >= 0
