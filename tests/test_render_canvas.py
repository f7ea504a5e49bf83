"""The journey-map canvas (--view canvas) and pages (--page): geometry, parsed
SVG, PDF page sizes, PNG resolution, escaping, every example in both views."""

from __future__ import annotations

import io
import itertools
import re
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from cxmap.api import load_bytes, load_map
from cxmap.graph import build_graph
from cxmap.model.journey import Journey
from cxmap.outputs.charts.curve import score_y
from cxmap.outputs.render import (
    Page,
    RenderFormat,
    RenderOptions,
    View,
    ViewError,
    render,
    render_dot,
)
from cxmap.outputs.render.canvas import canvas_svg
from cxmap.outputs.render.canvas_geometry import CanvasLayout, layout_canvas
from cxmap.outputs.render.page import PAGE_SIZES, fit
from cxmap.outputs.render.svg import fit_lines, text_width
from cxmap.outputs.render.text import clean
from tests.conftest import example_maps

ROOT = Path(__file__).resolve().parents[1]

NS = "{http://www.w3.org/2000/svg}"
PAGES = [None, Page.A4, Page.A3]


def journey_of(text: str) -> Journey:
    loaded = load_bytes(textwrap.dedent(text).encode(), "t.cxmap.yaml")
    assert loaded.journey is not None, loaded.diagnostics
    return loaded.journey


def load(path: Path) -> Journey:
    journey = load_map(path).journey
    assert journey is not None
    return journey


def texts(root: ET.Element, css_class: str | None = None) -> list[str]:
    return [t.text or "" for t in root.iter(f"{NS}text")
            if css_class is None or t.get("class") == css_class]


def card_names(root: ET.Element) -> dict[str, str]:
    """Each card's name as drawn (its lines joined by spaces)."""
    out = {}
    for g in root.iter(f"{NS}g"):
        if g.get("class") == "card":
            out[g.get("data-id", "")] = " ".join(
                t.text or "" for t in g.iter(f"{NS}text") if t.get("class") == "card-name")
    return out


# ------------------------------------------------------------------------- geometry
def check_geometry(journey: Journey, lay: CanvasLayout) -> None:
    graph = build_graph(journey)
    ids = {tp.id for _s, tp in journey.iter_touchpoints() if tp.id in graph}
    assert set(lay.cards) == ids
    sheet = (0.0, 0.0, lay.width, lay.height)
    for card in lay.cards.values():
        band = lay.bands[card.band]
        column = band.columns[card.stage]
        cell = band.cells[(card.stage, card.lane)]
        # inside its stage's column, inside its (stage, lane) cell, on the sheet
        assert column.contains(card.box), card
        assert cell.contains(card.box), card
        if (card.stage, "online") in band.cells or len(lay.lanes) == 1:
            assert band.lanes[card.lane].contains(card.box), card
        assert sheet[0] <= card.box.x and card.box.right <= sheet[2]
        assert sheet[1] <= card.box.y and card.box.bottom <= sheet[3]
        # under the stage header, above the curve
        assert card.box.y >= band.header[card.stage].bottom
        assert card.box.bottom <= band.curve.top
    for a, b in itertools.combinations(lay.cards.values(), 2):
        assert not a.box.overlaps(b.box), (a.tp_id, b.tp_id)
    for a, b in itertools.pairwise(lay.bands):
        assert a.box.bottom <= b.box.y
    for band in lay.bands:
        for x, y in itertools.pairwise(band.stages):
            assert band.columns[x].right <= band.columns[y].x + 0.01
        # the curve's points lie inside their stage's column
        for tp_id, x in band.xs.items():
            stage = lay.cards[tp_id].stage
            assert band.columns[stage].x < x < band.columns[stage].right


@pytest.mark.parametrize("page", PAGES, ids=str)
@pytest.mark.parametrize("path", example_maps(), ids=lambda p: p.name)
def test_cards_sit_in_their_stage_and_lane_and_never_overlap(path: Path,
                                                             page: Page | None) -> None:
    journey = load(path)
    lay = layout_canvas(journey, build_graph(journey), page=page.size if page else None)
    check_geometry(journey, lay)


def test_lanes_one_per_branch_plus_the_shared_lane() -> None:
    journey = load(Path("examples/sklep-omnichannel.cxmap.yaml"))
    lay = layout_canvas(journey, build_graph(journey))
    assert [lane for lane, _n in lay.lanes] == ["", "online", "salon", "infolinia"]
    assert lay.cards["reklama-social"].lane == ""
    assert lay.cards["karta-produktu"].lane == "online"
    assert lay.cards["wizyta-w-salonie"].lane == "salon"
    assert lay.cards["infolinia-ivr"].lane == "infolinia"
    # on two branches: in one of their lanes
    assert lay.cards["probki-tkanin"].lane in ("online", "salon")
    one = layout_canvas(journey, build_graph(journey, "salon"))
    assert [lane for lane, _n in one.lanes] == ["", "salon"]
    assert "karta-produktu" not in one.cards
    assert one.cards["probki-tkanin"].lane == "salon"


def test_curve_points_are_at_their_scores_heights() -> None:
    journey = load(Path("examples/telecom-contract.cxmap.yaml"))
    svg, lay = canvas_svg(journey, build_graph(journey))
    root = ET.fromstring(svg)
    scores = {tp.id: tp.score for _s, tp in journey.iter_touchpoints()}
    points = {c.get("data-id"): c for c in root.iter(f"{NS}circle")
              if c.get("class") in ("curve-point", "curve-unscored")}
    assert set(points) == set(scores)
    curve = lay.bands[0].curve
    for tp_id, circle in points.items():
        expected = score_y(scores[tp_id] if scores[tp_id] is not None else 0, curve)
        assert float(circle.get("cy", "nan")) == pytest.approx(expected, abs=0.01)
        assert float(circle.get("cx", "nan")) == pytest.approx(lay.bands[0].xs[tp_id],
                                                               abs=0.01)
    assert points["app-usage"].get("class") == "curve-unscored"   # a gap, on the 0 line


# ----------------------------------------------------------------------- parsed SVG
@pytest.mark.parametrize("path", example_maps(), ids=lambda p: p.name)
def test_every_name_is_in_the_canvas(path: Path) -> None:
    journey = load(path)
    data = render(journey, RenderFormat.SVG, RenderOptions(view=View.CANVAS))
    assert isinstance(data, bytes)
    root = ET.fromstring(data)
    names = card_names(root)
    titles = {g.get("data-id"): g.findtext(f"{NS}title") for g in root.iter(f"{NS}g")
              if g.get("class") == "card"}
    numbers = {}
    for _stage, tp in journey.iter_touchpoints():
        numbers[tp.id] = len(numbers) + 1
        drawn = names[tp.id]
        if len(tp.name) <= 80:                     # whole (longer ones end in …)
            assert drawn == clean(tp.name).replace("\n", " ")
        # the tooltip: the number the card and its curve point carry, the name
        assert titles[tp.id] == f"{numbers[tp.id]}. {clean(tp.name)}"
    joined = " ".join(texts(root))
    for stage in journey.stages:
        first = stage.name.split()[0]
        assert first in joined
    for branch in journey.branches or ():
        assert branch.name.split()[0] in joined
    assert journey.title.split()[0] in joined


def test_card_carries_score_channel_owner_marks_and_target() -> None:
    journey = load(Path("examples/insurance-claim.cxmap.yaml"))
    root = ET.fromstring(render(journey, RenderFormat.SVG, RenderOptions(view=View.CANVAS)))
    cards = {g.get("data-id"): g for g in root.iter(f"{NS}g") if g.get("class") == "card"}
    card = cards["renewal-offer"]                      # −1 → 0, moment of truth
    words = [t.text for t in card.iter(f"{NS}text")]
    assert "−1" in words and "→ 0" in words and "★" in words
    score = next(r for r in card.iter(f"{NS}rect") if r.get("class") == "card-score")
    assert score.get("fill") == "#fdae61"
    boxes = [r for r in card.iter(f"{NS}rect") if r.get("fill") == "none"]
    assert boxes                                       # the double border
    docs = cards["documents-request"]                  # −2, customer effort
    box = next(r for r in docs.iter(f"{NS}rect") if r.get("class") == "card-box")
    assert float(box.get("stroke-width", "0")) > 2
    assert "⚠" in [t.text for t in docs.iter(f"{NS}text")]
    video = cards["video-assessment"]                  # unscored: dashed, "?"
    vbox = next(r for r in video.iter(f"{NS}rect") if r.get("class") == "card-box")
    assert vbox.get("stroke-dasharray")
    assert "?" in [t.text for t in video.iter(f"{NS}text")]
    meta = [t.text for t in cards["claims-hotline"].iter(f"{NS}text")
            if t.get("class") == "card-meta"]
    tp = journey.touchpoint("claims-hotline")
    assert tp.channel in meta


HOSTILE = """\
    cxmap: 1
    id: h
    title: "<script>alert(1)</script> & \\"quotes\\" 'single'"
    persona: "\\u202eevil\\u202c persona"
    branches:
      - {id: a, name: "A <b>bold</b>"}
      - {id: b, name: "B & \\u2066co\\u2069"}
    stages:
      - id: s
        name: "Stage <i>&amp;</i> \\x01 ctrl"
        touchpoints:
          - {id: t1, name: "Name with <tag> & \\"q\\"", score: 1, channel: "<web>", owner: "a&b"}
          - {id: t2, name: "bell \\x07 and tab\\tend", branch: a, score: -2}
          - {id: t3, name: "\\u202eoverride\\u202c text", branch: b}
    """


def test_hostile_text_shows_as_typed_and_never_becomes_markup() -> None:
    journey = journey_of(HOSTILE)
    for page in (None, Page.A4):
        data = render(journey, RenderFormat.SVG, RenderOptions(view=View.CANVAS, page=page))
        assert isinstance(data, bytes)
        text = data.decode()
        root = ET.fromstring(data)                    # valid XML
        assert "<script" not in text and "<b>" not in text and "<tag>" not in text
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\u202a-\u202e\u2066-\u2069]", text)
        names = card_names(root)
        assert names["t1"].startswith('Name with <tag> & "q"')
        assert "␇" in names["t2"]
        assert "\ufffdoverride\ufffd" in names["t3"]
        assert root.findtext(f"{NS}title") == "<script>alert(1)</script> & \"quotes\" 'single'"
        joined = "".join(texts(root)).replace(" ", "")      # narrow boxes break words
        assert "<script>alert(1)</script>" in joined
        assert "A<b>bold</b>" in joined
        assert "<web>" in joined


def test_text_fits_its_box() -> None:
    lines = fit_lines("Zamówienie próbek tkanin do domu w Poznaniu", 100, 9, bold=True)
    assert all(text_width(line, 9, bold=True) <= 100 for line in lines)
    for line, after in itertools.pairwise(lines):     # greedy: the next word did not fit
        assert text_width(f"{line} {after.split()[0]}", 9, bold=True) > 100
    assert fit_lines("a" * 80, 50, 9, max_lines=2)[-1].endswith("…")
    for line in fit_lines("Wizyta w salonie i rozmowa z doradcą o tkaninach", 70, 9):
        assert line.split(" ")[-1] not in {"w", "i", "z", "o"}


# --------------------------------------------------------------------------- pages
def pdf_size(data: bytes) -> tuple[float, float]:
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    return float(box.width), float(box.height)


@pytest.mark.slow
@pytest.mark.parametrize("page", list(Page), ids=str)
def test_pdf_is_exactly_the_page_in_landscape(page: Page) -> None:
    journey = load(Path("examples/insurance-claim.cxmap.yaml"))
    for view in View:
        data = render(journey, RenderFormat.PDF, RenderOptions(view=view, page=page))
        assert isinstance(data, bytes)
        width, height = pdf_size(data)
        assert (width, height) == pytest.approx(PAGE_SIZES[page], abs=0.5)
        assert width > height


def test_png_resolution_follows_dpi() -> None:
    from PIL import Image

    journey = load(Path("examples/insurance-claim.cxmap.yaml"))
    for dpi, view in ((150, View.CANVAS), (100, View.FLOW)):
        data = render(journey, RenderFormat.PNG,
                      RenderOptions(view=view, page=Page.A4, dpi=dpi))
        assert isinstance(data, bytes)
        size = Image.open(io.BytesIO(data)).size
        assert size == (round(841.89 * dpi / 72), round(595.28 * dpi / 72))
    default = render(journey, RenderFormat.PNG, RenderOptions(view=View.CANVAS,
                                                              page=Page.A4))
    assert isinstance(default, bytes)
    assert Image.open(io.BytesIO(default)).size[0] == 1754       # 150 dpi


def test_fit_keeps_the_margins_and_the_proportions() -> None:
    placed = fit(1000, 500, Page.A4)
    x, y, vw, vh = placed.view_box
    assert placed.scale == pytest.approx((841.89 - 2 * 14.17) / 1000)
    assert vw / vh == pytest.approx(841.89 / 595.28)
    assert x < 0 and y < 0


@pytest.mark.parametrize("page", [Page.A4, Page.A3], ids=str)
def test_canvas_text_stays_readable_on_a_page(page: Page) -> None:
    """A small map is drawn at 100 % or more: every text at least 8 pt."""
    from cxmap.outputs.render.canvas_geometry import MIN_FONT

    journey = load(Path("examples/insurance-claim.cxmap.yaml"))
    lay = layout_canvas(journey, build_graph(journey), page=page.size)
    assert fit(lay.width, lay.height, page).scale * MIN_FONT >= 8


def test_canvas_and_pages_refuse_dot_and_mermaid() -> None:
    journey = load(Path("examples/insurance-claim.cxmap.yaml"))
    for fmt in (RenderFormat.DOT, RenderFormat.MERMAID, RenderFormat.MERMAID_JOURNEY):
        with pytest.raises(ViewError):
            render(journey, fmt, RenderOptions(view=View.CANVAS))
        with pytest.raises(ViewError):
            render(journey, fmt, RenderOptions(page=Page.A4))


# ------------------------------------------------------------------ flow on a page
def test_flow_page_stacks_rows_in_journey_order_with_continuation_marks() -> None:
    journey = load(Path("examples/telecom-contract.cxmap.yaml"))
    options = RenderOptions(page=Page.A4)
    dot = render_dot(journey, options)
    graph = build_graph(journey)
    rows = re.findall(r"subgraph cluster_row_(\d+)", dot)
    assert len(rows) >= 2
    svg = render(journey, RenderFormat.SVG, options)
    assert isinstance(svg, bytes)
    root = ET.fromstring(svg)
    assert root.get("width") == "841.89pt" and root.get("height") == "595.28pt"
    tops = {}
    for g in root.iter(f"{NS}g"):
        title = g.find(f"{NS}title")
        if g.get("class") == "cluster" and title is not None and title.text and \
                title.text.startswith("cluster_row_"):
            path = g.find(f"{NS}path") or g.find(f"{NS}polygon")
            assert path is not None
            numbers = [float(v) for v in re.findall(r"-?\d+\.?\d*",
                                                     path.get("d") or path.get("points", ""))]
            tops[int(title.text.rsplit("_", 1)[1])] = min(numbers[1::2])
    assert sorted(tops) == list(range(1, len(tops) + 1))
    order = [tops[k] for k in sorted(tops)]
    assert order == sorted(order)                      # row 1 on top
    # every edge is drawn: within a row as itself, between rows as two marks
    drawn = set(re.findall(r'^\s*"?([^"\s]+)"? -> "?([^"\s]+)"?', dot, re.M))
    for edge in graph.edges():
        if (edge.source, edge.target) not in drawn:
            assert any(a == edge.source and b.startswith("continues") for a, b in drawn)
            assert any(b == edge.target and a.startswith("continued") for a, b in drawn)
    assert "continues in row 2" in " ".join(texts(root))


def test_flow_title_and_subtitle_do_not_touch() -> None:
    journey = load(Path("examples/insurance-claim.cxmap.yaml"))
    dot = render_dot(journey)
    assert '<FONT POINT-SIZE="5"> </FONT>' in dot


# ------------------------------------------------------------- every example drawn
@pytest.mark.parametrize("view", list(View), ids=str)
@pytest.mark.parametrize("path", example_maps(), ids=lambda p: p.name)
def test_every_example_in_both_views_on_a4(path: Path, view: View) -> None:
    journey = load(path)
    data = render(journey, RenderFormat.PDF, RenderOptions(view=view, page=Page.A4))
    assert isinstance(data, bytes)
    assert pdf_size(data) == pytest.approx(PAGE_SIZES[Page.A4], abs=0.5)
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert journey.stages[0].name.split()[0] in text


def test_dpi_changes_only_the_png_not_the_page_layout() -> None:
    journey = load(Path("examples/telecom-contract.cxmap.yaml"))
    plain = render_dot(journey, RenderOptions(page=Page.A3))
    assert render_dot(journey, RenderOptions(page=Page.A3, dpi=90)) == plain
    assert "dpi=90" in render_dot(journey, RenderOptions(dpi=90))


def test_flow_shared_edges_are_thicker_than_one_branchs() -> None:
    journey = load(Path("examples/telecom-contract.cxmap.yaml"))
    graph = build_graph(journey)
    dot = render_dot(journey)
    for edge in graph.edges():
        pattern = rf'\s*"?{re.escape(edge.source)}"? -> "?{re.escape(edge.target)}"?\b'
        line = next(ln for ln in dot.splitlines() if re.match(pattern, ln))
        every = edge.branches >= set(journey.branch_ids)
        assert ("penwidth=3.2" in line) == every, line


# ------------------------------------------------------- legible on one A4 page
def smallest_text_pt(svg: bytes) -> float:
    """The smallest font size on the page in pt: each text's font-size times
    the scales of its ancestors' transforms and the page's own (root width in
    pt over the viewBox width)."""
    root = ET.fromstring(svg)
    width = float(re.sub(r"[a-z]+$", "", root.get("width", "")))
    unit = width / float(root.get("viewBox", "").split()[2])
    sizes: list[float] = []

    def walk(el: ET.Element, scale: float, size: float) -> None:
        for m in re.finditer(r"scale\(([-\d.e]+)", el.get("transform", "")):
            scale *= float(m.group(1))
        size = float(el.get("font-size", size))
        if el.tag == f"{NS}text" and "".join(el.itertext()).strip():
            sizes.append(size * scale)
        for child in el:
            walk(child, scale, size)

    walk(root, unit, 14.0)
    return min(sizes)


#: the smallest text (pt) each example's canvas reaches on A4, and the
#: generated 30-touchpoint Polish map's.  Every example reaches 8 pt: a
#: stage of shared cards only is a shared column (the shop's stages 3 and 4:
#: with one tall shared lane across the sheet instead, the shop stays at
#: 6.9 pt).  The 30-touchpoint map (7 stages, 3 paths, every stage but the
#: last mixing shared and path cards) does not fit A4 at 8 pt and says so.
A4_FLOORS = {"insurance-claim": 10.4, "telecom-contract-2025": 8.5,
             "telecom-contract": 7.995, "sklep-omnichannel": 7.995, "pl30": 6.75}


def _a4_canvas(journey: Journey) -> tuple[float, list[str]]:
    from cxmap.outputs.render import draw_canvas

    notes: list[str] = []
    data = draw_canvas(journey, RenderFormat.SVG, RenderOptions(view=View.CANVAS,
                                                                page=Page.A4), notes)
    root = ET.fromstring(data)
    assert (root.get("width"), root.get("height")) == ("841.89pt", "595.28pt")
    return smallest_text_pt(data), notes


def test_every_example_canvas_fits_a4_with_readable_text(tmp_path: Path) -> None:
    for path in _director_maps(tmp_path):
        journey = load(path)
        smallest, notes = _a4_canvas(journey)
        assert smallest >= A4_FLOORS[path.name.split(".")[0]], (path.name, smallest)
        if smallest >= 7.95:
            assert notes == []                              # no "does not fit" note
        else:
            assert len(notes) == 1 and f"{smallest:.1f}" in notes[0].replace(",", ".")


@pytest.mark.parametrize("page", PAGES, ids=str)
@pytest.mark.parametrize("path", example_maps(), ids=lambda p: p.name)
def test_curve_labels_cover_no_point_marker_or_other_label(path: Path,
                                                            page: Page | None) -> None:
    journey = load(path)
    _svg, lay = canvas_svg(journey, build_graph(journey), page=page.size if page else None)
    for band in lay.bands:
        labels = [b for b in band.marks if b.kind == "label"]
        assert labels
        for label in labels:
            for other in band.marks:
                if other is not label:
                    assert not label.overlaps(other), (label, other)
            # inside the band, under its lanes
            assert band.box.y <= label.y0 and label.y1 <= band.box.bottom + 0.01
            assert band.box.x <= label.x0 and label.x1 <= band.box.right + 0.01


@pytest.mark.parametrize("path", example_maps(), ids=lambda p: p.name)
def test_card_text_stays_inside_its_card(path: Path) -> None:
    from cxmap.outputs.render.canvas_geometry import META_FONT, NAME_FONT, PAD

    journey = load(path)
    lay = layout_canvas(journey, build_graph(journey), page=Page.A4.size)
    for tp_id, card in lay.cards.items():
        content = lay.content[tp_id]
        inner = card.box.w - 2 * PAD
        assert all(text_width(ln, NAME_FONT, bold=True) <= inner + 0.01 for ln in content.name)
        assert all(text_width(" · ".join(pieces), META_FONT) <= inner + 0.01
                   for pieces in content.meta)
        assert content.height <= card.box.h + 0.01, tp_id


# -------------------------------------------------------- flow view: page and nits
def cluster_boxes(svg: bytes) -> dict[str, tuple[float, float, float, float]]:
    """Graphviz's cluster boxes by name: (x0, y0, x1, y1) in the SVG's units."""
    out = {}
    for g in ET.fromstring(svg).iter(f"{NS}g"):
        title = g.findtext(f"{NS}title") or ""
        if g.get("class") == "cluster" and re.fullmatch(r"cluster_\d+", title):
            shape = g.find(f"{NS}path")
            if shape is None:
                shape = g.find(f"{NS}polygon")
            assert shape is not None
            numbers = [float(v) for v in re.findall(r"-?\d+\.?\d*",
                                                     shape.get("d") or shape.get("points", ""))]
            xs, ys = numbers[0::2], numbers[1::2]
            out[title] = (min(xs), min(ys), max(xs), max(ys))
    return out


@pytest.mark.parametrize("path", example_maps(), ids=lambda p: p.name)
def test_flow_stage_boxes_stand_side_by_side_in_one_band(path: Path) -> None:
    """Without --page the stages are one band: each stage's box starts right
    of the one before it (never stepped down beside it) and they share a
    horizontal band."""
    journey = load(path)
    data = render(journey, RenderFormat.SVG)
    assert isinstance(data, bytes)
    boxes = [box for _name, box in sorted(cluster_boxes(data).items(),
                                          key=lambda kv: int(kv[0].split("_")[1]))]
    assert len(boxes) == len(journey.stages)
    for a, b in itertools.pairwise(boxes):
        assert a[2] <= b[0] + 0.5, (a, b)
    top = max(box[1] for box in boxes)
    bottom = min(box[3] for box in boxes)
    assert top < bottom                                # one band crosses every stage


@pytest.mark.parametrize("page", [Page.A4, Page.A3], ids=str)
@pytest.mark.parametrize("path", example_maps(), ids=lambda p: p.name)
def test_flow_on_a_page_measures_its_smallest_text(path: Path, page: Page) -> None:
    from cxmap.layout import layout
    from cxmap.outputs.render import draw_flow

    journey = load(path)
    notes: list[str] = []
    options = RenderOptions(page=page)
    data = draw_flow(journey, RenderFormat.SVG, options,
                     lambda dot, warnings: layout(dot, "svg", warnings), None, notes)
    # every example's flow view fits A4 (and A3) with every text at 8 pt or more
    assert smallest_text_pt(data) >= 7.995
    assert notes == []


def test_flow_too_big_for_the_page_notes_its_smallest_text(tmp_path: Path) -> None:
    from cxmap.layout import layout
    from cxmap.outputs.render import draw_flow

    big = tmp_path / "big.cxmap.yaml"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--stages", "12",
                    "60", str(big)], check=True, capture_output=True)
    notes: list[str] = []
    data = draw_flow(load(big), RenderFormat.SVG, RenderOptions(page=Page.A4),
                     lambda dot, warnings: layout(dot, "svg", warnings), None, notes)
    smallest = smallest_text_pt(data)
    # drawn anyway, and the note says how small (the map is Polish: a
    # decimal comma)
    assert smallest < 7.95
    assert len(notes) == 1 and f"{smallest:.1f} pt".replace(".", ",") in notes[0]


def node_boxes(svg: bytes) -> dict[str, tuple[float, float, float, float]]:
    """Graphviz's node extents by name: (x0, y0, x1, y1) of its shape (or of its
    text's anchors, for a mark drawn as plain text)."""
    out = {}
    for g in ET.fromstring(svg).iter(f"{NS}g"):
        if g.get("class") != "node":
            continue
        xs: list[float] = []
        ys: list[float] = []
        for el in g:
            points = el.get("d") or el.get("points")
            if points:
                numbers = [float(v) for v in re.findall(r"-?\d+\.?\d*", points)]
                xs += numbers[0::2]
                ys += numbers[1::2]
            elif el.tag == f"{NS}text":
                xs.append(float(el.get("x", "0")))
                ys.append(float(el.get("y", "0")))
        out[g.findtext(f"{NS}title") or ""] = (min(xs), min(ys), max(xs), max(ys))
    return out


@pytest.mark.parametrize("path", example_maps(), ids=lambda p: p.name)
def test_flow_page_marks_sit_at_the_ends_of_their_row(path: Path) -> None:
    """A mark an edge comes from is left of every touchpoint of its row, a mark
    an edge goes to right of them (not above or below the stages)."""
    from cxmap.layout import layout

    journey = load(path)
    options = RenderOptions(page=Page.A4)
    dot = render_dot(journey, options)
    svg = layout(dot, "svg", None)
    nodes = node_boxes(svg)
    rows: dict[str, tuple[float, float, float, float]] = {}
    for g in ET.fromstring(svg).iter(f"{NS}g"):
        title = g.findtext(f"{NS}title") or ""
        if g.get("class") == "cluster" and title.startswith("cluster_row_"):
            shape = g.find(f"{NS}polygon")
            if shape is None:
                shape = g.find(f"{NS}path")
            assert shape is not None
            numbers = [float(v) for v in re.findall(r"-?\d+\.?\d*",
                                                     shape.get("d") or shape.get("points", ""))]
            rows[title] = (min(numbers[0::2]), min(numbers[1::2]),
                           max(numbers[0::2]), max(numbers[1::2]))
    assert len(rows) > 1
    ids = {tp.id for _s, tp in journey.iter_touchpoints()}
    marks = [name for name in nodes if name.startswith("continue")]
    assert marks
    for box in rows.values():
        inside = [name for name, (_x0, y0, _x1, y1) in nodes.items()
                  if box[1] - 0.5 <= (y0 + y1) / 2 <= box[3] + 0.5]
        touchpoints = [nodes[name] for name in inside if name in ids]
        assert touchpoints
        left = min(b[0] for b in touchpoints)
        right = max(b[2] for b in touchpoints)
        for name in inside:
            if name.startswith("continued"):
                assert nodes[name][2] < left, name
            elif name.startswith("continues"):
                assert nodes[name][0] > right, name
    # every mark is within some row
    assert all(any(box[1] - 0.5 <= (nodes[m][1] + nodes[m][3]) / 2 <= box[3] + 0.5
                   for box in rows.values()) for m in marks)


def test_flow_page_names_each_touchpoint_once_per_row_in_its_marks() -> None:
    journey = load(Path("examples/telecom-contract.cxmap.yaml"))
    dot = render_dot(journey, RenderOptions(page=Page.A4))
    marks = re.findall(r'"(continue[sd]·\d+)" \[label=<(.*?)> ', dot)
    assert marks
    labels = [label for _name, label in marks]
    assert len(labels) == len(set(labels))             # no mark drawn twice
    # an edge into and out of every mark
    for name, _label in marks:
        assert re.search(rf'"{name}" ->|-> "{name}"', dot)


def test_flow_page_boxes_carry_the_marks_as_symbols_on_the_score_line() -> None:
    journey = load(Path("examples/telecom-contract.cxmap.yaml"))
    page = render_dot(journey, RenderOptions(page=Page.A4))
    # the moment of truth: its symbol before the score, a line less than at
    # 100 %; its number (as on the curve and the canvas) before its name
    # (a thin blank line under the name: "operator" reaches below the line)
    assert ('"number-port" [label=<<B>14. Number<BR/>porting from the<BR/>previous operator</B>'
            '<BR/><FONT POINT-SIZE="2"> </FONT><BR/>'
            '<FONT POINT-SIZE="8">★  −1 → target +1</FONT>> ') in page
    # every moment of truth shows its symbol in its box; only the legend names it
    mots = [tp for _s, tp in journey.iter_touchpoints() if tp.moment_of_truth]
    assert mots
    assert page.count("★") == len(mots) + 1
    assert page.count("★ moment of truth") == 1
    assert "★ moment of truth (double border)" in page
    plain = render_dot(journey)
    assert plain.count("★ moment of truth") == len(mots) + 1


# ------------------------------------------------------------------ issue: a director's reading
def _director_maps(tmp_path: Path) -> list[Path]:
    """The examples and a generated 30-touchpoint map with long Polish names."""
    gen = tmp_path / "pl30.cxmap.yaml"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "30", str(gen),
                    "--stages", "7", "--branches", "3", "--seed", "3"], check=True,
                   capture_output=True)
    return [*example_maps(), gen]


@pytest.mark.parametrize("page", [None, Page.A4], ids=str)
def test_shared_cards_stay_in_the_shared_lane_and_lane_names_stay_whole(
        tmp_path: Path, page: Page | None) -> None:
    from cxmap.outputs.render.canvas_geometry import lane_of

    for path in _director_maps(tmp_path):
        journey = load(path)
        graph = build_graph(journey)
        lay = layout_canvas(journey, graph, page=page.size if page else None)
        tps = {tp.id: tp for tp in journey.touchpoints}
        for tp_id, card in lay.cards.items():
            band = lay.bands[card.band]
            if lane_of(tps[tp_id], journey, graph) == "":
                assert card.lane == ""
            if card.stage in band.open_stages:
                # a stage of shared cards only: a shared column, its "All
                # paths" cell down across the lanes, no path's cell in it
                cell = band.cells[(card.stage, "")]
                assert card.lane == "" and cell.contains(card.box), (path.name, tp_id)
                assert [key for key in band.cells if key[0] == card.stage] == [(card.stage, "")]
                assert cell.y == band.lanes[""].y
                assert cell.bottom == pytest.approx(max(b.bottom for b in band.lanes.values()))
            else:
                # the card sits inside its own lane's row, never across two
                assert band.lanes[card.lane].contains(card.box), (path.name, tp_id)
            # no other lane's cell under any part of it
            for (stage, lane), other in band.cells.items():
                if lane != card.lane:
                    assert not other.overlaps(card.box), (path.name, tp_id, stage, lane)
        for lane in lay.lane_info:
            if len(lay.lanes) == 1:
                continue
            # broken at spaces only: the lines are the name's words, in order
            assert " ".join(lane.lines).split() == lane.name.split(), lane
            for band in lay.bands:   # and the lane is tall enough for them
                assert band.lanes[lane.id].h >= len(lane.lines) * SMALL_LEAD


SMALL_LEAD = 9.8


@pytest.mark.parametrize("page", [None, Page.A4], ids=str)
def test_curve_labels_keep_off_the_lines(page: Page | None) -> None:
    from cxmap.outputs.charts.curve import crosses

    for path in example_maps():
        journey = load(path)
        lay = layout_canvas(journey, build_graph(journey), page=page.size if page else None)
        for band in lay.bands:
            assert band.plot is not None
            for label in band.plot.labels:
                hit = [ln for ln in band.plot.lines if crosses(ln, label.box)]
                assert hit == [], (path.name, label.text)


def test_card_text_keeps_inside_a_moment_of_truths_inner_frame() -> None:
    from cxmap.outputs.render.canvas_geometry import NAME_FONT

    for path in example_maps():
        journey = load(path)
        lay = layout_canvas(journey, build_graph(journey), page=Page.A4.size)
        for card in lay.cards.values():
            frame = card.inner_frame
            if frame is None:
                continue
            assert card.text_x >= frame.x + 1.5
            for line in card.content.name[1 if card.content.inline else 0:]:
                assert card.text_x + text_width(line, NAME_FONT, bold=True) <= frame.right - 1
            for badge in card.badges:
                assert frame.contains(badge.box)


# ------------------------------------------------- flow boxes: descenders keep clear
#: DejaVu Sans (the drawings' font): how far below the baseline g, j, p, y,
#: ą and ę reach in the bold face, and how far above it digits, capitals and
#: l reach in the regular one (em)
DESCENT_BOLD = 0.236
ASCENT = 0.76


def test_flow_name_lines_with_descenders_get_a_gap_before_the_score_line() -> None:
    journey = journey_of("""
        cxmap: 1
        id: t
        title: T
        language: pl
        stages:
          - id: s
            name: S
            touchpoints:
              - {id: a, name: Zgłoszenie szkody, score: 1}
              - {id: b, name: Oględziny auta, score: 0}
              - {id: c, name: Kontakt z firmą, score: -1}
              - {id: d, name: Umowa, score: 2}
        """)
    for options in (RenderOptions(), RenderOptions(page=Page.A4)):
        dot = render_dot(journey, options)
        labels = dict(re.findall(r'^\s*"?(\w)"? \[label=<(.*)> fillcolor=', dot, re.M))
        assert sorted(labels) == ["a", "b", "c", "d"]
        gap = '</B><BR/><FONT POINT-SIZE="2"> </FONT><BR/>'
        # the name's last line decides (wrapped or not)
        for tp_id, label in labels.items():
            last = re.findall(r"<B>(.*?)</B>", label)[0].split("<BR/>")[-1]
            reaches_below = bool(set(last) & set("gjpqyąęĄĘ,;()"))
            assert (gap in label) == reaches_below, (tp_id, label)
        assert gap in labels["c"]                   # "firmą": an ogonek
        assert gap not in labels["d"]               # "Umowa": nothing below


@pytest.mark.parametrize("page", [None, Page.A4], ids=str)
def test_flow_descenders_never_touch_the_score_line(tmp_path: Path, page: Page | None) -> None:
    """In every box whose name's last line has a letter reaching below the
    line (g, j, p, y, ą, ę...), at least 1 pt (at 100 %) lies between the
    lowest point of those letters and the top of the score line under them."""
    for path in _director_maps(tmp_path):
        svg = render(load(path), RenderFormat.SVG, RenderOptions(page=page))
        checked = 0
        for g in ET.fromstring(svg).iter(f"{NS}g"):
            if g.get("class") != "node":
                continue
            lines = [(float(t.get("y", 0)), float(t.get("font-size", 0)),
                      t.get("font-weight") == "bold", "".join(t.itertext()))
                     for t in g.iter(f"{NS}text") if "".join(t.itertext()).strip()]
            for (y0, size0, bold0, text0), (y1, size1, bold1, _t) in itertools.pairwise(lines):
                if bold0 and not bold1 and set(text0) & set("gjpqyąęĄĘ"):
                    clear = (y1 - ASCENT * size1) - (y0 + DESCENT_BOLD * size0)
                    assert clear >= 1.0, (path.name, text0, clear)
                    checked += 1
        assert checked


def _real_width(text: str, size: float, bold: bool) -> float:
    """``text``'s width in DejaVu Sans as drawn (pt), from the font itself."""
    import shutil

    from PIL import ImageFont

    if shutil.which("fc-match") is None:
        pytest.skip("fontconfig (fc-match) is not installed")
    face = "DejaVu Sans:bold" if bold else "DejaVu Sans"
    path = subprocess.run(["fc-match", "-f", "%{file}", face], capture_output=True,
                          text=True, check=True).stdout
    if "DejaVuSans" not in path:
        pytest.skip("DejaVu Sans is not installed")
    # at 100 pt and scaled down: whole-pixel advances at 8 pt would round
    return float(ImageFont.truetype(path, 100).getlength(text)) * size / 100


def _box_outline(node: ET.Element) -> tuple[float, float, float, float, float, float]:
    """The innermost outline of a flow box: (left, top, right, bottom, corner
    radius, half its stroke width)."""
    outlines = []
    for path in node.iter(f"{NS}path"):
        nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", path.get("d", ""))]
        points = list(zip(nums[::2], nums[1::2], strict=False))
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        top = min(ys)
        radius = min(x for x, y in points if abs(y - top) < 0.01) - min(xs)
        stroke = float(path.get("stroke-width", "1"))
        outlines.append((min(xs), top, max(xs), max(ys), radius, stroke / 2))
    return min(outlines, key=lambda box: box[2] - box[0])


@pytest.mark.parametrize("page", [None, Page.A4], ids=str)
def test_flow_box_text_keeps_clear_of_the_rounded_corners(
        tmp_path: Path, page: Page | None) -> None:
    """Every line of a box's text - its cap height to its descent, as wide as
    DejaVu Sans draws it - stays at least 1 pt (at 100 %) inside the box's
    outline: off its sides, and off the rounded corners where a first or a
    last line reaches into them."""
    for path in _director_maps(tmp_path):
        svg = render(load(path), RenderFormat.SVG, RenderOptions(page=page))
        for node in ET.fromstring(svg).iter(f"{NS}g"):
            if node.get("class") != "node" or node.find(f"{NS}path") is None:
                continue
            left, top, right, bottom, radius, half = _box_outline(node)
            left, top, right, bottom = left + half, top + half, right - half, bottom - half
            for t in node.iter(f"{NS}text"):
                text = "".join(t.itertext())
                if not text.strip():
                    continue
                size, bold = float(t.get("font-size", 0)), t.get("font-weight") == "bold"
                width = _real_width(text, size, bold)
                x = float(t.get("x", 0)) - {"middle": width / 2, "end": width}.get(
                    t.get("text-anchor", "start"), 0)
                y = float(t.get("y", 0))
                corners = [(x, y - ASCENT * size), (x + width, y - ASCENT * size),
                           (x, y + DESCENT_BOLD * size), (x + width, y + DESCENT_BOLD * size)]
                for cx, cy in corners:
                    assert left + 1 <= cx <= right - 1, (path.name, text, cx, left, right)
                    # inside a corner's square: inside its arc, 1 pt clear
                    ox = left + radius if cx < left + radius else (
                        right - radius if cx > right - radius else None)
                    oy = top + radius if cy < top + radius else (
                        bottom - radius if cy > bottom - radius else None)
                    if ox is not None and oy is not None:
                        clear = radius - ((cx - ox) ** 2 + (cy - oy) ** 2) ** 0.5
                        assert clear >= 1, (path.name, text, round(clear, 2))


def test_flow_page_effort_boxes_keep_text_off_their_thick_border() -> None:
    journey = load(Path("examples/sklep-omnichannel.cxmap.yaml"))
    page = render_dot(journey, RenderOptions(page=Page.A4))
    effort = [tp.id for _s, tp in journey.iter_touchpoints() if tp.customer_effort]
    assert effort
    for tp_id in effort:
        line = next(ln for ln in page.splitlines() if ln.strip().startswith(f'"{tp_id}" ['))
        assert "penwidth=3" in line and 'margin="0.12,0.03"' in line, line


def test_a_stage_of_shared_cards_is_a_named_shared_column() -> None:
    """The shop's stages 3 and 4 (shared cards only) are shared columns: the
    paths' lanes stop at their edges, and each is named "Wszystkie ścieżki"
    inside it, along its left edge or on its top strip."""
    journey = load(Path("examples/sklep-omnichannel.cxmap.yaml"))
    for page in (None, Page.A4):
        svg, lay = canvas_svg(journey, build_graph(journey), page=page.size if page else None)
        (band,) = lay.bands
        assert band.open_stages == [2, 3]
        root = ET.fromstring(svg)
        columns = [r for r in root.iter(f"{NS}rect") if r.get("class") == "lane shared-column"]
        assert len(columns) == 2
        labels = [t for t in root.iter(f"{NS}text") if t.get("class") == "lane-label"
                  and t.text == "Wszystkie ścieżki"]
        # each shared column once (the lane names' column has it on two lines)
        assert len(labels) == 2
        for rect, label, i in zip(columns, labels, band.open_stages, strict=True):
            cell = band.cells[(i, "")]
            assert (float(rect.get("x", 0)), float(rect.get("width", 0))) == pytest.approx(
                (cell.x, cell.w), abs=0.01)
            x, y = float(label.get("x", 0)), float(label.get("y", 0))
            assert cell.x < x < cell.right and cell.y < y < cell.bottom
            assert ("rotate(-90" in (label.get("transform") or "")) == band.open_turned
        # without shared columns (the slides), one tall shared lane instead
        straight = layout_canvas(journey, build_graph(journey), page=page.size if page else None,
                                 shared_columns=False)
        assert all(b.open_stages == [] for b in straight.bands)


@pytest.mark.parametrize("page", [None, Page.A4], ids=str)
def test_stage_names_are_whole_in_their_headers(tmp_path: Path, page: Page | None) -> None:
    """A stage's name is never cut ("3. Weryfikacja…"): its header's lines
    are the whole "N. name", broken at spaces."""
    for path in _director_maps(tmp_path):
        journey = load(path)
        graph = build_graph(journey)
        lay = layout_canvas(journey, graph, page=page.size if page else None)
        names = {s.id: s.name for s in journey.stages}
        for band in lay.bands:
            for head in band.heads.values():
                number = head.lines[0].split(".", 1)[0]
                assert " ".join(head.lines) == f"{number}. {names[head.stage_id]}", head


# ------------------------------------------------------------ bands on a page
def _generated(tmp_path: Path, n: int, stages: int, branches: int = 3) -> Journey:
    gen = tmp_path / f"pl{n}.cxmap.yaml"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(n), str(gen),
                    "--stages", str(stages), "--branches", str(branches), "--seed", "3"],
                   check=True, capture_output=True)
    return load(gen)


def _a4(journey: Journey) -> tuple[bytes, CanvasLayout, list[str]]:
    """The canvas on A4 as the command draws it: its SVG, layout and notes."""
    from cxmap.outputs.render import draw_canvas

    notes: list[str] = []
    data = draw_canvas(journey, RenderFormat.SVG, RenderOptions(view=View.CANVAS,
                                                                page=Page.A4), notes)
    lay = layout_canvas(journey, build_graph(journey), page=Page.A4.inner, floor=8.0)
    return data, lay, notes


def test_a_long_journey_wraps_its_stages_into_bands_in_journey_order(tmp_path: Path) -> None:
    """12 stages do not fit A4 side by side: they wrap into bands stacked
    top to bottom, each a run of consecutive stages with its own headers,
    lanes and curve; the title once on top, the legend once at the bottom,
    every card once, numbered as in the journey."""
    journey = _generated(tmp_path, 60, 12)
    graph = build_graph(journey)
    data, lay, _notes = _a4(journey)
    check_geometry(journey, lay)
    assert len(lay.bands) >= 2
    assert [i for band in lay.bands for i in band.stages] == list(range(12))
    for a, b in itertools.pairwise(lay.bands):
        assert a.box.bottom < b.box.y
    for card in lay.cards.values():
        assert card.stage in lay.bands[card.band].stages
    numbers = [lay.cards[tp.id].number for _s, tp in journey.iter_touchpoints()
               if tp.id in graph]
    assert numbers == list(range(1, len(numbers) + 1))
    root = ET.fromstring(data)
    groups = [g for g in root.iter(f"{NS}g") if g.get("class") == "band"]
    assert len(groups) == len(lay.bands)
    # each card and each curve point exactly once, in the band of its stage
    for k, group in enumerate(groups):
        ids = [g.get("data-id") for g in group.iter(f"{NS}g") if g.get("class") == "card"]
        assert sorted(ids) == sorted(t for t, c in lay.cards.items() if c.band == k)
    cards = [g.get("data-id") for g in root.iter(f"{NS}g") if g.get("class") == "card"]
    points = [c.get("data-id") for c in root.iter(f"{NS}circle")
              if c.get("class") in ("curve-point", "curve-unscored")]
    assert sorted(cards) == sorted(points) == sorted(lay.cards)
    assert [t.get("class") for t in root.iter(f"{NS}text")].count("title") == 1
    assert [g.get("class") for g in root.iter(f"{NS}g")].count("legend") == 1
    legend = next(g for g in root.iter(f"{NS}g") if g.get("class") == "legend")
    tops = [float(t.get("y", 0)) for t in legend.iter(f"{NS}text")]
    assert min(tops) > lay.bands[-1].box.bottom


def test_curve_points_sit_in_their_stage_column_of_their_band(tmp_path: Path) -> None:
    journey = _generated(tmp_path, 60, 12)
    _data, lay, _notes = _a4(journey)
    for band in lay.bands:
        assert band.plot is not None
        shown = {pt.tp_id for pt in band.plot.points}
        assert shown == {t for t, c in lay.cards.items() if c.band == lay.bands.index(band)}
        for pt in band.plot.points:
            column = band.columns[lay.cards[pt.tp_id].stage]
            assert column.x < pt.x < column.right


def test_curve_lines_between_bands_run_to_the_edges_of_both(tmp_path: Path) -> None:
    """A path going on in the next band: its line leaves its last point in
    one band towards the next point's score and stops at the band's right
    edge; in the next band it comes in at the left edge.  No line leaves
    its band's curve area."""
    from cxmap.outputs.charts.curve import segments

    journey = _generated(tmp_path, 60, 12)
    graph = build_graph(journey)
    _data, lay, _notes = _a4(journey)
    band_of = {t: c.band for t, c in lay.cards.items()}
    scores = {tp.id: tp.score for _s, tp in journey.iter_touchpoints()}
    crossing = [s for s in segments(journey, graph) if band_of[s.source] != band_of[s.target]]
    assert crossing
    for band in lay.bands:
        assert band.plot is not None
        area = band.curve
        for ln in band.plot.lines:
            assert area.left - 0.01 <= min(ln.x0, ln.x1)
            assert max(ln.x0, ln.x1) <= area.right + 0.01
    for seg in crossing:
        a, b = lay.bands[band_of[seg.source]], lay.bands[band_of[seg.target]]
        assert a.plot is not None and b.plot is not None
        out = [ln for ln in a.plot.lines if (ln.source, ln.target) == (seg.source, seg.target)]
        into = [ln for ln in b.plot.lines if (ln.source, ln.target) == (seg.source, seg.target)]
        # one line per branch walking it (one when every path does)
        assert len(out) == len(into) == (1 if seg.shared else len(seg.branches))
        lo, hi = sorted((scores[seg.source] or 0, scores[seg.target] or 0))
        for ln in out:
            assert ln.x0 == pytest.approx(a.xs[seg.source])
            assert ln.x1 == pytest.approx(a.curve.right)
            # heading for the next score: between the two scores' heights
            # (branches side by side are a line's width apart)
            assert score_y(hi, a.curve) - 4 <= ln.y1 <= score_y(lo, a.curve) + 4
        for ln in into:
            assert ln.x0 == pytest.approx(b.curve.left)
            assert ln.x1 == pytest.approx(b.xs[seg.target])


def test_one_band_is_kept_when_it_reaches_8_pt(tmp_path: Path) -> None:
    """Eight stages of few cards on A3: two bands would draw them larger,
    but one band already keeps every text at 8 pt or more, so it stays one
    band (on A4 one band would not: two bands, at 8 pt or more)."""
    from cxmap.outputs.render.canvas_geometry import MIN_FONT

    journey = _generated(tmp_path, 12, 8, branches=0)
    graph = build_graph(journey)
    free = layout_canvas(journey, graph, page=Page.A3.inner)
    assert len(free.bands) == 2
    lay = layout_canvas(journey, graph, page=Page.A3.inner, floor=8.0)
    assert [band.stages for band in lay.bands] == [list(range(8))]
    assert fit(lay.width, lay.height, Page.A3).scale * MIN_FONT >= 8
    data, a4, notes = _a4(journey)
    assert [band.stages for band in a4.bands] == [[0, 1, 2, 3], [4, 5, 6, 7]]
    assert smallest_text_pt(data) >= 8 and notes == []


@given(st.lists(st.floats(min_value=20, max_value=400), min_size=1, max_size=9),
       st.integers(min_value=1, max_value=9))
def test_balanced_splits_make_the_widest_band_as_narrow_as_any_cut_can(
        widths: list[float], rows: int) -> None:
    from cxmap.outputs.render.canvas_geometry import balanced_splits

    rows = min(rows, len(widths))
    splits = balanced_splits(widths, rows)
    assert [i for band in splits for i in band] == list(range(len(widths)))
    assert len(splits) == rows and all(splits)
    widest = max(sum(widths[i] for i in band) for band in splits)
    for cuts in itertools.combinations(range(1, len(widths)), rows - 1):
        ends = (0, *cuts, len(widths))
        other = max(sum(widths[ends[k]:ends[k + 1]]) for k in range(rows))
        assert widest <= other + 1e-6
