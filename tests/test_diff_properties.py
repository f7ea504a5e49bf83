"""Properties of the comparison on random re-scorings (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cxmap.diff import STATUS_ORDER, Status, compare
from cxmap.model.journey import Journey

SCORES = st.one_of(st.none(), st.integers(-2, 2))


@st.composite
def waves(draw: st.DrawFn) -> tuple[Journey, Journey]:
    n = draw(st.integers(0, 12))
    ids = [f"t{i}" for i in range(n)]
    old_ids = draw(st.lists(st.sampled_from(ids), unique=True)) if ids else []
    new_ids = draw(st.lists(st.sampled_from(ids), unique=True)) if ids else []

    def make(tp_ids: list[str]) -> Journey:
        tps = [{"id": i, "name": draw(st.sampled_from(["A", "B"])), "score": draw(SCORES),
                "momentOfTruth": draw(st.booleans())} for i in tp_ids]
        return Journey.model_validate({"cxmap": 1, "id": "m", "title": "M", "stages": [
            {"id": "s", "name": "S", "touchpoints": tps}]})
    return make(old_ids), make(new_ids)


@settings(max_examples=200, deadline=None)
@given(waves())
def test_statuses_partition_the_union_of_ids(pair: tuple[Journey, Journey]) -> None:
    old, new = pair
    d = compare(old, new)
    old_ids = {t.id for t in old.touchpoints}
    new_ids = {t.id for t in new.touchpoints}
    assert [t.id for t in d.touchpoints if t.status is not Status.REMOVED] == [
        t.id for t in new.touchpoints]
    assert {t.id for t in d.touchpoints} == old_ids | new_ids
    assert len(d.touchpoints) == len(old_ids | new_ids)
    assert sum(d.summary[s] for s in STATUS_ORDER) == len(d.touchpoints)
    assert d.summary[Status.ADDED] == len(new_ids - old_ids)
    assert d.summary[Status.REMOVED] == len(old_ids - new_ids)
    for t in d.touchpoints:
        if t.status in (Status.IMPROVED, Status.WORSENED, Status.UNCHANGED):
            assert t.before is not None and t.after is not None
        if t.drift:
            assert t.status is Status.WORSENED and not t.renamed and not t.flags_on


@settings(max_examples=100, deadline=None)
@given(waves())
def test_reversed_diff_swaps_statuses(pair: tuple[Journey, Journey]) -> None:
    old, new = pair
    swap = {Status.IMPROVED: Status.WORSENED, Status.WORSENED: Status.IMPROVED,
            Status.ADDED: Status.REMOVED, Status.REMOVED: Status.ADDED}
    forward = {t.id: t.status for t in compare(old, new).touchpoints}
    backward = {t.id: t.status for t in compare(new, old).touchpoints}
    assert backward == {k: swap.get(v, v) for k, v in forward.items()}
