"""`cxmap diff`: the JSON contract, the comparison rules, the gate, formats."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cxmap.api import load_bytes
from cxmap.cli import app
from cxmap.diff import (
    GATE_CONDITIONS,
    MapDiff,
    Status,
    TargetStatus,
    compare,
    gate,
    parse_fail_on,
)
from cxmap.model.journey import Journey
from cxmap.outputs.diff import FORMATTERS, DiffFormat, format_diff
from cxmap.outputs.diff.as_markdown import cell

CONF = Path(__file__).parent / "conformance"
EXAMPLES = Path(__file__).parent.parent / "examples"
EXPECTED = json.loads((CONF / "expected.json").read_text())["diff_bank_2024_to_2025"]
CONTRACT_STATUSES = {"improved", "worsened", "unchanged", "added", "removed", "unscored"}
runner = CliRunner()


def run(*args: str) -> Any:
    return runner.invoke(app, list(args))


def journey(text: str) -> Journey:
    loaded = load_bytes(textwrap.dedent(text).encode(), "test.cxmap.yaml")
    assert loaded.journey is not None, loaded.diagnostics
    return loaded.journey


def bank_diff() -> MapDiff:
    old = load_bytes((CONF / "bank-2024.cxmap.yaml").read_bytes(), "bank-2024.cxmap.yaml")
    new = load_bytes((CONF / "bank-2025.cxmap.yaml").read_bytes(), "bank-2025.cxmap.yaml")
    assert old.journey and new.journey
    return compare(old.journey, new.journey, "bank-2024.cxmap.yaml", "bank-2025.cxmap.yaml")


# ----------------------------------------------------------------------------- contract
def bank_json() -> dict[str, Any]:
    result = run("diff", str(CONF / "bank-2024.cxmap.yaml"), str(CONF / "bank-2025.cxmap.yaml"),
                 "--format", "json")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_conformance_summary_exact() -> None:
    data = bank_json()
    assert data["summary"] == EXPECTED["summary"]
    assert all(type(v) is int for v in data["summary"].values())


def test_conformance_statuses_exact() -> None:
    data = bank_json()
    assert {t["id"]: t["status"] for t in data["touchpoints"]} == EXPECTED["status"]


def test_every_touchpoint_object_has_the_contract_keys() -> None:
    for t in bank_json()["touchpoints"]:
        assert {"id", "status", "before", "after"} <= set(t)
        assert t["status"] in CONTRACT_STATUSES
        assert t["before"] is None or type(t["before"]) is int
        assert t["after"] is None or type(t["after"]) is int


def test_summary_counts_match_touchpoints() -> None:
    data = bank_json()
    for status, n in data["summary"].items():
        assert n == sum(t["status"] == status for t in data["touchpoints"])


def test_conformance_details() -> None:
    data = bank_json()
    tps = {t["id"]: t for t in data["touchpoints"]}
    assert tps["id-check"]["renamed"] == {"from": "Identity check",
                                          "to": "Identity check by video"}
    assert tps["id-check"]["before"] == -2 and tps["id-check"]["after"] == 1
    assert tps["card"]["drift"] is True
    assert data["drift"] == ["card"]
    assert tps["welcome-call"]["after"] is None and tps["welcome-call"]["before"] == 0
    assert tps["push-tips"]["before"] is None and tps["push-tips"]["after"] is None
    assert data["old"]["scoredOn"] == "2024-04-10" and data["new"]["scoredOn"] == "2025-04-14"
    # removed touchpoint stays where it was: after `card`
    ids = [t["id"] for t in data["touchpoints"]]
    assert ids.index("welcome-call") == ids.index("card") + 1
    stages = {s["id"]: s for s in data["stages"]}
    assert stages["open"]["before"]["mean"] == -1.0 and stages["open"]["after"]["mean"] == 0.5
    branches = {b["id"]: b for b in data["branches"]}
    assert branches["mobile"]["status"] == "improved"
    assert branches["branch-office"]["status"] == "worsened"


# ----------------------------------------------------------------------------- rules
BASE = """\
cxmap: 1
id: m
title: Map
stages:
  - id: s1
    name: One
    touchpoints:
      - id: a
        name: A
        score: {a}
      - id: b
        name: B
        score: {b}
"""


@pytest.mark.parametrize(("before", "after", "status"), [
    ("0", "1", Status.IMPROVED), ("1", "0", Status.WORSENED), ("-2", "-2", Status.UNCHANGED),
    ("null", "1", Status.UNSCORED), ("1", "null", Status.UNSCORED),
    ("null", "null", Status.UNSCORED),
])
def test_score_status(before: str, after: str, status: Status) -> None:
    d = compare(journey(BASE.format(a=before, b=0)), journey(BASE.format(a=after, b=0)))
    assert d.touchpoints[0].status is status
    assert d.count(status) >= 1


def test_added_unscored_is_added_and_removed_unscored_is_removed() -> None:
    old = journey(BASE.format(a="null", b=0))
    new = journey(BASE.replace("id: a", "id: c").format(a="null", b=0))
    d = compare(old, new)
    st = {t.id: t.status for t in d.touchpoints}
    assert st == {"a": Status.REMOVED, "c": Status.ADDED, "b": Status.UNCHANGED}


def test_drift_only_when_nothing_else_changed() -> None:
    old = journey(BASE.format(a=2, b=2))
    new_text = BASE.format(a=0, b=0).replace("name: B\n", "name: B\n        owner: it\n")
    d = compare(old, journey(new_text))
    a, b = d.touchpoints
    assert a.drift and a.status is Status.WORSENED
    assert not b.drift and b.status is Status.WORSENED and b.changed == ("owner",)
    assert [t.id for t in d.drift] == ["a"]


def test_improvement_is_never_drift() -> None:
    d = compare(journey(BASE.format(a=0, b=0)), journey(BASE.format(a=1, b=0)))
    assert not d.touchpoints[0].drift


def test_moved_renamed_flags_target() -> None:
    old = journey("""\
        cxmap: 1
        id: m
        title: Map
        stages:
          - id: s1
            name: One
            touchpoints:
              - id: a
                name: A
                score: -1
                target: 0
                momentOfTruth: true
              - id: b
                name: B
                score: 1
                target: 1
          - id: s2
            name: Two
            touchpoints: []
        """)
    new = journey("""\
        cxmap: 1
        id: m
        title: Map
        stages:
          - id: s1
            name: One
            touchpoints:
              - id: a
                name: A renamed
                score: 0
                target: 0
                confirmed: true
          - id: s2
            name: Two
            touchpoints:
              - id: b
                name: B
                score: 0
                target: 1
        """)
    d = compare(old, new)
    a, b = d.touchpoints
    assert a.old_name == "A" and a.name == "A renamed"
    assert a.flags_on == ("confirmed",) and a.flags_off == ("momentOfTruth",)
    assert a.target_status is TargetStatus.REACHED
    assert b.old_stage == "s1" and b.stage == "s2" and b.moved
    assert b.target_status is TargetStatus.LOST
    assert not b.drift  # moved to another stage: not "nothing changed"
    assert [x.id for x in d.targets(TargetStatus.LOST)] == ["b"]


def test_branch_and_branches_shorthand_are_the_same() -> None:
    text = """\
        cxmap: 1
        id: m
        title: Map
        branches: [{{id: x, name: X}}]
        stages:
          - id: s1
            name: One
            touchpoints:
              - id: a
                name: A
                {br}
                score: {s}
        """
    d = compare(journey(text.format(br="branch: x", s=1)),
                journey(text.format(br="branches: [x]", s=0)))
    assert d.touchpoints[0].changed == () and d.touchpoints[0].drift


def test_stages_branches_projects() -> None:
    old = journey("""\
        cxmap: 1
        id: m
        title: Map
        branches: [{id: x, name: X}, {id: y, name: Y}]
        stages:
          - id: s1
            name: One
            touchpoints: [{id: a, name: A, score: 1, branch: x}]
          - id: gone
            name: Gone
            touchpoints: [{id: b, name: B, score: -1}]
        projects:
          - {id: p1, title: P1, kind: hard, touchpoints: [a], status: planned}
          - {id: p2, title: P2, kind: soft, touchpoints: [a], status: idea}
          - {id: p3, title: P3, kind: soft, touchpoints: [a]}
        """)
    new = journey("""\
        cxmap: 1
        id: m
        title: Map
        branches: [{id: x, name: X}, {id: z, name: Z}]
        stages:
          - id: s1
            name: First
            touchpoints: [{id: a, name: A, score: 2, branch: x}]
          - id: fresh
            name: Fresh
            touchpoints: []
        projects:
          - {id: p1, title: P1, kind: hard, touchpoints: [a], status: done}
          - {id: p2, title: P2, kind: soft, touchpoints: [a], status: idea}
          - {id: p4, title: P4, kind: soft, touchpoints: [a]}
        """)
    d = compare(old, new)
    st = {g.id: g.status for g in d.stages}
    assert st == {"s1": Status.IMPROVED, "gone": Status.REMOVED, "fresh": Status.ADDED}
    assert d.stages[0].old_name == "One"
    br = {g.id: g.status for g in d.branches}
    assert br == {"x": Status.IMPROVED, "y": Status.REMOVED, "z": Status.ADDED}
    pr = {(p.id, p.change, p.before, p.after) for p in d.projects}
    assert pr == {("p1", "status", "planned", "done"), ("p3", "removed", None, None),
                  ("p4", "added", None, None)}
    data = json.loads(format_diff(d, DiffFormat.JSON))
    assert data["changes"]["stagesAdded"] == 1 and data["changes"]["branchesRemoved"] == 1
    fresh = next(s for s in data["stages"] if s["id"] == "fresh")
    assert fresh["before"] is None and fresh["after"]["mean"] is None


def test_telecom_pair() -> None:
    old = load_bytes((EXAMPLES / "telecom-contract.cxmap.yaml").read_bytes(), "old")
    new = load_bytes((EXAMPLES / "telecom-contract-2025.cxmap.yaml").read_bytes(), "new")
    assert old.journey and new.journey
    d = compare(old.journey, new.journey)
    st = {t.id: t for t in d.touchpoints}
    assert st["mall-kiosk"].status is Status.REMOVED
    assert st["video-advice"].status is Status.ADDED
    assert st["app-usage"].status is Status.UNSCORED
    assert {t.id for t in d.drift} == {"shop-wifi", "esim-activation"}
    assert st["support-chat"].status is Status.WORSENED and not st["support-chat"].drift
    assert st["first-bill"].flags_on == ("confirmed",)
    assert st["number-port"].target_status is TargetStatus.REACHED
    assert st["id-check"].renamed
    assert {p.id: p.after for p in d.projects}["kiosk-training"] == "dropped"


def test_identical_maps() -> None:
    j = journey(BASE.format(a=1, b=-1))
    d = compare(j, j)
    assert d.count(Status.UNCHANGED) == 2 and not any(t.interesting for t in d.touchpoints)
    assert "No touchpoint changed." in format_diff(d, DiffFormat.TEXT)
    assert gate(d, ("any",)) == []


# ----------------------------------------------------------------------------- formats
def test_every_format_member_is_handled() -> None:
    assert set(FORMATTERS) == set(DiffFormat)
    import typing

    import cxmap.cli

    # the command line uses the one enum of the vocabulary itself
    hints = typing.get_type_hints(cxmap.cli.diff, include_extras=True)
    assert typing.get_args(hints["fmt"])[0] is DiffFormat
    d = bank_diff()
    for fmt in DiffFormat:
        text = format_diff(d, fmt)
        assert text.endswith("\n") and "id-check" in text


def test_text_format() -> None:
    text = format_diff(bank_diff(), DiffFormat.TEXT, width=140)
    assert "\x1b" not in text
    assert "Expectation drift" in text and "renamed from “Identity check”" in text
    assert "1 improved, 1 worsened, 4 unchanged, 1 added, 1 removed, 0 unscored" in text
    assert "comparison" not in text  # unchanged rows hidden by default
    assert "comparison" in format_diff(bank_diff(), DiffFormat.TEXT, show_all=True)
    assert "\x1b[" in format_diff(bank_diff(), DiffFormat.TEXT, color=True)


def test_markdown_cell_escaping() -> None:
    assert cell("a|b\nc<script>") == "a\\|b<br>c&lt;script&gt;"


# ----------------------------------------------------------------------------- gate and CLI
def test_parse_fail_on() -> None:
    assert parse_fail_on("worsened, drift,worsened") == ("worsened", "drift")
    with pytest.raises(ValueError, match="bogus"):
        parse_fail_on("worsened,bogus")
    assert set(GATE_CONDITIONS) >= CONTRACT_STATUSES


@pytest.mark.parametrize(("fail_on", "code"), [
    ("worsened", 1), ("drift", 1), ("removed", 1), ("unscored", 0), ("target-lost", 0),
    ("mean-worsened", 0), ("stage-removed,branch-removed", 0), ("any", 1),
])
def test_fail_on_exit_codes(fail_on: str, code: int) -> None:
    result = run("diff", str(CONF / "bank-2024.cxmap.yaml"), str(CONF / "bank-2025.cxmap.yaml"),
                 "--format", "json", "--fail-on", fail_on)
    assert result.exit_code == code, result.output
    json.loads(result.stdout)  # the report is printed either way
    if code:
        assert "gate failed" in result.stderr


def test_unknown_fail_on_is_usage_error() -> None:
    result = run("diff", str(CONF / "bank-2024.cxmap.yaml"), str(CONF / "bank-2025.cxmap.yaml"),
                 "--fail-on", "worse")
    assert result.exit_code == 2 and "worse" in result.stderr


def test_invalid_side_reported_like_validate() -> None:
    bad = CONF / "bad-score.cxmap.yaml"
    result = run("diff", str(CONF / "bank-2024.cxmap.yaml"), str(bad), "--format", "json")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert f"{bad}:22:16: error CX103" in result.stderr
    assert "2 files checked, 1 error" in result.stderr


def test_missing_file_is_usage_error(tmp_path: Path) -> None:
    result = run("diff", str(tmp_path / "nope.yaml"), str(CONF / "bank-2025.cxmap.yaml"))
    assert result.exit_code == 2 and "does not exist" in result.stderr


def test_output_file(tmp_path: Path) -> None:
    out = tmp_path / "diff.md"
    result = run("diff", str(CONF / "bank-2024.cxmap.yaml"), str(CONF / "bank-2025.cxmap.yaml"),
                 "-f", "markdown", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("## Journey map diff")


def test_limit_keeps_the_most_important_rows() -> None:
    text = "\n".join(["cxmap: 1", "id: m", "title: Map", "stages:", "  - id: s", "    name: S",
                      "    touchpoints:"])
    old = text + "".join(f"\n      - {{id: t{i}, name: T{i}, score: 0}}" for i in range(10))
    new = text + "".join(f"\n      - {{id: t{i}, name: T{i}, score: {1 if i < 8 else -1}}}"
                         for i in range(10))
    d = compare(journey(old), journey(new))
    md = format_diff(d, DiffFormat.MARKDOWN, limit=3)
    assert "`t8`" in md and "`t9`" in md and "`t0`" in md and "`t1`" not in md
    assert "… and 7 more touchpoints not listed" in md
    assert "`t7`" in format_diff(d, DiffFormat.MARKDOWN, limit=0)
    assert len(json.loads(format_diff(d, DiffFormat.JSON, limit=3))["touchpoints"]) == 10


def test_different_map_ids_are_noted() -> None:
    old = journey(BASE.format(a=0, b=0))
    new = journey(BASE.replace("id: m", "id: other").format(a=0, b=0))
    d = compare(old, new)
    for fmt in (DiffFormat.TEXT, DiffFormat.MARKDOWN):
        assert "different ids (m → other)" in format_diff(d, fmt)
    assert "different ids" not in format_diff(compare(old, old), DiffFormat.MARKDOWN)


def test_diff_sources_gives_the_contract_diff() -> None:
    from cxmap.api import diff_sources

    run_ = diff_sources(str(CONF / "bank-2024.cxmap.yaml"), str(CONF / "bank-2025.cxmap.yaml"))
    assert run_.diff is not None
    assert run_.diff.summary["worsened"] == 1
    assert run_.old.diagnostics == []
    assert json.loads(format_diff(run_.diff, DiffFormat.JSON))["summary"] == EXPECTED["summary"]
    bad = diff_sources(str(CONF / "bank-2024.cxmap.yaml"), str(CONF / "bad-score.cxmap.yaml"))
    assert bad.diff is None and bad.new.errors == 1 and bad.old.errors == 0


def test_diff_sources_reports_an_invalid_old_side(tmp_path: Path) -> None:
    from cxmap.api import diff_sources

    bad = tmp_path / "bad.cxmap.yaml"
    bad.write_text("cxmap: 1\nid: x\n", encoding="utf-8")
    run_ = diff_sources(str(bad), str(CONF / "bank-2025.cxmap.yaml"))
    assert run_.diff is None
    assert [d.code for d in run_.old.diagnostics] == ["CX101", "CX101"]


def test_diff_sources_keeps_warnings_of_a_valid_side(tmp_path: Path) -> None:
    from cxmap.api import diff_sources

    warned = tmp_path / "warned.cxmap.yaml"  # valid, with a warning (empty stage)
    text = (CONF / "bank-2024.cxmap.yaml").read_text(encoding="utf-8")
    warned.write_text(text.replace("stages:\n", "stages:\n  - id: empty\n    name: Empty\n"
                                   "    touchpoints: []\n", 1), encoding="utf-8")
    run_ = diff_sources(str(warned), str(CONF / "bank-2025.cxmap.yaml"))
    assert run_.diff is not None and run_.diff.touchpoints
    assert [d.code for d in run_.old.diagnostics] == ["CX300"]
    assert run_.old.journey is not None and run_.new.journey is not None


def test_compared_fields_are_the_touchpoint_fields() -> None:
    from cxmap.diff.compare import COMPARED_FIELDS
    from cxmap.model.journey import Touchpoint

    fields = {name: f.alias or name for name, f in Touchpoint.model_fields.items()}
    del fields["branch"]  # folded into branches
    assert dict(COMPARED_FIELDS) == fields
    assert [f for f, _ in COMPARED_FIELDS] == list(fields)
