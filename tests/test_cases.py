"""File-based cases: every valid case passes clean; every invalid case gives
exactly the diagnostics written in its ``# expect: CODE LINE:COL message``
lines (at the end of the file, so they shift no positions).  The cases in
``method/`` are checked as ``cxmap validate`` checks: with every rule (the
method rules on the model and the journey graph too), on a fixed day."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from cxmap.api import load_map
from cxmap.checks import RuleSettings
from cxmap.checks.rules import RULES

CASES = Path(__file__).parent / "cases"
VALID = sorted((CASES / "valid").glob("*.yaml"))
INVALID = sorted((CASES / "invalid").glob("*.yaml"))
METHOD = sorted((CASES / "method").glob("*.yaml"))
TODAY = date(2025, 6, 1)
EXPECT = re.compile(r"^# expect: (CX\d{3}) (\d+):(\d+) (.*)$", re.MULTILINE)


def expectations(path: Path) -> list[tuple[str, int, int, str]]:
    text = path.read_text(encoding="utf-8")
    return [(c, int(line), int(col), msg) for c, line, col, msg in EXPECT.findall(text)]


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_case_has_no_diagnostics(path: Path) -> None:
    loaded = load_map(path)
    assert loaded.diagnostics == []
    assert loaded.journey is not None


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_case_gives_exactly_the_expected_diagnostics(path: Path) -> None:
    expected = expectations(path)
    assert expected, f"{path.name} states no expectation"
    loaded = load_map(path)
    got = [(d.code, d.line, d.column, d.message) for d in loaded.diagnostics]
    assert got == expected
    if any(RULES[c].severity == "error" for c, *_ in expected):
        assert loaded.journey is None


@pytest.mark.parametrize("path", METHOD, ids=lambda p: p.name)
def test_method_case_gives_exactly_the_expected_diagnostics(path: Path) -> None:
    expected = expectations(path)
    assert expected, f"{path.name} states no expectation"
    loaded = load_map(path, settings=RuleSettings(today=TODAY))
    got = [(d.code, d.line, d.column, d.message) for d in loaded.diagnostics]
    assert got == expected
    assert loaded.journey is not None


def test_every_diagnostic_code_is_exercised_by_a_case_or_a_test() -> None:
    covered = {c for p in INVALID + METHOD for c, *_ in expectations(p)}
    # codes produced from bytes that cannot live in a text case file, or by I/O:
    covered |= {"CX002", "CX003", "CX008"}
    assert set(RULES) <= covered, f"codes without a case: {sorted(set(RULES) - covered)}"


# --- slips: what an analyst mistyped, and what cxmap says in both languages -----
SLIPS = sorted((CASES / "slips").glob("*.yaml"))
SLIP_EXPECT = re.compile(r"^# expect(-pl)?: (.*)$", re.MULTILINE)


@pytest.mark.parametrize("path", SLIPS, ids=lambda p: p.name)
@pytest.mark.parametrize("lang", ["en", "pl"])
def test_slip_case_prints_its_position_message_and_hint(path: Path, lang: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Each case in ``slips/`` is a correct map with one slip an analyst made;
    its ``# expect:`` (English) and ``# expect-pl:`` (Polish) lines are what
    ``cxmap validate`` prints about it, ``FILE:LINE:COL``, message and hint."""
    from typer.testing import CliRunner

    from cxmap.cli import app

    text = path.read_text(encoding="utf-8")
    expected = [line for pl, line in SLIP_EXPECT.findall(text) if bool(pl) == (lang == "pl")]
    assert expected, f"{path.name} states no expectation in {lang}"
    monkeypatch.chdir(path.parent)
    result = CliRunner().invoke(app, ["--lang", lang, "validate", "--no-config", path.name],
                                env={"CXMAP_TODAY": "2025-06-01", "NO_COLOR": "1"})
    printed = [line for line in result.output.splitlines()
               if line.startswith(f"{path.name}:")]
    assert printed == expected
    assert result.exit_code == (1 if " error " in "".join(expected) else 0)
