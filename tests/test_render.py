"""Rendering: DOT contract, golden DOT, SVG/PNG/PDF, escaping, every example.

Regenerate the golden DOT files after an intended design change with
``CXMAP_REGEN_GOLDEN=1 pytest tests/test_render.py`` and review the diff.
"""

from __future__ import annotations

import os
import re
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cxmap.api import load_bytes, load_map
from cxmap.graph import UnknownBranchError, build_graph
from cxmap.layout import LayoutError, layout
from cxmap.model.journey import Journey
from cxmap.outputs.render import (
    RENDERERS,
    Direction,
    FormatError,
    RenderFormat,
    RenderOptions,
    format_for_path,
    parse_format,
    render,
    render_dot,
)
from cxmap.outputs.render.text import clean, html_text
from tests.conftest import example_maps

GOLDEN = Path(__file__).parent / "golden" / "render"
REGEN = os.environ.get("CXMAP_REGEN_GOLDEN") == "1"
SVG_NS = "{http://www.w3.org/2000/svg}"


def load(path: Path) -> Journey:
    loaded = load_map(path)
    assert loaded.journey is not None, loaded.diagnostics
    return loaded.journey


def journey_of(text: str) -> Journey:
    loaded = load_bytes(textwrap.dedent(text).encode(), "t.cxmap.yaml")
    assert loaded.journey is not None, loaded.diagnostics
    return loaded.journey


def dot_graph(source: str):  # type: ignore[no-untyped-def]
    import pygraphviz

    return pygraphviz.AGraph(string=source)


# --------------------------------------------------------------------- dispatch
def test_every_format_has_a_renderer() -> None:
    assert set(RENDERERS) == set(RenderFormat)


@pytest.mark.parametrize("fmt", list(RenderFormat))
def test_every_format_renders(fmt: RenderFormat) -> None:
    out = render(load(example_maps()[0]), fmt)
    assert isinstance(out, bytes if fmt.needs_layout else str)
    assert out


def test_format_by_extension_and_name() -> None:
    assert format_for_path("a/map.SVG") is RenderFormat.SVG
    assert format_for_path("map.mmd") is RenderFormat.MERMAID
    assert format_for_path("map.gv") is RenderFormat.DOT
    assert parse_format("mermaid") is RenderFormat.MERMAID
    assert parse_format("Mermaid-Journey") is RenderFormat.MERMAID_JOURNEY
    with pytest.raises(FormatError, match="unknown output extension"):
        format_for_path("map.txt")
    with pytest.raises(FormatError, match="no extension"):
        format_for_path("map")
    with pytest.raises(FormatError, match="unknown format"):
        parse_format("jpeg")


# --------------------------------------------------------------------- DOT contract
@pytest.mark.parametrize("path", example_maps(), ids=lambda p: p.name)
def test_dot_nodes_are_touchpoint_ids_and_edges_are_graph_edges(path: Path) -> None:
    journey = load(path)
    graph = dot_graph(render_dot(journey))
    assert set(graph.nodes()) == {tp.id for tp in journey.touchpoints}
    edges = build_graph(journey).edges()
    assert {(u, v) for u, v in graph.edges()} == {(e.source, e.target) for e in edges}
    assert len(graph.edges()) == len(edges)


def test_dot_back_edges_do_not_constrain_ranking() -> None:
    journey = load(Path(__file__).parent.parent / "examples" / "sklep-omnichannel.cxmap.yaml")
    graph = dot_graph(render_dot(journey))
    assert graph.get_edge("decyzja-reklamacyjna", "wizyta-w-salonie").attr["constraint"] == \
        "false"
    assert graph.get_edge("ankieta-nps", "program-lojalnosciowy").attr["constraint"] in (
        None, "")


def test_dot_branch_option_keeps_only_that_path() -> None:
    journey = load(Path(__file__).parent.parent / "examples" / "telecom-contract.cxmap.yaml")
    graph = dot_graph(render_dot(journey, RenderOptions(branch="online")))
    expected = build_graph(journey, "online")
    assert set(graph.nodes()) == set(expected.nodes())
    assert {(u, v) for u, v in graph.edges()} == {(e.source, e.target)
                                                  for e in expected.edges()}
    with pytest.raises(UnknownBranchError):
        render_dot(journey, RenderOptions(branch="fax"))


def test_direction_title_and_legend_options() -> None:
    journey = load(example_maps()[0])
    source = render_dot(journey, RenderOptions(direction=Direction.TB, title="", legend=False))
    graph = dot_graph(source)
    assert graph.graph_attr["rankdir"] == "TB"
    assert journey.title not in source
    assert "Legend" not in source and "Legenda" not in source
    assert "Custom heading" in render_dot(journey, RenderOptions(title="Custom heading"))


def test_big_graphs_cap_network_simplex() -> None:
    stages = "\n".join(
        f"  - id: s{i}\n    name: S{i}\n    touchpoints:\n"
        + "\n".join(f"      - {{id: t{i}-{j}, name: T {i} {j}}}" for j in range(20))
        for i in range(10))
    journey = journey_of("cxmap: 1\nid: big\ntitle: Big\nstages:\n" + stages + "\n")
    graph = dot_graph(render_dot(journey))
    assert graph.graph_attr["nslimit"] == "1"
    assert "nslimit" not in render_dot(load(example_maps()[0]))


# --------------------------------------------------------------------- golden DOT
@pytest.mark.parametrize("path", example_maps(), ids=lambda p: p.name)
def test_golden_dot(path: Path) -> None:
    golden = GOLDEN / (path.name.removesuffix(".cxmap.yaml") + ".dot")
    actual = render_dot(load(path))
    if REGEN:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"missing {golden}; run with CXMAP_REGEN_GOLDEN=1"
    assert actual == golden.read_text(encoding="utf-8"), (
        f"{golden.name} differs; if the change is intended, regenerate with "
        "CXMAP_REGEN_GOLDEN=1 and review the diff")


# --------------------------------------------------------------------- SVG / PNG / PDF
def svg_node_texts(svg: bytes) -> dict[str, str]:
    """Node name (the SVG <title>) -> all text drawn in that node."""
    root = ET.fromstring(svg)
    out = {}
    for g in root.iter(f"{SVG_NS}g"):
        if g.get("class") != "node":
            continue
        title = g.find(f"{SVG_NS}title")
        assert title is not None and title.text is not None
        out[title.text] = " ".join(t.text or "" for t in g.iter(f"{SVG_NS}text"))
    return out


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("path", example_maps(), ids=lambda p: p.name)
def test_every_example_renders_to_svg_with_every_name(path: Path) -> None:
    journey = load(path)
    svg = render(journey, RenderFormat.SVG)
    assert isinstance(svg, bytes)
    texts = svg_node_texts(svg)
    assert set(texts) == {tp.id for tp in journey.touchpoints}
    for tp in journey.touchpoints:
        assert squash(tp.name) in squash(texts[tp.id]), tp.id
    all_text = squash(" ".join(t.text or "" for t in ET.fromstring(svg).iter(f"{SVG_NS}text")))
    for stage in journey.stages:
        if stage.touchpoints:
            assert squash(stage.name) in all_text
    assert b"<a " not in svg and b"xlink:href" not in svg


@pytest.mark.slow
@pytest.mark.parametrize("path", example_maps(), ids=lambda p: p.name)
def test_every_example_renders_to_png_and_pdf(path: Path) -> None:
    journey = load(path)
    png = render(journey, RenderFormat.PNG)
    pdf = render(journey, RenderFormat.PDF)
    assert isinstance(png, bytes) and png.startswith(b"\x89PNG\r\n\x1a\n")
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF-")
    assert len(png) > 10_000


@pytest.mark.slow
def test_pdf_embeds_a_font_with_polish_glyphs() -> None:
    journey = load(Path(__file__).parent.parent / "examples" / "sklep-omnichannel.cxmap.yaml")
    pdf = render(journey, RenderFormat.PDF)
    assert isinstance(pdf, bytes)
    assert b"DejaVu" in pdf


def test_layout_errors_are_raised_not_printed(capfd: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(LayoutError, match="mismatched tag"):
        layout('digraph { a [label=<<B>x</I>>] }', RenderFormat.SVG)
    assert "mismatched" not in capfd.readouterr().err
    with pytest.raises(ValueError):
        layout("digraph {}", RenderFormat.DOT)


# --------------------------------------------------------------------- escaping
NASTY = [
    'She said "hi"',
    "back\\slash and trailing \\",
    "\\N \\G \\l \\n escapes",
    "<b>not bold</b> & <i>x</i>",
    "&amp; &lt; literally",
    "line one\nline two",
    "tab\there",
    "ctrl\x01char\x7f",
    "}]; digraph evil { x",
    "javascript:alert(1)",
    "Zażółć gęślą jaźń ŁÓDŹ",
    "<",
    "x" * 20_000,
]


def nasty_journey(names: list[str]) -> Journey:
    import json

    tps = "\n".join(
        f"      - {{id: t{i}, name: {json.dumps(n)}, score: {i % 5 - 2}}}"
        for i, n in enumerate(names))
    title = json.dumps(names[0] + " <title> & \\")
    branch = json.dumps('Branch <one> & \\ "q"')
    stage = json.dumps("Stage <B>x</B> \\N")
    return journey_of(f"""\
cxmap: 1
id: nasty
title: {title}
branches:
  - {{id: b1, name: {branch}}}
  - {{id: b2, name: B2}}
stages:
  - id: s
    name: {stage}
    touchpoints:
{tps}
      - {{id: only1, name: "on b1", branch: b1}}
""")


def expected_shown(name: str) -> str:
    return squash(clean(name, 160))


def test_escaping_in_svg_shows_text_as_typed() -> None:
    journey = nasty_journey(NASTY)
    dot = render_dot(journey)
    assert "URL" not in dot and "href" not in dot
    svg = render(journey, RenderFormat.SVG)
    assert isinstance(svg, bytes)
    texts = svg_node_texts(svg)  # parses: valid XML even with control characters
    for i, name in enumerate(NASTY):
        shown = squash(texts[f"t{i}"])
        want = expected_shown(name)
        if len(name) < 160:
            assert want in shown, (name, shown)
        else:
            assert want.rstrip("…") in shown and "…" in shown
    ctrl = NASTY.index("ctrl\x01char\x7f")
    assert "\u2401" in texts[f"t{ctrl}"]
    root = ET.fromstring(svg)
    # no user text became markup: no bold/italic from the names, no links
    assert not any(el.tag.endswith("}a") for el in root.iter())
    all_text = squash(" ".join(t.text or "" for t in root.iter(f"{SVG_NS}text")))
    assert squash("Stage <B>x</B> \\N") in all_text
    assert squash('Branch <one> & \\ "q"') in all_text
    assert squash("<title> & \\") in all_text


@pytest.mark.parametrize("fmt", [RenderFormat.PNG, RenderFormat.PDF])
def test_escaping_cases_render_to_binary_formats(fmt: RenderFormat) -> None:
    out = render(nasty_journey(NASTY), fmt)
    assert isinstance(out, bytes) and len(out) > 1000


def test_html_text_escapes_markup_and_backslashes() -> None:
    assert html_text('<a href="x">&\\N') == "&lt;a href=&quot;x&quot;&gt;&amp;\\\\N"
    assert clean("a\x00b\x1fc\x85d\r\ne") == "a\u2400b\u241fc\ufffdd\ne"
    assert len(clean("y" * 500, 100)) == 100


def test_label_limit_is_respected() -> None:
    journey = nasty_journey(["z" * 50_000])
    for label in re.findall(r"label=<(.*?)>\]?\n", render_dot(journey)):
        assert len(label) < 16_384
