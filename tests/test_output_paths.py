"""``-o``: one writer for every command, and it never destroys what is there.

Devices and FIFOs are made by the tests in a temporary folder: the system's
/dev/null must never be a test subject (an atomic rename would replace it).
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from cxmap.util.files import OutputFailed, OutputRefused, write_output

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
MAP = EXAMPLES / "insurance-claim.cxmap.yaml"
as_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                             reason="making a device node needs root")


def cxmap(*args: str, cwd: Path | None = None, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cxmap", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=120, **kw)  # type: ignore[call-overload]


def test_a_regular_file_is_replaced_whole(tmp_path: Path) -> None:
    out = tmp_path / "out.dot"
    out.write_text("old")
    write_output(out, b"new")
    assert out.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.dot"]


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "diagram.svg"
    target.write_text("old")
    link = tmp_path / "link.svg"
    link.symlink_to(target)
    proc = cxmap("render", str(MAP), "-o", str(link), "-f", "dot")
    assert proc.returncode == 0, proc.stderr
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text(encoding="utf-8").startswith("digraph")
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["diagram.svg"]


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "new.txt")
    write_output(link, b"data")
    assert link.is_symlink() and (tmp_path / "new.txt").read_bytes() == b"data"


def test_a_fifo_is_written_to_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.dot"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    proc = cxmap("render", str(MAP), "-o", str(fifo), "-f", "dot")
    reader.join(30)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert got and got[0].startswith(b"digraph")
    assert [p.name for p in tmp_path.iterdir()] == ["pipe.dot"]


@as_root
def test_a_character_device_is_written_to_never_replaced(tmp_path: Path) -> None:
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a /dev/null of our own
    for args in (["render", str(MAP), "-f", "svg"], ["report", str(MAP), "-f", "html"],
                 ["validate", str(MAP)], ["schema"]):
        proc = cxmap(*args, "-o", str(null))
        assert proc.returncode == 0, (args, proc.stderr)
        assert stat.S_ISCHR(os.lstat(null).st_mode), args
    assert [p.name for p in tmp_path.iterdir()] == ["null"]


@as_root
def test_a_full_device_gives_a_clear_error(tmp_path: Path) -> None:
    full = tmp_path / "full"
    os.mknod(full, stat.S_IFCHR | 0o666, os.makedev(1, 7))  # a /dev/full of our own
    with pytest.raises(OutputFailed, match="No space left on device"):
        write_output(full, b"x")
    proc = cxmap("render", str(MAP), "-o", str(full), "-f", "dot")
    assert proc.returncode == 2
    assert "No space left on device" in proc.stderr and "Traceback" not in proc.stderr
    assert stat.S_ISCHR(os.lstat(full).st_mode)


@as_root
def test_stdout_on_a_full_device_gives_a_clear_error(tmp_path: Path) -> None:
    full = tmp_path / "full"
    os.mknod(full, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    with full.open("wb") as out:
        proc = subprocess.run([sys.executable, "-m", "cxmap", "validate", str(MAP)],
                              stdout=out, stderr=subprocess.PIPE, text=True, timeout=60)
    assert proc.returncode == 2
    assert "cxmap: error: cannot write to standard output: No space left on device" \
        in proc.stderr
    assert "Traceback" not in proc.stderr


def test_stdout_closed_gives_a_clear_error() -> None:
    proc = subprocess.run(f'"{sys.executable}" -m cxmap validate "{MAP}" >&-', shell=True,
                          stderr=subprocess.PIPE, text=True, timeout=60)
    assert proc.returncode == 2
    assert "standard output is closed" in proc.stderr and "Traceback" not in proc.stderr


def test_a_directory_is_a_usage_error(tmp_path: Path) -> None:
    for args in (["render", str(MAP), "-f", "dot"], ["report", str(MAP), "-f", "md"],
                 ["validate", str(MAP)], ["schema"]):
        proc = cxmap(*args, "-o", str(tmp_path))
        assert proc.returncode == 2, args
        assert "is a directory" in proc.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [
    ["render", "{map}", "-f", "dot", "-o", "{out}"],
    ["report", "{map}", "-f", "md", "-o", "{out}"],
    ["validate", "{map}", "-o", "{out}"],
    ["validate", "{dir}", "-o", "{out}"],
    ["diff", "{map}", "{other}", "-o", "{out}"],
])
@pytest.mark.parametrize("via_link", [False, True])
def test_an_input_map_is_never_the_output(tmp_path: Path, command: list[str],
                                          via_link: bool) -> None:
    the_map = tmp_path / "maps" / "m.cxmap.yaml"
    the_map.parent.mkdir()
    the_map.write_bytes(MAP.read_bytes())
    other = tmp_path / "other.cxmap.yaml"
    other.write_bytes(MAP.read_bytes())
    out = the_map
    if via_link:
        out = tmp_path / "out.md"
        out.symlink_to(the_map)
    args = [a.format(map=the_map, dir=the_map.parent, other=other, out=out) for a in command]
    proc = cxmap(*args)
    assert proc.returncode == 2, proc.stderr
    assert "one of the maps being read" in proc.stderr
    assert the_map.read_bytes() == MAP.read_bytes()


def test_refusals_raise_before_anything_is_written(tmp_path: Path) -> None:
    loop = tmp_path / "loop.svg"
    loop.symlink_to(loop)
    with pytest.raises(OutputRefused, match="symbolic links"):
        write_output(loop, b"x")
    with pytest.raises(OutputRefused, match="directory"):
        write_output(tmp_path, b"x")
    assert loop.is_symlink()


_SLOW_WRITE = textwrap.dedent("""
    import os, signal, sys
    from cxmap.util import interrupt
    from cxmap.util.files import write_output
    interrupt.install()
    real_fsync = os.fsync
    def fsync(fd):
        os.kill(os.getpid(), getattr(signal, sys.argv[2]))
        real_fsync(fd)
    os.fsync = fsync
    try:
        write_output(sys.argv[1], b"data")
    except KeyboardInterrupt:
        sys.exit(7)
""")


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_the_temporary_file_goes_on_a_signal(tmp_path: Path, signame: str) -> None:
    if not hasattr(signal, signame):
        pytest.skip(f"no {signame} here")
    out = tmp_path / "out.svg"
    out.write_text("old")
    proc = subprocess.run([sys.executable, "-c", _SLOW_WRITE, str(out), signame],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 7, proc.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["out.svg"]
    assert out.read_text() == "old"


def test_cxmap_ends_by_the_signal_after_cleaning_up(tmp_path: Path) -> None:
    """The CLI's SIGTERM: clean up, then die of the signal (the shell sees 143)."""
    script = textwrap.dedent("""
        import os, signal, sys
        import cxmap.util.files as files
        real_fsync = os.fsync
        def fsync(fd):
            os.kill(os.getpid(), signal.SIGTERM)
            real_fsync(fd)
        files.os.fsync = fsync
        sys.argv = ["cxmap", "schema", "-o", sys.argv[1]]
        from cxmap.cli import main
        main()
    """)
    out = tmp_path / "schema.json"
    proc = subprocess.run([sys.executable, "-c", script, str(out)], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == -signal.SIGTERM, proc.stderr
    assert list(tmp_path.iterdir()) == []
    assert "Traceback" not in proc.stderr
