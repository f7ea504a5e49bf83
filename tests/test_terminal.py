"""Terminal tables and text (cxmap.outputs.terminal): content, safety, colour, width.

The drawing itself is rich's; these tests assert what cxmap decides (what is in
the cells, that nothing is lost, that user text cannot reach the terminal as
control codes, colour only when asked), not rich's exact border characters.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cxmap.outputs.terminal import Column, render_table, render_text, visible

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def cells_by_line(out: str) -> list[list[str]]:
    """Each drawn line's cells (border lines left out)."""
    rows = []
    for line in out.split("\n"):
        if "│" not in line and "┃" not in line:
            continue  # a title, or a border
        rows.append([c.strip() for c in re.split("[│┃]", line)[1:-1]])
    return rows


def test_table_content_title_and_justification() -> None:
    out = render_table([Column("Name"), Column("Score", justify="right")],
                       [["alpha", "+1"], ["b", "-10"]], title="Scores")
    lines = out.split("\n")
    assert lines[0] == "Scores"
    assert cells_by_line(out) == [["Name", "Score"], ["alpha", "+1"], ["b", "-10"]]
    assert "│    +1 │" in out and "│ alpha │" in out  # right- and left-justified
    assert len({len(line) for line in lines[1:]}) == 1


def test_multi_line_cells_keep_their_lines() -> None:
    out = render_table([Column("Touchpoint"), Column("Δ", justify="right", width=2,
                                                     no_wrap=True)],
                       [[(("id-check", "bold"), ("\nIdentity check", "")), "+3"]])
    assert cells_by_line(out)[1:] == [["id-check", "+3"], ["Identity check", ""]]


def test_no_rows_draws_the_header() -> None:
    assert cells_by_line(render_table([Column("Name"), Column("n")], [])) == [["Name", "n"]]


def test_control_characters_are_shown_not_sent() -> None:
    out = render_table([Column("x")], [["a\x1b[31mb\tc\rd"]], title="t\x1b")
    assert "\x1b" not in out and "\r" not in out
    assert "a␛[31mb c␍d" in out and "t␛" in out
    assert render_text("bell\x07") == "bell␇"
    assert visible("a\r\nb\x9b") == "a\nb\ufffd"


def test_markup_is_text() -> None:
    assert render_text("[bold]x[/bold] :smile:") == "[bold]x[/bold] :smile:"
    assert "[red]" in render_table([Column("x")], [["[red]y"]])


def test_colour_only_when_asked() -> None:
    cols = [Column("Stage"), Column("Status")]
    rows = [["open", (("▲ improved", "green"),)], [(("id", "bold"), ("\nname", "")), "x"]]
    plain = render_table(cols, rows, title="T", width=30)
    assert "\x1b" not in plain
    assert "\x1b" not in render_text((("Summary: ", "bold"), ("3 improved", "")), style="dim")
    coloured = render_table(cols, rows, title="T", width=30, color=True)
    assert "\x1b[32m▲ improved" in coloured and "\x1b[1mid" in coloured
    assert ANSI.sub("", coloured) == plain
    assert render_text("warning", style="yellow", color=True) == "\x1b[33mwarning\x1b[0m"


def test_text_wraps_at_words_within_the_width() -> None:
    text = "  Worse while nothing but the score changed - customers expect more now:"
    out = render_text(text, width=40)
    assert all(len(line) <= 40 for line in out.split("\n"))
    assert out.split() == text.split()
    assert render_text("", width=10) == ""
    assert render_text("a\n\nb   ", width=10) == "a\n\nb"


WORD = st.text(alphabet=st.sampled_from("abcxyzŁóżę-."), min_size=1, max_size=10)
TEXT = st.lists(WORD, max_size=8).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(data=st.data(), ncols=st.integers(1, 4), nrows=st.integers(0, 4),
       width=st.integers(60, 130))
def test_table_lines_fit_and_lose_no_word(data: st.DataObject, ncols: int, nrows: int,
                                          width: int) -> None:
    columns = [Column(data.draw(WORD), justify=data.draw(st.sampled_from(["left", "right"])))
               for _ in range(ncols)]
    rows = [[data.draw(TEXT) for _ in range(ncols)] for _ in range(nrows)]
    out = render_table(columns, rows, width=width)
    lines = out.split("\n")
    assert len({len(line) for line in lines}) == 1 and len(lines[0]) <= width
    texts = [""] * ncols
    for row in cells_by_line(out):
        for i, cell in enumerate(row):
            texts[i] += cell.replace(" ", "")
    expected = [(c.header + "".join(r[i] for r in rows)).replace(" ", "")
                for i, c in enumerate(columns)]
    assert texts == expected
