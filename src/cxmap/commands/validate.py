"""``cxmap validate``: discover map files -> load and check each -> report in one format."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from cxmap.commands.load import load_map
from cxmap.load.discover import discover
from cxmap.outputs.formats import ValidateFormat
from cxmap.results import ValidationRun

#: ``on_file(done, total, name)``, called before each file (a progress bar)
Progress = Callable[[int, int, str], None]


def validate_paths(paths: list[str], on_file: Progress | None = None) -> ValidationRun:
    """Validate every map the paths designate (see :func:`cxmap.load.discover.discover`)."""
    found = discover(paths)
    run = ValidationRun(skipped=found.skipped, missing=found.missing)
    total = len(found.files)
    for i, mf in enumerate(found.files):
        if on_file is not None:
            on_file(i, total, mf.display)
        run.maps.append(load_map(mf.path, mf.display))
    return run


@dataclass
class Validated:
    """A validation run, its report, and whether it failed."""

    run: ValidationRun
    fmt: ValidateFormat   # the format used (``auto`` resolved)
    output: str
    failed: bool


def validate(paths: list[str], fmt: ValidateFormat = ValidateFormat.TEXT, *,
             strict: bool = False, verbose: bool = False, color: bool = False,
             on_file: Progress | None = None,
             environ: Mapping[str, str] | None = None) -> Validated:
    """Check the maps ``paths`` designate and report them in ``fmt``.

    ``color`` applies to the text format only.  Paths that do not exist are
    listed in ``run.missing`` (the caller decides whether that is an error).
    """
    from cxmap.outputs.reporters import report

    fmt = fmt.resolved(environ)
    run = validate_paths(paths, on_file=on_file)
    output = report(run, fmt, color=color and fmt is ValidateFormat.TEXT, verbose=verbose,
                    strict=strict)
    return Validated(run, fmt, output, run.failed(strict))
