"""Diagnostics: what every check produces and every reporter consumes.

A :class:`Diagnostic` is plain data (file, line, column, severity, code,
message, optional hint).  Core code collects them; only reporters turn them
into text, and only the CLI prints.  Codes are stable: scripts, suppressions
and SARIF rule ids depend on them, so a code is never reused for another
meaning.

This module is a leaf: types and the format's own codes, importing nothing of
cxmap.  The codes below CX200 (file, YAML, structure and types) are listed
here (:data:`FORMAT_RULES`): the loader and the schema check find them in one
pass.  CX200 and up are rule objects, one module each under
:mod:`cxmap.checks.rules`, whose :data:`~cxmap.checks.rules.RULES` holds every
code.  The user documentation (``docs/diagnostics.md``, ``docs/rules/``),
``cxmap explain`` and SARIF's rule list are generated from that; a test keeps
the docs in step.

A diagnostic's words are translatable: a check names a catalogue key
(``key``/``hint_key``, see :mod:`cxmap.i18n`) and its parameters; ``message``
and ``hint`` hold the English text, and :meth:`Diagnostic.text` renders any
language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cxmap.i18n import Language


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Phase(StrEnum):
    """What a rule looks at (and so when it can run)."""

    #: found by the YAML loader or the schema check (not a rule object)
    LOADER = "loader"
    #: the raw data, of any shape: runs on every file with a usable top level
    RAW = "raw"
    #: the validated model: runs only on a map without errors
    MODEL = "model"
    #: the journey graph: runs only on a map without errors
    GRAPH = "graph"
    #: reported while applying suppressions (see :mod:`cxmap.checks.policy`)
    POLICY = "policy"


@dataclass(frozen=True, slots=True)
class Rule:
    """A diagnostic code and what it means.

    For a rule object (CX200 and up) also: what it looks at (``phase``), its
    options class (a pydantic model, see :mod:`cxmap.checks.rules`; ``None``: no
    options), the check itself, its module's docstring and a failing and a
    passing example map.
    """

    code: str
    name: str
    severity: Severity
    summary: str
    fix: str
    category: str
    phase: Phase = Phase.LOADER
    options: Any = None
    check: Callable[..., None] | None = field(default=None, compare=False)
    doc: str = ""
    bad_example: str = ""
    good_example: str = ""

    @property
    def configurable(self) -> bool:
        """Method rules (CX300 and up) can be switched off or made errors."""
        return self.code >= "CX300"


class ConfigError(Exception):
    """A configuration file cxmap cannot use (a usage error: exit 2), with
    the file and the 1-based line and column of the problem."""

    def __init__(self, file: str, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.file, self.line, self.column, self.message = file, line, column, message

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


@dataclass(frozen=True, slots=True, order=True)
class Diagnostic:
    """One problem found in one file.  ``line`` and ``column`` are 1-based."""

    file: str
    line: int
    column: int
    code: str
    message: str
    severity: Severity = field(default=Severity.ERROR, compare=False)
    hint: str | None = field(default=None, compare=False)
    #: catalogue keys of the message and the hint, and their parameters
    key: str | None = field(default=None, compare=False)
    hint_key: str | None = field(default=None, compare=False)
    params: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.file, self.line, self.column, self.code, self.message)

    def text(self, lang: Language | None = None) -> tuple[str, str | None]:
        """``(message, hint)`` in ``lang`` (English when not given)."""
        if lang is None or lang == "en" or self.key is None:
            return self.message, self.hint
        from cxmap.i18n import t

        hint = t(self.hint_key, lang, **self.params) if self.hint_key else self.hint
        return t(self.key, lang, **self.params), hint


_CATEGORIES = {
    "CX0": "File and YAML",
    "CX1": "Structure and types",
    "CX2": "References and identity",
    "CX3": "Method warnings",
}


def category_of(code: str) -> str:
    return _CATEGORIES[code[:3]]


def _r(code: str, name: str, severity: Severity, summary: str, fix: str) -> Rule:
    return Rule(code, name, severity, summary, fix, _CATEGORIES[code[:3]])


E, W = Severity.ERROR, Severity.WARNING

#: The codes the loader and the schema check emit (CX200 and up are rule objects).
FORMAT_RULES: dict[str, Rule] = {
    r.code: r
    for r in (
        # --- file and YAML -------------------------------------------------
        _r("CX001", "yaml-syntax", E, "The file is not valid YAML.",
           "Fix the YAML at the position given; indent with spaces, never tabs, and "
           "quote values that contain `: ` or start with a special character."),
        _r("CX002", "encoding", E, "The file is not UTF-8 text.",
           "Save the file as UTF-8 (with or without BOM) in your editor."),
        _r("CX003", "unreadable", E, "The file could not be read (missing, a directory, "
           "no permission, not a regular file such as a FIFO or a device, larger than "
           "64 MB), or a folder could not be searched for maps.",
           "Check the path and the permissions of the file and its folders."),
        _r("CX004", "empty-file", E, "The file is empty or holds only comments.",
           "Start a new map with `cxmap init FILE` (the file to create)."),
        _r("CX005", "duplicate-key", E, "The same key appears twice in one mapping; YAML "
           "would silently keep only one of them.", "Remove or rename one of the two keys."),
        _r("CX006", "unsupported-tag", E, "A YAML tag other than the standard `!!str`, "
           "`!!int`, `!!float`, `!!bool`, `!!null`, `!!map`, `!!seq` was used. Tags are "
           "never executed.", "Remove the tag."),
        _r("CX007", "alias", E, "An alias is recursive, undefined or expands to too much "
           "data (a 'billion laughs' document).", "Write the values out instead of using "
           "anchors and aliases."),
        _r("CX008", "too-deep", E, "The document is nested too deeply to be a journey map.",
           "Flatten the structure; a journey map needs at most a few levels."),
        _r("CX009", "multiple-documents", E, "The file holds more than one YAML document "
           "(`---`).", "Keep one journey map per file."),
        _r("CX010", "not-a-mapping", E, "The top level of the file is not a mapping of keys "
           "to values.", "Start the file with `cxmap: 1`, `id:`, `title:` and `stages:`."),
        _r("CX011", "format-version", E, "The `cxmap` format version is missing or not one "
           "this cxmap reads.", "Write `cxmap: 1` at the top of the file."),
        _r("CX012", "bad-number", E, "A number could not be read (too many digits, or an "
           "explicit tag on text that is not a number).", "Write an ordinary number."),
        _r("CX013", "too-many-problems", Severity.WARNING, "The file has more problems than "
           "are listed: only the first 200 of a file are reported, then one line with the "
           "number left out.", "Fix the problems listed (often one cause, repeated) and "
           "check again."),
        # --- structure and types -----------------------------------------
        _r("CX100", "unknown-key", E, "A key that the format does not define. Typos must not "
           "pass silently.", "Use the suggested key, or remove it (free text goes into "
           "`notes` or `description`)."),
        _r("CX101", "missing-key", E, "A required key is missing.",
           "Add the key; see docs/format.md for what each object requires."),
        _r("CX102", "wrong-type", E, "A value has the wrong type (text where a list is "
           "expected, a quoted number, `yes` for a boolean...).",
           "Write the value in the type the format names."),
        _r("CX103", "score-range", E, "A `score` or `target` is not a whole number from -2 "
           "to +2.", "Use -2, -1, 0, 1 or 2; leave `score` out (or null) when a touchpoint "
           "is not scored yet."),
        _r("CX104", "bad-identifier", E, "An identifier does not match "
           "`^[A-Za-z0-9][A-Za-z0-9_-]*$`.", "Use letters, digits, `-` and `_` only, "
           "starting with a letter or digit (no spaces, no diacritics)."),
        _r("CX105", "bad-date", E, "A date is not a real calendar date written "
           "`YYYY-MM-DD`.", "Write the date as e.g. `2025-04-14`."),
        _r("CX106", "bad-choice", E, "A value is not one of the allowed words (e.g. `kind`, "
           "`cost`, `status`, `pillars`, `language`).", "Use one of the listed values."),
        _r("CX107", "bad-reach", E, "`reach` is not a percentage from 0 to 100 (a number or "
           "a string like `\"45%\"`).", "Write e.g. `reach: 45` or `reach: \"45%\"`."),
        _r("CX108", "out-of-range", E, "A number is outside its allowed range (e.g. a "
           "negative `budget`).", "Use a value in the range given."),
        _r("CX109", "empty-list", E, "A list that must have at least one item is empty "
           "(`stages`, a project's `touchpoints`).", "Add at least one item."),
        _r("CX110", "empty-text", E, "A required text (`title`, `name`) is empty.",
           "Write a name a reader will recognise."),
    )
}
