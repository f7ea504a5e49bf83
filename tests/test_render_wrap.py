"""The word wrapper of diagram labels: textwrap's lines, paragraph by paragraph."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from cxmap.outputs.render.text import wrap


def reference(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        lines.extend(textwrap.wrap(para, width=width, break_long_words=True,
                                   break_on_hyphens=False) or [""])
    return lines


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab ĄŻ-\u00a0x\n\t\x0b"), max_size=80), st.integers(3, 30))
def test_wrap_gives_textwraps_lines(text: str, width: int) -> None:
    assert wrap(text, width) == reference(text, width)


def test_examples() -> None:
    assert wrap("Zamówienie próbek tkanin do domu", 24) == ["Zamówienie próbek tkanin", "do domu"]
    assert wrap("short", 24) == ["short"]
    assert wrap("a\nb", 24) == ["a", "b"]
