"""The ``cxmap`` command line: parse options, call one function, map the result
to an exit code.  This is the only module that prints or exits.

Start-up matters (``validate`` runs in pre-commit on every commit): this
module imports only typer at the top; each command imports what it needs.

Exit codes: 0 success, 1 problems found (invalid map, failed gate),
2 usage error (unknown option, missing path, unreadable git revision...).
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

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


class _progress:
    """A progress bar on stderr when it is a terminal and there are many files."""

    MIN_FILES = 20

    def __init__(self, label: str) -> None:
        self.label = label
        self.bar: object | None = None

    def __enter__(self):  # type: ignore[no-untyped-def]
        if not use_color(sys.stderr) or not sys.stderr.isatty():
            return None

        def on_file(done: int, total: int, name: str) -> None:
            if total < self.MIN_FILES:
                return
            if self.bar is None:
                from rich.console import Console
                from rich.progress import Progress

                self.bar = Progress(console=Console(stderr=True), transient=True)
                self.bar.start()  # type: ignore[attr-defined]
                self.task = self.bar.add_task(self.label, total=total)  # type: ignore[attr-defined]
            self.bar.update(self.task, completed=done, description=name[-40:])  # type: ignore[attr-defined]

        return on_file

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- schema
@app.command()
def schema(
    output: Annotated[Path | None, typer.Option("--output", "-o",
                                                help="Write to this file instead of stdout.")] = None,
) -> None:
    """Print the JSON Schema (draft-07) of the map format, for editors and CI."""
    from cxmap.schema import schema_text

    _write(schema_text(), output)


# --------------------------------------------------------------------------- render
# (render command: owned by the journey-graph/diagram work)


# --------------------------------------------------------------------------- diff
# (diff and history commands: owned by the diff work)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
