"""The first steps of every command: bytes -> YAML (with positions) -> checks -> model."""

from __future__ import annotations

from pathlib import Path

from cxmap.checks import RuleSettings, check_document
from cxmap.checks.policy import apply_policy
from cxmap.checks.suppressions import has_suppressions
from cxmap.diagnostics import Diagnostic
from cxmap.load.yaml import YamlProblem, decode, parse_text, problem_to_diagnostic
from cxmap.results import LoadedMap


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
    """Read and check one map file; ``display`` is its name in diagnostics."""
    file = display if display is not None else str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        return LoadedMap(file, [Diagnostic(file, 1, 1, "CX003", f"cannot read file: {reason}")])
    return load_bytes(raw, file)
