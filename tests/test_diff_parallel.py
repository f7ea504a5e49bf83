"""Big diffs load their two sides in two processes; the result must not differ."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cxmap.diff import diff_sources

CONF = Path(__file__).parent / "conformance"
OLD, NEW = str(CONF / "bank-2024.cxmap.yaml"), str(CONF / "bank-2025.cxmap.yaml")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_parallel_and_serial_loading_agree() -> None:
    serial = diff_sources(OLD, NEW, parallel=False)
    parallel = diff_sources(OLD, NEW, parallel=True)
    assert parallel.diff == serial.diff
    assert parallel.old.diagnostics == serial.old.diagnostics == []


def test_falls_back_to_serial_when_no_process_can_be_made(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork() -> int:
        raise OSError("no processes here")

    monkeypatch.setattr(os, "fork", no_fork, raising=False)
    run = diff_sources(OLD, NEW, parallel=True)
    assert run.diff is not None
    assert run.diff.summary["worsened"] == 1


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_parallel_loading_reports_an_invalid_side(tmp_path: Path) -> None:
    bad = tmp_path / "bad.cxmap.yaml"
    bad.write_text("cxmap: 1\nid: x\n", encoding="utf-8")
    run = diff_sources(str(bad), NEW, parallel=True)
    assert run.diff is None
    assert [d.code for d in run.old.diagnostics] == ["CX101", "CX101"]


PAIRS = [(OLD, NEW), (NEW, OLD),
         (str(Path(__file__).parent.parent / "examples" / "telecom-contract.cxmap.yaml"),
          str(Path(__file__).parent.parent / "examples" / "telecom-contract-2025.cxmap.yaml"))]


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_snapshot_compares_like_the_model(old: str, new: str) -> None:
    from cxmap.api import load_map
    from cxmap.diff import compare
    from cxmap.diff.snapshot import journey_view, snapshot

    a, b = load_map(old).journey, load_map(new).journey
    assert a is not None and b is not None
    direct = compare(a, b, "A", "B")
    assert compare(journey_view(snapshot(a)), b, "A", "B") == direct
    assert compare(journey_view(snapshot(a)), journey_view(snapshot(b)), "A", "B") == direct
    assert direct.touchpoints  # not a vacuous comparison


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_parallel_run_keeps_old_diagnostics_but_not_its_model(tmp_path: Path) -> None:
    warned = tmp_path / "warned.cxmap.yaml"  # valid, with a warning (empty stage)
    text = Path(OLD).read_text(encoding="utf-8")
    warned.write_text(text.replace("stages:\n", "stages:\n  - id: empty\n    name: Empty\n"
                                   "    touchpoints: []\n", 1), encoding="utf-8")
    run = diff_sources(str(warned), NEW, parallel=True)
    assert run.diff is not None
    assert [d.code for d in run.old.diagnostics] == ["CX300"]
    assert run.old.journey is None and run.new.journey is not None


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_child_that_dies_is_replaced_by_loading_here(monkeypatch: pytest.MonkeyPatch) -> None:
    import cxmap.diff as diff_module
    from cxmap.util.fork import fork_child

    monkeypatch.setattr(diff_module, "_fork_old",
                        lambda raw, name: fork_child(lambda pipe: os._exit(3)))
    run = diff_sources(OLD, NEW, parallel=True)
    assert run.diff == diff_sources(OLD, NEW, parallel=False).diff
    assert run.old.journey is not None  # loaded here after all
