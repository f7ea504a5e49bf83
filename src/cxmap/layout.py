"""Graphviz layout in a small child process that is stopped at a time limit.

Graphviz lays a graph out in C and cannot be interrupted from Python: a dense
map (every touchpoint listing every other in ``next``) once kept a render busy
for minutes, and Ctrl-C waited for it.  So the layout runs in a child process
of its own - not a fork of cxmap, a small Python program (``python -m
cxmap.layout``) that imports only pygraphviz, reads DOT on stdin and writes the
drawing on stdout:

* :class:`LayoutProcess` starts it when the DOT text is ready (``cxmap render``
  reaching its layout step) and gives it the text; :func:`layout` is the
  one-call form;
* after ``timeout`` seconds the child's whole process group is killed and
  :class:`LayoutTimeout` says so; a crash of Graphviz (a signal) is a
  :class:`LayoutError`, never the end of cxmap;
* the child never outlives cxmap: it is killed when cxmap leaves the
  ``with`` block in any way (an exception, Ctrl-C, SIGTERM/SIGHUP made
  exceptions by :mod:`cxmap.util.interrupt`); on Linux it also dies with its
  parent (``PR_SET_PDEATHSIG``, for a SIGKILL of cxmap), and everywhere it
  has a CPU-time limit a little above the timeout and at most 2 GB of
  memory (:data:`MEMORY_LIMIT`);
* its stdout and stderr are pipes to cxmap, never the caller's terminal;
* the child bounds Graphviz's work on dense graphs (more than
  :data:`DENSE_EDGES_PER_NODE` arrows per node): network-simplex and crossing
  minimisation iterations are capped and arrows are drawn as straight lines,
  which took a 50-touchpoint all-to-all map from 276 s to about 2 s.  Ordinary
  maps are drawn exactly as before.

Graphviz's own messages (its stderr) come back as warnings; one starting with
``Error`` is a :class:`LayoutError`.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time

#: the layout time limit when none is given (seconds)
DEFAULT_TIMEOUT = 60.0
#: a graph with more arrows per node than this is laid out with bounded effort
DENSE_EDGES_PER_NODE = 4
#: ... and at least this many arrows
DENSE_MIN_EDGES = 200
#: Graphviz attributes that bound its work on a dense graph
DENSE_ATTRS = {"nslimit": "1", "nslimit1": "1", "mclimit": "0.1", "searchsize": "10",
               "splines": "line"}
#: how the child marks its own error lines on stderr
_MARK = "cxmap-layout-error: "
_FORMATS = ("svg", "png", "pdf")


class LayoutError(RuntimeError):
    """Graphviz could not lay out or draw the diagram (``str()`` says why)."""


class LayoutTimeout(LayoutError):
    """The layout did not finish within the time limit; the child was killed."""

    def __init__(self, message: str, seconds: float = DEFAULT_TIMEOUT) -> None:
        super().__init__(message)
        #: the time limit that ran out
        self.seconds = seconds

    def report_note(self) -> str:
        """What a report says where the diagram would be (its own advice)."""
        return _t("layout_timeout_report", seconds=self.seconds)


def _t(key: str, **params: object) -> str:
    from cxmap.i18n import resolve_language, t

    return t(f"safety.{key}", resolve_language(), **params)


# ----------------------------------------------------------------------------- parent
class LayoutProcess:
    """One layout child: start it, :meth:`draw` once, :meth:`close` (or ``with``)."""

    def __init__(self, fmt: str, timeout: float | None = DEFAULT_TIMEOUT) -> None:
        fmt = str(fmt)
        if fmt not in _FORMATS:
            raise ValueError(f"{fmt} is not drawn by Graphviz")
        self.fmt = fmt
        self.timeout = DEFAULT_TIMEOUT if timeout is None else float(timeout)
        cpu = int(self.timeout) + 10
        paths = [p for p in sys.path if p and os.path.isabs(p)]  # never the current folder
        args = [sys.executable, "-I", "-c", _BOOTSTRAP, json.dumps(paths), fmt,
                str(os.getpid()), str(cpu)]
        try:
            self._proc: subprocess.Popen[bytes] | None = subprocess.Popen(
                args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                start_new_session=True, close_fds=True)
        except OSError as exc:
            from cxmap.i18n import os_reason

            raise LayoutError(_t("layout_cannot_start", reason=os_reason(exc))) from None

    def __enter__(self) -> LayoutProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def draw(self, dot_source: str, warnings: list[str] | None = None) -> bytes:
        """Lay ``dot_source`` out and draw it; raises :class:`LayoutError`."""
        proc = self._proc
        if proc is None:
            raise LayoutError(_t("layout_no_output"))
        started = time.monotonic()
        try:
            out, err = proc.communicate(dot_source.encode("utf-8", "replace"),
                                        timeout=self.timeout)
        except subprocess.TimeoutExpired:
            self.close()
            raise LayoutTimeout(_t("layout_timeout", seconds=self.timeout),
                                self.timeout) from None
        except BaseException:  # Ctrl-C, SIGTERM: the child goes first
            self.close()
            raise
        finally:
            self.elapsed = time.monotonic() - started
        self._proc = None
        return _result(proc.returncode, out, err, warnings)

    def close(self) -> None:
        """Kill the child (and anything it started) unless it has ended; wait for it."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.returncode is None:  # not reaped: its pid (= group id) is still ours
            with contextlib.suppress(OSError):
                os.killpg(proc.pid, signal.SIGKILL)
            with contextlib.suppress(OSError):
                proc.kill()
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            with contextlib.suppress(OSError):
                if stream is not None:
                    stream.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)


def _result(code: int, out: bytes, err: bytes, warnings: list[str] | None) -> bytes:
    lines = [line for line in err.decode("utf-8", "replace").splitlines()
             if line.strip() and not line.startswith("Fontconfig")]
    ours = [line[len(_MARK):] for line in lines if line.startswith(_MARK)]
    messages = [line for line in lines if not line.startswith(_MARK)]
    if code < 0:
        raise LayoutError(_t("layout_crashed", detail=f"signal {-code}"))
    errors = [m for m in messages if m.startswith("Error")]
    if code != 0 or ours or errors:
        detail = " ".join(ours + messages) or f"exit {code}"
        raise LayoutError(_t("layout_failed", detail=detail))
    if warnings is not None:
        warnings.extend(messages)
    if not out:
        raise LayoutError(_t("layout_no_output"))
    return out


def layout(dot_source: str, fmt: str, warnings: list[str] | None = None, *,
           timeout: float | None = None) -> bytes:
    """Lay ``dot_source`` out with Graphviz's ``dot`` and draw it as ``fmt``
    (svg, png, pdf) in a child process stopped after ``timeout`` seconds."""
    with LayoutProcess(fmt, timeout) as proc:
        return proc.draw(dot_source, warnings)


# ----------------------------------------------------------------------------- child
#: started with ``python -I`` (no current folder, no PYTHON* variables on the
#: path): the parent's absolute import path comes in as JSON
#: the layout child's address space: Graphviz runs out of memory (reported as
#: a failed layout) instead of taking the machine's
MEMORY_LIMIT = 2 * 1024 * 1024 * 1024

_BOOTSTRAP = ("import sys, json; sys.path[:0] = json.loads(sys.argv[1]); "
              "from cxmap.layout import child_main; child_main(sys.argv[2:])")


def _die_with_parent(parent: int, cpu_seconds: int) -> None:
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent is already gone
        sys.exit(1)
    with contextlib.suppress(Exception):
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        soft = cpu_seconds if hard == resource.RLIM_INFINITY else min(cpu_seconds, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    with contextlib.suppress(Exception):  # a 20,000-stage layout once took 3.2 GB
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        soft = (MEMORY_LIMIT if hard == resource.RLIM_INFINITY
                else min(MEMORY_LIMIT, hard))
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def bound_dense(graph: object) -> bool:
    """Cap Graphviz's effort on a dense ``pygraphviz.AGraph``; whether it was dense."""
    nodes = graph.number_of_nodes()  # type: ignore[attr-defined]
    edges = graph.number_of_edges()  # type: ignore[attr-defined]
    if edges < DENSE_MIN_EDGES or edges <= DENSE_EDGES_PER_NODE * max(nodes, 1):
        return False
    graph.graph_attr.update(DENSE_ATTRS)  # type: ignore[attr-defined]
    return True


def child_main(argv: list[str]) -> None:
    """``python -m cxmap.layout FORMAT PARENT_PID CPU_SECONDS``: DOT on stdin,
    the drawing on stdout, Graphviz's messages on stderr."""
    fmt, parent, cpu = argv[0], int(argv[1]), int(argv[2])
    _die_with_parent(parent, cpu)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when this ends
    try:
        import pygraphviz

        source = sys.stdin.buffer.read().decode("utf-8", "replace")
        graph = pygraphviz.AGraph(string=source)
        bound_dense(graph)
        data = graph.draw(format=fmt, prog="dot")
    except Exception as exc:  # anything: one line for the parent
        text = " ".join(str(exc).split()) or exc.__class__.__name__
        sys.stderr.write(f"{_MARK}{text}\n")
        sys.exit(1)
    sys.stdout.buffer.write(data)


if __name__ == "__main__":  # pragma: no cover - python -m cxmap.layout
    child_main(sys.argv[1:])
