"""cxmap.metrics: the numbers report, portfolio, diff and history share."""

from __future__ import annotations

from datetime import date

import pytest

from cxmap.api import load_bytes
from cxmap.metrics import (
    MOT_WEIGHT,
    Mean,
    debt_of,
    experience_debt,
    is_stale,
    journey_metrics,
    rank_pain_points,
)
from cxmap.metrics.portfolio import portfolio_metrics
from cxmap.model.journey import Journey
from tests.conftest import EXAMPLES


def journey(text: str) -> Journey:
    loaded = load_bytes(text.encode(), "t.cxmap.yaml")
    assert loaded.journey is not None, loaded.diagnostics
    return loaded.journey


SMALL = """\
cxmap: 1
id: small
title: Small
scoredOn: 2025-01-10
departments:
  - {id: it, name: IT}
  - {id: ops, name: Operations, ambassador: Ann}
stages:
  - id: s1
    name: One
    touchpoints:
      - {id: a, name: A, score: -2, reach: 50, owner: it, pillars: [integrity]}
      - {id: b, name: B, score: -1, reach: 40, momentOfTruth: true, owner: ops}
      - {id: c, name: C, score: -1, owner: it, target: 0}
  - id: s2
    name: Two
    touchpoints:
      - {id: d, name: D, score: 1, target: 2, pillars: [integrity, empathy]}
      - {id: e, name: E, target: 1}
      - {id: f, name: F, score: 2, target: 1, reach: 10}
projects:
  - {id: p1, title: Quick, kind: hard, touchpoints: [b], cost: low}
  - {id: p2, title: Done quick, kind: soft, touchpoints: [b], cost: low, status: done}
  - {id: p3, title: Slow, kind: hard, touchpoints: [d], cost: high, impact: high}
"""


def test_means_per_stage_pillar_department() -> None:
    m = journey_metrics(journey(SMALL))
    assert m.overall == Mean(total=-1, scored=5, touchpoints=6)
    assert m.overall.value == pytest.approx(-0.2)
    assert [(g.id, g.mean.value, g.negative) for g in m.stages] == [
        ("s1", pytest.approx(-4 / 3), 3), ("s2", 1.5, 0)]
    assert [(g.id, g.mean.value, len(g.touchpoints)) for g in m.pillars] == [
        ("integrity", -0.5, 2), ("empathy", 1.0, 1)]
    # declared departments first; "" (no owner) last; ambassador carried
    assert [(d.id, d.name, d.ambassador, d.negative) for d in m.departments] == [
        ("it", "IT", "", 2), ("ops", "Operations", "Ann", 1), ("", "", "", 0)]


def test_distribution_and_targets() -> None:
    m = journey_metrics(journey(SMALL))
    assert m.distribution.counts == {-2: 1, -1: 2, 0: 0, 1: 1, 2: 1}
    assert (m.distribution.unscored, m.distribution.total, m.distribution.negative) == (1, 6, 3)
    # c (-1 -> 0) and d (1 -> 2) are below target; f meets it; e is unscored
    assert (m.targets.set, m.targets.met) == (3, 1)
    assert [tp.id for tp in m.targets.below] == ["c", "d"]


def test_experience_debt_definition() -> None:
    j = journey(SMALL)
    tps = {tp.id: tp for tp in j.touchpoints}
    assert debt_of(tps["a"]) == 2 * 50 / 100              # -2 at 50 %
    assert debt_of(tps["b"]) == MOT_WEIGHT * 1 * 40 / 100  # moment of truth counts twice
    assert debt_of(tps["c"]) == 1.0                       # reach unknown: 100 %
    assert debt_of(tps["d"]) == 0 and debt_of(tps["e"]) == 0
    m = journey_metrics(j)
    assert m.debt == pytest.approx(1.0 + 0.8 + 1.0) == experience_debt(j.touchpoints)
    assert m.debt_unmeasured == 1


def test_pain_points_worst_first_then_their_share_of_the_debt() -> None:
    j = journey(SMALL)
    assert [tp.id for tp in rank_pain_points(j.touchpoints)] == ["a", "c", "b"]
    m = journey_metrics(j)
    assert [tp.id for tp in m.priorities(2)] == ["a", "c"]
    assert [tp.id for tp in m.moments_of_truth_negative] == ["b"]


def test_quick_wins_are_open_high_impact_low_cost() -> None:
    m = journey_metrics(journey(SMALL))
    # p1: impact derived high (a moment of truth), cost low, open
    assert [f.project.id for f in m.quick_wins] == ["p1"]
    assert [f.project.id for f in m.projects] == ["p1", "p2", "p3"]
    assert [f.open for f in m.projects] == [True, False, True]


def test_stale() -> None:
    today = date(2026, 1, 11)
    assert not is_stale(date(2025, 1, 11), today)
    assert is_stale(date(2025, 1, 10), today)
    assert is_stale(None, today)


def test_portfolio_figures() -> None:
    other = SMALL.replace("id: small", "id: other").replace(
        "{id: ops, name: Operations, ambassador: Ann}", "{id: ops, name: operations}")
    p = portfolio_metrics([("a.yaml", journey(SMALL)), ("b.yaml", journey(other))],
                          date(2025, 6, 1))
    assert [r.file for r in p.rows] == ["a.yaml", "b.yaml"]
    assert p.overall == Mean(-2, 10, 12) and p.negative == 6
    assert p.debt == pytest.approx(2 * 2.8)
    # only moments of truth and effort points below 0, by reach
    assert [(m.row.file, m.touchpoint.id) for m in p.worst] == [("a.yaml", "b"),
                                                                ("b.yaml", "b")]
    # departments matched by name (case ignored); ambassadors gathered
    ops = next(d for d in p.departments if d.name == "Operations")
    assert (ops.owned, ops.negative, ops.ambassadors) == (2, 2, ("Ann",))
    assert p.departments[0].name == "IT" and p.departments[0].negative == 4
    assert len(p.projects) == 6 and [g.id for g in p.pillars] == ["integrity", "empathy"]


def test_every_example_has_metrics() -> None:
    for path in sorted(EXAMPLES.glob("*.cxmap.yaml")):
        j = load_bytes(path.read_bytes(), path.name).journey
        assert j is not None
        m = journey_metrics(j)
        assert m.distribution.total == len(j.touchpoints)
        assert sum(m.distribution.counts.values()) + m.distribution.unscored == len(
            j.touchpoints)
        assert m.debt >= 0 and len(m.pain_points) == m.distribution.negative
