"""``cxmap serve``: a live preview of a map, or of a folder of maps, while it is edited.

The pieces, each on its own thread, around one :class:`Preview` (the state):

* **the watcher** (:func:`watch_changes`): ``watchfiles`` reports changes in
  the map's folder (never the file itself: editors save by writing a temporary
  file and renaming it over the map) and in the folders above it, where the
  configuration files that apply to it live.  It groups a burst of saves into
  one batch (quiet for :data:`QUIET_MS`, at most :data:`GROUP_MS`), and falls
  back to polling (``--poll``, or when native events cannot be had);
* **the builder** (:meth:`Preview.run_builder`): takes a batch and rebuilds
  what changed through the existing pipelines - load and check with the
  configuration (as ``validate``), draw (as ``render``: Graphviz in its
  time-limited child process), the report (as ``report``), the comparison
  with ``--against REV`` (as ``diff``).  Batches that arrive while it works,
  or less than :data:`GROUP_MS` after the last rebuild started, are merged
  into the next rebuild (20 saves in 2 seconds: at most 3 rebuilds);
* **the server** (:mod:`cxmap.commands.serve_http`): answers from the last
  state, never waiting for Graphviz.

A map that stops validating keeps its last good drawing.  Nothing here writes
a file, prints or exits.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cxmap.i18n import Language, os_reason, t
from cxmap.layout import DEFAULT_TIMEOUT
from cxmap.outputs.formats import PreviewView

if TYPE_CHECKING:
    from cxmap.checks.config import ConfigFinder
    from cxmap.layout import LayoutProcess
    from cxmap.results import LoadedMap

#: a burst of saves is one batch once the files have been quiet this long (ms) ...
QUIET_MS = 150
#: ... or once it has lasted this long (ms)
GROUP_MS = 1000
#: how often the polling watcher looks at the files (ms)
POLL_MS = 200
#: how long watchfiles waits before answering "nothing yet" (its first answer
#: says the watch is in place)
READY_MS = 200
#: the configuration files looked for above a map (see cxmap.checks.config)
CONFIG_NAMES = (".cxmap.toml", "pyproject.toml")
_YAML = (".yaml", ".yml")


@dataclass
class MapState:
    """One map as the page sees it: its last check, and its last good outputs."""

    path: str          # its name on the page and in requests
    file: Path         # where it is on disk
    shown: str         # its name in diagnostics (as validate shows it)
    version: int = 0
    ok: bool = False
    diagnostics: list[dict[str, Any]] = field(default_factory=list)
    errors: int = 0
    warnings: int = 0
    drawing: bytes | None = None        # the last good drawing (SVG)
    drawing_error: str | None = None    # why the last valid map could not be drawn
    report: str | None = None           # the last good report (HTML), --view report
    diff: str | None = None             # the comparison with --against, as diff's text
    diff_error: str | None = None
    digest: bytes | None = None         # of the bytes last built

    def as_json(self) -> dict[str, Any]:
        return {"path": self.path, "ok": self.ok, "version": self.version,
                "diagnostics": self.diagnostics, "errors": self.errors,
                "warnings": self.warnings, "drawing": self.drawing is not None,
                "drawing_error": self.drawing_error, "diff": self.diff,
                "diff_error": self.diff_error}


def is_relevant(path: str, map_name: str | None = None) -> bool:
    """Whether a change to ``path`` can change the preview: a map (with
    ``map_name``, only that file) or a configuration file."""
    name = os.path.basename(path)
    if name in CONFIG_NAMES:
        return True
    if map_name is not None:
        return name == map_name
    return name.lower().endswith(_YAML)


class Preview:
    """The preview's state, and the rebuild that keeps it current.

    ``target`` is a map file or a folder; ``against`` a git revision to compare
    each map with (``REV:PATH``, read as ``cxmap diff`` reads it); ``cwd`` the
    folder paths and revisions are read from.
    """

    def __init__(self, target: str | Path, view: PreviewView = PreviewView.FLOW, *,
                 against: str | None = None, lang: Language = Language.EN,
                 timeout: float = DEFAULT_TIMEOUT, cwd: Path | None = None,
                 on_note: Callable[[str], None] | None = None) -> None:
        self.given = str(target)
        self.on_note = on_note
        self.cwd = cwd or Path.cwd()
        target = Path(target)
        path = target if target.is_absolute() else self.cwd / target
        self.folder = path.is_dir()
        self.root = Path(os.path.realpath(path if self.folder else path.parent))
        self.file = None if self.folder else path
        self.view = view
        self.against = against
        self.lang = lang
        self.timeout = timeout
        self.maps: dict[str, MapState] = {}
        self.version = 0           # grows with every change the page should see
        self.rebuilds = 0          # builds that found a change (the first one included)
        self.problem: str | None = None   # a configuration that cannot be used
        self.notes: set[str] = set()      # told the terminal (maps outside the folder)
        self.built = False
        self._changed: set[str] = set()
        self._pending = True       # the first build
        self._cond = threading.Condition()
        self._stopping = False
        self._child: LayoutProcess | None = None

    # ------------------------------------------------------------------ watching
    def watched(self) -> list[tuple[list[Path], bool]]:
        """What to watch: ``(folders, recursive)`` pairs.  The served folder
        (recursively for a folder of maps) and every folder above it, where a
        configuration file that applies may be added, changed or removed."""
        above = list(self.root.parents)
        if self.folder:
            return [([self.root], True), (above, False)] if above else [([self.root], True)]
        return [([self.root, *above], False)]

    def relevant(self, path: str) -> bool:
        return is_relevant(path, self.file.name if self.file is not None else None)

    def changed(self, paths: Iterable[str]) -> None:
        """Files changed on disk: rebuild (the builder merges what comes in while it works)."""
        with self._cond:
            self._changed.update(paths)
            self._pending = True
            self._cond.notify_all()

    # ------------------------------------------------------------------ the builder
    def run_builder(self) -> None:
        """Rebuild after every batch of changes until :meth:`stop`."""
        last_start = float("-inf")
        while True:
            with self._cond:
                while not self._pending and not self._stopping:
                    self._cond.wait()
                # one rebuild a second at most: what arrives meanwhile joins the next one
                while not self._stopping:
                    delay = last_start + GROUP_MS / 1000 - time.monotonic()
                    if delay <= 0:
                        break
                    self._cond.wait(delay)
                if self._stopping:
                    return
                changed, self._changed, self._pending = self._changed, set(), False
                last_start = time.monotonic()
            try:
                self.rebuild(changed)
            except Exception:
                if self._stopping:
                    return
                raise

    def stop(self) -> None:
        """Stop the builder (and a layout in progress) and wake every waiting stream."""
        with self._cond:
            self._stopping = True
            child, self._child = self._child, None
            self._cond.notify_all()
        if child is not None:
            child.close()

    @property
    def stopping(self) -> bool:
        return self._stopping

    def rebuild(self, changed: set[str] | None = None) -> None:
        """Check every map again and redraw those whose bytes (or configuration)
        changed; publish the new state."""
        from cxmap.checks.config import ConfigFinder
        from cxmap.diagnostics import ConfigError

        force = changed is None or any(os.path.basename(p) in CONFIG_NAMES for p in changed)
        finder = ConfigFinder()
        targets = self.targets()
        states: dict[str, MapState] = {}
        problem = None
        bumped = False
        for key, file, shown in targets:
            known = self.maps.get(key)   # built on a copy: requests see whole states only
            # a map new to the page (or back after it went) counts on from the
            # preview's version: above any version it had, which the page
            # would otherwise take for newer than what it now is
            state = (replace(known) if known is not None
                     else MapState(key, file, shown, version=self.version))
            try:
                bumped |= self._build_one(state, finder, force)
            except ConfigError as exc:
                problem = t("serve.config_problem", self.lang, message=str(exc))
            except Exception as exc:   # a bug: said on the page; the preview goes on
                if self._stopping:
                    return
                state.drawing_error = f"internal error: {exc.__class__.__name__}: {exc}"
                bumped = True
            states[key] = state
            if self._stopping:
                return
        with self._cond:
            if problem is not None:   # keep what was shown until the configuration is fixed
                changed_problem = problem != self.problem
                self.problem = problem
                if changed_problem:
                    self.version += 1
            else:
                gone = set(self.maps) - set(states)
                if bumped or gone or self.problem is not None or not self.built:
                    self.version += 1
                self.problem = None
                self.maps = states
            if bumped or problem is not None or not self.built:
                self.rebuilds += 1
            self.built = True
            self._cond.notify_all()

    def targets(self) -> list[tuple[str, Path, str]]:
        """``(name on the page, file, name in diagnostics)`` of every map served."""
        if self.file is not None:
            return [(self.given, self.file, self.given)]
        from cxmap.load.discover import discover

        found = discover([str(self.root)])
        out = []
        outside = [Path(name) for name, why in found.skipped if why == "core.skip_link_outside"]
        for mf in found.files:   # discovery skips links out of the folder; so do we
            if not Path(os.path.realpath(mf.path)).is_relative_to(self.root):
                outside.append(mf.path)
                continue
            key = mf.path.relative_to(self.root).as_posix()
            out.append((key, mf.path, os.path.join(self.given, key)))
        for path in outside:
            note = t("serve.outside_folder", self.lang,
                     path=Path(os.path.relpath(path, self.root)).as_posix())
            if note not in self.notes and self.on_note is not None:
                self.on_note(note)
            self.notes.add(note)
        return out

    def _build_one(self, state: MapState, finder: ConfigFinder, force: bool) -> bool:
        """Check and draw one map if it changed; whether it did."""
        from cxmap.commands.load import load_bytes
        from cxmap.diagnostics import Diagnostic
        from cxmap.results import LoadedMap
        from cxmap.util.files import UnreadableMap, read_map_bytes

        settings = finder.for_map(state.file)   # ConfigError: the caller says so
        try:
            raw: bytes | None = read_map_bytes(state.file)
        except UnreadableMap as exc:
            raw = None
            reason = str(exc)
        digest = hashlib.sha256(raw if raw is not None else b"\0unreadable").digest()
        if not force and digest == state.digest:
            return False
        state.digest = digest
        state.version += 1
        if raw is None:
            loaded = LoadedMap(state.shown, [Diagnostic(state.shown, 1, 1, "CX003", reason)])
        else:
            loaded = load_bytes(raw, state.shown, settings=settings)
        self._take_diagnostics(state, loaded)
        if loaded.journey is not None:
            self._draw(state, loaded)
        return True

    def _take_diagnostics(self, state: MapState, loaded: LoadedMap) -> None:
        from cxmap.diagnostics import Diagnostic

        state.ok = loaded.journey is not None
        state.errors, state.warnings = loaded.errors, loaded.warnings
        listed = []
        for d in sorted(loaded.diagnostics, key=Diagnostic.sort_key):
            message, hint = d.text(self.lang)
            listed.append({"file": d.file, "line": d.line, "column": d.column,
                           "severity": d.severity.value, "code": d.code,
                           "message": message, "hint": hint})
        state.diagnostics = listed

    def _draw(self, state: MapState, loaded: LoadedMap) -> None:
        from cxmap.layout import LayoutError
        from cxmap.outputs.render import RenderFormat, RenderOptions, View, draw_canvas, draw_flow

        journey = loaded.journey
        assert journey is not None
        try:
            if self.view is PreviewView.CANVAS:
                drawing = draw_canvas(journey, RenderFormat.SVG, RenderOptions(view=View.CANVAS))
            else:
                drawing = draw_flow(journey, RenderFormat.SVG, RenderOptions(), self._layout)
        except LayoutError as exc:
            state.drawing_error = str(exc)
        else:
            state.drawing, state.drawing_error = drawing, None
        if self._stopping:
            return
        changes = None
        if self.against is not None:
            changes = self._compare(state)
        if self.view is PreviewView.REPORT:
            self._report(state, loaded, changes)

    def _layout(self, dot: str, warnings: list[str] | None) -> bytes:
        """Graphviz in its own child process, stopped after the time limit (or by :meth:`stop`)."""
        from cxmap.layout import LayoutError, LayoutProcess

        with LayoutProcess("svg", self.timeout) as child:
            with self._cond:
                if self._stopping:
                    raise LayoutError("stopped")
                self._child = child
            try:
                return child.draw(dot, warnings)
            finally:
                with self._cond:
                    self._child = None

    def _compare(self, state: MapState) -> Any:
        """The comparison with ``--against REV`` as diff's text; the comparison itself."""
        from cxmap.commands.diff import diff
        from cxmap.load.git import SourceError
        from cxmap.outputs.formats import DiffFormat

        spec = against_spec(self.against or "", state.file, self.cwd)
        try:
            done = diff(spec, os.path.relpath(state.file, self.cwd), DiffFormat.TEXT,
                        cwd=self.cwd, width=100, lang=self.lang)
        except SourceError as exc:
            state.diff, state.diff_error = None, str(exc)
            return None
        if done.output is None:   # the earlier wave does not validate
            state.diff, state.diff_error = None, t(
                "serve.against_problem", self.lang, rev=self.against,
                reason="; ".join(f"{d.file}:{d.line}:{d.column}: {d.text(self.lang)[0]}"
                                 for d in done.run.old.diagnostics[:3]))
            return None
        state.diff, state.diff_error = done.output, None
        return done.run.diff

    def _report(self, state: MapState, loaded: LoadedMap, changes: Any) -> None:
        from cxmap.commands.report import render_one
        from cxmap.outputs.report import ReportFormat, ReportOptions

        journey = loaded.journey
        assert journey is not None
        options = ReportOptions(source=state.file.name, timeout=self.timeout,
                                changes=changes,
                                compare_label=f"{self.against}" if changes else "")
        html, _ = render_one(journey, ReportFormat.HTML, options)
        state.report = html if isinstance(html, str) else html.decode("utf-8")

    # ------------------------------------------------------------------ reading
    def state(self) -> dict[str, Any]:
        """What ``GET /state.json`` answers (and every ``update`` event carries)."""
        with self._cond:
            return {"maps": [m.as_json() for m in self.maps.values()],
                    "version": self.version, "rebuilds": self.rebuilds,
                    "built": self.built, "view": self.view.value,
                    "against": self.against, "folder": self.folder,
                    "problem": self.problem}

    def get(self, path: str) -> MapState | None:
        """The map requests call ``path`` (only a name the state lists)."""
        with self._cond:
            return self.maps.get(path)

    def wait(self, seen: int, timeout: float) -> int:
        """Wait until the version is not ``seen`` (or ``timeout`` seconds); the version."""
        with self._cond:
            if self.version == seen and not self._stopping:
                self._cond.wait(timeout)
            return self.version


def against_spec(rev: str, file: Path, cwd: Path) -> str:
    """``REV:PATH`` naming ``file`` (relative to ``cwd``, as ``./PATH``) in revision ``rev``."""
    rel = Path(os.path.relpath(os.path.abspath(file), os.path.abspath(cwd))).as_posix()
    return f"{rev}:{rel if rel.startswith('../') else './' + rel}"


def is_loopback(host: str) -> bool:
    """Whether ``host`` is reached only from this computer."""
    import ipaddress

    name = host.strip("[]")
    if name.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_against(rev: str, cwd: Path) -> None:
    """Raise :class:`cxmap.load.git.SourceError` when ``rev`` names no commit."""
    from cxmap.load.git import repository, resolve_commit

    resolve_commit(repository(cwd), rev)


# ---------------------------------------------------------------------------- watching
def watch_problem(exc: Exception, lang: Language) -> str:
    """Why the system's file events cannot be had, in ``lang`` (watchfiles
    says it in English: ``Error creating recommended watcher: OS file watch
    limit reached.``)."""
    if "watch limit" in str(exc):
        return t("serve.watch_limit", lang)
    if "loop found" in str(exc):  # notify's polling watcher following a link up
        return t("serve.watch_loop", lang)
    if isinstance(exc, OSError) and exc.errno is not None:
        return os_reason(exc, lang)
    return t("serve.watcher_failed", lang)


def watch_changes(paths: list[Path], recursive: bool, relevant: Callable[[str], bool],
                  on_change: Callable[[set[str]], None], stop: threading.Event, *,
                  poll: bool = False, on_ready: Callable[[], None] | None = None,
                  on_polling: Callable[[Exception], None] | None = None,
                  on_stopped: Callable[[Exception], None] | None = None) -> None:
    """Report batches of relevant changes under ``paths`` until ``stop`` is set.

    watchfiles groups a burst into one batch: quiet for :data:`QUIET_MS`, or
    :data:`GROUP_MS` at most.  Native events (inotify...) when they can be
    had; polling with ``poll``, or when the native watcher cannot start
    (``on_polling`` is told why); when polling fails too, ``on_stopped`` is
    told why and nothing is watched any more.  ``on_ready`` is called once the
    watch is in place (watchfiles' first answer, or its first question to the
    filter).
    """
    from watchfiles import watch

    force: bool | None = True if poll else None
    waiting = [on_ready] if on_ready is not None else []

    def ready() -> None:
        while waiting:
            waiting.pop()()

    def keep(_change: object, path: str) -> bool:
        ready()
        return relevant(path)

    while not stop.is_set():
        try:
            for batch in watch(*paths, watch_filter=keep, debounce=GROUP_MS, step=QUIET_MS,
                               stop_event=stop, rust_timeout=READY_MS, yield_on_timeout=True,
                               force_polling=force, poll_delay_ms=POLL_MS,
                               recursive=recursive, ignore_permission_denied=True,
                               raise_interrupt=False):
                ready()
                if batch:
                    on_change({path for _, path in batch})
            return
        except (OSError, RuntimeError) as exc:   # no native events here (or none at all)
            if force:  # polling failed as well: said, not passed off as polling
                if on_stopped is not None:
                    on_stopped(exc)
                break
            if on_polling is not None:
                on_polling(exc)
            force = True
    ready()


# ---------------------------------------------------------------------------- running
@dataclass
class Running:
    """A preview being served: its address, and how to stop it."""

    preview: Preview
    url: str
    host: str
    port: int
    server: Any
    stop_event: threading.Event
    threads: list[threading.Thread]
    #: what the terminal says once it listens
    greeting: str = ""

    def stop(self, wait: float = 0.0) -> None:
        """Stop serving, watching and building (a layout in progress is killed).

        The threads are daemons and write nothing: they are not waited for,
        unless ``wait`` gives them that many seconds (tests)."""
        self.stop_event.set()
        self.preview.stop()
        with contextlib.suppress(Exception):
            self.server.shutdown()
        with contextlib.suppress(Exception):
            self.server.server_close()
        deadline = time.monotonic() + wait
        for thread in self.threads if wait > 0 else ():
            thread.join(max(0.0, deadline - time.monotonic()))


class PortInUse(OSError):
    """The port asked for is taken (a usage error)."""


def serve_command(path: str | Path, *, host: str = "127.0.0.1", port: int | None = None,
                  view: PreviewView = PreviewView.FLOW, against: str | None = None,
                  poll: bool = False, timeout: float = DEFAULT_TIMEOUT,
                  lang: str | None = None,
                  on_note: Callable[[str], None] | None = None) -> Running:
    """``cxmap serve``: judge the values, then :func:`start`.

    Raises :class:`~cxmap.commands.arguments.UsageProblem` for a path that does
    not exist, an ``--against`` revision git does not know, a port in use or an
    address that cannot be listened on.  ``on_note`` hears what the terminal
    should say meanwhile (another ``--host`` than this computer's: a warning).
    """
    from cxmap.commands.arguments import UsageProblem, language
    from cxmap.load.git import SourceError
    from cxmap.util.files import kind_of

    words = language(lang)
    if kind_of(path) == "missing":
        raise UsageProblem(t("serve.path_missing", words, path=str(path)))
    if against is not None:
        try:
            check_against(against, Path.cwd())
        except SourceError as exc:
            raise UsageProblem(t("serve.against_problem", words, rev=against,
                                 reason=str(exc))) from None
    if not is_loopback(host) and on_note is not None:
        on_note(t("serve.host_warning", words, host=host))
    try:
        running = start(path, host=host, port=port, view=view, against=against, poll=poll,
                        lang=words, timeout=timeout, on_note=on_note)
    except PortInUse:
        raise UsageProblem(t("serve.port_in_use", words, port=port, host=host)) from None
    except OSError as exc:
        raise UsageProblem(t("serve.cannot_listen", words, host=host,
                             port=8765 if port is None else port,
                             reason=os_reason(exc, words))) from None
    running.greeting = t("serve.listening", words, path=str(path), url=running.url)
    return running


def start(target: str | Path, *, host: str = "127.0.0.1", port: int | None = None,
          view: PreviewView = PreviewView.FLOW, against: str | None = None,
          poll: bool = False, lang: Language = Language.EN,
          timeout: float = DEFAULT_TIMEOUT, default_port: int = 8765,
          on_note: Callable[[str], None] | None = None) -> Running:
    """Listen on ``host``:``port`` (``None``: :data:`default_port`, or any free
    port when it is taken; ``0``: any free port), then watch and build in the
    background.  Returns as soon as connections are accepted.

    Raises :class:`PortInUse` when the port asked for is taken, ``OSError``
    when the address cannot be used.
    """
    import errno

    from cxmap.commands.serve_http import make_server

    preview = Preview(target, view, against=against, lang=lang, timeout=timeout,
                      on_note=on_note)
    try:
        server = make_server(preview, host, default_port if port is None else port)
    except OSError as exc:
        if exc.errno != errno.EADDRINUSE:
            raise
        if port is not None:
            raise PortInUse(exc.errno, str(exc)) from None
        server = make_server(preview, host, 0)
        if on_note is not None:
            on_note(t("serve.default_port_taken", lang, taken=default_port,
                      port=server.server_address[1]))
    bound = server.server_address[1]
    shown = f"[{host}]" if ":" in host else host
    stop_event = threading.Event()

    def polling(problem: Exception) -> None:
        if on_note is not None:
            on_note(t("serve.polling", lang, reason=t("serve.no_native_events", lang,
                                                      reason=watch_problem(problem, lang))))

    def stopped(problem: Exception) -> None:
        if on_note is not None:
            on_note(t("serve.not_watching", lang, reason=watch_problem(problem, lang)))

    threads = [threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                                name="cxmap-serve-http", daemon=True)]
    threads.append(threading.Thread(target=preview.run_builder, name="cxmap-serve-build",
                                    daemon=True))
    for paths, recursive in preview.watched():
        # once the watch is in place, the maps are read once more: a save made
        # between the first build's reading and then is not missed
        threads.append(threading.Thread(
            target=watch_changes, name="cxmap-serve-watch", daemon=True,
            args=(paths, recursive, preview.relevant, preview.changed, stop_event),
            kwargs={"poll": poll, "on_ready": lambda: preview.changed(()),
                    "on_polling": polling, "on_stopped": stopped}))
    if poll and on_note is not None:
        on_note(t("serve.polling", lang, reason=t("serve.poll_asked", lang)))
    for thread in threads:
        thread.start()
    return Running(preview, f"http://{shown}:{bound}/", host, bound, server, stop_event,
                   threads)


__all__ = ["GROUP_MS", "QUIET_MS", "MapState", "PortInUse", "Preview", "Running",
           "against_spec", "check_against", "is_loopback", "is_relevant", "serve_command", "start",
           "watch_changes"]
