"""The pipeline as functions: load -> check -> model.

This is cxmap's Python API and what every command calls.  It returns data
(diagnostics, models); it never prints and never exits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cxmap.checks import FORMAT_ONLY, RuleSettings, check_document
from cxmap.checks.config import ConfigFinder
from cxmap.checks.policy import apply_policy
from cxmap.checks.suppressions import has_suppressions
from cxmap.diagnostics import Diagnostic, Severity
from cxmap.load.discover import discover
from cxmap.load.yaml import Document, YamlProblem, decode, parse_text, problem_to_diagnostic
from cxmap.model.journey import Journey


@dataclass
class LoadedMap:
    """One file through the pipeline.

    ``document`` is the parsed YAML, with the position of every key and value
    (``None`` when the file could not be read or parsed).
    """

    file: str
    diagnostics: list[Diagnostic]
    journey: Journey | None = None
    document: Document | None = None
    #: the configuration's ``strict``: warnings fail this map
    strict: bool = False

    @property
    def errors(self) -> int:
        return sum(d.severity is Severity.ERROR for d in self.diagnostics)

    @property
    def warnings(self) -> int:
        return sum(d.severity is Severity.WARNING for d in self.diagnostics)

    @property
    def ok(self) -> bool:
        return self.journey is not None


def load_bytes(raw: bytes, file: str, *, settings: RuleSettings | None = None) -> LoadedMap:
    """Check raw bytes of a map; ``file`` is the name used in diagnostics.

    ``settings``: which rules run and how they are tuned (the configuration's);
    when not given, the format's checks and the rules on the raw data at their
    defaults (what render, report and diff need).  Inline suppressions are
    read from the text.
    """
    settings = settings or FORMAT_ONLY
    try:
        text = decode(raw)
        doc = parse_text(text)
    except YamlProblem as problem:
        return LoadedMap(file, [problem_to_diagnostic(file, problem)])
    result = check_document(file, doc, settings)
    found = result.diagnostics
    if found or has_suppressions(text):
        found = apply_policy(file, found, settings, text, result.ran)
    return LoadedMap(file, found, result.journey, doc, settings.strict)


def load_map(path: str | Path, display: str | None = None, *,
             settings: RuleSettings | None = None,
             finder: ConfigFinder | None = None) -> LoadedMap:
    """Read and check one map file.

    ``settings`` as for :func:`load_bytes`; with ``finder``, every rule, tuned
    by the configuration found for the map (as ``cxmap validate`` checks).
    Raises :class:`~cxmap.checks.config.ConfigError` for a configuration that
    cannot be used.
    """
    file = display if display is not None else str(path)
    if settings is None and finder is not None:
        settings = finder.for_map(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        return LoadedMap(file, [Diagnostic(file, 1, 1, "CX003", f"cannot read file: {reason}")])
    return load_bytes(raw, file, settings=settings)


@dataclass
class ValidationRun:
    """The outcome of validating any number of files."""

    maps: list[LoadedMap] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return sorted((d for m in self.maps for d in m.diagnostics), key=Diagnostic.sort_key)

    @property
    def errors(self) -> int:
        return sum(m.errors for m in self.maps)

    @property
    def warnings(self) -> int:
        return sum(m.warnings for m in self.maps)

    def failed(self, strict: bool = False) -> bool:
        """Any error, or any warning with ``strict`` (or in a map whose
        configuration says ``strict``)."""
        return self.errors > 0 or any(m.warnings and (strict or m.strict) for m in self.maps)


def validate_paths(paths: list[str],
                   on_file: Callable[[int, int, str], None] | None = None, *,
                   finder: ConfigFinder | None = None,
                   maps_only: bool = False) -> ValidationRun:
    """Validate every map the paths designate (see :func:`cxmap.load.discover.discover`).

    ``on_file(done, total, name)`` is called before each file, for progress.
    ``finder``: the configuration of each map (``--config``, ``--no-config``);
    ``maps_only``: files named that are not maps are skipped (pre-commit).
    """
    finder = finder or ConfigFinder()
    found = discover(paths, only_maps=maps_only)
    run = ValidationRun(skipped=found.skipped, missing=found.missing)
    total = len(found.files)
    for i, mf in enumerate(found.files):
        if on_file is not None:
            on_file(i, total, mf.display)
        run.maps.append(load_map(mf.path, mf.display, finder=finder))
    return run
