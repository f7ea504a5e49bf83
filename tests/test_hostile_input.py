"""Hostile files and places: no hang, no traceback, nothing skipped silently.

FIFOs and device nodes are made by the tests in a temporary folder.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from cxmap.api import load_map, validate_paths
from cxmap.util.files import UnreadableMap, read_map_bytes

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
MAP = EXAMPLES / "insurance-claim.cxmap.yaml"
BAD = b"cxmap: 1\nid: x\ntitle: T\nstages: 7\n"
as_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                             reason="making a device node needs root")


#: cxmap as an ordinary user: started as root (the interpreter may live where
#: only root can read), everything imported, then the privileges dropped
_AS_USER = """
import os, sys, codecs
import cxmap.cli
from typer.testing import CliRunner
user, example = int(sys.argv.pop(1)), sys.argv.pop(1)
# the interpreter's files may be readable by root only: run each command once
# as root on a good map, so every module it imports lazily is loaded
for warm in (["validate", example], ["validate", "-f", "json", example],
             ["render", example, "-f", "dot", "-o", "-"], ["diff", example, example]):
    CliRunner().invoke(cxmap.cli.app, warm)
codecs.lookup("utf-8-sig")
os.setgroups([]); os.setgid(user); os.setuid(user)
sys.argv[0] = "cxmap"
cxmap.cli.main()
"""


def cxmap(*args: str, cwd: Path | None = None,
          user: int | None = None) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "cxmap", *args]
    if user is not None:
        command = [sys.executable, "-c", _AS_USER, str(user), str(MAP), *args]
    return subprocess.run(command, capture_output=True, cwd=cwd, timeout=60, check=False)


def test_a_fifo_named_like_a_map_is_refused_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.cxmap.yaml")
    os.mkfifo(tmp_path / "other.yaml")  # an ordinary *.yaml: discovery must not open it
    (tmp_path / "good.cxmap.yaml").write_bytes(MAP.read_bytes())
    run = validate_paths([str(tmp_path)])
    problems = {(Path(d.file).name, d.code, d.message) for d in run.diagnostics
                if d.code == "CX003"}
    assert problems == {
        ("other.yaml", "CX003", "cannot read file: it is a FIFO (named pipe), not a regular file"),
        ("pipe.cxmap.yaml", "CX003",
         "cannot read file: it is a FIFO (named pipe), not a regular file")}
    assert [Path(m.file).name for m in run.maps if m.ok] == ["good.cxmap.yaml"]
    assert [Path(m.file).name for m in run.maps if m.errors] == ["other.yaml", "pipe.cxmap.yaml"]


def test_a_fifo_on_the_command_line_does_not_hang_any_command(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.cxmap.yaml"
    os.mkfifo(fifo)
    proc = cxmap("validate", str(fifo))
    assert proc.returncode == 1
    assert b"CX003 cannot read file: it is a FIFO" in proc.stdout
    proc = cxmap("diff", str(fifo), str(MAP))
    assert proc.returncode == 2 and b"FIFO" in proc.stderr
    for command in (["render", str(fifo), "-o", str(tmp_path / "x.svg")],
                    ["report", str(fifo), "-o", str(tmp_path / "x.md")]):
        proc = cxmap(*command)
        assert proc.returncode == 1, command
        assert b"CX003 cannot read file: it is a FIFO (named pipe)" in proc.stderr
        assert b"Traceback" not in proc.stderr


@as_root
def test_a_device_is_refused_not_read_forever(tmp_path: Path) -> None:
    zero = tmp_path / "zero.cxmap.yaml"
    os.mknod(zero, stat.S_IFCHR | 0o666, os.makedev(1, 5))  # a /dev/zero of our own
    [d] = load_map(zero).diagnostics
    assert (d.code, d.message) == ("CX003", "cannot read file: it is a device, not a regular file")


def test_a_map_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.cxmap.yaml"
    with big.open("wb") as fh:  # sparse: costs no disk
        fh.truncate(65 * 1024 * 1024)
    [d] = load_map(big).diagnostics
    assert (d.line, d.column, d.code) == (1, 1, "CX003")
    assert d.message == "cannot read file: it is 65.0 MB, more than the limit of 64.0 MB"
    with pytest.raises(UnreadableMap, match=r"more than the limit of 0\.0 MB"):
        read_map_bytes(MAP, limit=10)


def test_a_symlink_loop_is_reported_and_the_rest_checked(tmp_path: Path) -> None:
    (tmp_path / "s.yaml").symlink_to("s.yaml")
    (tmp_path / "bad.cxmap.yaml").write_bytes(BAD)
    proc = cxmap("validate", str(tmp_path))
    assert proc.returncode == 1
    out = proc.stdout.decode()
    assert f"{tmp_path}/s.yaml:1:1: error CX003 cannot read file: too many levels of " \
        "symbolic links" in out
    assert "bad.cxmap.yaml:4:9: error CX102" in out
    assert proc.stderr == b""


def test_a_file_name_that_is_not_utf8_is_printed_escaped(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/bad\xff.cxmap.yaml"
    with open(name, "wb") as fh:
        fh.write(BAD)
    proc = cxmap("validate", str(tmp_path))
    assert proc.returncode == 1
    assert b"Traceback" not in proc.stderr
    assert f"{tmp_path}/bad\\xff.cxmap.yaml:4:9: error CX102".encode() in proc.stdout
    proc = cxmap("validate", str(tmp_path), "-f", "json")
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr


def test_a_file_name_cannot_forge_a_workflow_command(tmp_path: Path) -> None:
    forged = tmp_path / "x\n::error file=ci.yml,line=1::forged\x1b[2J.cxmap.yaml"
    forged.write_bytes(BAD)
    for fmt in ("text", "github"):
        proc = cxmap("validate", str(tmp_path), "-f", fmt)
        assert proc.returncode == 1
        out = proc.stdout.decode()
        assert "\x1b" not in out
        assert not [line for line in out.splitlines() if line.startswith("::error file=ci")]
    assert "x\\n::error file=ci.yml,line=1::forged\\x1b[2J.cxmap.yaml:4:9" in \
        cxmap("validate", str(tmp_path)).stdout.decode()


def _nobody() -> int | None:
    if not hasattr(os, "geteuid"):
        return None
    if os.geteuid() != 0:
        return -1  # already an ordinary user
    return 65534


def test_an_unreadable_folder_is_reported_not_skipped(tmp_path: Path) -> None:
    user = _nobody()
    if user is None:
        pytest.skip("no POSIX permissions here")
    top = tmp_path / "maps"
    locked = top / "locked"
    locked.mkdir(parents=True)
    (locked / "broken.cxmap.yaml").write_bytes(BAD)
    (top / "good.cxmap.yaml").write_bytes(MAP.read_bytes())
    os.chmod(tmp_path, 0o755)
    os.chmod(top, 0o755)
    os.chmod(top / "good.cxmap.yaml", 0o644)
    os.chmod(locked, 0)
    try:
        proc = cxmap("validate", ".", cwd=top, user=None if user == -1 else user)
    finally:
        os.chmod(locked, 0o755)
    assert b"Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1, proc.stdout
    assert b"locked:1:1: error CX003 cannot read folder: Permission denied" in proc.stdout


def test_a_map_in_an_unreadable_folder_named_directly(tmp_path: Path) -> None:
    user = _nobody()
    if user is None:
        pytest.skip("no POSIX permissions here")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "m.cxmap.yaml").write_bytes(MAP.read_bytes())
    os.chmod(tmp_path, 0o755)
    os.chmod(locked, 0)
    try:
        runs = [cxmap(*args, user=None if user == -1 else user) for args in (
            ["validate", str(locked / "m.cxmap.yaml")],
            ["render", str(locked / "m.cxmap.yaml"), "-o", "-", "-f", "dot"],
            ["diff", str(locked / "m.cxmap.yaml"), str(MAP)])]
    finally:
        os.chmod(locked, 0o755)
    for proc in runs:
        assert b"Traceback" not in proc.stderr, proc.stderr
        assert proc.returncode in (1, 2)
    assert b"CX003 cannot read file: Permission denied" in runs[0].stdout
