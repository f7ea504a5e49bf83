"""The model's helpers: navigation and the derived impact of projects."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cxmap.model.journey import Journey, derive_impact
from cxmap.util.files import write_atomic


def journey(**touchpoints: dict[str, object]) -> Journey:
    tps = [{"id": k, "name": k.upper(), **v} for k, v in touchpoints.items()]
    return Journey.model_validate({
        "cxmap": 1, "id": "m", "title": "T",
        "stages": [{"id": "s1", "name": "One", "touchpoints": tps[:1]},
                   {"id": "s2", "name": "Two", "touchpoints": tps[1:]}],
        "projects": [{"id": f"p-{k}", "title": k, "kind": "hard", "touchpoints": [k]}
                     for k in touchpoints],
    })


def test_navigation() -> None:
    j = journey(a={"score": 1}, b={}, c={})
    assert [tp.id for tp in j.touchpoints] == ["a", "b", "c"]
    assert j.touchpoint("b").name == "B"
    assert j.stage_of("c").id == "s2"
    with pytest.raises(KeyError):
        j.touchpoint("nope")
    with pytest.raises(KeyError):
        j.stage_of("nope")
    assert j.touchpoint("a").is_scored and not j.touchpoint("b").is_scored


@pytest.mark.parametrize("fields,expected", [
    ({"momentOfTruth": True, "score": 1}, "high"),
    ({"score": -2}, "high"),
    ({"reach": 40}, "high"),
    ({"score": -1}, "medium"),
    ({"customerEffort": True}, "medium"),
    ({"reach": "10%"}, "medium"),
    ({"score": 0, "reach": 9.9}, "low"),
    ({}, "low"),
])
def test_derived_impact(fields: dict[str, object], expected: str) -> None:
    j = journey(a=fields)
    [project] = [p for p in j.projects or () if p.id == "p-a"]
    assert derive_impact(project, j) == expected


def test_given_impact_wins() -> None:
    j = Journey.model_validate({
        "cxmap": 1, "id": "m", "title": "T",
        "stages": [{"id": "s", "name": "S", "touchpoints": [{"id": "a", "name": "A",
                                                              "score": -2}]}],
        "projects": [{"id": "p", "title": "P", "kind": "soft", "touchpoints": ["a"],
                      "impact": "low"}]})
    assert derive_impact(j.projects[0], j) == "low"  # type: ignore[index]


def test_write_atomic_replaces_whole_and_keeps_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.svg"
    target.write_text("old")
    os.chmod(target, 0o640)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.svg"]  # no temporary left


def test_write_atomic_failure_leaves_the_old_file(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "map.cxmap.yaml"
    target.write_text("precious")

    def boom(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_atomic(target, b"half")
    assert target.read_text() == "precious"
    assert [p.name for p in tmp_path.iterdir()] == ["map.cxmap.yaml"]


def test_each_vocabulary_is_declared_once() -> None:
    from typing import get_args

    from cxmap.i18n import Language
    from cxmap.model import journey as m

    assert get_args(m.Pillar) == m.PILLARS and len(m.PILLARS) == 6
    assert m.LEVELS == ("low", "medium", "high")
    assert get_args(m.ProjectStatus) == m.STATUSES and "in-progress" in m.STATUSES
    assert m.KINDS == ("hard", "soft")
    # a map's `language` is one of the languages cxmap speaks
    assert set(get_args(m.Journey.model_fields["language"].annotation)) == set(Language)


@pytest.mark.parametrize("fields,kind", [
    ({"score": 1.5}, "int_type"),
    ({"score": "+1"}, "int_type"),
    ({"score": True}, "int_type"),
    ({"score": 3}, "less_than_equal"),
    ({"confirmed": "yes"}, "bool_type"),
    ({"channel": 2024}, "string_type"),
    ({"name": "\u200b "}, "cx_empty_text"),
    ({"reach": "45 percent"}, "cx_reach"),
    ({"id": "a b"}, "string_pattern_mismatch"),
    ({"pillars": ["speed"]}, "literal_error"),
    ({"momentOfTruth": True, "moment_of_truth": True}, "extra_forbidden"),
])
def test_the_model_is_strict_where_the_format_is(fields: dict[str, object], kind: str) -> None:
    from pydantic import ValidationError

    from cxmap.model.journey import Touchpoint

    with pytest.raises(ValidationError) as caught:
        Touchpoint.model_validate({"id": "a", "name": "A", **fields})
    [error] = caught.value.errors()
    assert error["type"] == kind


def test_model_objects_are_frozen_pydantic_models() -> None:
    from pydantic import BaseModel, ValidationError

    j = journey(a={"score": 1, "reach": "45%"})
    assert isinstance(j, BaseModel)
    assert j.touchpoint("a").reach == 45.0 and j.touchpoint("a").moment_of_truth is False
    with pytest.raises(ValidationError, match="frozen"):
        j.touchpoint("a").score = 2  # type: ignore[misc]
    assert j.model_copy(update={"language": "pl"}).language == "pl" and j.language == "en"
    assert j == journey(a={"score": 1, "reach": 45})
