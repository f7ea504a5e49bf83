"""Writing files without destroying what is there, and reading maps boundedly.

Every ``-o FILE`` of every command goes through :func:`write_output`:

* a regular file (or a new name) is replaced atomically: a temporary file in
  the same folder, then ``os.replace`` - readers never see half a file, a
  failure leaves the old file as it was;
* a symbolic link is written *through*: its target is replaced atomically, the
  link stays a link;
* a character device, a FIFO or any other file that is not a regular file is
  opened and written to directly, never replaced (``-o /dev/null`` as root must
  not turn the device into a regular file);
* a directory, or one of the command's input maps, is refused
  (:class:`OutputRefused`, a usage error) before anything is written.

A temporary file is removed when writing fails or the process is interrupted
(``KeyboardInterrupt``, and SIGTERM/SIGHUP once :mod:`cxmap.util.interrupt`
turned them into exceptions).

Map files are read with :func:`read_map_bytes`: only regular files (a FIFO or a
device would block or never end) and at most :data:`MAX_MAP_BYTES`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from cxmap.i18n import os_reason, resolve_language, t

#: the largest map file read (a 10,000-touchpoint map is about 3 MB)
MAX_MAP_BYTES = 64 * 1024 * 1024


def _t(key: str, **params: object) -> str:
    return t(f"safety.{key}", resolve_language(), **params)


class OutputRefused(Exception):
    """``-o`` names something that must not be written (a usage error)."""


class OutputFailed(Exception):
    """Writing the output failed (disk full, permission...)."""


class UnreadableMap(Exception):
    """A map path that is not read: not a regular file, too big, or unreadable."""


class EditConflict(Exception):
    """A map rewrite that would lose someone else's change: the file changed
    since it was read, or another cxmap kept it locked too long.  Nothing was
    written; ``str()`` says why."""


#: how long a rewrite waits for another cxmap rewriting the same map
LOCK_WAIT = 120.0


# ----------------------------------------------------------------------------- writing
def write_atomic(path: str | Path, data: bytes, *, expect: bytes | None = None) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same directory and
    ``os.replace``, so readers never see a half-written file and a failure
    leaves the old file untouched.  An existing file keeps its mode, and its
    owner and group when cxmap may set them (as root); set-user-id and
    set-group-id bits are dropped.

    ``expect``: the bytes the file held when it was read - if it holds
    anything else just before the rename (another program wrote it meanwhile),
    nothing is written and :class:`EditConflict` is raised.

    Only for regular files: use :func:`write_output` for a path a user named.
    """
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            old = os.stat(path)
        except FileNotFoundError:
            os.chmod(tmp, 0o666 & ~_umask())
        else:
            if (old.st_uid, old.st_gid) != (os.geteuid(), os.getegid()):
                with contextlib.suppress(OSError):  # only root may give a file away
                    os.chown(tmp, old.st_uid, old.st_gid)
            os.chmod(tmp, old.st_mode & 0o1777)
        if expect is not None and _current(path) != expect:
            raise EditConflict(_t("edit_changed", path=str(path)))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _current(path: Path) -> bytes | None:
    try:
        return read_map_bytes(path)
    except UnreadableMap:
        return None


@contextlib.contextmanager
def editing(path: str | Path, wait: float = LOCK_WAIT) -> Iterator[Path]:
    """Hold the right to rewrite the map ``path`` (one cxmap at a time): an
    exclusive ``flock`` on the file, taken before it is read and kept until
    the new file replaced it.  Yields the file really written (a symlink's
    target).

    The lock is on the file itself, so it leaves nothing behind; a rewrite
    replaces the file by a new one, so after waiting the lock is taken again
    if the name now names another file.  Raises :class:`EditConflict` after
    ``wait`` seconds.  Where ``flock`` does not exist only the comparison
    before the rename (``write_atomic(expect=...)``) protects the file.
    """
    target = Path(os.path.realpath(path))
    fd = _lock(target, wait)
    try:
        yield target
    finally:
        if fd is not None:
            os.close(fd)


def _lock(target: Path, wait: float) -> int | None:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on Linux or macOS
        return None
    deadline = time.monotonic() + wait
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    while True:
        try:
            st = os.stat(target)
            if not stat.S_ISREG(st.st_mode):  # reading it will say why
                return None
            fd = os.open(target, flags)
        except (OSError, ValueError):
            return None
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise EditConflict(_t("edit_busy", path=str(target),
                                              seconds=int(wait))) from None
                    time.sleep(0.02)
            try:
                same = _identity(os.stat(target)) == _identity(os.fstat(fd))
            except OSError:
                same = False
        except BaseException:
            os.close(fd)
            raise
        if same:
            return fd
        os.close(fd)  # replaced while we waited: lock the new file


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _identity(st: os.stat_result) -> tuple[int, int]:
    return st.st_dev, st.st_ino


def output_target(path: str | Path, inputs: Iterable[str | Path] = ()) -> Path:
    """The file ``-o path`` really writes (a symlink's target), after the checks.

    Raises :class:`OutputRefused` for a directory, a symlink loop or one of
    ``inputs``.  Call it before the work, to refuse early; :func:`write_output`
    calls it again.
    """
    path = Path(path)
    try:
        target = Path(os.path.realpath(path, strict=False))
        st: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OutputRefused(_t("output_loop", path=str(path))) from None
        st = None  # e.g. no permission to look: writing will say why
    except (RuntimeError, ValueError):  # a loop (older Pythons), a NUL byte
        raise OutputRefused(_t("output_loop", path=str(path))) from None
    if st is None:
        _check_folders(path, target)
        return target
    if stat.S_ISDIR(st.st_mode):
        raise OutputRefused(_t("output_directory", path=str(path)))
    mine = _identity(st)
    for name in inputs:
        try:
            if _identity(os.stat(name)) == mine:
                raise OutputRefused(_t("output_is_input", path=str(path)))
        except OSError:
            continue
    return target


def _check_folders(path: Path, target: Path) -> None:
    """A new file's folders may be missing (they are made, as ``mkdir -p``
    would), but the nearest one that exists must be a folder."""
    folder = target.parent
    while True:
        try:
            st = os.stat(folder)
        except (FileNotFoundError, NotADirectoryError):
            if folder.parent == folder:
                return
            folder = folder.parent
            continue
        except OSError:
            return  # cannot look (no permission): writing will say why
        if not stat.S_ISDIR(st.st_mode):
            # named as the user named the output
            shown = str(folder) if Path(path).is_absolute() else relative_name(folder)
            raise OutputRefused(_t("output_parent_not_folder", path=str(path), folder=shown))
        return


def relative_name(path: Path) -> str:
    """``path`` named from the current folder when it lies in it: a file found
    from something the user named relatively (a configuration above
    ``maps/x.cxmap.yaml``, the folder above ``-o notes.txt/out.svg``) is looked
    at by its absolute path, but a message names it the user's way
    (``maps/.cxmap.toml:3:1``)."""
    try:
        return str(path.relative_to(Path.cwd()))
    except (ValueError, OSError):  # outside the current folder; no current folder
        return str(path)


def write_output(path: str | Path, data: bytes, inputs: Iterable[str | Path] = ()) -> None:
    """Write a command's output to the file a user named with ``-o``; missing
    folders on the way are made first (as ``mkdir -p``; never over a file).

    Raises :class:`OutputRefused` (a directory, a loop, an input map) and
    :class:`OutputFailed` (the system refused the write; ``str()`` says why).
    """
    target = output_target(path, inputs)
    try:
        st = os.stat(target)
    except OSError:
        st = None
    try:
        if st is not None and not stat.S_ISREG(st.st_mode):
            _write_directly(target, data, path)
        else:
            if st is None:
                os.makedirs(target.parent, exist_ok=True)
            write_atomic(target, data)
    except OSError as exc:
        raise OutputFailed(_t("output_failed", path=str(path),
                                 reason=os_reason(exc))) from None


def _write_directly(target: Path, data: bytes, shown: str | Path) -> None:
    """Write into a device or FIFO as it is: no temporary file, no rename.  A
    FIFO no program reads from is refused instead of waited on for ever."""
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(target, flags | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a FIFO without a reader
            raise OutputFailed(_t("output_fifo_no_reader", path=str(shown))) from None
        raise
    with contextlib.suppress(OSError):
        os.set_blocking(fd, True)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


# ----------------------------------------------------------------------------- looking
def kind_of(path: str | Path) -> str:
    """``"missing"``, ``"dir"``, ``"file"`` (regular), ``"other"`` (a FIFO, a
    device...) or ``"unknown"`` (cannot look: no permission on a folder on the
    way, a symlink loop).  Never raises, unlike ``Path.is_dir()`` on a path
    inside a folder without permission."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return "unknown" if os.path.islink(path) else "missing"
    except (OSError, ValueError):
        return "unknown"
    if stat.S_ISDIR(st.st_mode):
        return "dir"
    return "file" if stat.S_ISREG(st.st_mode) else "other"


# ----------------------------------------------------------------------------- reading
def read_map_bytes(path: str | Path, limit: int = MAX_MAP_BYTES) -> bytes:
    """The bytes of a map file: a regular file of at most ``limit`` bytes.

    Raises :class:`UnreadableMap` (``str()`` is the reason for the user) for a
    FIFO, a device, a directory, a symlink loop, a file that is too big, or one
    that cannot be opened.  Opening never blocks (``O_NONBLOCK``: a FIFO with no
    writer would wait forever) and the kind is checked on the open file.
    """
    try:
        before = os.stat(path)
    except OSError as exc:
        raise UnreadableMap(_reason(exc)) from None
    except ValueError:  # a NUL byte in the name
        raise UnreadableMap(_t("read_bad_name")) from None
    if stat.S_ISDIR(before.st_mode):
        raise UnreadableMap(_t("read_directory"))
    if not stat.S_ISREG(before.st_mode):  # not even opened: a device may act on open
        raise UnreadableMap(_t("read_not_regular", kind=_kind(before.st_mode)))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise UnreadableMap(_reason(exc)) from None
    except ValueError:  # a NUL byte in the name
        raise UnreadableMap(_t("read_bad_name")) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise UnreadableMap(_t("read_directory"))
        if not stat.S_ISREG(st.st_mode):
            raise UnreadableMap(_t("read_not_regular", kind=_kind(st.st_mode)))
        if st.st_size > limit:
            raise UnreadableMap(_t("read_too_big", size=_mb(st.st_size),
                                                limit=_mb(limit)))
        with contextlib.suppress(OSError, AttributeError):
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:  # it grew while we read it
                raise UnreadableMap(_t("read_too_big", size=_mb(size),
                                                    limit=_mb(limit)))
            chunks.append(chunk)
        return b"".join(chunks)
    except UnreadableMap:
        raise
    except OSError as exc:
        raise UnreadableMap(_reason(exc)) from None
    finally:
        os.close(fd)


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return _t("read_loop")
    return _t("read_failed", reason=os_reason(exc))


def too_big_reason(size: int, limit: int = MAX_MAP_BYTES) -> str:
    """Why a map of ``size`` bytes is not read (the words of CX003)."""
    return _t("read_too_big", size=_mb(size), limit=_mb(limit))


def _mb(size: int) -> str:
    from cxmap.i18n import number

    return f"{number(size / (1024 * 1024), resolve_language(), '.1f')} MB"


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return _t("kind_fifo")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _t("kind_device")
    if stat.S_ISSOCK(mode):
        return _t("kind_socket")
    return _t("kind_other")
