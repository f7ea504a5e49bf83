"""The CI gate of ``cxmap diff --fail-on``: which changes make the command fail.

``--fail-on`` takes a comma-separated set of conditions:

* a touchpoint status: ``improved``, ``worsened``, ``unchanged``, ``added``,
  ``removed``, ``unscored`` - fails when any touchpoint has it;
* ``drift`` - any touchpoint shows expectation drift;
* ``target-lost`` - a touchpoint that met its target no longer does;
* ``mean-worsened`` - the mean score of the whole map went down;
* ``stage-removed`` / ``branch-removed`` - a stage or branch disappeared;
* ``survey-worsened`` - a touchpoint's survey net balance fell significantly;
* ``any`` - anything at all changed (a status other than unchanged, or any detail).
"""

from __future__ import annotations

from collections.abc import Callable

from cxmap.diff.compare import STATUS_ORDER, MapDiff, Status, TargetStatus
from cxmap.i18n import Language, t


def _status(status: Status) -> Callable[[MapDiff], int]:
    return lambda d: d.count(status)


def _any(d: MapDiff) -> int:
    return (sum(t.interesting for t in d.touchpoints) + len(d.projects)
            + sum(g.status in (Status.ADDED, Status.REMOVED) for g in (*d.stages, *d.branches)))


#: condition -> how many findings it counts in a diff.
GATE_CONDITIONS: dict[str, Callable[[MapDiff], int]] = {
    **{str(s): _status(s) for s in STATUS_ORDER},
    "drift": lambda d: len(d.drift),
    "target-lost": lambda d: len(d.targets(TargetStatus.LOST)),
    "mean-worsened": lambda d: int(d.mean.status is Status.WORSENED),
    "stage-removed": lambda d: sum(s.status is Status.REMOVED for s in d.stages),
    "branch-removed": lambda d: sum(b.status is Status.REMOVED for b in d.branches),
    "survey-worsened": lambda d: sum(1 for t in d.significant
                                     if t.survey_change is not None
                                     and t.survey_change.change < 0),
    "any": _any,
}


def parse_fail_on(text: str, lang: Language = Language.EN) -> tuple[str, ...]:
    """``"worsened,drift"`` -> the conditions; ``ValueError`` names unknown
    ones (in ``lang``; the conditions themselves are words of the command line)."""
    items = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [i for i in items if i not in GATE_CONDITIONS]
    if unknown:
        raise ValueError(t("diff.unknown_fail_on", lang, n=len(unknown),
                           names=", ".join(map(repr, unknown)),
                           known=", ".join(GATE_CONDITIONS)))
    return tuple(dict.fromkeys(items))


def gate(diff: MapDiff, conditions: tuple[str, ...]) -> list[str]:
    """The conditions that hold, each as ``"worsened (2)"``; empty = the gate passes."""
    failed = []
    for cond in conditions:
        n = GATE_CONDITIONS[cond](diff)
        if n:
            failed.append(f"{cond} ({n})")
    return failed
