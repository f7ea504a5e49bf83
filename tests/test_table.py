"""The terminal table renderer (cxmap.outputs.table): rich's look, without rich."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from cxmap.outputs.table import (
    Column,
    _wrap_cells,
    display_width,
    render_table,
    render_text,
    wrap_line,
)

ROOT = Path(__file__).parent.parent
ANSI = re.compile(r"\x1b\[[0-9;]*m")
RULES = ("┏", "┡", "└")


def lines_of(text: str) -> list[str]:
    return text.split("\n")


# ----------------------------------------------------------------------------- exact output
def test_small_table_borders_padding_and_right_justify() -> None:
    out = render_table([Column("Name"), Column("Score", justify="right")],
                       [["alpha", "+1"], ["b", "-10"]], title="Scores")
    assert out == textwrap.dedent("""\
        Scores
        ┏━━━━━━━┳━━━━━━━┓
        ┃ Name  ┃ Score ┃
        ┡━━━━━━━╇━━━━━━━┩
        │ alpha │    +1 │
        │ b     │   -10 │
        └───────┴───────┘""")


def test_no_rows_draws_the_header_only() -> None:
    assert render_table([Column("Name"), Column("n")], []) == textwrap.dedent("""\
        ┏━━━━━━┳━━━┓
        ┃ Name ┃ n ┃
        ┡━━━━━━╇━━━┩
        └──────┴───┘""")


def test_fixed_width_column_and_empty_cells() -> None:
    out = render_table([Column("Δ", justify="right", width=4, no_wrap=True), Column("x")],
                       [["", ""], ["+1", "y"]])
    assert out == textwrap.dedent("""\
        ┏━━━━━━┳━━━┓
        ┃    Δ ┃ x ┃
        ┡━━━━━━╇━━━┩
        │      │   │
        │   +1 │ y │
        └──────┴───┘""")


def test_multi_line_cells_top_aligned_header_bottom_aligned() -> None:
    out = render_table([Column("Two\nlines"), Column("One")],
                       [["a\nbb\n", "x"], ["c", "y\nz"]])
    assert out == textwrap.dedent("""\
        ┏━━━━━━━┳━━━━━┓
        ┃ Two   ┃     ┃
        ┃ lines ┃ One ┃
        ┡━━━━━━━╇━━━━━┩
        │ a     │ x   │
        │ bb    │     │
        │       │     │
        │ c     │ y   │
        │       │ z   │
        └───────┴─────┘""")


def test_too_wide_wraps_the_widest_wrappable_column_at_words() -> None:
    out = render_table([Column("Id"), Column("Notes")],
                       [["a", "one two three four five six"], ["b", "abcdefghijklmnop"]],
                       width=20)
    assert out == textwrap.dedent("""\
        ┏━━━━┳━━━━━━━━━━━━━┓
        ┃ Id ┃ Notes       ┃
        ┡━━━━╇━━━━━━━━━━━━━┩
        │ a  │ one two     │
        │    │ three four  │
        │    │ five six    │
        │ b  │ abcdefghijk │
        │    │ lmnop       │
        └────┴─────────────┘""")


def test_too_wide_keeps_fixed_and_no_wrap_columns_and_lines_stay_in_width() -> None:
    long = "the quick brown fox jumps over the lazy dog " * 3
    cols = [Column("Stage"), Column("Status", width=11, no_wrap=True), Column("Name"),
            Column("Notes")]
    rows = [["choose", "▼ worsened", long, long[:40]], ["sign", "= unchanged", "x", long]]
    for width in (40, 60, 80, 100):
        out = lines_of(render_table(cols, rows, title="Touchpoints", width=width))
        table = out[1:]
        assert {display_width(line) for line in table} == {display_width(table[0])}
        assert display_width(table[0]) <= width
        assert "│ ▼ worsened  │" in "\n".join(out) and "│ = unchanged │" in "\n".join(out)


def test_wide_characters_are_aligned() -> None:
    out = render_table([Column("名前"), Column("n", justify="right")],
                       [["漢字テスト", "1"], ["ab", "22"]])
    assert out == textwrap.dedent("""\
        ┏━━━━━━━━━━━━┳━━━━┓
        ┃ 名前       ┃  n ┃
        ┡━━━━━━━━━━━━╇━━━━┩
        │ 漢字テスト │  1 │
        │ ab         │ 22 │
        └────────────┴────┘""")
    wrapped = lines_of(render_table([Column("x")], [["漢字漢字漢字 Zażółć"]], width=9))
    assert wrapped[3:-1] == ["│ 漢字  │", "│ 漢字  │", "│ 漢字  │", "│ Zażół │", "│ ć     │"]
    assert {display_width(line) for line in wrapped} == {9}


def test_display_width() -> None:
    assert display_width("Zażółć gęślą") == 12
    assert display_width("漢字") == 4
    assert display_width("e\u0301") == 1          # combining acute accent
    assert display_width("a\u200bb") == 2         # zero-width space
    assert display_width("▲ → – “”") == 8         # ambiguous width: one cell


def test_control_characters_are_shown_not_sent() -> None:
    out = render_table([Column("x")], [["a\x1b[31mb\tc\rd"]])
    assert "\x1b" not in out and "a␛[31mb c␍d" in out
    assert render_text("bell\x07") == "bell␇"


# ----------------------------------------------------------------------------- colour
def test_no_escape_codes_without_color() -> None:
    cols = [Column("Stage"), Column("Status")]
    rows = [["open", (("▲ improved", "green"),)], [(("id", "bold"), ("\nname", "")), "x"]]
    out = render_table(cols, rows, title="T", width=30)
    assert "\x1b" not in out
    assert "\x1b" not in render_text((("Summary: ", "bold"), ("3 improved", "")), style="dim")


def test_sgr_codes_with_color() -> None:
    cols = [Column("Stage"), Column("Status")]
    rows = [["open", (("▲ improved", "green"),)],
            [(("id-check", "bold"), ("\nIdentity", "")), (("x", "bold red"),)]]
    out = lines_of(render_table(cols, rows, title="Touchpoints", color=True))
    assert out == [
        "\x1b[3mTouchpoints\x1b[0m",
        "┏━━━━━━━━━━┳━━━━━━━━━━━━┓",
        "┃ \x1b[1mStage\x1b[0m    ┃ \x1b[1mStatus\x1b[0m     ┃",
        "┡━━━━━━━━━━╇━━━━━━━━━━━━┩",
        "│ open     │ \x1b[32m▲ improved\x1b[0m │",
        "│ \x1b[1mid-check\x1b[0m │ \x1b[1;31mx\x1b[0m          │",
        "│ Identity │            │",
        "└──────────┴────────────┘",
    ]
    # without the codes, the same table as without colour
    plain = render_table(cols, rows, title="Touchpoints")
    assert ANSI.sub("", "\n".join(out)) == plain
    assert render_text((("cxmap diff: ", "bold"), ("Title", "bold"), ("  (f)", "")),
                       color=True) == "\x1b[1mcxmap diff: Title\x1b[0m  (f)"
    assert render_text("warning", style="yellow", color=True) == "\x1b[33mwarning\x1b[0m"


def test_styles_survive_wrapping() -> None:
    cell = (("id-check", "bold"), (" Identity check by video", ""))
    out = render_table([Column("Touchpoint")], [[cell]], width=16, color=True)
    body = lines_of(out)[3:-1]
    assert body[0] == "│ \x1b[1mid-check\x1b[0m     │"
    assert ANSI.sub("", "\n".join(body)) == "\n".join(
        ["│ id-check     │", "│ Identity     │", "│ check by     │", "│ video        │"])


def test_unknown_style_is_an_error() -> None:
    with pytest.raises(ValueError, match="blink"):
        render_text((("x", "blink"),), color=True)


# ----------------------------------------------------------------------------- text
def test_render_text_wraps_like_textwrap_and_keeps_indentation() -> None:
    text = "  Worse while nothing but the score changed - customers expect more now:"
    assert render_text(text, width=40) == "\n".join(
        textwrap.wrap(text, 40, break_on_hyphens=False))
    assert render_text("", width=10) == ""
    assert render_text("a\n\nb   ", width=10) == "a\n\nb"


# ----------------------------------------------------------------------------- properties
WORD = st.text(alphabet=st.sampled_from("abcxyzŁóżę漢字テ\u0301-."), min_size=1, max_size=14)
TEXT = st.lists(st.one_of(WORD, st.sampled_from([" ", "  ", "\n"])), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("ab cdefłó"), max_size=60),
       width=st.integers(1, 30))
def test_wrap_is_textwrap_while_every_word_fits(text: str, width: int) -> None:
    assume(all(len(word) <= width for word in text.split(" ")))
    expected = textwrap.wrap(text, width, break_on_hyphens=False) or [""]
    assert _wrap_cells(text, width) == expected
    assert wrap_line(text, width) == expected


def test_a_word_longer_than_the_line_starts_a_line_and_is_broken() -> None:
    assert wrap_line("Czat z konsultantem", 11) == ["Czat z", "konsultante", "m"]
    assert wrap_line("ab cdefghijkl mn", 5) == ["ab", "cdefg", "hijkl", "mn"]
    assert wrap_line("ab cdefghijkl mn", 7) == ["ab", "cdefghi", "jkl mn"]
    assert wrap_line("  verylongword", 10) == ["  verylong", "word"]
    assert wrap_line("漢字 漢字漢字漢字 x", 5) == ["漢字", "漢字", "漢字", "漢字", "x"]
    assert wrap_line("漢字 漢字漢字漢字 x", 6) == ["漢字", "漢字漢", "字漢字", "x"]
    assert wrap_line("漢", 1) == ["漢"]  # cannot be broken; the table crops it


@settings(max_examples=300, deadline=None)
@given(text=st.lists(WORD, max_size=10).map(" ".join), width=st.integers(2, 30))
def test_wrap_line_fits_and_keeps_every_character(text: str, width: int) -> None:
    lines = wrap_line(text, width)
    assert all(display_width(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def _column_texts(out: list[str], ncols: int) -> list[str]:
    """Each column's text, read off the drawn lines, without blanks."""
    texts = [""] * ncols
    for line in out:
        if line.startswith(RULES):
            continue
        cells = re.split("[│┃]", line)[1:-1]
        assert len(cells) == ncols
        for i, cell in enumerate(cells):
            texts[i] += cell.replace(" ", "")
    return texts


@settings(max_examples=400, deadline=None)
@given(data=st.data(), ncols=st.integers(1, 5), nrows=st.integers(0, 4),
       width=st.integers(1, 130))
def test_table_lines_align_fit_and_lose_no_word(data: st.DataObject, ncols: int, nrows: int,
                                                width: int) -> None:
    # (a wide character needs two cells: a column fixed to one cell crops it)
    columns = [Column(data.draw(TEXT), justify=data.draw(st.sampled_from(["left", "right"])),
                      width=data.draw(st.one_of(st.none(), st.integers(2, 12))))
               for _ in range(ncols)]
    rows = [[data.draw(TEXT) for _ in range(ncols)] for _ in range(nrows)]
    out = lines_of(render_table(columns, rows, width=width))
    widths = {display_width(line) for line in out}
    assert len(widths) == 1  # every line the same width
    if width >= ncols + 1 + 4 * ncols:  # every column can have two cells of text
        assert widths.pop() <= width
    expected = [(c.header + "".join(row[i] for row in rows)).replace(" ", "").replace("\n", "")
                for i, c in enumerate(columns)]
    assert _column_texts(out, ncols) == expected


# ----------------------------------------------------------------------------- rich
@settings(max_examples=100, deadline=None)
@given(data=st.data(), ncols=st.integers(1, 6), nrows=st.integers(0, 4),
       width=st.integers(30, 160), title=st.sampled_from([None, "Touchpoints that changed"]))
def test_same_drawing_as_rich_when_no_word_is_cut(data: st.DataObject, ncols: int, nrows: int,
                                                  width: int, title: str | None) -> None:
    """Byte for byte rich's table, wherever rich neither cuts a word with "…" nor
    shrinks a column below our floor of two cells of text."""
    rich_console = pytest.importorskip("rich.console")
    rich_table = pytest.importorskip("rich.table")
    rich_text = pytest.importorskip("rich.text")
    vocabulary = ["a", "the", "score", "id-check", "Zażółć", "漢字", "wwwwwww"]
    words = st.lists(st.sampled_from(vocabulary), max_size=8).map(" ".join)
    cell = st.lists(words, min_size=1, max_size=3).map("\n".join)
    columns = [Column(data.draw(st.sampled_from(["Stage", "Δ", "Touchpoint", "Before"])),
                      justify=data.draw(st.sampled_from(["left", "right"])),
                      width=data.draw(st.one_of(st.none(), st.none(), st.integers(4, 12))),
                      no_wrap=data.draw(st.sampled_from([False, False, True])))
               for _ in range(ncols)]
    rows = [[data.draw(cell) for _ in range(ncols)] for _ in range(nrows)]

    buf = io.StringIO()
    console = rich_console.Console(file=buf, width=width, color_system=None, no_color=True,
                                   highlight=False, emoji=False, markup=False)
    table = rich_table.Table(title=title, title_justify="left")
    for c in columns:
        table.add_column(c.header, justify=c.justify, width=c.width, no_wrap=c.no_wrap)
    for row in rows:
        table.add_row(*(rich_text.Text(x) for x in row))
    console.print(table)
    theirs = "\n".join(line.rstrip() for line in buf.getvalue().splitlines())
    top = next(line for line in theirs.split("\n") if line.startswith("┏"))
    assume("…" not in theirs and min(map(len, re.split("[┏┳┓]", top)[1:-1])) >= 4)
    assert render_table(columns, rows, title=title, width=width) == theirs


# ----------------------------------------------------------------------------- users
def test_diff_and_history_text_do_not_import_rich() -> None:
    code = textwrap.dedent("""\
        import sys
        from pathlib import Path
        from cxmap.api import load_bytes
        from cxmap.diff import compare
        from cxmap.diff.history import Wave, build
        from cxmap.outputs.diff import DiffFormat, format_diff
        from cxmap.outputs.history import HistoryFormat, format_history
        a, b = (load_bytes(Path(p).read_bytes(), p).journey for p in (
            "tests/conformance/bank-2024.cxmap.yaml", "tests/conformance/bank-2025.cxmap.yaml"))
        text = format_diff(compare(a, b), DiffFormat.TEXT, color=True, width=80)
        waves = [Wave(w, w, "c", "", "s", "p") for w in ("2024", "2025")]
        text += format_history(build("f", [(waves[0], a), (waves[1], b)]), HistoryFormat.TEXT,
                               color=True)
        assert "id-check" in text and "\\x1b[32m" in text
        print(sorted(m for m in sys.modules if m.split(".")[0] == "rich"))
        """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout.strip()
    assert out == "[]"
