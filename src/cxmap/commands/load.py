"""The first steps of every command: bytes -> YAML (with positions) -> checks -> model."""

from __future__ import annotations

from pathlib import Path

from cxmap.checks import check_document
from cxmap.diagnostics import Diagnostic
from cxmap.load.yaml import YamlProblem, decode, parse_text, problem_to_diagnostic
from cxmap.results import LoadedMap


def load_bytes(raw: bytes, file: str) -> LoadedMap:
    """Check raw bytes of a map; ``file`` is the name used in diagnostics."""
    try:
        doc = parse_text(decode(raw))
    except YamlProblem as problem:
        return LoadedMap(file, [problem_to_diagnostic(file, problem)])
    result = check_document(file, doc)
    return LoadedMap(file, result.diagnostics, result.journey, doc)


def load_map(path: str | Path, display: str | None = None) -> LoadedMap:
    """Read and check one map file; ``display`` is its name in diagnostics."""
    file = display if display is not None else str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        return LoadedMap(file, [Diagnostic(file, 1, 1, "CX003", f"cannot read file: {reason}")])
    return load_bytes(raw, file)
