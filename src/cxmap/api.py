"""The pipeline as functions: load -> check -> model.

This is cxmap's Python API and what every command calls.  It returns data
(diagnostics, models); it never prints and never exits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cxmap.checks import RuleSettings, check_document
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

    ``settings``: how the method rules are tuned (the configuration's); the
    defaults when not given.  Inline suppressions are read from the text.
    """
    settings = settings or RuleSettings()
    try:
        text = decode(raw)
        doc = parse_text(text)
    except YamlProblem as problem:
        return LoadedMap(file, [problem_to_diagnostic(file, problem)])
    result = check_document(file, doc, settings)
    found = result.diagnostics
    if found or has_suppressions(text):
        found = apply_policy(file, found, settings, text, complete=result.journey is not None)
    return LoadedMap(file, found, result.journey, doc, settings.strict)


def load_map(path: str | Path, display: str | None = None) -> LoadedMap:
    """Read and check one map file (a regular file of at most 64 MB:
    :func:`cxmap.util.files.read_map_bytes`; anything else is CX003)."""
    from cxmap.util.files import UnreadableMap, read_map_bytes
    from cxmap.util.text import display_name

    file = display if display is not None else display_name(str(path))
    try:
        raw = read_map_bytes(path)
    except UnreadableMap as exc:
        return LoadedMap(file, [Diagnostic(file, 1, 1, "CX003", str(exc))])
    return load_bytes(raw, file)


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
                   on_file: Callable[[int, int, str], None] | None = None) -> ValidationRun:
    """Validate every map the paths designate (see :func:`cxmap.load.discover.discover`).

    ``on_file(done, total, name)`` is called before each file, for progress.
    """
    found = discover(paths)
    run = ValidationRun(skipped=found.skipped, missing=found.missing)
    for name, reason in found.unreadable:  # a folder that could not be searched
        run.maps.append(LoadedMap(name, [Diagnostic(name, 1, 1, "CX003", reason)]))
    total = len(found.files)
    for i, mf in enumerate(found.files):
        if on_file is not None:
            on_file(i, total, mf.display)
        run.maps.append(load_map(mf.path, mf.display))
    return run
