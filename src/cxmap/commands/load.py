"""The first steps of every command: bytes -> YAML (with positions) -> checks -> model."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cxmap.checks import FORMAT_ONLY, RuleSettings, check_document
from cxmap.diagnostics import Diagnostic
from cxmap.i18n import t
from cxmap.load.yaml import YamlProblem, decode, parse_text
from cxmap.results import LoadedMap

if TYPE_CHECKING:
    from cxmap.checks.config import ConfigFinder


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
        return LoadedMap(file, [_not_quoted(raw, problem_to_diagnostic(file, problem))])
    result = check_document(file, doc, settings)
    found = result.diagnostics
    if found or "disable" in text:  # configuration and suppressions, in one place
        from cxmap.checks.policy import apply_policy

        found = apply_policy(file, found, settings, text, result.ran)
    return LoadedMap(file, found, result.journey, doc, settings.strict)


def _not_quoted(raw: bytes, found: Diagnostic) -> Diagnostic:
    """A file without a top-level ``cxmap`` key may be anything read by mistake
    (a symlink to a credentials file): its problem is said without quoting it."""
    from cxmap.load.discover import has_cxmap_key

    if found.code in ("CX002", "CX004") or has_cxmap_key(raw):
        return found
    from dataclasses import replace

    key = "diagnostics.not_yaml_not_map"
    return replace(found, message=t(key), hint=None, key=key, hint_key=None, params={})


def problem_to_diagnostic(file: str, problem: YamlProblem) -> Diagnostic:
    """The loader's problem (a file that is not a readable YAML map) as a diagnostic."""
    params = problem.params
    if problem.code == "CX004":  # the way out names the file
        params = {**params, "file": file}
        hint = t(problem.hint_key, **params) if problem.hint_key else problem.hint
        return Diagnostic(file, problem.line, problem.column, problem.code, problem.message,
                          hint=hint, key=problem.key, hint_key=problem.hint_key,
                          params=params)
    return Diagnostic(file, problem.line, problem.column, problem.code, problem.message,
                      hint=problem.hint, key=problem.key, hint_key=problem.hint_key,
                      params=params)


def load_map(path: str | Path, display: str | None = None, *,
             settings: RuleSettings | None = None,
             finder: ConfigFinder | None = None) -> LoadedMap:
    """Read and check one map file; ``display`` is its name in diagnostics.

    ``settings`` as for :func:`load_bytes`; with ``finder``, every rule, tuned
    by the configuration found for the map (as ``cxmap validate`` checks).
    Raises :class:`~cxmap.diagnostics.ConfigError` for a configuration that
    cannot be used.
    """
    from cxmap.util.files import UnreadableMap, read_map_bytes
    from cxmap.util.text import display_name

    file = display if display is not None else display_name(str(path))
    if settings is None and finder is not None:
        settings = finder.for_map(path)
    try:  # only a regular file of at most 64 MB; anything else is CX003
        raw = read_map_bytes(path)
    except UnreadableMap as exc:
        return LoadedMap(file, [Diagnostic(file, 1, 1, "CX003", str(exc))])
    return load_bytes(raw, file, settings=settings)
