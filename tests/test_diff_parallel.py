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
