"""The ``cxmap`` command line: parse options, call one function, map the result
to an exit code.  This is the only module that prints or exits.

Start-up matters (``validate`` runs in pre-commit on every commit): this
module imports only typer at the top; each command imports what it needs.

Exit codes: 0 success, 1 problems found (invalid map, failed gate),
2 usage error (unknown option, missing path, unreadable git revision...).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from cxmap import __version__

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    name="cxmap",
    help="Customer journey maps as YAML in git: validate, render, report and diff "
    "yearly re-scorings.",
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
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Customer journey maps as YAML in git."""


def _fail_usage(message: str) -> NoReturn:
    print(f"cxmap: error: {message}", file=sys.stderr)
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


def _write(text: str, out: Path | None) -> None:
    """Write command output to stdout, or atomically to a file."""
    if out is None or str(out) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from cxmap.util.files import write_atomic

    try:
        write_atomic(out, text.encode("utf-8"))
    except OSError as exc:
        _fail_usage(f"cannot write {out}: {exc.strerror or exc}")


# --------------------------------------------------------------------------- validate
class ValidateFormat(StrEnum):
    AUTO = "auto"
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"


@app.command()
def validate(
    paths: Annotated[list[str], typer.Argument(help="Map files or directories to check.",
                                               show_default=False)],
    fmt: Annotated[ValidateFormat, typer.Option(
        "--format", "-f", help="Output: text, json, github (workflow annotations), or "
        "auto (github when GITHUB_ACTIONS is set, else text).")] = ValidateFormat.TEXT,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v",
                                          help="Also list YAML files skipped.")] = False,
) -> None:
    """Check journey maps against the format; report every problem as
    FILE:LINE:COL: SEVERITY CODE message.  Exit 0 valid, 1 problems, 2 usage."""
    from cxmap.api import validate_paths
    from cxmap.outputs.reporters import ReportFormat, report

    if fmt is ValidateFormat.AUTO:
        fmt = ValidateFormat.GITHUB if os.environ.get("GITHUB_ACTIONS") else ValidateFormat.TEXT
    with _progress("Validating") as on_file:
        run = validate_paths(paths, on_file=on_file)
    if run.missing:
        _fail_usage("; ".join(f"path {p!r} does not exist" for p in run.missing))
    color = fmt is ValidateFormat.TEXT and use_color()
    sys.stdout.write(report(run, ReportFormat(fmt.value), color=color, verbose=verbose))
    raise typer.Exit(EXIT_PROBLEMS if run.failed(strict) else EXIT_OK)


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


# --------------------------------------------------------------------------- schema
@app.command()
def schema(
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to this file instead of stdout.")] = None,
) -> None:
    """Print the JSON Schema (draft-07) of the map format, for editors and CI."""
    from cxmap.schema import schema_text

    _write(schema_text(), output)


# --------------------------------------------------------------------------- explain
@app.command()
def explain(
    code: Annotated[str, typer.Argument(help="A diagnostic code such as CX201, or 'all'.")],
) -> None:
    """Explain a diagnostic code: what it means and what to do."""
    from cxmap.diagnostics import RULES
    from cxmap.outputs.rules_doc import explain as explain_rule
    from cxmap.outputs.rules_doc import rules_markdown

    if code.lower() == "all":
        sys.stdout.write(rules_markdown())
        return
    rule = RULES.get(code.upper()) or next(
        (r for r in RULES.values() if r.name == code.lower()), None)
    if rule is None:
        _fail_usage(f"unknown diagnostic code {code!r}; `cxmap explain all` lists them")
    sys.stdout.write(explain_rule(rule))


# --------------------------------------------------------------------------- render
# (render command: owned by the journey-graph/diagram work)


# --------------------------------------------------------------------------- diff
# (diff and history commands: owned by the diff work)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
