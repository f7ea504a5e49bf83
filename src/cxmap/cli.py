"""The ``cxmap`` command line: parse options, call one pipeline of
:mod:`cxmap.commands`, write what it returns, map the result to an exit code.
This is the only module that prints or exits.

The pipelines judge the values they are given (:mod:`cxmap.commands.arguments`):
:class:`~cxmap.commands.arguments.UsageProblem` is a usage error here, and
:class:`~cxmap.commands.arguments.RunFailed` a run that could not finish.

Exit codes: 0 success, 1 problems found (invalid map, failed gate),
2 usage error (unknown option, missing path, unreadable git revision...).
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from cxmap import __version__
from cxmap.cli_errors import CxmapGroup
from cxmap.commands.arguments import RunFailed, UsageProblem
from cxmap.i18n import Language, os_reason
from cxmap.outputs.formats import DiffFormat, HistoryFormat, PreviewView, ValidateFormat
from cxmap.outputs.render.options import Direction, View
from cxmap.outputs.render.page import Page

if TYPE_CHECKING:
    from cxmap.results import LoadedMap

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
#: the longest --timeout: a day (inf or 1e999 overflowed the timers)
MAX_TIMEOUT = 86400.0

# Help texts are not written here: the message catalogue (cxmap.i18n.help) has
# them in every language, keyed by command and parameter name, and CxmapGroup
# fills them in the language of the run (cxmap.cli_help).
app = typer.Typer(
    cls=CxmapGroup,  # usage errors and --help in the user's language
    name="cxmap",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"cxmap {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True)] = False,
    lang: Annotated[Language | None, typer.Option(
        "--lang", case_sensitive=False, show_default=False)] = None,
) -> None:
    """cxmap itself: --lang here speaks for the command that follows."""
    if lang is not None and ctx.invoked_subcommand is not None:
        # the command's own --lang, unless it is given there too (for report
        # and render it outranks the map's language, as it does after the name)
        ctx.default_map = {**(ctx.default_map or {}),
                           ctx.invoked_subcommand: {"lang": lang.value}}


def _say(key: str, **params: object) -> str:
    """A message of the ``core`` domain in the language of the run."""
    from cxmap.i18n import resolve_language, t

    return t(f"core.{key}", resolve_language(), **params)


def _error_line(message: str) -> str:
    return _say("error_line", message=message)


def _fail_usage(message: str) -> NoReturn:
    from cxmap.util.text import visible

    print(_error_line(visible(message)), file=sys.stderr)
    raise typer.Exit(EXIT_USAGE)


def use_color(stream: object = None) -> bool:
    """Colour on a terminal; ``NO_COLOR`` wins, ``FORCE_COLOR`` forces."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    stream = stream or sys.stdout
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _fail_invalid(maps: list[LoadedMap], message: str | None = None,
                  lang: Language | None = None) -> NoReturn:
    """Report invalid maps on stderr as `validate` does (stdout may carry the
    command's own output) and exit 1."""
    from cxmap.i18n import resolve_language
    from cxmap.outputs.reporters import format_text
    from cxmap.results import ValidationRun
    from cxmap.util.text import visible_keeping_colour

    sys.stderr.write(visible_keeping_colour(
        format_text(ValidationRun(maps=maps), color=use_color(sys.stderr),
                    lang=lang or resolve_language())))
    if message:
        print(_error_line(message), file=sys.stderr)
    raise typer.Exit(EXIT_PROBLEMS)


def _write(content: str | bytes, out: Path | str | None,
           inputs: Iterable[str | Path] = (), *, color: bool = False) -> None:
    """Write command output to stdout (``None`` or ``-``), or to the file ``-o``
    names by :func:`cxmap.util.files.write_output`'s rules (never over one of
    ``inputs``, never replacing a device or a directory).

    Text never carries a control character from user data to a terminal or a
    CI log: they are shown as visible symbols (``color``: our own colour codes
    pass)."""
    if isinstance(content, str):
        from cxmap.util.text import visible, visible_keeping_colour

        content = visible_keeping_colour(content) if color else visible(content)
    data = content.encode("utf-8") if isinstance(content, str) else content
    if out is None or str(out) == "-":
        _write_stdout(data)
        return
    from cxmap.util.files import OutputFailed, OutputRefused, write_output

    try:
        write_output(out, data, inputs)
    except (OutputRefused, OutputFailed) as exc:
        _fail_usage(str(exc))


def _write_stdout(data: bytes) -> None:
    from cxmap.i18n import resolve_language, t

    stream = sys.stdout
    if stream is None:  # started with stdout closed (>&-)
        _fail_usage(t("safety.stdout_closed", resolve_language()))
    try:
        stream.flush()
        stream.buffer.write(data)
        stream.buffer.flush()
    except BrokenPipeError:  # the reader went away (| head): nothing to report
        raise typer.Exit(EXIT_PROBLEMS) from None
    except (OSError, ValueError) as exc:
        reason = os_reason(exc)
        _fail_usage(t("safety.stdout_failed", resolve_language(), reason=reason))


def command(name: str | None = None) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register a command whose pipeline's refusals are usage errors (exit 2)
    and whose failures end the run with status 1."""
    def register(func: Callable[..., None]) -> Callable[..., None]:
        @functools.wraps(func)
        def run(*args: Any, **kwargs: Any) -> None:
            from cxmap.diagnostics import ConfigError

            try:
                func(*args, **kwargs)
            except (UsageProblem, ConfigError) as exc:
                _fail_usage(str(exc))
            except RunFailed as exc:
                print(_error_line(str(exc)), file=sys.stderr)
                raise typer.Exit(EXIT_PROBLEMS) from None

        app.command(name)(run)
        return func
    return register


# --------------------------------------------------------------------------- validate
@command()
def validate(
    paths: Annotated[list[str], typer.Argument(metavar="PATH",
                                               show_default=False)],
    fmt: Annotated[ValidateFormat, typer.Option(
        "--format", "-f")] = ValidateFormat.TEXT,
    output: Annotated[str | None, typer.Option(
        "--output", "-o", metavar="FILE", show_default=False)] = None,
    strict: Annotated[bool, typer.Option("--strict")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
    config: Annotated[str | None, typer.Option(
        "--config", metavar="FILE", show_default=False)] = None,
    no_config: Annotated[bool, typer.Option("--no-config")] = False,
    maps_only: Annotated[bool, typer.Option("--maps-only")] = False,
    lang: Annotated[str | None, typer.Option(
        "--lang", metavar="LANG", show_default=False)] = None,
) -> None:
    from cxmap.commands.arguments import check_output, language
    from cxmap.commands.validate import validate as run_validate
    from cxmap.i18n import t

    chosen = language(lang)
    to_stdout = output is None or output == "-"
    check_output(output, [*paths, *([config] if config else [])])
    with _progress(t("core.progress_validating", chosen)) as on_file:
        done = run_validate(paths, fmt, strict=strict, verbose=verbose,
                            color=to_stdout and use_color(), on_file=on_file,
                            config=config, no_config=no_config, maps_only=maps_only,
                            lang=chosen)
    if done.run.missing:
        _fail_usage("; ".join(_say("path_missing", path=p) for p in done.run.missing))
    _write(done.output, output, [m.file for m in done.run.maps] + ([config] if config else []),
           color=to_stdout and use_color())
    raise typer.Exit(EXIT_PROBLEMS if done.failed else EXIT_OK)


@contextlib.contextmanager
def _progress(label: str) -> Iterator[Callable[[int, int, str], None] | None]:
    """A transient progress bar on stderr, only on a terminal and for many files."""
    if not sys.stderr.isatty() or os.environ.get("NO_COLOR") or os.environ.get("CI"):
        yield None
        return
    state: dict[str, Any] = {}

    def on_file(done: int, total: int, name: str) -> None:
        if total < 20:
            return
        if "bar" not in state:
            from rich.console import Console
            from rich.progress import Progress

            state["bar"] = bar = Progress(console=Console(stderr=True), transient=True)
            bar.start()
            state["task"] = bar.add_task(label, total=total)
        state["bar"].update(state["task"], completed=done, description=name[-40:])

    try:
        yield on_file
    finally:
        if "bar" in state:
            state["bar"].stop()


# --------------------------------------------------------------------------- render
@command()
def render(
    map_path: Annotated[Path, typer.Argument(metavar="MAP", show_default=False)],
    output: Annotated[str, typer.Option(
        "--output", "-o", metavar="FILE", show_default=False)],
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", metavar="FORMAT", show_default=False)] = None,
    branch: Annotated[str | None, typer.Option(
        "--branch", "-b", metavar="ID", show_default=False)] = None,
    direction: Annotated[Direction, typer.Option(
        "--direction", "-d", case_sensitive=False)] = Direction.LR,
    title: Annotated[str | None, typer.Option(
        "--title", metavar="TEXT", show_default=False)] = None,
    no_title: Annotated[bool, typer.Option("--no-title")] = False,
    legend: Annotated[bool, typer.Option("--legend/--no-legend")] = True,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
    timeout: Annotated[float, typer.Option(
        "--timeout", metavar="SECONDS", min=0.1, max=MAX_TIMEOUT)] = 60.0,
    view: Annotated[View, typer.Option(
        "--view", case_sensitive=False)
        ] = View.FLOW,
    page: Annotated[Page | None, typer.Option(
        "--page", case_sensitive=False, show_default=False)] = None,
    dpi: Annotated[int | None, typer.Option(
        "--dpi", metavar="N", min=36, max=1200, show_default=False)] = None,
    lang: Annotated[Language | None, typer.Option(
        "--lang", case_sensitive=False, show_default=False)] = None,
) -> None:
    from cxmap.commands.render import render_command
    from cxmap.outputs.render.options import RenderOptions

    options = RenderOptions(branch=branch, direction=direction,
                            title="" if no_title else title, legend=legend,
                            view=view, page=page, dpi=dpi,
                            language=lang.value if lang else None)
    run = render_command(map_path, output, fmt, options, timeout=timeout)
    if run.output is None:
        _fail_invalid([run.loaded])
    for warning in run.warnings if verbose else ():
        print(f"cxmap: graphviz: {warning}", file=sys.stderr)
    if run.notes:  # worded in the drawing's language, prefix and all
        from cxmap.i18n import resolve_language, t

        journey = run.loaded.journey
        language = resolve_language(options.language, journey.language if journey else None)
        for note in run.notes:
            print(t("core.note_line", language, message=note), file=sys.stderr)
    _write(run.output, output, [map_path])


# --------------------------------------------------------------------------- report
@command()
def report(
    map_path: Annotated[Path, typer.Argument(
        metavar="PATH", show_default=False)],
    output: Annotated[str, typer.Option(
        "--output", "-o", metavar="FILE", show_default=False)],
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", metavar="FORMAT", show_default=False)] = None,
    lang: Annotated[Language | None, typer.Option(
        "--lang", case_sensitive=False, show_default=False)] = None,
    compare: Annotated[str | None, typer.Option(
        "--compare", metavar="OLD", show_default=False)] = None,
    each: Annotated[bool, typer.Option(
        "--each")] = False,
    no_diagram: Annotated[bool, typer.Option(
        "--no-diagram")] = False,
    title: Annotated[str | None, typer.Option(
        "--title", metavar="TEXT", show_default=False)] = None,
    timeout: Annotated[float, typer.Option(
        "--timeout", metavar="SECONDS", min=0.1, max=MAX_TIMEOUT)] = 60.0,
    config: Annotated[str | None, typer.Option(
        "--config", metavar="FILE", show_default=False)] = None,
    no_config: Annotated[bool, typer.Option("--no-config")] = False,
) -> None:
    from cxmap.commands.report import report_command
    from cxmap.outputs.report import ReportOptions

    options = ReportOptions(language=lang.value if lang else None, title=title,
                            diagram=not no_diagram, timeout=timeout)
    run = report_command(map_path, output, fmt, options, compare=compare, each=each,
                         config=config, no_config=no_config)
    if run.output is None:
        _fail_invalid(run.invalid, _say("diff_invalid")
                      if compare is not None and run.loaded.journey is not None else None)
    for path, data in run.files.items():
        _write(data, path, run.inputs)
    _write(run.output, output, run.inputs)
    if run.invalid:   # a portfolio is written over the valid maps; the others fail it
        _fail_invalid(run.invalid)


# --------------------------------------------------------------------------- diff
def _term_width() -> int:
    import shutil

    return max(80, shutil.get_terminal_size((120, 24)).columns) if sys.stdout.isatty() else 120


@command()
def diff(
    old: Annotated[str, typer.Argument(
        metavar="OLD", show_default=False)],
    new: Annotated[str, typer.Argument(
        metavar="NEW", show_default=False)],
    fmt: Annotated[DiffFormat, typer.Option(
        "--format", "-f")] = DiffFormat.TEXT,
    fail_on: Annotated[str | None, typer.Option(
        "--fail-on", metavar="CONDITIONS")] = None,
    show_all: Annotated[bool, typer.Option(
        "--all", "-a")] = False,
    limit: Annotated[int, typer.Option(
        "--limit", min=0, metavar="N")] = 200,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE")] = None,
    repo: Annotated[Path | None, typer.Option(
        "--repo", "-C", metavar="DIR")] = None,
    lang: Annotated[Language | None, typer.Option(
        "--lang", case_sensitive=False, show_default=False)] = None,
) -> None:
    from cxmap.commands.arguments import check_output
    from cxmap.commands.diff import diff as run_diff
    from cxmap.i18n import resolve_language, t
    from cxmap.load.git import SourceError

    language = resolve_language(lang)
    sides = [Path(repo or ".") / side for side in (old, new)]
    check_output(output, sides)
    to_terminal = output is None or str(output) == "-"
    try:
        done = run_diff(old, new, fmt, cwd=repo, fail_on=fail_on, show_all=show_all,
                        limit=limit, color=to_terminal and use_color(),
                        width=_term_width() if to_terminal else 120, lang=language)
    except (SourceError, ValueError) as exc:  # git problem, unknown --fail-on condition
        _fail_usage(str(exc))
    if done.output is None:
        _fail_invalid(done.run.maps, t("core.diff_invalid", language), language)
    _write(done.output, output, sides, color=to_terminal and use_color())
    if done.failed:
        print("cxmap: " + t("core.diff_gate_failed", language,
                            conditions=", ".join(done.failed)), file=sys.stderr)
        raise typer.Exit(EXIT_PROBLEMS)


@command()
def history(
    map_file: Annotated[Path, typer.Argument(metavar="MAP", show_default=False)],
    fmt: Annotated[HistoryFormat, typer.Option(
        "--format", "-f")
    ] = HistoryFormat.TEXT,
    worktree: Annotated[bool, typer.Option(
        "--worktree/--no-worktree")] = True,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE")] = None,
    lang: Annotated[Language | None, typer.Option(
        "--lang", case_sensitive=False, show_default=False)] = None,
    timeout: Annotated[float, typer.Option(
        "--timeout", metavar="SECONDS", min=0.1, max=MAX_TIMEOUT)] = 60.0,
) -> None:
    from cxmap.commands.arguments import check_output
    from cxmap.commands.history import history as run_history
    from cxmap.i18n import resolve_language
    from cxmap.load.git import SourceError

    check_output(output, [map_file])
    to_terminal = output is None or str(output) == "-"
    try:
        text = run_history(map_file, fmt, worktree=worktree, color=to_terminal and use_color(),
                           width=_term_width() if to_terminal else 120,
                           lang=resolve_language(lang), timeout=timeout)
    except SourceError as exc:
        _fail_usage(str(exc))
    _write(text, output, [map_file], color=to_terminal and use_color())


# --------------------------------------------------------------------------- serve
@command()
def serve(
    # a str, not a Path: the page names the map as given ('./maps/x.cxmap.yaml')
    path: Annotated[str, typer.Argument(metavar="PATH", show_default=False)],
    port: Annotated[int | None, typer.Option(
        "--port", metavar="N", min=0, max=65535, show_default=False)] = None,
    host: Annotated[str, typer.Option("--host", metavar="HOST")] = "127.0.0.1",
    view: Annotated[PreviewView, typer.Option(
        "--view", case_sensitive=False)] = PreviewView.FLOW,
    against: Annotated[str | None, typer.Option(
        "--against", metavar="REV", show_default=False)] = None,
    poll: Annotated[bool, typer.Option("--poll")] = False,
    timeout: Annotated[float, typer.Option(
        "--timeout", metavar="SECONDS", min=0.1, max=MAX_TIMEOUT)] = 60.0,
    lang: Annotated[Language | None, typer.Option(
        "--lang", case_sensitive=False, show_default=False)] = None,
) -> None:
    import signal
    import threading

    from cxmap.commands.serve import serve_command

    def note(text: str) -> None:
        print("cxmap: " + text, file=sys.stderr, flush=True)

    running = serve_command(path, host=host, port=port, view=view, against=against,
                            poll=poll, timeout=timeout, lang=lang, on_note=note)
    print(running.url, flush=True)   # the first line: the address, once it accepts
    note(running.greeting)
    stop = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda _signum, _frame: stop.set())
    try:
        while not stop.wait(0.2):    # Ctrl-C: stop serving, exit 0
            pass
    finally:
        signal.signal(signal.SIGINT, previous)
        running.stop()


# --------------------------------------------------------------------------- schema
@command()
def schema(
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE")] = None,
    lang: Annotated[Language | None, typer.Option(  # speaks for the run (messages)
        "--lang", case_sensitive=False, show_default=False)] = None,
) -> None:
    from cxmap.commands.schema import schema as run_schema

    _write(run_schema(), output)


# --------------------------------------------------------------------------- explain
@command()
def explain(
    code: Annotated[str, typer.Argument(
        metavar="CODE")],
    lang: Annotated[Language | None, typer.Option(
        "--lang", case_sensitive=False, show_default=False)
    ] = None,
) -> None:
    from cxmap.commands.explain import UnknownCode
    from cxmap.commands.explain import explain as run_explain
    from cxmap.i18n import resolve_language

    try:
        text = run_explain(code, resolve_language(lang))
    except UnknownCode as exc:
        _fail_usage(str(exc))
    _write_stdout(text.encode("utf-8"))


# --------------------------------------------------------------------------- editing
# (init, export, import-scores, import-survey, fmt: the pipelines live in cxmap.commands.edit_*)
@command()
def init(
    path: Annotated[Path, typer.Argument(metavar="PATH", show_default=False)],
    lang: Annotated[Language | None, typer.Option(
        "--lang", case_sensitive=False, show_default=False)] = None,
) -> None:
    from cxmap.commands.edit_init import init_map
    from cxmap.i18n import resolve_language

    run = init_map(path, resolve_language(lang))
    print(run.message, file=sys.stdout if run.written else sys.stderr)
    raise typer.Exit(EXIT_OK if run.written else EXIT_PROBLEMS)


@command()
def export(
    map_path: Annotated[Path, typer.Argument(metavar="MAP", show_default=False)],
    output: Annotated[str | None, typer.Option(
        "--output", "-o", metavar="FILE", show_default=False)] = None,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", metavar="FORMAT", show_default=False)] = None,
    excel: Annotated[bool, typer.Option(
        "--excel")] = False,
    lang: Annotated[Language | None, typer.Option(
        "--lang", case_sensitive=False, show_default=False)] = None,
) -> None:
    from cxmap.commands.edit_export import export_command
    from cxmap.i18n import resolve_language, t

    run = export_command(map_path, output, fmt, excel=excel)
    if run.output is None:
        _fail_invalid([run.loaded])
    _write(run.output, output, [map_path])
    if output is not None and output != "-":
        print(t("edit.export_written", resolve_language(lang), path=output, n=run.count),
              file=sys.stderr)
    for ident, column, length in run.truncated:
        print("cxmap: " + t("edit.export_truncated", resolve_language(lang), id=ident,
                            column=column, n=length), file=sys.stderr)



def _refuse_edit(loaded: LoadedMap | None, problems: list[str], map_path: Path,
                 language: Language) -> None:
    """An import's refusal, nothing written: the map's own diagnostics when
    it is invalid, else the problems found in the data (exit 1)."""
    from cxmap.i18n import t

    if loaded is not None and (loaded.errors or loaded.journey is None):
        _fail_invalid([loaded], t("edit.map_invalid", language, path=str(map_path)))
    if problems:
        for line in problems:
            print(line, file=sys.stderr)
        print(t("edit.nothing_written", language, path=str(map_path)), file=sys.stderr)
        raise typer.Exit(EXIT_PROBLEMS)

# --------------------------------------------------------------------------- dataset
@command()
def dataset(
    paths: Annotated[list[str], typer.Argument(metavar="PATH", show_default=False)],
    output: Annotated[str, typer.Option(
        "--output", "-o", metavar="DIR", show_default=False)],
    repo: Annotated[str | None, typer.Option(
        "--repo", metavar="NAME", show_default=False)] = None,
    history: Annotated[bool, typer.Option("--history")] = False,
    config: Annotated[str | None, typer.Option(
        "--config", metavar="FILE", show_default=False)] = None,
    no_config: Annotated[bool, typer.Option("--no-config")] = False,
    lang: Annotated[Language | None, typer.Option(
        "--lang", case_sensitive=False, show_default=False)] = None,
) -> None:
    from cxmap.commands.dataset import DatasetError
    from cxmap.commands.dataset import dataset as run_dataset
    from cxmap.diagnostics import ConfigError
    from cxmap.i18n import resolve_language, t

    language = resolve_language(lang)
    try:
        done = run_dataset(paths, output, repo=repo, history=history, config=config,
                           no_config=no_config, lang=language)
    except (ConfigError, DatasetError) as exc:
        _fail_usage(str(exc))
    except OSError as exc:
        _fail_usage(t("dataset.failed", language, path=output,
                      reason=os_reason(exc, language)))
    if done.run.missing:
        _fail_usage("; ".join(_say("path_missing", path=p) for p in done.run.missing))
    if done.failed:
        _fail_invalid(done.run.maps, lang=language)
    from cxmap.util.text import visible

    print(visible(t("dataset.written", language, path=output, maps=len(done.run.maps),
                    touchpoints=done.touchpoints, repo=done.repo)), file=sys.stderr)
    if done.history is not None:
        print(t("dataset.history", language, read=done.history.read, kept=done.history.kept),
              file=sys.stderr)


@command("import-scores")
def import_scores(
    map_path: Annotated[Path, typer.Argument(metavar="MAP", show_default=False)],
    table: Annotated[Path, typer.Argument(metavar="TABLE", show_default=False)],
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", "-n")] = False,
    scored_on: Annotated[str | None, typer.Option(
        "--scored-on", metavar="DATE", show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force")] = False,
    lang: Annotated[Language | None, typer.Option(
        "--lang", case_sensitive=False, show_default=False)] = None,
) -> None:
    from cxmap.commands.edit_import import import_command
    from cxmap.edit.scores import show
    from cxmap.i18n import resolve_language, t

    language = resolve_language(lang)
    run = import_command(map_path, table, scored_on=scored_on, dry_run=dry_run, lang=language,
                         force=force)
    _refuse_edit(run.loaded, run.problems, map_path, language)
    for change in run.changes:
        old, new = show(change.old, language), show(change.new, language)
        if change.touchpoint is None:
            print(t("edit.change_map", language, field=change.key, old=old, new=new))
        else:
            print(t("edit.change", language, id=change.touchpoint, field=change.key,
                    old=old, new=new))
    key = "edit.no_change" if not run.changes else "edit.dry_run" if dry_run else "edit.changed"
    print(t(key, language, path=str(map_path), n=len(run.changes)))



@command("import-survey")
def import_survey(
    map_path: Annotated[Path, typer.Argument(metavar="MAP", show_default=False)],
    data: Annotated[Path, typer.Argument(metavar="DATA", show_default=False)],
    columns: Annotated[Path | None, typer.Option(
        "--columns", metavar="FILE", show_default=False)] = None,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", "-n")] = False,
    min_responses: Annotated[int | None, typer.Option(
        "--min-responses", metavar="N", show_default=False)] = None,
    min_confidence: Annotated[float | None, typer.Option(
        "--min-confidence", metavar="P", show_default=False)] = None,
    scored_on: Annotated[str | None, typer.Option(
        "--scored-on", metavar="DATE", show_default=False)] = None,
    json_output: Annotated[bool, typer.Option(
        "--json")] = False,
    lang: Annotated[Language | None, typer.Option(
        "--lang", case_sensitive=False, show_default=False)] = None,
) -> None:
    from cxmap.commands.edit_survey import import_survey as run_import
    from cxmap.i18n import resolve_language, t
    from cxmap.outputs.survey import import_json, import_table

    language = resolve_language(lang)
    run = run_import(map_path, data, columns_path=columns, scored_on=scored_on,
                     dry_run=dry_run, min_responses=min_responses,
                     min_confidence=min_confidence, lang=language)
    _refuse_edit(run.loaded, run.problems, map_path, language)
    assert run.settings is not None
    if json_output:
        _write_stdout(import_json(
            run.lines, path=str(map_path), written=run.written,
            min_responses=run.settings.min_responses,
            min_confidence=run.settings.min_confidence).encode("utf-8"))
        return
    print(import_table(run.lines, min_responses=run.settings.min_responses,
                       min_confidence=run.settings.min_confidence, lang=language))
    moved = sum(1 for line in run.lines if line.old != line.new)
    key = ("survey.no_change" if not run.changes else "survey.summary_dry" if dry_run
           else "survey.summary")
    print(t(key, language, path=str(map_path), n=len(run.lines), moved=moved))


@command("fmt")
def fmt_command(
    paths: Annotated[list[str], typer.Argument(metavar="PATH",
                                               show_default=False)],
    check: Annotated[bool, typer.Option(
        "--check")] = False,
    show_diff: Annotated[bool, typer.Option("--diff")] = False,
    maps_only: Annotated[bool, typer.Option("--maps-only")] = False,
    lang: Annotated[Language | None, typer.Option(
        "--lang", case_sensitive=False, show_default=False)] = None,
) -> None:
    from cxmap.commands.edit_fmt import FmtStatus, fmt_paths
    from cxmap.i18n import resolve_language, t

    language = resolve_language(lang)
    run = fmt_paths(paths, check=check, diff=show_diff, lang=language, maps_only=maps_only)
    if run.missing:
        _fail_usage("; ".join(t("edit.path_missing", language, path=p) for p in run.missing))
    notes = sys.stderr if show_diff else sys.stdout
    for item in run.files:
        if item.status is FmtStatus.CHANGED:
            if item.diff:
                _write_stdout(item.diff.encode("utf-8"))
            key = "edit.fmt_would_change" if check or show_diff else "edit.fmt_changed"
            print(t(key, language, path=item.display), file=notes)
        elif item.status is FmtStatus.FAILED:
            print(_error_line(item.message), file=sys.stderr)
    # a map with errors: its diagnostics as validate prints them, then that it
    # was left as it is
    invalid = [f for f in run.files if f.status is FmtStatus.INVALID and f.loaded]
    if invalid:
        from cxmap.outputs.reporters import format_text
        from cxmap.results import ValidationRun
        from cxmap.util.text import visible_keeping_colour

        sys.stderr.write(visible_keeping_colour(format_text(
            ValidationRun(maps=[f.loaded for f in invalid if f.loaded]),
            color=use_color(sys.stderr), lang=language)))
    for item in invalid:
        assert item.loaded is not None
        unparsed = any(d.code < "CX100" for d in item.loaded.diagnostics)
        print(_error_line(t("edit.fmt_unparsable" if unparsed else "edit.fmt_invalid", language,
                            path=item.display)), file=sys.stderr)
    changed = run.count(FmtStatus.CHANGED)
    summary = "edit.fmt_check_summary" if check or show_diff else "edit.fmt_summary"
    print(t(summary, language, changed=changed, total=len(run.files)), file=notes)
    failed = invalid or run.count(FmtStatus.FAILED) or (check and changed)
    raise typer.Exit(EXIT_PROBLEMS if failed else EXIT_OK)


def main() -> None:
    """Console-script entry point: the application, with a signal ending the
    process by its own status and a bug told in one line, never a traceback."""
    from cxmap.util import interrupt

    interrupt.install()  # SIGTERM/SIGHUP clean up (temporary files, layout) like Ctrl-C
    if sys.stderr is None:  # started with standard error closed: print(file=None)
        # would put its words into standard output (into an SVG written with
        # -o -); they go nowhere, and no file cxmap opens becomes descriptor 2
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    code = EXIT_OK
    try:
        app()
    except SystemExit as exc:
        code = _exit_status(exc.code)
    except KeyboardInterrupt:
        code = 130
    except Exception as exc:  # a bug: one line, never a traceback
        name, detail = exc.__class__.__name__, _printable(str(exc))
        line = f"cxmap: internal error: {name}: {detail}"
        with contextlib.suppress(Exception):  # in the run's language, if it can be had
            from cxmap.cli_errors import requested_language
            from cxmap.i18n import resolve_language, t

            # (--lang spoke only while the command ran)
            lang = requested_language(sys.argv[1:]) or resolve_language()
            line = t("core.internal_error", lang, name=name, detail=detail)
        with contextlib.suppress(Exception):
            print(line, file=sys.stderr)
        code = EXIT_PROBLEMS
    if interrupt.received is not None:  # typer turned it into an exit status
        _flush()
        interrupt.exit_by_signal(interrupt.received)
        code = 128 + interrupt.received
    sys.exit(code)


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text[:500])


def _exit_status(code: object) -> int:
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return EXIT_PROBLEMS


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):  # closed, absent
            stream.flush()


if __name__ == "__main__":  # pragma: no cover
    main()
