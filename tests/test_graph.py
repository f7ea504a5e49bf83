"""The journey graph: the format's graph rules (docs/format.md), branch by branch."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from cxmap.api import load_bytes, load_map
from cxmap.graph import JourneyGraph, UnknownBranchError, branch_paths, build_graph
from cxmap.model.journey import Journey
from tests.conftest import CONFORMANCE, example_maps


def journey_of(text: str) -> Journey:
    loaded = load_bytes(text.encode(), "t.cxmap.yaml")
    assert loaded.journey is not None, loaded.diagnostics
    return loaded.journey


def dd(text: str) -> str:
    return textwrap.dedent(text)


def graph_of(text: str, branch: str | None = None) -> JourneyGraph:
    return build_graph(journey_of(text), branch)


def pairs(g: JourneyGraph) -> set[tuple[str, str]]:
    return {(e.source, e.target) for e in g.edges()}


def reaching(g: JourneyGraph, stage: str) -> list[str]:
    """The branches whose customers get to a touchpoint of ``stage``."""
    return [r.branch for r in g.reach() if stage in r.reached_stages]


HEAD = """\
cxmap: 1
id: t
title: T
"""

BRANCHED = HEAD + """\
branches:
  - {id: online, name: Online}
  - {id: store, name: Store}
stages:
  - id: buy
    name: Buy
    touchpoints:
      - {id: ad, name: Ad}
      - {id: web, name: Web shop, branch: online}
      - {id: pay, name: Pay online, branch: online}
      - {id: shop, name: Shop visit, branch: store}
  - id: after
    name: After-sales
    touchpoints:
      - {id: delivery, name: Delivery}
      - {id: survey, name: Survey}
"""


def test_conformance_bank_2024_edges() -> None:
    expected = json.loads((CONFORMANCE / "expected.json").read_text())["graph_edges_bank_2024"]
    loaded = load_map(CONFORMANCE / "bank-2024.cxmap.yaml")
    assert loaded.journey is not None
    graph = build_graph(loaded.journey)
    assert pairs(graph) == {tuple(e) for e in expected}
    assert graph.convergence_points() == ["card"]
    assert graph.split_points() == ["comparison"]


def test_no_branches_is_one_path_in_order() -> None:
    g = graph_of(HEAD + dd("""\
        stages:
          - id: a
            name: A
            touchpoints: [{id: x, name: X}, {id: y, name: Y}]
          - id: empty
            name: Empty
            touchpoints: []
          - id: b
            name: B
            touchpoints: [{id: z, name: Z}]
        """))
    assert g.nodes() == ["x", "y", "z"]
    assert pairs(g) == {("x", "y"), ("y", "z")}
    assert all(e.branches == frozenset() for e in g.edges())
    assert g.paths() == {"": ["x", "y", "z"]}
    assert g.convergence_points() == [] and g.split_points() == []
    assert reaching(g, "b") == [""]
    assert reaching(g, "empty") == []


def test_branch_paths_split_and_converge() -> None:
    g = graph_of(BRANCHED)
    assert g.paths() == {"online": ["ad", "web", "pay", "delivery", "survey"],
                         "store": ["ad", "shop", "delivery", "survey"]}
    assert pairs(g) == {("ad", "web"), ("web", "pay"), ("pay", "delivery"),
                            ("ad", "shop"), ("shop", "delivery"), ("delivery", "survey")}
    assert g.split_points() == ["ad"]
    assert g.convergence_points() == ["delivery"]
    assert g.branches_of_edge("delivery", "survey") == {"online", "store"}
    assert g.branches_of_edge("ad", "web") == {"online"}
    assert g.branches_of_edge("shop", "delivery") == {"store"}
    assert reaching(g, "after") == ["online", "store"]
    assert g.stage_of("delivery") == "after"
    assert g.predecessors("delivery") == ["pay", "shop"]


def test_touchpoint_on_two_branches_and_shared_edge() -> None:
    g = graph_of(HEAD + dd("""\
        branches: [{id: a, name: A}, {id: b, name: B}, {id: c, name: C}]
        stages:
          - id: s
            name: S
            touchpoints:
              - {id: start, name: Start}
              - {id: ab, name: AB, branches: [a, b]}
              - {id: conly, name: C only, branch: c}
              - {id: end, name: End}
        """))
    assert g.branches_of_edge("start", "ab") == {"a", "b"}
    assert g.branches_of_edge("ab", "end") == {"a", "b"}
    assert g.branches_of_edge("start", "conly") == {"c"}
    assert g.convergence_points() == ["end"]


def test_next_replaces_derived_edges() -> None:
    g = graph_of(HEAD + dd("""\
        stages:
          - id: s
            name: S
            touchpoints:
              - {id: a, name: A, next: [c, d]}
              - {id: b, name: B}
              - {id: c, name: C}
              - {id: d, name: D}
        """))
    # a gets exactly its listed edges; b keeps the derived b -> c
    assert pairs(g) == {("a", "c"), ("a", "d"), ("b", "c"), ("c", "d")}
    assert g.split_points() == ["a"]
    assert g.convergence_points() == ["c", "d"]


def test_empty_next_ends_the_path() -> None:
    g = graph_of(HEAD + dd("""\
        stages:
          - id: s
            name: S
            touchpoints: [{id: a, name: A, next: []}, {id: b, name: B}]
        """))
    assert pairs(g) == set()


def test_cycle_back_to_an_earlier_touchpoint() -> None:
    g = graph_of(BRANCHED.replace("{id: survey, name: Survey}",
                                  "{id: survey, name: Survey, next: [shop, ad]}"))
    assert ("survey", "shop") in pairs(g) and ("survey", "ad") in pairs(g)
    assert g.edge("survey", "shop").backward and g.edge("survey", "ad").backward
    assert not g.edge("ad", "web").backward
    assert [(e.source, e.target) for e in g.back_edges()] == [("survey", "ad"),
                                                              ("survey", "shop")]
    # the edge to the store visit is used by the store branch (both ends on it)
    assert g.branches_of_edge("survey", "shop") == {"store"}
    assert g.branches_of_edge("survey", "ad") == {"online", "store"}
    assert "shop" in g.convergence_points()


def test_next_jumping_between_branches_keeps_source_branches() -> None:
    g = graph_of(BRANCHED.replace("{id: pay, name: Pay online, branch: online}",
                                  "{id: pay, name: Pay online, branch: online, next: [shop]}"))
    assert g.branches_of_edge("pay", "shop") == {"online"}
    assert ("pay", "delivery") not in pairs(g)
    # an online customer now reaches the shop visit
    assert "shop" in g.branch_reach("online").reached


def test_self_loop_is_allowed() -> None:
    g = graph_of(HEAD + dd("""\
        stages:
          - id: s
            name: S
            touchpoints: [{id: a, name: A, next: [a, b]}, {id: b, name: B}]
        """))
    assert ("a", "a") in pairs(g)
    assert g.edge("a", "a").backward and g.back_edges() == [g.edge("a", "a")]


def test_branch_filter() -> None:
    g = graph_of(BRANCHED, "store")
    assert g.nodes() == ["ad", "shop", "delivery", "survey"]
    assert pairs(g) == {("ad", "shop"), ("shop", "delivery"), ("delivery", "survey")}
    assert g.branch == "store"
    assert g.convergence_points() == []


def test_branches_reaching_a_stage_only_some_branches_reach() -> None:
    g = graph_of(HEAD + dd("""\
        branches: [{id: a, name: A}, {id: b, name: B}]
        stages:
          - id: s1
            name: S1
            touchpoints: [{id: x, name: X}, {id: y, name: Y, branch: a, next: []}]
          - id: s2
            name: S2
            touchpoints: [{id: z, name: Z, branch: b}]
        """))
    assert reaching(g, "s2") == ["b"]
    assert reaching(g, "s1") == ["a", "b"]


def test_unknown_branch() -> None:
    with pytest.raises(UnknownBranchError, match="unknown branch 'nope'"):
        graph_of(BRANCHED, "nope")
    with pytest.raises(UnknownBranchError):
        graph_of(HEAD + "stages: [{id: s, name: S, touchpoints: []}]\n", "x")


@pytest.mark.parametrize("path", example_maps(), ids=lambda p: p.name)
def test_examples_graph_is_consistent(path: Path) -> None:
    loaded = load_map(path)
    assert loaded.journey is not None
    g = build_graph(loaded.journey)
    assert g.nodes() == [tp.id for tp in loaded.journey.touchpoints]
    for branch in loaded.journey.branch_ids:
        assert branch in reaching(g, loaded.journey.stages[-1].id)
        sub = build_graph(loaded.journey, branch)
        assert pairs(sub) <= pairs(g)
        assert all(branch in e.branches for e in sub.edges())
    assert [g.order_of(n) for n in g.nodes()] == list(range(len(g)))
    assert branch_paths(loaded.journey) == g.paths()  # what metrics and diff read


def test_sklep_loops_back_from_complaint_to_store_visit() -> None:
    loaded = load_map(Path(__file__).parent.parent / "examples" / "sklep-omnichannel.cxmap.yaml")
    assert loaded.journey is not None
    g = build_graph(loaded.journey)
    assert g.edge("decyzja-reklamacyjna", "wizyta-w-salonie").backward
    assert g.back_edges()
    assert "program-lojalnosciowy" in g.convergence_points()
    assert "ankieta-nps" in g.split_points()


# ----------------------------------------------------------------------------- reachability
LOOPING = HEAD + dd("""\
    branches: [{id: a, name: A}, {id: b, name: B}]
    stages:
      - id: s1
        name: S1
        touchpoints:
          - {id: start, name: Start}
          - {id: call, name: Call, branch: a, next: [wait]}
          - {id: visit, name: Visit, branch: b}
      - id: s2
        name: S2
        touchpoints:
          - {id: wait, name: Wait, branch: a, next: [call]}
          - {id: orphan, name: Orphan, branch: a}
          - {id: done, name: Done, branch: b}
    """)


def test_branch_that_never_ends_and_touchpoints_no_path_reaches() -> None:
    g = graph_of(LOOPING)
    a, b = g.reach()
    assert (a.branch, a.start, a.last_stage) == ("a", "start", "s2")
    assert a.reached == {"start", "call", "wait"}
    assert a.unreached == ("orphan",)
    assert a.reaches_last_stage  # `wait` is in s2 ...
    assert a.dead_ends == ()      # ... and the loop call <-> wait never gets stuck
    assert (b.branch, b.reaches_last_stage, b.unreached, b.dead_ends) == (
        "b", True, (), ())
    assert g.unreachable() == ["orphan"]
    assert g.branch_reach("a") == a
    with pytest.raises(UnknownBranchError):
        g.branch_reach("zzz")


def test_branch_stuck_before_its_last_stage() -> None:
    g = graph_of(LOOPING.replace("{id: call, name: Call, branch: a, next: [wait]}",
                                 "{id: call, name: Call, branch: a, next: []}"))
    a = g.branch_reach("a")
    assert not a.reaches_last_stage
    assert a.dead_ends == ("call",)
    assert a.unreached == ("wait", "orphan")
    assert g.unreachable() == ["wait", "orphan"]
    assert g.branch_reach("b").reaches_last_stage


def test_reach_of_a_map_without_branches() -> None:
    g = graph_of(HEAD + dd("""\
        stages:
          - id: s
            name: S
            touchpoints: [{id: x, name: X, next: [z]}, {id: y, name: Y}, {id: z, name: Z}]
        """))
    [only] = g.reach()
    assert (only.branch, only.start, only.last_stage) == ("", "x", "s")
    assert only.unreached == ("y",) and only.reaches_last_stage
    assert g.unreachable() == ["y"]


def test_examples_reach_their_last_stage_on_every_branch() -> None:
    for path in example_maps():
        loaded = load_map(path)
        assert loaded.journey is not None
        g = build_graph(loaded.journey)
        for r in g.reach():
            assert r.reaches_last_stage, (path.name, r.branch)
            assert r.last_stage == loaded.journey.stages[-1].id, (path.name, r.branch)
            assert r.unreached == () and r.dead_ends == (), (path.name, r.branch)
        assert g.unreachable() == []
