"""``cxmap validate``: discover map files -> load and check each -> report in one format."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from cxmap.checks.config import ConfigFinder
from cxmap.commands.load import load_map
from cxmap.diagnostics import Diagnostic
from cxmap.i18n import Language
from cxmap.load.discover import discover
from cxmap.outputs.formats import ValidateFormat
from cxmap.results import LoadedMap, ValidationRun

#: ``on_file(done, total, name)``, called before each file (a progress bar)
Progress = Callable[[int, int, str], None]


def validate_paths(paths: list[str], on_file: Progress | None = None, *,
                   finder: ConfigFinder | None = None,
                   maps_only: bool = False) -> ValidationRun:
    """Validate every map the paths designate (see :func:`cxmap.load.discover.discover`)
    with every rule, tuned by each map's configuration.

    ``finder``: where the configuration comes from (``--config``,
    ``--no-config``; by default the one found above each map);
    ``maps_only``: files named that are not maps are skipped (pre-commit).
    Raises :class:`~cxmap.diagnostics.ConfigError`.
    """
    finder = finder or ConfigFinder()
    found = discover(paths, only_maps=maps_only)
    run = ValidationRun(skipped=found.skipped, missing=found.missing)
    for name, reason in found.unreadable:  # a folder that could not be searched
        run.maps.append(LoadedMap(name, [Diagnostic(name, 1, 1, "CX003", reason)]))
    total = len(found.files)
    for i, mf in enumerate(found.files):
        if on_file is not None:
            on_file(i, total, mf.display)
        run.maps.append(load_map(mf.path, mf.display, finder=finder))
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
             environ: Mapping[str, str] | None = None,
             config: str | None = None, no_config: bool = False, maps_only: bool = False,
             lang: Language | None = None) -> Validated:
    """Check the maps ``paths`` designate and report them in ``fmt``.

    ``color`` applies to the text format only.  Paths that do not exist are
    listed in ``run.missing`` (the caller decides whether that is an error).
    ``config``/``no_config``: the configuration (see :class:`ConfigFinder`);
    ``lang``: the language of the messages.  Raises
    :class:`~cxmap.diagnostics.ConfigError` for a configuration that cannot be used.
    """
    from cxmap.outputs.reporters import report

    fmt = fmt.resolved(environ)
    finder = ConfigFinder(config, no_config=no_config)
    run = validate_paths(paths, on_file=on_file, finder=finder, maps_only=maps_only)
    output = report(run, fmt, color=color and fmt is ValidateFormat.TEXT, verbose=verbose,
                    strict=strict, lang=lang)
    return Validated(run, fmt, output, run.failed(strict))
