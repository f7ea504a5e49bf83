"""The survey statistics: the documented worked examples, the band edges, and
independent checks (exact fractions; a Monte-Carlo run with a fixed seed)."""

from __future__ import annotations

import json
import math
import random
from fractions import Fraction
from pathlib import Path

import pytest

from cxmap.metrics import survey as s

CONFORMANCE = Path(__file__).parent / "conformance"


def test_worked_example_40_26_8() -> None:
    e = s.estimate(40, 26, 8)
    assert f"{e.net:.3f}" == "0.419"
    assert f"{e.se:.3f}" == "0.123"
    assert e.band == 1
    assert f"{e.confidence:.2f}" == "0.89"
    assert (f"{e.low:.2f}", f"{e.high:.2f}") == ("0.18", "0.66")


def test_conformance_estimates() -> None:
    case = json.loads((CONFORMANCE / "expected.json").read_text())["import_survey_bank_2024"]
    counts = {"id-check": (50, 33, 9), "contract": (20, 5, 8)}
    for ident, want in case["estimates"].items():
        e = s.estimate(*counts[ident])
        assert round(e.net, 4) == want["net"]
        assert round(e.se, 4) == want["se"]
        assert e.band == want["band"]
        assert round(e.confidence, 4) == want["confidence"]
        assert round(e.low, 3) == want["low"] and round(e.high, 3) == want["high"]


def test_net_and_se_match_exact_fractions() -> None:
    for n, pos, neg in [(40, 26, 8), (1, 0, 0), (1, 1, 0), (7, 0, 7), (1000, 500, 499)]:
        total = Fraction(n) + 3
        pp, pn = (pos + Fraction(3, 4)) / total, (neg + Fraction(3, 4)) / total
        net = pp - pn
        assert s.net_balance(n, pos, neg) == pytest.approx(float(net), abs=1e-15)
        var = (pp + pn - net * net) / total
        assert s.standard_error(n, pos, neg) == pytest.approx(math.sqrt(var), rel=1e-12)


@pytest.mark.parametrize(("net", "band"), [
    (-1.0, -2), (-0.6, -2), (-0.59, -1), (-0.2, -1), (-0.19, 0), (0.0, 0),
    (0.19, 0), (0.2, 1), (0.59, 1), (0.6, 2), (1.0, 2)])
def test_band_edges(net: float, band: int) -> None:
    assert s.band(net) == band


def test_balance_exactly_on_a_cut() -> None:
    # (4 - 2) / (7 + 3) = 0.2 exactly: band +1, as the format says (0.2 <= N)
    assert s.net_balance(7, 4, 2) == 0.2
    assert s.estimate(7, 4, 2).band == 1


def test_configured_cuts() -> None:
    cuts = (-0.5, -0.1, 0.1, 0.5)
    assert s.band(0.15, cuts) == 1
    assert s.band(0.15) == 0
    e = s.estimate(40, 26, 8, cuts)
    assert e.band == 1
    assert e.confidence == pytest.approx(s.phi((0.5 - e.net) / e.se) - s.phi((0.1 - e.net) / e.se))


def test_interval_clipped() -> None:
    e = s.estimate(5, 5, 0)
    assert e.high == 1.0 and e.low < e.high
    e = s.estimate(5, 0, 5)
    assert e.low == -1.0


def test_confidence_sums_to_one_over_bands() -> None:
    e = s.estimate(40, 26, 8)
    total = sum(s.confidence(e.net, e.se, b) for b in range(-2, 3))
    assert total == pytest.approx(1.0, abs=1e-12)


def test_confidence_against_monte_carlo() -> None:
    rng = random.Random(20261207)
    e = s.estimate(40, 26, 8)
    draws = 200_000
    inside = sum(1 for _ in range(draws) if 0.2 <= rng.gauss(e.net, e.se) < 0.6)
    assert inside / draws == pytest.approx(e.confidence, abs=0.005)


def test_interval_coverage_monte_carlo() -> None:
    """Simulated surveys of 40 customers: the 95 % interval holds the true
    balance in about 95 % of them (the reason for the adjusted estimate)."""
    rng = random.Random(7)
    true_pos, true_neg, n, runs = 0.55, 0.2, 40, 3000
    covered = 0
    for _ in range(runs):
        pos = neg = 0
        for _ in range(n):
            u = rng.random()
            if u < true_pos:
                pos += 1
            elif u < true_pos + true_neg:
                neg += 1
        e = s.estimate(n, pos, neg)
        covered += e.low <= true_pos - true_neg <= e.high
    assert 0.93 <= covered / runs <= 0.975


def test_change_test() -> None:
    a = s.estimate(40, 26, 8)
    b = s.estimate(40, 10, 20)
    change = s.compare(a, b)
    assert change.change == pytest.approx(b.net - a.net)
    assert change.z == pytest.approx(abs(b.net - a.net) / math.hypot(a.se, b.se))
    assert change.significant
    assert not s.compare(a, s.estimate(40, 24, 9)).significant
    assert not s.compare(a, a).significant


def test_classify_scales() -> None:
    assert [s.classify(v, "csat5") for v in range(1, 6)] == [-1, -1, 0, 1, 1]
    assert [s.classify(v, "ces7") for v in range(1, 8)] == [-1, -1, -1, 0, 1, 1, 1]
    assert [s.classify(v, "nps11") for v in range(0, 11)] == [-1] * 7 + [0, 0, 1, 1]
    with pytest.raises(ValueError):
        s.classify(0, "csat5")
    with pytest.raises(ValueError):
        s.classify(11, "nps11")


def test_impossible_counts() -> None:
    for counts in [(0, 0, 0), (10, 6, 5), (10, -1, 0)]:
        with pytest.raises(ValueError):
            s.estimate(*counts)


def test_valid_cuts() -> None:
    assert s.valid_cuts([-0.6, -0.2, 0.2, 0.6])
    assert not s.valid_cuts([-0.6, 0.2, -0.2, 0.6])
    assert not s.valid_cuts([-1, -0.2, 0.2, 0.6])
    assert not s.valid_cuts([-0.6, -0.2, 0.2])
    assert not s.valid_cuts("x")
