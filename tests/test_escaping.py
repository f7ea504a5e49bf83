"""No injection through any output format: Mermaid directives, colliding node ids,
Markdown in diff and history, control characters in text."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from cxmap.cli import app
from cxmap.commands.load import load_bytes
from cxmap.graph.journey import build_graph
from cxmap.outputs.escape import md_code, md_text
from cxmap.outputs.render.mermaid import node_id, to_mermaid_flowchart, to_mermaid_journey
from cxmap.util.text import display_name, visible

runner = CliRunner()
HEAD = "cxmap: 1\nid: x\ntitle: {title}\nstages:\n  - id: s\n    name: S\n    touchpoints:\n"


def journey(text: str):  # type: ignore[no-untyped-def]
    loaded = load_bytes(text.encode(), "m.cxmap.yaml")
    assert loaded.journey is not None, loaded.diagnostics
    return loaded.journey


def test_a_mermaid_directive_in_a_name_stays_text() -> None:
    j = journey(HEAD.format(title="'%%{init: {\"theme\": \"dark\"}}%%'")
                + "      - id: t\n        name: \"%%{init: {'themeCSS': 'x'}}%% 50%%{x\"\n")
    for text in (to_mermaid_flowchart(j, build_graph(j)), to_mermaid_journey(j, build_graph(j))):
        assert "%%" not in text and "%" not in text
    assert "#37;#37;{init" in to_mermaid_flowchart(j, build_graph(j))


def test_mermaid_node_ids_are_one_to_one() -> None:
    j = journey(HEAD.format(title="T") + "".join(
        f"      - id: {i}\n        name: N{i}\n" for i in ("a_b_2", "a_b", "a-b", "a__b")))
    text = to_mermaid_flowchart(j, build_graph(j))
    nodes = re.findall(r"^    (\S+)\[", text, re.MULTILINE)
    assert len(nodes) == len(set(nodes)) == 4
    assert len({node_id(i) for i in ("a_b_2", "a_b", "a-b", "a__b", "a_-b", "a-_b", "a_hb")}) == 7
    assert "-->" in text and "tp_a__b__2 --> tp_a__b" in text


def rendered(markdown: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").render(markdown)


def test_inline_markdown_is_escaped() -> None:
    raw = "![p](https://example.com/p.png) [l](javascript:x) <img src=x> *b* `c` ~~s~~"
    html = rendered(md_text(raw))
    assert "<a" not in html and "<img" not in html and "<em>" not in html
    assert "<code>" not in html and "<s>" not in html
    assert html == "<p>![p](https://example.com/p.png) [l](javascript:x) &lt;img src=x&gt; " \
        "*b* `c` ~~s~~</p>\n"
    assert md_text("\x1b[31mred\x07") == "\u241b\\[31mred\u2407"
    assert md_code("a|b`c\nd") == "`` a\\|b`c d ``"


def test_text_is_visible_and_names_are_one_line() -> None:
    assert visible("a\x1b[2Jb\x07\u202ec\n\td") == "a\u241b[2Jb\u2407\ufffdc\n\td"
    assert display_name("x\n::error file=a::b\udcff") == "x\\n::error file=a::b\\xff"


BAD_NAME = "![p](https://example.com/p.png) \x1b[31mred\x07 <script>x</script>"


def _two_waves(tmp_path: Path) -> tuple[Path, Path]:
    old = tmp_path / "old.cxmap.yaml"
    new = tmp_path / "new.cxmap.yaml"
    body = HEAD.format(title='"T"') + (
        '      - id: t\n        name: "![p](https://example.com/p.png) \\e[31mred\\a '
        '<script>x</script>"\n        score: {s}\n')
    old.write_text(body.format(s=-2), encoding="utf-8")
    new.write_text(body.format(s=1), encoding="utf-8")
    return old, new


def test_diff_markdown_and_text_carry_no_markup_or_control(tmp_path: Path) -> None:
    old, new = _two_waves(tmp_path)
    md = runner.invoke(app, ["diff", str(old), str(new), "-f", "markdown"])
    assert md.exit_code == 0, md.output
    html = rendered(md.stdout)
    assert "<img" not in html and "<script" not in html and "<a " not in html
    assert "\x1b" not in md.stdout and "\x07" not in md.stdout
    assert "![p](https://example.com/p.png) \u241b[31mred\u2407 &lt;script&gt;" in html
    text = runner.invoke(app, ["diff", str(old), str(new)])
    assert text.exit_code == 0
    assert "\x1b" not in text.stdout and "\x07" not in text.stdout
    assert "\u241b[31mred\u2407" in text.stdout


def test_coloured_validate_output_shows_escape_sequences_from_user_text() -> None:
    from cxmap.outputs.reporters import format_text
    from cxmap.results import ValidationRun

    loaded = load_bytes((HEAD.format(title="T") + "      - id: t\n        name: N\n"
                         "        bogus\x1b: 1\n").encode("utf-8", "surrogateescape"),
                        "m\x1b[2J.cxmap.yaml")
    text = format_text(ValidationRun(maps=[loaded]), color=True)
    # our own colour codes are there; the user's ESC is shown as a symbol
    assert "\x1b[31m" in text and "\x1b[0m" in text
    assert "\x1b[2J" not in text and "\u241b[2J" in text
