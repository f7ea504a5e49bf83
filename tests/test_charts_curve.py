"""The emotion curve: points at their scores' heights, gaps, targets, shared lines."""

from __future__ import annotations

import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cxmap.api import load_bytes, load_map
from cxmap.graph import UnknownBranchError, build_graph
from cxmap.model.journey import Journey
from cxmap.outputs.charts.curve import (
    CurveArea,
    emotion_curve,
    score_y,
    segments,
    stage_slots,
)
from tests.conftest import example_maps

NS = "{http://www.w3.org/2000/svg}"


def journey_of(text: str) -> Journey:
    loaded = load_bytes(textwrap.dedent(text).encode(), "t.cxmap.yaml")
    assert loaded.journey is not None, loaded.diagnostics
    return loaded.journey


BRANCHED = """\
    cxmap: 1
    id: m
    title: Two ways & <one> end
    branches:
      - {id: web, name: Online}
      - {id: shop, name: "Shop \\"main\\""}
    stages:
      - id: s1
        name: Choose
        touchpoints:
          - {id: ad, name: Ad, score: 0}
          - {id: site, name: Site, branch: web, score: 1, target: 2}
          - {id: cart, name: Cart, branch: web}
          - {id: visit, name: Visit, branch: shop, score: -2, momentOfTruth: true}
      - id: s2
        name: Get
        touchpoints:
          - {id: deliver, name: Delivery, score: -1, customerEffort: true}
          - {id: bill, name: Bill, score: 2}
    """


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def points(root: ET.Element) -> dict[str, ET.Element]:
    return {c.get("data-id", ""): c for c in root.iter(f"{NS}circle")
            if c.get("class") in ("curve-point", "curve-unscored")}


def test_score_heights_run_from_plus_two_at_the_top_to_minus_two_at_the_bottom() -> None:
    area = CurveArea(left=10, right=110, top=20, height=80)
    assert [score_y(s, area) for s in (2, 1, 0, -1, -2)] == [20, 40, 60, 80, 100]


def test_points_sit_at_their_scores_and_unscored_ones_on_the_zero_line() -> None:
    j = journey_of(BRANCHED)
    root = parse(emotion_curve(j))
    pts = points(root)
    assert set(pts) == {"ad", "site", "cart", "visit", "deliver", "bill"}
    zero = float(root.find(f".//{NS}line[@class='zero-line']").get("y1"))  # type: ignore[union-attr]
    ys = {k: float(v.get("cy", "nan")) for k, v in pts.items()}
    step = ys["ad"] - ys["site"]
    assert step > 0
    assert ys["ad"] == pytest.approx(zero)
    assert ys["cart"] == pytest.approx(zero)        # unscored: drawn on the 0 line
    assert pts["cart"].get("class") == "curve-unscored"
    assert ys["bill"] == pytest.approx(zero - 2 * step)
    assert ys["visit"] == pytest.approx(zero + 2 * step)
    assert ys["deliver"] == pytest.approx(zero + step)


def test_an_unscored_touchpoint_is_a_gap_and_a_target_a_hollow_marker() -> None:
    j = journey_of(BRANCHED)
    root = parse(emotion_curve(j))
    lines = [ln for ln in root.iter(f"{NS}line") if ln.get("data-from")]
    ends = {(ln.get("data-from"), ln.get("data-to")) for ln in lines}
    assert not any("cart" in pair for pair in ends)          # the gap
    assert ("site", "cart") not in ends and ("cart", "deliver") not in ends
    assert ("ad", "site") in ends and ("ad", "visit") in ends and ("visit", "deliver") in ends
    targets = [c for c in root.iter(f"{NS}circle") if c.get("class") == "curve-target"]
    assert [(c.get("data-id"), c.get("fill")) for c in targets] == [("site", "white")]
    assert float(targets[0].get("cy", "0")) < float(points(root)["site"].get("cy", "0"))


def test_the_shared_part_is_drawn_once_and_thicker_branches_in_their_styles() -> None:
    j = journey_of(BRANCHED)
    segs = {(s.source, s.target): s for s in segments(j, build_graph(j))}
    assert segs[("deliver", "bill")].shared and segs[("deliver", "bill")].branches == (
        "web", "shop")
    assert not segs[("ad", "site")].shared and segs[("ad", "site")].branches == ("web",)
    root = parse(emotion_curve(j))
    shared = [ln for ln in root.iter(f"{NS}line") if ln.get("class") == "curve-shared"]
    own = [ln for ln in root.iter(f"{NS}line") if ln.get("class") == "curve-branch"]
    assert [(s.get("data-from"), s.get("data-to")) for s in shared] == [("deliver", "bill")]
    assert min(float(s.get("stroke-width", "0")) for s in shared) > max(
        float(o.get("stroke-width", "0")) for o in own)
    shop = [o for o in own if o.get("data-branch") == "shop"]
    assert shop and all(o.get("stroke-dasharray") for o in shop)   # never colour alone


def test_paths_meet_at_a_shared_touchpoint() -> None:
    j = journey_of(BRANCHED)
    root = parse(emotion_curve(j))
    into = [ln for ln in root.iter(f"{NS}line") if ln.get("data-to") == "deliver"]
    assert {ln.get("data-branch") for ln in into} == {"shop"}  # web's cart is a gap
    slots = stage_slots(j, build_graph(j))
    # alternatives share a slot; a path's touchpoints move rightwards
    assert slots["site"].index == slots["visit"].index == 1
    assert slots["cart"].index == 2 and slots["ad"].index == 0
    assert slots["site"].count == 3


def test_text_is_escaped_and_the_svg_stands_alone() -> None:
    j = journey_of(BRANCHED)
    svg = emotion_curve(j)
    root = parse(svg)
    assert root.tag == f"{NS}svg"
    texts = "".join(t.text or "" for t in root.iter(f"{NS}text"))
    assert "Two ways & <one> end" in texts and 'Shop "main"' in texts
    assert "<one>" not in svg


def test_one_branch_only() -> None:
    j = journey_of(BRANCHED)
    root = parse(emotion_curve(j, branch="shop"))
    assert set(points(root)) == {"ad", "visit", "deliver", "bill"}
    with pytest.raises(UnknownBranchError):
        emotion_curve(j, branch="nope")


def test_polish_words_follow_the_map_language() -> None:
    j = load_map(Path(__file__).parent.parent / "examples" / "sklep-omnichannel.cxmap.yaml")
    assert j.journey is not None
    svg = emotion_curve(j.journey)
    assert "Krzywa emocji" in svg and "wspólna część ścieżki" in svg
    assert "Emotion curve" in emotion_curve(j.journey, language="en")


@pytest.mark.parametrize("path", example_maps(), ids=lambda p: p.name)
def test_every_example_has_one_point_per_touchpoint(path: Path) -> None:
    j = load_map(path).journey
    assert j is not None
    root = parse(emotion_curve(j))
    assert set(points(root)) == {tp.id for tp in j.touchpoints}
    numbers = " ".join(t.text or "" for t in root.iter(f"{NS}text")
                       if t.get("class") == "curve-number")
    for n in range(1, len(j.touchpoints) + 1):
        assert str(n) in numbers.replace(",", " ").split()
