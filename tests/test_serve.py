"""``cxmap serve``: the live preview's endpoints and behaviour, over real HTTP.

Each test serves a map (or a folder) from a temporary folder on a free
loopback port (``--port 0``), edits the files as editors do - in place, by
writing a temporary file and renaming it over the map, in bursts - and reads
``/state.json``, ``/drawing`` and ``/events`` as the page does.  The command
line (first line, port in use, Ctrl-C) runs ``cxmap serve`` as a process.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from cxmap.commands.serve import Running, against_spec, is_loopback, is_relevant, start
from cxmap.commands.serve_http import bad_path
from cxmap.i18n import Language
from cxmap.outputs.formats import PreviewView
from tests.conftest import EXAMPLES

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
        score: {score}
      - id: card
        name: Card arrives
        score: 1
"""
#: a YAML slip: the colon inside a name (CX001 at line 10, column 15)
INVALID = MAP.replace("name: {name}", "name: Visit: branch office")
SVG = "{http://www.w3.org/2000/svg}"


def write_map(path: Path, name: str = "Visit to a branch", score: int = 0) -> None:
    path.write_text(MAP.format(name=name, score=score), encoding="utf-8")


def save_by_rename(path: Path, text: str) -> None:
    """As vim, gedit, VS Code (atomic save) and most IDEs do."""
    tmp = path.with_name(f".{path.name}.swp~")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def get(run: Running, target: str, headers: dict[str, str] | None = None,
        method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection(run.host, run.port, timeout=10)
    try:
        conn.request(method, target, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def state(run: Running) -> dict[str, Any]:
    status, _, body = get(run, "/state.json")
    assert status == 200
    return json.loads(body)  # type: ignore[no-any-return]


def wait_for(run: Running, check: Callable[[dict[str, Any]], bool],
             seconds: float = 10.0) -> dict[str, Any]:
    deadline = time.monotonic() + seconds
    while True:
        current = state(run)
        if check(current):
            return current
        if time.monotonic() > deadline:
            raise AssertionError(f"state never matched: {json.dumps(current)[:2000]}")
        time.sleep(0.05)


def texts(svg: bytes) -> str:
    """Every text of a drawing, parsed as XML (a broken SVG fails here), one
    after the other (a name may be numbered, or wrapped on two lines)."""
    root = ET.fromstring(svg)
    return " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))


def drawing(run: Running, path: str) -> bytes:
    status, headers, body = get(run, f"/drawing?path={quote(path)}")
    assert status == 200, body
    assert headers["content-type"] == "image/svg+xml"
    return body


def the_map(current: dict[str, Any], path: str | None = None) -> dict[str, Any]:
    maps = current["maps"]
    if path is None:
        assert len(maps) == 1
        return maps[0]  # type: ignore[no-any-return]
    return next(m for m in maps if m["path"] == path)  # type: ignore[no-any-return]


@pytest.fixture
def serving(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[
        Callable[..., Running]]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXMAP_TODAY", "2025-06-01")   # the maps' scoring is recent
    started: list[Running] = []

    def run(target: str | Path, **options: Any) -> Running:
        options.setdefault("port", 0)
        options.setdefault("lang", Language.EN)
        running = start(target, **options)
        started.append(running)
        wait_for(running, lambda s: s["built"])
        return running

    yield run
    for running in started:
        running.stop(wait=2.0)


def new_version(run: Running, path: str | None = None) -> Callable[[dict[str, Any]], bool]:
    before = the_map(state(run), path)["version"]
    return lambda s: the_map(s, path)["version"] > before


# ------------------------------------------------------------------------- the contract
def test_state_of_a_map_as_given_and_its_drawing(tmp_path: Path,
                                                  serving: Callable[..., Running]) -> None:
    write_map(tmp_path / "account.cxmap.yaml")
    run = serving("account.cxmap.yaml")
    current = state(run)
    m = the_map(current)
    assert (m["path"], m["ok"], m["diagnostics"]) == ("account.cxmap.yaml", True, [])
    assert m["version"] >= 1 and current["version"] >= 1
    assert "Visit to a branch" in texts(drawing(run, "account.cxmap.yaml"))


def test_save_by_rename_and_in_place_are_both_seen(tmp_path: Path,
                                                   serving: Callable[..., Running]) -> None:
    path = tmp_path / "account.cxmap.yaml"
    write_map(path)
    run = serving("account.cxmap.yaml")
    seen = new_version(run)
    save_by_rename(path, MAP.format(name="Renamed save", score=2))
    started = time.monotonic()
    wait_for(run, seen)
    assert time.monotonic() - started < 2.0
    assert "Renamed save" in texts(drawing(run, "account.cxmap.yaml"))
    seen = new_version(run)
    write_map(path, "Written in place")
    wait_for(run, seen)
    assert "Written in place" in texts(drawing(run, "account.cxmap.yaml"))


def test_a_burst_of_50_saves_is_a_few_rebuilds_and_ends_on_the_last(
        tmp_path: Path, serving: Callable[..., Running]) -> None:
    path = tmp_path / "account.cxmap.yaml"
    write_map(path)
    run = serving("account.cxmap.yaml")
    before = state(run)["rebuilds"]
    for i in range(50):
        text = MAP.format(name=f"Save number {i}", score=i % 5 - 2)
        if i % 2:
            save_by_rename(path, text)
        else:
            path.write_text(text, encoding="utf-8")
        time.sleep(0.01)
    current = wait_for(run, lambda s: "Save number 49" in texts(
        drawing(run, "account.cxmap.yaml")) or False)
    time.sleep(1.5)   # anything still queued would rebuild now
    current = state(run)
    assert 1 <= current["rebuilds"] - before <= 3, current["rebuilds"] - before


def test_twenty_saves_in_two_seconds_are_at_most_three_rebuilds(
        tmp_path: Path, serving: Callable[..., Running]) -> None:
    path = tmp_path / "account.cxmap.yaml"
    write_map(path)
    run = serving("account.cxmap.yaml")
    before = state(run)["rebuilds"]
    for i in range(20):
        save_by_rename(path, MAP.format(name=f"Typing {i}", score=0))
        time.sleep(0.1)
    wait_for(run, lambda s: "Typing 19" in texts(drawing(run, "account.cxmap.yaml")))
    time.sleep(1.5)
    assert state(run)["rebuilds"] - before <= 3


def test_an_invalid_save_keeps_the_last_good_drawing_and_says_where(
        tmp_path: Path, serving: Callable[..., Running]) -> None:
    path = tmp_path / "account.cxmap.yaml"
    write_map(path, "Good name")
    run = serving("account.cxmap.yaml")
    seen = new_version(run)
    save_by_rename(path, INVALID)
    m = the_map(wait_for(run, seen))
    assert m["ok"] is False and m["drawing"] is True
    [d] = m["diagnostics"]
    assert (d["file"], d["line"], d["column"], d["severity"], d["code"]) == (
        "account.cxmap.yaml", 10, 15, "error", "CX001")
    assert "': '" in d["message"] or ": " in d["message"]
    assert d["hint"] is None or isinstance(d["hint"], str)
    assert "Good name" in texts(drawing(run, "account.cxmap.yaml"))
    # fixing it clears the problems and draws the new text
    seen = new_version(run)
    write_map(path, "Fixed name")
    m = the_map(wait_for(run, seen))
    assert (m["ok"], m["diagnostics"]) == (True, [])
    assert "Fixed name" in texts(drawing(run, "account.cxmap.yaml"))


def test_diagnostics_in_the_users_language(tmp_path: Path,
                                           serving: Callable[..., Running]) -> None:
    path = tmp_path / "account.cxmap.yaml"
    path.write_text(INVALID, encoding="utf-8")
    run = serving("account.cxmap.yaml", lang=Language.PL)
    m = the_map(state(run))
    assert m["ok"] is False and m["drawing"] is False
    [d] = m["diagnostics"]
    assert d["code"] == "CX001" and "cudzysłów" in d["message"]
    status, _, _ = get(run, "/drawing?path=account.cxmap.yaml")
    assert status == 404   # never drawn: nothing good to show yet


def test_events_stream_an_update_after_every_change(tmp_path: Path,
                                                   serving: Callable[..., Running]) -> None:
    path = tmp_path / "account.cxmap.yaml"
    write_map(path)
    run = serving("account.cxmap.yaml")
    conn = http.client.HTTPConnection(run.host, run.port, timeout=10)
    conn.request("GET", "/events")
    resp = conn.getresponse()
    assert resp.status == 200
    assert resp.getheader("Content-Type", "").startswith("text/event-stream")

    def next_event() -> dict[str, Any]:
        lines: list[str] = []
        while True:
            line = resp.fp.readline().decode("utf-8").rstrip("\n")
            if line == "" and any(x.startswith("event:") for x in lines):
                break
            if line:
                lines.append(line)
        assert "event: update" in lines
        data = next(x for x in lines if x.startswith("data: "))
        return json.loads(data[len("data: "):])  # type: ignore[no-any-return]

    first = next_event()
    assert the_map(first)["path"] == "account.cxmap.yaml"
    save_by_rename(path, MAP.format(name="Streamed", score=1))
    second = next_event()
    assert second["version"] > first["version"]
    assert the_map(second)["version"] > the_map(first)["version"]
    conn.close()


def test_a_folder_lists_every_map_relative_to_it(tmp_path: Path,
                                                 serving: Callable[..., Running]) -> None:
    folder = tmp_path / "maps"
    (folder / "sub").mkdir(parents=True)
    for example in EXAMPLES.glob("*.cxmap.yaml"):
        (folder / example.name).write_bytes(example.read_bytes())
    write_map(folder / "sub" / "account.cxmap.yaml")
    run = serving("maps")
    current = state(run)
    names = [m["path"] for m in current["maps"]]
    assert names == [*sorted(p.name for p in EXAMPLES.glob("*.cxmap.yaml")),
                     "sub/account.cxmap.yaml"]
    assert all(m["ok"] and m["drawing"] for m in current["maps"])
    # a map added while serving appears; editing one redraws only that one
    write_map(folder / "new.cxmap.yaml", "Brand new")
    current = wait_for(run, lambda s: any(m["path"] == "new.cxmap.yaml" for m in s["maps"]))
    versions = {m["path"]: m["version"] for m in current["maps"]}
    seen = new_version(run, "sub/account.cxmap.yaml")
    save_by_rename(folder / "sub" / "account.cxmap.yaml", INVALID)
    current = wait_for(run, seen)
    for m in current["maps"]:
        if m["path"] != "sub/account.cxmap.yaml":
            assert m["version"] == versions[m["path"]], m["path"]
    bad = the_map(current, "sub/account.cxmap.yaml")
    assert bad["ok"] is False and bad["diagnostics"][0]["file"] == "maps/sub/account.cxmap.yaml"
    assert "Brand new" in texts(drawing(run, "new.cxmap.yaml"))


def test_configuration_files_above_the_map_are_watched(tmp_path: Path,
                                                        serving: Callable[..., Running]) -> None:
    folder = tmp_path / "maps"
    folder.mkdir()
    path = folder / "account.cxmap.yaml"
    path.write_text(MAP.format(name="Visit", score="null"), encoding="utf-8")
    run = serving(path)
    codes = [d["code"] for d in the_map(state(run))["diagnostics"]]
    assert "CX304" in codes   # unscored-touchpoint, a warning by default
    seen = new_version(run)
    save_by_rename(tmp_path / ".cxmap.toml", '[rules]\nunscored-touchpoint = "off"\n')
    m = the_map(wait_for(run, seen))
    assert "CX304" not in [d["code"] for d in m["diagnostics"]]
    # a configuration that cannot be used is said, and the maps stay as they were
    (tmp_path / ".cxmap.toml").write_text("[rules]\nno-such-rule = 'off'\n", encoding="utf-8")
    current = wait_for(run, lambda s: s["problem"] is not None)
    assert ".cxmap.toml:2:1" in current["problem"] and "no-such-rule" in current["problem"]


def test_against_a_revision_shows_the_diff_live(tmp_path: Path,
                                                 serving: Callable[..., Running]) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True,
                       env={**os.environ, "GIT_AUTHOR_NAME": "a", "GIT_AUTHOR_EMAIL": "a@b",
                            "GIT_COMMITTER_NAME": "a", "GIT_COMMITTER_EMAIL": "a@b"})

    path = tmp_path / "account.cxmap.yaml"
    write_map(path, "Visit to a branch", -1)
    git("init", "-q")
    git("add", ".")
    git("commit", "-qm", "wave 2024")
    git("tag", "v2024")
    write_map(path, "Visit to a branch", 1)
    run = serving("account.cxmap.yaml", against="v2024")
    m = the_map(state(run))
    assert m["diff_error"] is None and m["diff"] is not None
    assert "Visit to a branch" in m["diff"] and "-1" in m["diff"] and "+1" in m["diff"]
    seen = new_version(run)
    write_map(path, "Visit to a branch", 2)
    m = the_map(wait_for(run, seen))
    assert "+2" in m["diff"]
    assert against_spec("v2024", path, tmp_path) == "v2024:./account.cxmap.yaml"


def test_canvas_and_report_views(tmp_path: Path, serving: Callable[..., Running]) -> None:
    write_map(tmp_path / "account.cxmap.yaml", "On the canvas")
    run = serving("account.cxmap.yaml", view=PreviewView.CANVAS)
    assert "On the canvas" in texts(drawing(run, "account.cxmap.yaml"))
    run = serving("account.cxmap.yaml", view=PreviewView.REPORT)
    status, headers, body = get(run, "/report?path=account.cxmap.yaml")
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert b"On the canvas" in body and b"<script" not in body
    assert "script-src" not in headers["content-security-policy"]


# ------------------------------------------------------------------------- safety
def test_requests_cannot_leave_the_folder(tmp_path: Path,
                                          serving: Callable[..., Running]) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    write_map(outside / "secret.cxmap.yaml", "Secret name")
    folder = tmp_path / "maps"
    folder.mkdir()
    write_map(folder / "account.cxmap.yaml")
    (folder / "link.cxmap.yaml").symlink_to(outside / "secret.cxmap.yaml")
    (folder / "linked-dir").symlink_to(outside)
    notes: list[str] = []
    run = serving("maps", on_note=notes.append)
    assert [m["path"] for m in state(run)["maps"]] == ["account.cxmap.yaml"]
    assert notes == ["link.cxmap.yaml points outside the served folder and is not shown"]
    for target in ("../outside/secret.cxmap.yaml", str(outside / "secret.cxmap.yaml"),
                   "link.cxmap.yaml", "linked-dir/secret.cxmap.yaml", "%2e%2e/etc/passwd",
                   "..%2foutside%2fsecret.cxmap.yaml", "/etc/passwd", "C:\\x.yaml",
                   "account.cxmap.yaml%00"):
        for route in ("/drawing", "/report"):
            status, _, body = get(run, f"{route}?path={target}")
            assert status in (403, 404), (route, target)
            assert b"Secret" not in body
    for route in ("/../outside/secret.cxmap.yaml", "/maps/account.cxmap.yaml",
                  "/account.cxmap.yaml", "//etc/passwd"):
        status, _, body = get(run, route)
        assert status == 404, route
    assert bad_path("../x") and bad_path("/etc/passwd") and bad_path("a/../../b")
    assert bad_path("C:\\x") and not bad_path("sub/account.cxmap.yaml")


def test_nothing_writes_or_runs(tmp_path: Path, serving: Callable[..., Running]) -> None:
    write_map(tmp_path / "account.cxmap.yaml")
    before = sorted((p, p.stat().st_mtime_ns) for p in tmp_path.rglob("*"))
    run = serving("account.cxmap.yaml")
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        status, _, _ = get(run, "/state.json", method=method)
        assert status == 501, method
    get(run, "/")
    get(run, "/drawing?path=account.cxmap.yaml")
    after = sorted((p, p.stat().st_mtime_ns) for p in tmp_path.rglob("*"))
    assert after == before


def test_another_host_name_is_refused(tmp_path: Path, serving: Callable[..., Running]) -> None:
    write_map(tmp_path / "account.cxmap.yaml")
    run = serving("account.cxmap.yaml")
    status, _, body = get(run, "/state.json", {"Host": "attacker.example:8765"})
    assert status == 421 and b"account" not in body
    for host in (f"127.0.0.1:{run.port}", f"localhost:{run.port}"):
        assert get(run, "/state.json", {"Host": host})[0] == 200
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.10")


def test_the_page_is_self_contained_and_escapes_map_text(
        tmp_path: Path, serving: Callable[..., Running]) -> None:
    hostile = '<img src=x onerror=alert(1)>&amp;"'
    path = tmp_path / "account.cxmap.yaml"
    path.write_text(MAP.format(name=json.dumps(hostile), score=0), encoding="utf-8")
    run = serving("account.cxmap.yaml")
    status, headers, body = get(run, "/")
    page = body.decode("utf-8")
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    policy = headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src 'nonce-" in policy
    nonce = policy.split("'nonce-")[1].split("'")[0]
    assert page.count(f'nonce="{nonce}"') == 1
    assert "http://" not in page and "https://" not in page and "<link" not in page
    assert "src=" not in page.replace("frame.src =", "")   # nothing loaded from elsewhere
    # the drawing carries the name as text, never as markup
    svg = drawing(run, "account.cxmap.yaml")
    assert b"<img" not in svg and hostile in texts(svg)
    # the state carries it as JSON; the page puts it in with textContent only
    assert "innerHTML" not in page and "insertAdjacentHTML" not in page
    assert "document.write" not in page


def test_relevant_changes() -> None:
    assert is_relevant("/x/maps/a.cxmap.yaml") and is_relevant("/x/b.YML")
    assert is_relevant("/x/.cxmap.toml") and is_relevant("/x/pyproject.toml")
    assert not is_relevant("/x/.a.cxmap.yaml.swp") and not is_relevant("/x/a.yaml~")
    assert is_relevant("/x/a.cxmap.yaml", "a.cxmap.yaml")
    assert not is_relevant("/x/b.cxmap.yaml", "a.cxmap.yaml")


def test_polling_sees_saves_too(tmp_path: Path, serving: Callable[..., Running]) -> None:
    path = tmp_path / "account.cxmap.yaml"
    write_map(path)
    run = serving("account.cxmap.yaml", poll=True)
    seen = new_version(run)
    save_by_rename(path, MAP.format(name="Polled", score=0))
    wait_for(run, seen)
    assert "Polled" in texts(drawing(run, "account.cxmap.yaml"))


# ------------------------------------------------------------------------- the command
def cxmap(*args: str, cwd: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "CXMAP_LANG": "en", "CXMAP_TODAY": "2025-06-01"}
    return subprocess.Popen([sys.executable, "-m", "cxmap", *args], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_first_line_is_the_address_and_ctrl_c_stops_within_a_second(tmp_path: Path) -> None:
    write_map(tmp_path / "account.cxmap.yaml")
    proc = cxmap("serve", "account.cxmap.yaml", "--port", "0", cwd=tmp_path)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/")
        port = int(url.rsplit(":", 1)[1].rstrip("/"))
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", "/state.json")   # accepting connections as soon as printed
        assert conn.getresponse().status == 200
        conn.close()
        events = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        events.request("GET", "/events")     # an open stream must not hold it up
        assert events.getresponse().status == 200
        time.sleep(0.5)
        started = time.monotonic()
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=5)
        took = time.monotonic() - started
        events.close()
    finally:
        proc.kill()
        proc.wait()
    assert code == 0, proc.stderr.read() if proc.stderr else ""
    assert took < 1.0, took
    assert list(tmp_path.iterdir()) == [tmp_path / "account.cxmap.yaml"]


def test_a_port_in_use_is_a_usage_error(tmp_path: Path) -> None:
    import socket

    write_map(tmp_path / "account.cxmap.yaml")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc = cxmap("serve", "account.cxmap.yaml", "--port", str(port), cwd=tmp_path)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 2
    assert out == ""
    assert f"port {port} on 127.0.0.1 is already in use" in err


def test_usage_errors(tmp_path: Path) -> None:
    proc = cxmap("serve", "missing.cxmap.yaml", "--port", "0", cwd=tmp_path)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 2 and "missing.cxmap.yaml does not exist" in err
    write_map(tmp_path / "account.cxmap.yaml")
    proc = cxmap("serve", "account.cxmap.yaml", "--against", "no-such-tag", "--port", "0",
                 cwd=tmp_path)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 2 and "--against no-such-tag" in err and out == ""


def test_the_state_names_a_map_file_exactly_as_given(tmp_path: Path) -> None:
    (tmp_path / "maps").mkdir()
    write_map(tmp_path / "maps" / "account.cxmap.yaml")
    proc = cxmap("serve", "./maps/account.cxmap.yaml", "--port", "0", cwd=tmp_path)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        port = int(url.rsplit(":", 1)[1].rstrip("/"))
        deadline = time.monotonic() + 60
        while True:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.request("GET", "/state.json")
            state = json.loads(conn.getresponse().read())
            conn.close()
            if state["built"] or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        assert [m["path"] for m in state["maps"]] == ["./maps/account.cxmap.yaml"]
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", "/drawing?path=" + quote("./maps/account.cxmap.yaml"))
        response = conn.getresponse()
        assert (response.status, response.getheader("Content-Type")) == (200, "image/svg+xml")
        conn.close()
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=10)
