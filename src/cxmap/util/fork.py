"""A second process for the commands that can use two cores.

``cxmap diff`` loads its two sides at the same time, and ``cxmap render``
parses the YAML and prepares Graphviz in a second process while this one
builds the model.  Both use :func:`fork_child`: a forked child that runs one
function and talks to the parent over a pair of pipes, one pickled message at
a time.

Forking (not ``multiprocessing``) because the child must start at once, with
everything the parent already imported, and must not re-import cxmap (spawn
costs more than the work it would take over).  Where ``os.fork`` does not
exist, or other threads run (forking them can deadlock the child), or the
child dies, the caller does the work itself: :func:`fork_child` returns
``None`` and :meth:`Child.recv` raises :class:`ChildLost`.

The child leaves with ``os._exit``: no tear-down of its heap, no second flush
of output buffered in the parent before the fork.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import struct
import threading
from collections.abc import Callable
from typing import Any

_HEADER = struct.Struct("!Q")


class ChildLost(RuntimeError):
    """The other process ended or sent something unreadable."""


def _read_exactly(fd: int, size: int) -> bytes:
    chunks: list[bytes] = []
    while size:
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            raise ChildLost("the other process closed the pipe")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


class Pipe:
    """One end of the conversation: send and receive pickled objects."""

    def __init__(self, read_fd: int, write_fd: int) -> None:
        self.read_fd, self.write_fd = read_fd, write_fd

    def send(self, obj: Any) -> None:
        data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(_HEADER.pack(len(data)) + data)
        try:
            while view:
                view = view[os.write(self.write_fd, view):]
        except OSError as exc:  # the other side is gone (EPIPE)
            raise ChildLost(str(exc)) from exc

    def recv(self) -> Any:
        try:
            (size,) = _HEADER.unpack(_read_exactly(self.read_fd, _HEADER.size))
            return pickle.loads(_read_exactly(self.read_fd, size))
        except ChildLost:
            raise
        except Exception as exc:  # OSError, a truncated or corrupt message
            raise ChildLost(str(exc)) from exc

    def close(self) -> None:
        for fd in (self.read_fd, self.write_fd):
            with contextlib.suppress(OSError):
                os.close(fd)
        self.read_fd = self.write_fd = -1


class Child(Pipe):
    """The parent's end, with the child's process id."""

    def __init__(self, pid: int, read_fd: int, write_fd: int) -> None:
        super().__init__(read_fd, write_fd)
        self.pid = pid

    def finish(self) -> int:
        """Close the pipes (the child sees the end) and wait for it; its exit status."""
        self.close()
        try:
            _, status = os.waitpid(self.pid, 0)
        except ChildProcessError:
            return -1
        return os.waitstatus_to_exitcode(status)


def can_fork() -> bool:
    return hasattr(os, "fork") and threading.active_count() == 1


def fork_child(work: Callable[[Pipe], None]) -> Child | None:
    """Run ``work(pipe)`` in a forked child; ``None`` when no child can be made.

    The child exits 0 when ``work`` returns, 1 when it raises (the parent then
    sees :class:`ChildLost` on its next ``recv``).
    """
    if not can_fork():
        return None
    fds: list[int] = []
    try:
        down_r, down_w = os.pipe()  # parent -> child
        fds += (down_r, down_w)
        up_r, up_w = os.pipe()      # child -> parent
        fds += (up_r, up_w)
        pid = os.fork()
    except OSError:
        for fd in fds:
            os.close(fd)
        return None
    if pid == 0:  # the child
        status = 1
        try:
            os.close(down_w)
            os.close(up_r)
            work(Pipe(down_r, up_w))
            status = 0
        except BaseException:  # nothing may escape a forked child
            pass
        finally:
            os._exit(status)
    os.close(down_r)
    os.close(up_w)
    return Child(pid, up_r, down_w)
