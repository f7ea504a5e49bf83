"""Golden files: the Markdown (pull-request comment) and text of two re-scoring pairs.

The Markdown is cxmap's own and compared byte for byte.  The text tables are
drawn by rich: they are compared by content (each line's cells and words),
not by rich's exact border drawing, which may change with its releases.

Regenerate after an intended change with ``CXMAP_REGEN_GOLDEN=1 pytest tests/test_diff_golden.py``
and review the diff of ``tests/golden/diff/``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from cxmap.api import load_bytes
from cxmap.diff import compare
from cxmap.outputs.diff import DiffFormat, format_diff

ROOT = Path(__file__).parent.parent
GOLDEN = Path(__file__).parent / "golden" / "diff"
PAIRS = {
    "bank": ("tests/conformance/bank-2024.cxmap.yaml", "tests/conformance/bank-2025.cxmap.yaml"),
    "telecom": ("examples/telecom-contract.cxmap.yaml",
                "examples/telecom-contract-2025.cxmap.yaml"),
}
CASES = [(pair, fmt, ext) for pair in PAIRS
         for fmt, ext in ((DiffFormat.MARKDOWN, "md"), (DiffFormat.TEXT, "txt"))]


@pytest.mark.parametrize(("pair", "fmt", "ext"), CASES,
                         ids=[f"{p}.{e}" for p, _, e in CASES])
def test_golden(pair: str, fmt: DiffFormat, ext: str) -> None:
    old_name, new_name = PAIRS[pair]
    old = load_bytes((ROOT / old_name).read_bytes(), old_name).journey
    new = load_bytes((ROOT / new_name).read_bytes(), new_name).journey
    assert old is not None and new is not None
    text = format_diff(compare(old, new, old_name, new_name), fmt, width=120)
    golden = GOLDEN / f"{pair}.{ext}"
    if os.environ.get("CXMAP_REGEN_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    if fmt is DiffFormat.TEXT:
        assert content(text) == content(expected)
        assert content(text)  # not a vacuous comparison
    else:
        assert text == expected


def content(text: str) -> list[str]:
    """The text's lines without table borders and padding: cells separated by "|"."""
    out = []
    for line in text.split("\n"):
        if set(line.strip()) <= set("┏┳┓┡╇┩└┴┘━─"):
            continue  # a border line, or a blank one
        out.append(re.sub(r" *[│┃] *", "|", line).strip())
    return out
