"""Golden files: the Markdown report of every example in English and in
Polish, and the portfolio of the examples folder in both languages.

Regenerate after an intended change with
``CXMAP_REGEN_GOLDEN=1 pytest tests/test_report_golden.py`` and review the
diff of ``tests/golden/report/``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cxmap.api import load_bytes
from cxmap.outputs.report import ReportFormat, ReportOptions, render_report
from tests.conftest import EXAMPLES, example_maps

GOLDEN = Path(__file__).parent / "golden" / "report"
CASES = [(path.name.removesuffix(".cxmap.yaml"), lang) for path in example_maps()
         for lang in ("en", "pl")]


@pytest.mark.parametrize(("name", "lang"), CASES, ids=[f"{n}.{lang}" for n, lang in CASES])
def test_golden_markdown(name: str, lang: str) -> None:
    file = f"{name}.cxmap.yaml"
    journey = load_bytes((EXAMPLES / file).read_bytes(), file).journey
    assert journey is not None
    text = render_report(journey, ReportFormat.MARKDOWN,
                         ReportOptions(language=lang, source=file))
    golden = GOLDEN / f"{name}.{lang}.md"
    if os.environ.get("CXMAP_REGEN_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_every_example_has_a_golden_report() -> None:
    assert {p.name.removesuffix(".cxmap.yaml") for p in example_maps()} <= {
        n for n, _ in CASES}


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_golden_portfolio(lang: str) -> None:
    from datetime import date

    from cxmap.commands.report import report_folder

    run = report_folder(EXAMPLES, ReportFormat.MARKDOWN, ReportOptions(language=lang),
                        today=date(2025, 6, 1))
    assert isinstance(run.output, str) and not run.invalid and not run.files
    golden = GOLDEN / f"portfolio.{lang}.md"
    if os.environ.get("CXMAP_REGEN_GOLDEN"):
        golden.write_text(run.output, encoding="utf-8")
    assert run.output == golden.read_text(encoding="utf-8")
