"""``cxmap serve`` in a real browser: Debian's ``chromium``, headless, driven by
Selenium through Debian's ``chromedriver`` (CI installs both, ``.ci/run``; on
a machine without them these tests skip).

As an analyst uses it: ``cxmap serve MAP`` runs, the page is open, the map is
saved from an editor (write a temporary file, rename it over the map):

* the new name is in the drawing within 2 seconds, without a reload, the
  zoom and the scroll position kept;
* an invalid save leaves the last good drawing, dimmed, with the diagnostic
  (``FILE:LINE:COL``, code, message) over it; fixing the file clears it;
* a hidden tab closes its event stream, and opens it again when shown.

Screenshots are kept (``CXMAP_ARTIFACTS`` names a folder; default: the
test's temporary folder): the live page, and the page after the invalid save.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
except ImportError:  # pragma: no cover - the test extra installs it
    webdriver = None  # type: ignore[assignment]

pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    BROWSER is None or DRIVER is None or webdriver is None,
    reason="chromium, chromedriver or selenium is not installed here")]

MAP = """\
cxmap: 1
id: account
title: Opening an account
scoredOn: 2025-04-14
stages:
  - id: open
    name: Opening
    touchpoints:
      - id: visit
        name: {name}
        score: 0
      - id: card
        name: Card arrives
        score: 1
  - id: use
    name: First use
    touchpoints:
      - id: login
        name: First login to the app
        score: -1
        customerEffort: true
"""
INVALID = MAP.replace("name: {name}", "name: Visit: branch office")


def save_by_rename(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def until(check: Callable[[], Any], seconds: float = 10.0, step: float = 0.05) -> Any:
    deadline = time.monotonic() + seconds
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(step)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    path = tmp_path / "account.cxmap.yaml"
    path.write_text(MAP.format(name="Visit to a branch"), encoding="utf-8")
    env = {**os.environ, "CXMAP_LANG": "en", "CXMAP_TODAY": "2025-06-01"}
    proc = subprocess.Popen([sys.executable, "-m", "cxmap", "serve", path.name, "--port", "0"],
                            cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), proc.stderr.read() if proc.stderr else ""
        yield url, path
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(BROWSER)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-extensions", "--window-size=1400,900", "--hide-scrollbars",
                f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(str(DRIVER)))
    try:
        yield driver
    finally:
        driver.quit()


def keep() -> Path:
    folder = Path(os.environ.get("CXMAP_ARTIFACTS") or ".")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def state(url: str) -> dict[str, Any]:
    with urllib.request.urlopen(url + "state.json", timeout=10) as resp:
        return json.loads(resp.read())  # type: ignore[no-any-return]


SVG_TEXT = """return Array.from(document.querySelectorAll('#drawing svg text'))
                .map(t => t.textContent).join(' ');"""


def test_a_save_appears_in_place_and_an_invalid_one_is_shown_over_the_last_drawing(
        served: tuple[str, Path], browser: Any, tmp_path: Path) -> None:
    url, path = served
    shots = keep() if os.environ.get("CXMAP_ARTIFACTS") else tmp_path
    browser.get(url)
    until(lambda: "Visit to a branch" in browser.execute_script(SVG_TEXT))
    assert browser.find_element("id", "status").get_attribute("data-status") == "live"
    # the analyst zooms in and scrolls; the page is marked to tell a reload
    browser.find_element("id", "zoom-in").click()
    browser.find_element("id", "zoom-in").click()
    zoom = browser.find_element("id", "zoom-level").text
    browser.execute_script("window.notReloaded = true;"
                           "var v = document.getElementById('viewport');"
                           "v.scrollLeft = 120; v.scrollTop = 40;")
    scroll = browser.execute_script("var v = document.getElementById('viewport');"
                                    "return [v.scrollLeft, v.scrollTop];")
    assert scroll[0] > 0
    browser.save_screenshot(str(shots / "serve-live.png"))

    # a save from the editor: the new name, within 2 seconds, in place
    started = time.monotonic()
    save_by_rename(path, MAP.format(name="Renamed in the editor"))
    until(lambda: "Renamed in the editor" in browser.execute_script(SVG_TEXT), seconds=5)
    took = time.monotonic() - started
    assert took < 2.0, took
    assert browser.execute_script("return window.notReloaded === true;")
    assert browser.find_element("id", "zoom-level").text == zoom
    assert browser.execute_script("var v = document.getElementById('viewport');"
                                  "return [v.scrollLeft, v.scrollTop];") == scroll

    # an invalid save: the last good drawing stays, dimmed, the diagnostic over it
    save_by_rename(path, INVALID)
    overlay = browser.find_element("id", "overlay")
    until(lambda: overlay.is_displayed() and "CX001" in overlay.text)
    text = overlay.text
    assert "account.cxmap.yaml:10:15: error CX001" in text
    assert 'name: "Visit: branch office"' in text   # the hint, as validate gives it
    assert "does not validate since the last save" in text
    assert "stale" in browser.find_element("id", "drawing").get_attribute("class")
    assert "Renamed in the editor" in browser.execute_script(SVG_TEXT)
    browser.save_screenshot(str(shots / "serve-invalid.png"))
    assert (shots / "serve-invalid.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    # fixing the file clears the problems
    save_by_rename(path, MAP.format(name="Fixed again"))
    until(lambda: "Fixed again" in browser.execute_script(SVG_TEXT))
    until(lambda: not overlay.is_displayed())
    assert "stale" not in browser.find_element("id", "drawing").get_attribute("class")
    assert browser.execute_script("return window.notReloaded === true;")
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def test_a_hidden_tab_closes_its_stream(served: tuple[str, Path], browser: Any) -> None:
    url, _ = served
    browser.get(url)
    first = browser.current_window_handle
    until(lambda: browser.execute_script(SVG_TEXT))
    until(lambda: state(url)["streams"] == 1)
    # another tab in front: this one is hidden, and lets its stream go
    browser.switch_to.new_window("tab")
    browser.get("about:blank")
    until(lambda: state(url)["streams"] == 0)
    browser.switch_to.window(first)
    browser.execute_cdp_cmd("Page.bringToFront", {})
    until(lambda: state(url)["streams"] == 1)
    # a closed tab too
    browser.switch_to.new_window("tab")
    browser.switch_to.window(first)
    browser.close()
    until(lambda: state(url)["streams"] == 0)
