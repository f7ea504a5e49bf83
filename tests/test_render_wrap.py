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


# lines that already fit are taken as they are: textwrap would give them unchanged
@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \u00a0\u2003\x1c\x85\t\x0b\x0c\r\nĄ"), max_size=12),
       st.integers(1, 14))
def test_short_lines_as_textwrap_gives_them(text: str, width: int) -> None:
    assert wrap(text, width) == reference(text, width)


def test_examples() -> None:
    assert wrap("Zamówienie próbek tkanin do domu", 24) == ["Zamówienie próbek tkanin", "do domu"]
    assert wrap("short", 24) == ["short"]
    assert wrap("a\nb", 24) == ["a", "b"]


# one-letter words (Polish w, z, o, i, a, u; English a, I) never end a line
def test_no_one_letter_word_ends_a_wrapped_line() -> None:
    from cxmap.outputs.render.text import glue_short_words, wrap_words

    assert wrap_words("Wizyta w salonie i rozmowa z doradcą", 24) == [
        "Wizyta w salonie", "i rozmowa z doradcą"]
    assert wrap_words("Renewal offer after a claim", 24) == ["Renewal offer after", "a claim"]
    for text in ("Zamówienie i umowa u doradcy w salonie z zaliczką o godzinie a potem",
                 "Bon na kolejny zakup i zaproszenie do programu lojalnościowego"):
        for width in range(16, 40):
            for line in wrap_words(text, width)[:-1]:
                assert line.split(" ")[-1].lower() not in {"w", "z", "o", "i", "a", "u"}, (
                    width, line)
    assert glue_short_words("Czas (w dniach)") == "Czas (w\u00a0dniach)"
    assert glue_short_words("x w") == "x w"              # nothing after it: nothing to join
    assert glue_short_words("Kawa z mlekiem") == "Kawa z\u00a0mlekiem"
    assert glue_short_words("wz dom") == "wz dom"          # a two-letter word is left alone


def test_label_text_is_escaped_for_html_like_labels() -> None:
    from cxmap.outputs.render.text import html_text

    assert html_text("a&<b>\"c'\\N ą") == "a&amp;&lt;b&gt;&quot;c&#x27;\\\\N ą"
