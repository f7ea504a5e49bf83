"""--limit caps the touchpoint and project rows of text and markdown, never JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cxmap.api import diff_sources
from cxmap.outputs.diff import DiffFormat, format_diff

EX = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def telecom():  # type: ignore[no-untyped-def]
    run = diff_sources(str(EX / "telecom-contract.cxmap.yaml"),
                       str(EX / "telecom-contract-2025.cxmap.yaml"))
    assert run.diff is not None and len(run.diff.projects) == 6
    return run.diff


@pytest.mark.parametrize("fmt", [DiffFormat.TEXT, DiffFormat.MARKDOWN])
def test_limit_caps_projects_too(telecom, fmt: DiffFormat) -> None:  # type: ignore[no-untyped-def]
    out = format_diff(telecom, fmt, limit=2)
    assert "… and 4 more projects not listed (use --limit 0 for all, or --format json)" in out
    assert "port-tracker" in out and "app-id-check" in out
    assert "chat-handover" not in out
    full = format_diff(telecom, fmt, limit=0)
    assert "chat-handover" in full and "more projects" not in full


def test_json_always_lists_everything(telecom) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(format_diff(telecom, DiffFormat.JSON, limit=1))
    assert len(data["touchpoints"]) == 20
