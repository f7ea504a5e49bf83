"""Every output format on maps whose every text field is hostile: markup, Markdown,
Mermaid, DOT, control characters, bidirectional overrides.

Each output must parse (SVG as XML, HTML as HTML, Markdown through a CommonMark
renderer with tables, JSON, DOT through Graphviz's parser), carry no link,
image, script or raw HTML that came from user text, and no control character.
Bounded examples: every drawing goes through the Graphviz layout process.
"""

from __future__ import annotations

import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cxmap.cli import app
from tests.test_git import GitRepo, needs_git

runner = CliRunner()

FRAGMENTS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&amp;", "&#60;", "]]>",
    "<!--", "![p](https://example.com/p.png)", "[l](javascript:alert(1))", "**b**", "_i_",
    "`c`", "| x |", "# h", "- item", "1. x", "> q", "~~s~~", "https://example.com",
    "www.example.com", "<https://example.com>", "%%{init: {'theme':'dark'}}%%", "50%%{x",
    "-->", "end", "graph TD", ":::cls", "#35;", "click x call f()", '"', "\\", "\\N", "\\l",
    "{", "}", "->", "<<B>x</B>>", "\x1b[31m", "\x07", "\x00", "\x7f", "\x85", "\x9b",
    "\u202e", "\u2066", "\u200b", "\r\n", "\n", "\t", "'", ";", ":", ",", "::error::x",
]
#: control characters that must not reach a text output (tab and line feed may)
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

hostile = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=3).map(
    lambda parts: "x " + " ".join(parts))


def map_yaml(texts: list[str], scores: tuple[int, int]) -> str:
    """A valid map with every text field from ``texts`` (JSON strings are YAML)."""
    q = [json.dumps(t) for t in texts]
    return f"""cxmap: 1
id: hostile
title: {q[0]}
persona: {q[1]}
description: {q[2]}
departments:
  - id: dep
    name: {q[3]}
branches:
  - id: web
    name: {q[4]}
  - id: shop
    name: {q[5]}
stages:
  - id: s1
    name: {q[6]}
    touchpoints:
      - id: a_b
        name: {q[7]}
        owner: dep
        score: {scores[0]}
        notes: {q[8]}
        next: [a-b, a_b_2]
      - id: a-b
        name: {q[9]}
        branches: [web]
        score: -1
        next: [a_b_2]
  - id: s2
    name: {q[10]}
    touchpoints:
      - id: a_b_2
        name: {q[11]}
        score: {scores[1]}
        momentOfTruth: true
"""


def _no_control(text: str, what: str) -> None:
    found = CONTROL.search(text)
    assert found is None, f"{what}: control character {found.group()!r} survived"


def _markdown_is_inert(text: str, what: str) -> None:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)

    def walk(items):  # type: ignore[no-untyped-def]
        for tok in items:
            yield tok
            yield from walk(tok.children or [])

    for tok in walk(tokens):
        assert tok.type not in ("link_open", "image", "html_block", "autolink"), (what, tok)
        if tok.type == "html_inline":
            assert tok.content == "<br>", (what, tok.content)
    _no_control(text, what)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def _html_is_inert(text: str, what: str) -> None:
    parser = _Tags()
    parser.feed(text)
    parser.close()
    for tag, attrs in parser.tags:
        assert tag not in ("script", "iframe", "object", "embed", "img"), (what, tag)
        for name, value in attrs:
            assert not name.startswith("on"), (what, tag, name)
            if name in ("href", "src", "xlink:href"):
                assert value is not None and not value.lower().startswith("javascript"), what
    _no_control(text, what)


def _svg_is_inert(data: bytes, what: str) -> None:
    root = ElementTree.fromstring(data)  # well-formed XML
    for el in root.iter():
        assert not el.tag.endswith("script"), what
        for name, value in el.attrib.items():
            assert not name.startswith("on"), (what, name)
            assert "javascript:" not in value.lower(), (what, name)


def invoke(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, (args, result.output)
    assert "Traceback" not in result.output
    return result.stdout


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(texts=st.lists(hostile, min_size=12, max_size=12))
def test_every_format_on_hostile_text(tmp_path_factory: pytest.TempPathFactory,
                                      texts: list[str]) -> None:
    folder = tmp_path_factory.mktemp("hostile")
    old, new = folder / "old.cxmap.yaml", folder / "new.cxmap.yaml"
    old.write_text(map_yaml(texts, (-2, 0)), encoding="utf-8")
    new.write_text(map_yaml(texts, (1, 2)), encoding="utf-8")

    dot = invoke("render", str(new), "-f", "dot", "-o", "-")
    _no_control(dot, "dot")
    import pygraphviz

    graph = pygraphviz.AGraph(string=dot)  # Graphviz's own parser accepts it
    assert {"a_b", "a-b", "a_b_2"} <= set(graph.nodes())

    mmd = invoke("render", str(new), "-f", "mmd", "-o", "-")
    _no_control(mmd, "mmd")
    assert "%" not in mmd  # no Mermaid directive or comment can start
    assert len(set(re.findall(r"^    (tp_\S+)\[", mmd, re.MULTILINE))) == 3

    svg = folder / "map.svg"
    invoke("render", str(new), "-o", str(svg))
    _svg_is_inert(svg.read_bytes(), "svg")

    _markdown_is_inert(invoke("report", str(new), "-f", "markdown", "-o", "-"), "report md")
    html = folder / "report.html"
    invoke("report", str(new), "-o", str(html), "--no-diagram")
    _html_is_inert(html.read_text(encoding="utf-8"), "report html")

    _markdown_is_inert(invoke("diff", str(old), str(new), "-f", "markdown", "--all"), "diff md")
    _no_control(invoke("diff", str(old), str(new), "--all"), "diff text")
    diff_json = invoke("diff", str(old), str(new), "-f", "json")
    _no_control(diff_json, "diff json")
    assert json.loads(diff_json)


@needs_git
def test_history_markdown_on_hostile_text(tmp_path: Path) -> None:
    texts = [f"x {FRAGMENTS[i % len(FRAGMENTS)]} {FRAGMENTS[(i * 7 + 3) % len(FRAGMENTS)]}"
             for i in range(12)]
    repo = GitRepo(tmp_path / "repo")
    repo.write("m.cxmap.yaml", map_yaml(texts, (-2, 0)))
    repo.commit("wave 1 ![p](https://example.com/p.png) \x1b[31m")
    repo.write("m.cxmap.yaml", map_yaml(texts, (1, 2)).replace("cxmap: 1\n", "cxmap: 1\n# 2\n"))
    repo.git("tag", "v<script>|_x_!")
    repo.commit("wave 2")
    out = invoke("history", str(repo.root / "m.cxmap.yaml"), "-f", "markdown")
    _markdown_is_inert(out, "history md")
    _no_control(invoke("history", str(repo.root / "m.cxmap.yaml")), "history text")
    assert subprocess.run(["git", "--version"], capture_output=True).returncode == 0
