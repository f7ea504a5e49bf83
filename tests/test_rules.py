"""Rule objects: one module per rule, each with a docstring, options, and a
failing and a passing example that run here; the docs are generated from them."""

from __future__ import annotations

import importlib
import pkgutil
from datetime import date
from pathlib import Path

import pytest

import cxmap.checks.rules as rules_pkg
from cxmap.api import load_bytes
from cxmap.checks import RuleSettings
from cxmap.checks.rules import RULE_OBJECTS, RULES
from cxmap.diagnostics import Phase, Severity
from cxmap.outputs.rules_doc import generated_docs

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2025, 6, 1)
SETTINGS = RuleSettings(today=TODAY)
RULE_CODES = sorted(RULE_OBJECTS)


def _run(text: str, settings: RuleSettings = SETTINGS) -> list[tuple[str, str]]:
    loaded = load_bytes(text.encode(), "example.cxmap.yaml", settings=settings)
    return [(d.code, str(d.severity)) for d in loaded.diagnostics]


def test_one_module_per_rule_object() -> None:
    modules = [m.name for m in pkgutil.iter_modules(rules_pkg.__path__)
               if not m.name.startswith("_")]
    assert len(modules) == len(RULE_OBJECTS)
    for name in modules:
        rule = importlib.import_module(f"cxmap.checks.rules.{name}").RULE
        assert rule.name.replace("-", "_") == name
        assert RULES[rule.code] is rule


def test_registry_is_every_code_in_order() -> None:
    assert list(RULES) == sorted(RULES)
    assert set(RULE_OBJECTS) == {c for c in RULES if c >= "CX200"}
    assert len({r.name for r in RULES.values()}) == len(RULES)


@pytest.mark.parametrize("code", RULE_CODES)
def test_rule_object_is_complete(code: str) -> None:
    rule = RULES[code]
    assert rule.phase is not Phase.LOADER
    assert (rule.check is None) == (rule.phase is Phase.POLICY)
    for part in ("**What.**", "**Why.**", "**How to fix.**"):
        assert part in rule.doc, f"{code}: docstring lacks {part}"
    if rule.configurable:
        assert rule.severity is Severity.WARNING


@pytest.mark.parametrize("code", RULE_CODES)
def test_failing_example_reports_the_rule(code: str) -> None:
    rule = RULES[code]
    assert (code, str(rule.severity)) in _run(rule.bad_example)


@pytest.mark.parametrize("code", RULE_CODES)
def test_passing_example_does_not(code: str) -> None:
    found = _run(RULES[code].good_example)
    assert code not in [c for c, _ in found]
    assert "error" not in [s for _, s in found], found


@pytest.mark.parametrize("code", [c for c in RULE_CODES if RULES[c].configurable])
def test_a_method_rule_switched_off_reports_nothing(code: str) -> None:
    rule = RULES[code]
    off = RuleSettings(severities={code: None}, today=TODAY)
    assert code not in [c for c, _ in _run(rule.bad_example, off)]
    error = RuleSettings(severities={code: Severity.ERROR}, today=TODAY)
    assert (code, "error") in _run(rule.bad_example, error)


def test_docs_are_generated_and_current() -> None:
    docs = ROOT / "docs"
    pages = generated_docs()
    for name, text in pages.items():
        assert (docs / name).read_text(encoding="utf-8") == text, (
            f"docs/{name} is stale: run python -m cxmap.outputs.rules_doc docs")
    on_disk = {f"rules/{p.name}" for p in (docs / "rules").glob("*.md")}
    assert on_disk == {n for n in pages if n.startswith("rules/")}


def test_rule_page_shows_both_examples() -> None:
    page = generated_docs()["rules/CX302.md"]
    assert page.startswith("# CX302 `self-loop`\n")
    assert "## Reported\n\n```yaml\n" + RULES["CX302"].bad_example + "```" in page
    assert "## Not reported\n\n```yaml\n" + RULES["CX302"].good_example + "```" in page
    assert "**Why.**" in page


def test_reach_figures_are_written_as_the_language_writes_numbers(tmp_path: Path) -> None:
    """A percentage in a sentence takes the decimal comma in Polish; a value
    to write into the YAML keeps its dot in every language."""
    from typer.testing import CliRunner

    from cxmap.cli import app

    (tmp_path / "reach.cxmap.yaml").write_text(
        "cxmap: 1\nid: shop\ntitle: Buying\nscoredOn: 2025-05-01\nstages:\n"
        "  - id: buy\n    name: Buying\n    touchpoints:\n"
        "      - {id: find, name: Find the shop, score: 0, reach: 0.455}\n"
        "      - {id: pay, name: Pay, score: -1, reach: 0.005}\n"
        "projects:\n  - {id: fix, title: Fix, kind: hard, touchpoints: [pay], owner: IT,"
        " due: 2025-12-31, status: planned}\n", encoding="utf-8")

    def lines(lang: str) -> list[str]:
        result = CliRunner().invoke(app, ["validate", "--no-config", "--lang", lang,
                                          str(tmp_path / "reach.cxmap.yaml")],
                                    env={"CXMAP_TODAY": "2025-06-01", "NO_COLOR": "1"})
        return [line.split(" ", 2)[2] for line in result.stdout.splitlines()
                if " CX314 " in line or " CX315 " in line]

    assert lines("pl") == [
        "CX314 wszystkie wartości zasięgu (2) są nie większe niż 1, np. 0.455, a zasięg "
        "podaje się w procentach; wpisz 45.5 dla 45,5 % (albo \"45.5%\")",
        "CX315 projekt 'fix' poprawia tylko punkty styku o zasięgu poniżej 1 % klientów "
        "(najwyżej 0,005 %); sprawdź zasięg; obniż priorytet projektu albo połącz go z "
        "projektem o szerszym zasięgu"]
    assert lines("en") == [
        "CX314 all 2 reach values are at most 1, e.g. 0.455: reach is a percentage; "
        "write 45.5 for 45.5 % (or \"45.5%\")",
        "CX315 project 'fix' only fixes touchpoints that reach fewer than 1 % of customers "
        "(at most 0.005 %); check the reach; lower the project's priority or join it to one "
        "with wider reach"]
