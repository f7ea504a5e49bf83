"""What the pipelines hand to the outputs: maps as loaded and checked, validation runs.

Plain data, no behaviour beyond counting: :mod:`cxmap.commands` builds them,
:mod:`cxmap.outputs` turns them into text or bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cxmap.diagnostics import Diagnostic, Severity

if TYPE_CHECKING:
    from cxmap.load.yaml import Document
    from cxmap.model.journey import Journey


@dataclass
class LoadedMap:
    """One file through load -> check.

    ``document`` is the parsed YAML, with the position of every key and value
    (``None`` when the file could not be read or parsed); ``journey`` the model,
    when the checks found no error.
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
