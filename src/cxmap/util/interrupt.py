"""SIGTERM and SIGHUP as exceptions, so clean-up code runs for them as for Ctrl-C.

By default SIGTERM and SIGHUP end a Python process on the spot: ``finally``
blocks do not run, a temporary file of an atomic write stays behind and a child
process (the Graphviz layout) is left running.  :func:`install` makes them
raise :class:`Terminated` - a ``KeyboardInterrupt``, so every ``except
BaseException`` / ``finally`` that cleans up after Ctrl-C cleans up after them
too.  The CLI installs it first thing and, after the clean-up, ends with the
signal's own status (:func:`exit_by_signal`).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Iterator
from types import FrameType
from typing import Any

#: the signals turned into :class:`Terminated` (a KeyboardInterrupt, as SIGINT
#: always was; SIGINT is recorded too, to end with its status)
SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT")
                if hasattr(signal, name))


class Terminated(KeyboardInterrupt):
    """The process was asked to end (SIGTERM, SIGHUP)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


#: the signal received, if any (typer turns the exception into "Aborted!")
received: int | None = None


def _raise(signum: int, frame: FrameType | None) -> None:
    global received
    received = signum
    raise Terminated(signum)


def install() -> None:
    """Turn SIGTERM/SIGHUP/SIGINT into :class:`Terminated` (main thread only).

    A signal that is ignored (``nohup``, a parent that set SIG_IGN) stays
    ignored.
    """
    for signum in SIGNALS:
        with contextlib.suppress(ValueError, OSError):
            if signal.getsignal(signum) is not signal.SIG_IGN:
                signal.signal(signum, _raise)


class TimeLimit(Exception):
    """A step ran past its time limit (:func:`time_limit`)."""


class _Expiry:
    """The SIGALRM handler of one :func:`time_limit`: raises
    :class:`TimeLimit` and remembers that it did."""

    def __init__(self) -> None:
        self.fired = False

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.fired = True
        raise TimeLimit()


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`TimeLimit` in the code inside after ``seconds`` (a timer
    signal, SIGALRM): for long steps that run in this process (drawing a
    canvas of 20,000 stages).  Without a time, outside the main thread or
    where there is no SIGALRM, nothing is limited.

    Python drops an exception raised inside a callback it calls on its own (a
    weak reference's, such as the import system's lock clean-up) and prints
    "Exception ignored in ..."; a timer that fires there is not lost: the
    message is held back and :class:`TimeLimit` is raised when the code
    inside ends."""
    if seconds is None or not hasattr(signal, "setitimer"):
        yield
        return
    expiry = _Expiry()
    try:
        previous = signal.signal(signal.SIGALRM, expiry)
    except ValueError:  # not the main thread
        yield
        return
    hook = sys.unraisablehook

    def unraisable(info: Any) -> None:
        if not isinstance(info.exc_value, TimeLimit):
            hook(info)

    sys.unraisablehook = unraisable
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        sys.unraisablehook = hook
    if expiry.fired:  # it fired, and the exception was dropped on the way
        raise TimeLimit()


@contextlib.contextmanager
def deferred() -> Iterator[None]:
    """Hold SIGTERM/SIGHUP/SIGINT (and a :func:`time_limit`) back while foreign
    code that calls back into Python runs (cairo writing a PNG through a cffi
    callback): an exception raised inside such a callback is printed as
    "Exception ignored from cffi callback" and lost.  A signal that came
    meanwhile is raised on leaving.  Outside the main thread (no handlers to
    change) nothing is deferred."""
    came: list[int] = []
    saved: dict[int, Any] = {}
    for signum in (*SIGNALS, *((signal.SIGALRM,) if hasattr(signal, "SIGALRM") else ())):
        try:
            handler = signal.getsignal(signum)
            if handler is _raise or isinstance(handler, _Expiry):
                saved[signum] = signal.signal(signum, lambda n, _f: came.append(n))
        except (ValueError, OSError):
            break
    try:
        yield
    finally:
        for signum, handler in saved.items():
            with contextlib.suppress(ValueError, OSError):
                signal.signal(signum, handler)
        if came:
            saved[came[0]](came[0], None)


def exit_by_signal(signum: int) -> None:
    """End the process as if ``signum`` had killed it (the shell sees 128+N).

    Returns only where a signal cannot be re-raised (then the caller exits
    with ``128 + signum``).
    """
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
