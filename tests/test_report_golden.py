"""Golden files: the Markdown report of every example (English), and of the
Polish map in Polish (its own language) and in English.

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
CASES = [(path.name.removesuffix(".cxmap.yaml"), "en") for path in example_maps()]
CASES.append(("sklep-omnichannel", "pl"))


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
