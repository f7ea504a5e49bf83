"""Diagnostics: what every check produces and every reporter consumes.

A :class:`Diagnostic` is plain data (file, line, column, severity, code,
message, optional hint).  Core code collects them; only reporters turn them
into text, and only the CLI prints.  Codes are stable: scripts, suppressions
and SARIF rule ids depend on them, so a code is never reused for another
meaning.  The registry below is the single source of truth; the user
documentation in ``docs/diagnostics.md`` is generated from it and a test keeps
the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Rule:
    """A diagnostic code and what it means."""

    code: str
    name: str
    severity: Severity
    summary: str
    fix: str
    category: str


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

    @property
    def rule(self) -> Rule:
        return RULES[self.code]

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.file, self.line, self.column, self.code, self.message)


_CATEGORIES = {
    "CX0": "File and YAML",
    "CX1": "Structure and types",
    "CX2": "References and identity",
    "CX3": "Method warnings",
}


def _r(code: str, name: str, severity: Severity, summary: str, fix: str) -> Rule:
    return Rule(code, name, severity, summary, fix, _CATEGORIES[code[:3]])


E, W = Severity.ERROR, Severity.WARNING

#: Every diagnostic code cxmap can emit, in documentation order.
RULES: dict[str, Rule] = {
    r.code: r
    for r in (
        # --- file and YAML -------------------------------------------------
        _r("CX001", "yaml-syntax", E, "The file is not valid YAML.",
           "Fix the YAML at the position given; indent with spaces, never tabs, and "
           "quote values that contain `: ` or start with a special character."),
        _r("CX002", "encoding", E, "The file is not UTF-8 text.",
           "Save the file as UTF-8 (with or without BOM) in your editor."),
        _r("CX003", "unreadable", E, "The file could not be read (missing, a directory, "
           "no permission).", "Check the path and the file's permissions."),
        _r("CX004", "empty-file", E, "The file is empty or holds only comments.",
           "Start from one of the maps in `examples/`."),
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
        # --- references and identity -------------------------------------
        _r("CX200", "duplicate-id", E, "Two objects of the same kind share an id (touchpoint "
           "ids are unique across the whole map).", "Rename one of them; ids are how "
           "`cxmap diff` matches touchpoints across years, so keep the older one's id."),
        _r("CX201", "unknown-branch", E, "`branch` or `branches` names a branch that the map "
           "does not declare.", "Use one of the declared branch ids, or declare the branch "
           "under `branches:`."),
        _r("CX202", "unknown-touchpoint", E, "`next` or a project's `touchpoints` names a "
           "touchpoint that does not exist.", "Use an existing touchpoint id."),
        _r("CX203", "unknown-department", E, "An `owner` is not one of the declared "
           "`departments` (checked only when `departments` is present).",
           "Use a declared department id, or add the department."),
        _r("CX204", "branch-and-branches", E, "A touchpoint gives both `branch` and "
           "`branches`.", "Keep one: `branch: x` is shorthand for `branches: [x]`."),
        # --- method warnings -----------------------------------------------
        _r("CX300", "empty-stage", W, "A stage has no touchpoints yet.",
           "Add the touchpoints of this stage, or remove the stage."),
        _r("CX301", "unused-branch", W, "A declared branch has no touchpoint of its own, so "
           "its path is just the shared path.", "Assign touchpoints to it with `branch:` "
           "or remove it."),
        _r("CX302", "self-loop", W, "A touchpoint lists itself in `next`.",
           "Remove the touchpoint's own id from `next`."),
        _r("CX303", "split-list-item", W, "Two neighbouring items of a text list look like "
           "one text cut in two at a comma: the first opens a parenthesis or a quote that "
           "the second closes. In a `[ ]` list every comma separates items, so "
           "`[Focus groups (2 groups, May)]` is two items.",
           "Quote the item (`[\"Focus groups (2 groups, May)\"]`) or write the list one "
           "item per line with `- `."),
    )
}
