"""The statistics of a survey block: pure functions on counts, no dependency.

A touchpoint's survey counts its answers: ``responses`` in all, ``positive``
(csat5 4-5, ces7 5-7, nps11 9-10) and ``negative`` (csat5 1-2, ces7 1-3,
nps11 0-6).  From them (docs/survey.md):

* the **net balance** N = p+ - p-, with the adjusted-Wald estimates
  p+ = (positive + 0.75) / (responses + 3) and p- = (negative + 0.75) / (responses + 3);
* its **standard error** se = sqrt((p+ + p- - N^2) / (responses + 3));
* the **95 % interval** N +- 1.96 se, clipped to [-1, 1];
* the **band** (the score N supports) from four cut points, by default
  -0.6, -0.2, 0.2, 0.6: N <= -0.6 -> -2; N <= -0.2 -> -1; N < 0.2 -> 0;
  N < 0.6 -> +1; else +2 (a balance exactly on a cut belongs to the band
  farther from 0);
* the **confidence** of the band: Phi((hi - N) / se) - Phi((lo - N) / se) for
  the band's bounds (infinite at the ends), Phi the standard normal CDF;
* a **change** between two waves is significant when
  |N2 - N1| / sqrt(se1^2 + se2^2) >= 1.96.

se is never 0: p+ + p- < 1, so N^2 < p+ + p-.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

Metric = Literal["csat5", "ces7", "nps11"]
#: metric -> (lowest answer, highest answer, lowest positive, highest negative)
SCALES: dict[str, tuple[int, int, int, int]] = {
    "csat5": (1, 5, 4, 2),
    "ces7": (1, 7, 5, 3),
    "nps11": (0, 10, 9, 6),
}
METRICS: tuple[str, ...] = tuple(SCALES)
DEFAULT_CUTS: tuple[float, float, float, float] = (-0.6, -0.2, 0.2, 0.6)
DEFAULT_MIN_RESPONSES = 30
DEFAULT_MIN_CONFIDENCE = 0.8
Z95 = 1.96
_ADD = 0.75  # added to positive and to negative; 4 * _ADD to responses


@dataclass(frozen=True)
class Estimate:
    """What one survey block says (``low``/``high``: the 95 % interval)."""

    responses: int
    net: float
    se: float
    low: float
    high: float
    band: int
    confidence: float


@dataclass(frozen=True)
class Change:
    """The change of the net balance between two waves."""

    change: float
    z: float
    significant: bool


def classify(value: int, metric: str) -> int:
    """+1 for a positive answer, -1 for a negative one, 0 for the middle
    (raises ``ValueError`` for an answer off the metric's scale)."""
    low, high, positive_from, negative_to = SCALES[metric]
    if not low <= value <= high:
        raise ValueError(f"{value} is off the {metric} scale {low}-{high}")
    if value >= positive_from:
        return 1
    if value <= negative_to:
        return -1
    return 0


def phi(x: float) -> float:
    """The standard normal cumulative distribution function."""
    if math.isinf(x):
        return 1.0 if x > 0 else 0.0
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))


def net_balance(responses: int, positive: int, negative: int) -> float:
    """N = p+ - p- (one division: a balance exactly on a cut stays on it)."""
    return (positive - negative) / (responses + 4 * _ADD)


def standard_error(responses: int, positive: int, negative: int) -> float:
    total = responses + 4 * _ADD
    p_pos = (positive + _ADD) / total
    p_neg = (negative + _ADD) / total
    net = net_balance(responses, positive, negative)
    return math.sqrt((p_pos + p_neg - net * net) / total)


def band(net: float, cuts: tuple[float, ...] = DEFAULT_CUTS) -> int:
    """The score -2...+2 a net balance supports."""
    c1, c2, c3, c4 = cuts
    if net <= c1:
        return -2
    if net <= c2:
        return -1
    if net < c3:
        return 0
    if net < c4:
        return 1
    return 2


def band_bounds(score: int, cuts: tuple[float, ...] = DEFAULT_CUTS) -> tuple[float, float]:
    """The net balances of a band, from ``lo`` to ``hi`` (infinite at the ends)."""
    edges = (-math.inf, *cuts, math.inf)
    return edges[score + 2], edges[score + 3]


def confidence(net: float, se: float, score: int,
               cuts: tuple[float, ...] = DEFAULT_CUTS) -> float:
    """The probability (normal approximation) that the balance lies in ``score``'s band."""
    lo, hi = band_bounds(score, cuts)
    return phi((hi - net) / se) - phi((lo - net) / se)


def interval(net: float, se: float) -> tuple[float, float]:
    """The 95 % interval, clipped to [-1, 1]."""
    return max(-1.0, net - Z95 * se), min(1.0, net + Z95 * se)


def reaches(low: float, high: float, score: int,
            cuts: tuple[float, ...] = DEFAULT_CUTS) -> bool:
    """Whether the interval [low, high] overlaps ``score``'s band."""
    lo, hi = band_bounds(score, cuts)
    return low <= hi and high >= lo


def on_score_axis(net: float, cuts: tuple[float, ...] = DEFAULT_CUTS) -> float:
    """A net balance as a position on the -2...+2 score axis (for drawing):
    each band's range of balances maps onto its score +-0.5 (the end bands
    onto [-2, -1.5] and [1.5, 2]), piecewise linear, so a survey's interval
    drawn beside a score shows which scores it allows."""
    edges = (-1.0, *cuts, 1.0)
    marks = (-2.0, -1.5, -0.5, 0.5, 1.5, 2.0)
    net = min(1.0, max(-1.0, net))
    for i in range(5):
        lo, hi = edges[i], edges[i + 1]
        if net <= hi or i == 4:
            share = (net - lo) / (hi - lo) if hi > lo else 0.0
            return marks[i] + share * (marks[i + 1] - marks[i])
    raise AssertionError("unreachable")  # pragma: no cover


def estimate(responses: int, positive: int, negative: int,
             cuts: tuple[float, ...] = DEFAULT_CUTS) -> Estimate:
    """Everything a survey block says; the counts must be whole, ``responses``
    >= 1 and ``positive + negative <= responses`` (raises ``ValueError``)."""
    if responses < 1 or positive < 0 or negative < 0 or positive + negative > responses:
        raise ValueError(f"impossible counts: {responses} responses, {positive} positive, "
                         f"{negative} negative")
    net = net_balance(responses, positive, negative)
    se = standard_error(responses, positive, negative)
    low, high = interval(net, se)
    score = band(net, cuts)
    return Estimate(responses, net, se, low, high, score, confidence(net, se, score, cuts))


def compare(before: Estimate, after: Estimate) -> Change:
    """Whether the net balance changed more than noise between two waves."""
    delta = after.net - before.net
    z = abs(delta) / math.sqrt(before.se ** 2 + after.se ** 2)
    return Change(delta, z, z >= Z95)


def valid_cuts(cuts: object) -> bool:
    """Four increasing numbers inside (-1, 1)."""
    if not isinstance(cuts, list | tuple) or len(cuts) != 4:
        return False
    if not all(isinstance(c, int | float) and not isinstance(c, bool) for c in cuts):
        return False
    values = [float(c) for c in cuts]
    return all(-1 < v < 1 for v in values) and all(a < b for a, b in pairwise(values))
