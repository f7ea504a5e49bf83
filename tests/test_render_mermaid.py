"""Mermaid output: flowchart (GitHub Markdown) and journey diagrams."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cxmap.graph import build_graph
from cxmap.outputs.render import RenderFormat, RenderOptions, render
from cxmap.outputs.render.mermaid import journey_score, journey_text, mermaid_text
from tests.conftest import example_maps
from tests.test_render import NASTY, load, nasty_journey

NODE = re.compile(r'^    (tp_\w+)\["(.*)"\]:::(\w+)$')
EDGE = re.compile(r'^  (tp_\w+) -->(?:\|"[^"]*"\|)? (tp_\w+)$')


@pytest.mark.parametrize("path", example_maps(), ids=lambda p: p.name)
def test_flowchart_structure(path: Path) -> None:
    journey = load(path)
    text = render(journey, RenderFormat.MERMAID)
    assert isinstance(text, str)
    lines = text.splitlines()
    assert "flowchart LR" in lines
    nodes = [m.groups() for m in map(NODE.match, lines) if m]
    assert len(nodes) == len(journey.touchpoints)
    classes = {c for _, _, c in nodes}
    assert classes <= {"score_m2", "score_m1", "score_0", "score_p1", "score_p2", "unscored"}
    for cls in classes:
        assert any(line.startswith(f"  classDef {cls} fill:") for line in lines)
    edges = [m.groups() for m in map(EDGE.match, lines) if m]
    assert len(edges) == len(build_graph(journey).edges())
    subgraphs = [line for line in lines if line.startswith("  subgraph stage_")]
    assert len(subgraphs) == sum(1 for s in journey.stages if s.touchpoints)
    assert lines.count("  end") == len(subgraphs)
    for _, label, _ in nodes:
        assert '"' not in label and "<" not in label.replace("<br/>", "")
    # linkStyle indexes point at real edges
    for m in re.finditer(r"linkStyle (\d+) ", text):
        assert int(m.group(1)) < len(edges)


def test_flowchart_scores_in_labels() -> None:
    journey = load(example_maps()[0])
    text = render(journey, RenderFormat.MERMAID)
    assert isinstance(text, str)
    for tp in journey.touchpoints:
        if tp.score is not None and tp.score < 0:
            assert f"\u2212{-tp.score}" in text


def test_flowchart_escapes_user_text() -> None:
    text = render(nasty_journey(NASTY), RenderFormat.MERMAID)
    assert isinstance(text, str)
    assert "<b>" not in text and "<i>" not in text
    assert "#60;b#62;not bold#60;/b#62; #38; #60;i#62;x#60;/i#62;" in text
    assert "She said #34;hi#34;" in text
    assert "line one<br/>line two" in text
    assert "\x01" not in text and "\u2401" in text
    for line in text.splitlines():
        if line.startswith("    tp_"):
            assert NODE.match(line), line


def test_mermaid_text() -> None:
    assert mermaid_text('a"b#c&d<e>f`g') == "a#34;b#35;c#38;d#60;e#62;f#96;g"


@pytest.mark.parametrize("path", example_maps(), ids=lambda p: p.name)
def test_journey_diagram(path: Path) -> None:
    journey = load(path)
    text = render(journey, RenderFormat.MERMAID_JOURNEY)
    assert isinstance(text, str)
    lines = text.splitlines()
    assert lines[0] == "journey"
    tasks = [line for line in lines if line.startswith("    ")]
    assert len(tasks) == len(journey.touchpoints)
    for line, tp in zip(tasks, journey.touchpoints, strict=True):
        name, score, actors = line.strip().split(": ")
        assert int(score) == journey_score(tp.score)
        assert 1 <= int(score) <= 5 and actors
        assert ":" not in name and ";" not in name and "#" not in name


def test_journey_score_mapping() -> None:
    assert [journey_score(s) for s in (-2, -1, 0, 1, 2)] == [1, 2, 3, 4, 5]
    assert journey_score(None) == 3


def test_journey_text_defuses_separators() -> None:
    assert journey_text("Call: press #1; wait") == "Call\u2236 press \uff031\uff1b wait"
    assert journey_text("a, b", comma=True) == "a\u201a b"
    assert journey_text("section 2 form").startswith("\u200b")
    assert journey_text("two\nlines") == "two lines"


def test_branch_option_in_mermaid() -> None:
    journey = load(Path(__file__).parent.parent / "examples" / "telecom-contract.cxmap.yaml")
    text = render(journey, RenderFormat.MERMAID, RenderOptions(branch="shop"))
    assert isinstance(text, str)
    nodes = [m.group(1) for m in map(NODE.match, text.splitlines()) if m]
    assert len(nodes) == len(build_graph(journey, "shop").nodes())


def test_journey_actor_is_a_short_persona_or_the_word_customer() -> None:
    from cxmap.graph import build_graph
    from cxmap.model.journey import Journey
    from cxmap.outputs.render.mermaid import to_mermaid_journey

    def actor(persona: str | None, language: str = "en") -> str:
        data = {"cxmap": 1, "id": "m", "title": "T", "language": language,
                "stages": [{"id": "s", "name": "S", "touchpoints": [
                    {"id": "a", "name": "A", "score": 1}]}]}
        if persona is not None:
            data["persona"] = persona
        journey = Journey.model_validate(data)
        task = to_mermaid_journey(journey, build_graph(journey)).splitlines()[-1]
        return task.rsplit(": ", 1)[1]

    assert actor("Student") == "Student"
    assert actor("Private policyholder, 30-60, first claim in years") == "Customer"
    assert actor(None, "pl") == "Klient"
