"""``cxmap report`` as functions: a map, or a folder of maps, -> checked
models -> a report (Markdown, HTML or PDF).

They return data (the loaded maps with their diagnostics, the report, and any
further files to write beside it); they never print and never exit.

* :func:`report_file` - one map; ``compare`` names an earlier wave (a file or
  ``REV:PATH``, read as ``cxmap diff`` reads it) whose changes the summary shows;
* :func:`report_folder` - the portfolio over every map found in a folder (found
  as ``validate`` finds them), and with ``each`` every journey's own report,
  linked from it.

An HTML report is one self-contained file: the diagram fitted to the page,
and at full size inside the page too (nothing written beside it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from cxmap.outputs.report import ReportFormat, ReportOptions

if TYPE_CHECKING:
    from cxmap.model.journey import Journey
    from cxmap.results import LoadedMap

#: suffixes of map files, taken off to name a map's own report
_MAP_SUFFIX = re.compile(r"(\.cxmap)?\.ya?ml$", re.IGNORECASE)
EXTENSION = {ReportFormat.MARKDOWN: ".md", ReportFormat.HTML: ".html", ReportFormat.PDF: ".pdf",
             ReportFormat.PPTX: ".pptx"}


@dataclass
class ReportRun:
    """The maps as loaded, and the report when they are valid."""

    maps: list[LoadedMap]
    output: str | bytes | None = None
    #: further files to write beside the report: path -> content
    files: dict[Path, bytes] = field(default_factory=dict)
    #: (display name, reason) of YAML files in the folder that are not maps
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: the files read (no output may replace one)
    inputs: list[str | Path] = field(default_factory=list)

    @property
    def loaded(self) -> LoadedMap:
        """The (first) map."""
        return self.maps[0]

    @property
    def invalid(self) -> list[LoadedMap]:
        return [m for m in self.maps if m.journey is None]


class CompareError(ValueError):
    """``--compare`` names nothing readable (a usage error)."""


def load_earlier(spec: str, cwd: Path | None = None) -> LoadedMap:
    """The earlier wave ``--compare`` names: a file or git ``REV:PATH``.
    Raises :class:`CompareError` when it cannot be read."""
    from cxmap.commands.load import load_bytes
    from cxmap.load.git import SourceError, read_source

    try:
        raw = read_source(spec, cwd)
    except SourceError as exc:
        raise CompareError(str(exc)) from None
    return load_bytes(raw, spec)


def render_one(journey: Journey, fmt: ReportFormat, options: ReportOptions,
               output: str | Path | None = None) -> tuple[str | bytes, dict[Path, bytes]]:
    """One valid map's report, and the files to write beside it (none: the
    report is one self-contained file; ``output`` is kept for callers)."""
    from cxmap.outputs.report import render_report

    return render_report(journey, fmt, options), {}


def report_file(path: str | Path, fmt: ReportFormat, options: ReportOptions | None = None,
                *, output: str | Path | None = None, compare: str | None = None,
                cwd: Path | None = None) -> ReportRun:
    """Load, check and report one map file (``output``: where the report will
    be written, to place and link the full-size diagram beside it)."""
    from cxmap.commands.load import load_map
    from cxmap.diff.compare import compare as compare_maps

    options = options or ReportOptions()
    if options.source is None:
        options = replace(options, source=Path(path).name)
    run = ReportRun([load_map(path)])
    earlier = load_earlier(compare, cwd) if compare is not None else None
    if earlier is not None:
        run.maps.append(earlier)
    journey = run.loaded.journey
    if journey is None or (earlier is not None and earlier.journey is None):
        return run
    if earlier is not None and earlier.journey is not None:
        changes = compare_maps(earlier.journey, journey, compare or "", str(path))
        options = replace(options, changes=changes, compare_label=compare or "")
    run.output, run.files = render_one(journey, fmt, options, output)
    return run


def report_name(display: str, taken: set[str]) -> str:
    """A file name for a map's own report (its file name without
    ``.cxmap.yaml``), unique among ``taken``."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", _MAP_SUFFIX.sub("", Path(display).name))
    stem = stem.strip(".-") or "map"
    name, n = stem, 2
    while name.lower() in taken:
        name, n = f"{stem}-{n}", n + 1
    taken.add(name.lower())
    return name


def report_folder(folder: str | Path, fmt: ReportFormat, options: ReportOptions | None = None,
                  *, output: str | Path | None = None, each: bool = False,
                  today: date | None = None, config: str | None = None,
                  no_config: bool = False) -> ReportRun:
    """The portfolio report over every map in ``folder``; with ``each``, each
    valid journey's own report too (written beside the portfolio, linked).

    A scoring is stale by the ``months`` of the ``stale-scoring`` rule in each
    map's configuration, found as ``validate`` finds it (``config``: one file
    for every map; ``no_config``: the rule's default); raises
    :class:`~cxmap.diagnostics.ConfigError` for one that cannot be used."""
    from cxmap.checks.config import ConfigFinder
    from cxmap.checks.rules.stale_scoring import configured_months
    from cxmap.commands.load import load_map
    from cxmap.load.discover import discover
    from cxmap.outputs.report.portfolio import PortfolioEntry, latest_waves, render_portfolio

    options = options or ReportOptions()
    finder = ConfigFinder(config, no_config=no_config)
    found = discover([str(folder)])
    run = ReportRun([load_map(f.path, f.display) for f in found.files], skipped=found.skipped)
    base = Path(folder)
    entries: list[PortfolioEntry] = []
    taken: set[str] = set()
    if output is not None and str(output) != "-":
        taken.add(Path(output).stem.lower())
    for loaded, mf in zip(run.maps, found.files, strict=True):
        try:
            shown = str(mf.path.relative_to(base))
        except ValueError:
            shown = mf.display
        entries.append(PortfolioEntry(shown, loaded.journey,
                                      stale_months=configured_months(finder.for_map(mf.path))))
    counted = {id(e) for e in latest_waves(entries)[0]}
    for i, (e, mf) in enumerate(zip(entries, found.files, strict=True)):
        journey = e.journey
        if (journey is not None and each and id(e) in counted and output is not None
                and str(output) != "-"):
            name = report_name(e.file, taken)
            target = Path(output).with_name(name + EXTENSION[fmt])
            own = replace(options, source=Path(mf.display).name, title=None)
            text, files = render_one(journey, fmt, own, target)
            run.files[target] = text.encode("utf-8") if isinstance(text, str) else text
            run.files.update(files)
            entries[i] = replace(e, link=target.name)
    run.output = render_portfolio(entries, fmt, options, today or date.today())
    return run


def report_command(path: Path, output: str, fmt: str | None, options: ReportOptions, *,
                   compare: str | None = None, each: bool = False,
                   config: str | None = None, no_config: bool = False) -> ReportRun:
    """``cxmap report PATH -o OUTPUT``: the values judged first
    (:class:`~cxmap.commands.arguments.UsageProblem`), then :func:`report_file`
    or, for a folder, :func:`report_folder` (``run.inputs``: the maps read,
    and the configuration file named)."""
    from cxmap.commands.arguments import RunFailed, UsageProblem, check_map_path, check_output
    from cxmap.i18n import resolve_language, t
    from cxmap.outputs.report import ReportFormatError, format_for_path, parse_format
    from cxmap.outputs.report.pdf import PdfError

    lang = resolve_language()
    try:
        if fmt is not None:
            chosen = parse_format(fmt)
        elif output == "-":
            chosen = ReportFormat.MARKDOWN
        else:
            chosen = format_for_path(output)
    except ReportFormatError as exc:
        raise UsageProblem(str(exc)) from None
    folder = path.is_dir()
    if not folder:
        check_map_path(path)
    if folder and compare is not None:
        raise UsageProblem(t("core.compare_needs_file", lang))
    if each and not folder:
        raise UsageProblem(t("core.each_needs_folder", lang))
    if each and output == "-":
        raise UsageProblem(t("core.each_needs_file", lang))
    # every input - the map (or folder) and the earlier wave - is protected
    # from the report (one self-contained file), before the work
    given: list[str | Path] = [path, *([compare] if compare else [])]
    check_output(output, [*given, *([config] if config else [])])
    if options.today is None:  # overdue projects are marked as of today
        from cxmap.checks.config import today_from_env

        options = replace(options, today=today_from_env() or date.today())
    from cxmap.util.interrupt import TimeLimit, time_limit

    # the deck is drawn here, not by Graphviz or WeasyPrint: limited here
    limit = options.timeout if chosen is ReportFormat.PPTX else None
    try:
        with time_limit(limit):
            if folder:
                run = report_folder(path, chosen, options, output=output, each=each,
                                    today=options.today, config=config, no_config=no_config)
            else:
                if config is not None and not no_config:  # unused for one map, never ignored:
                    # a file --config names exists and parses
                    from cxmap.checks.config import ConfigFinder

                    ConfigFinder(config)
                run = report_file(path, chosen, options, output=output, compare=compare)
    except CompareError as exc:
        raise UsageProblem(str(exc)) from None
    except PdfError as exc:
        raise RunFailed(str(exc)) from None
    except TimeLimit:
        raise RunFailed(t("safety.deck_timeout", lang,
                          seconds=options.timeout)) from None
    if folder and not run.maps:
        raise UsageProblem(t("core.no_maps_found", lang, path=str(path)))
    run.inputs = [m.file for m in run.maps] if folder else given
    if config:
        run.inputs.append(config)
    return run


__all__ = ["EXTENSION", "CompareError", "ReportRun", "load_earlier", "render_one",
           "report_command", "report_file", "report_folder", "report_name"]
