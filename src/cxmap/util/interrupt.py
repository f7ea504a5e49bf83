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
from types import FrameType

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


def exit_by_signal(signum: int) -> None:
    """End the process as if ``signum`` had killed it (the shell sees 128+N).

    Returns only where a signal cannot be re-raised (then the caller exits
    with ``128 + signum``).
    """
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
