"""Reporters are pure functions; every format is handled; docs are current."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxmap.api import ValidationRun, load_map
from cxmap.cli import app
from cxmap.outputs.formats import ValidateFormat
from cxmap.outputs.reporters import REPORTERS, report
from cxmap.outputs.rules_doc import rules_markdown

ROOT = Path(__file__).resolve().parent.parent
CASE = Path(__file__).parent / "cases" / "invalid" / "refs.cxmap.yaml"


@pytest.mark.parametrize("fmt", list(ValidateFormat))
def test_every_report_format_has_a_reporter(fmt: ValidateFormat) -> None:
    run = ValidationRun(maps=[load_map(CASE, "refs.cxmap.yaml")])
    out = report(run, fmt)
    assert out.endswith("\n")
    assert "refs.cxmap.yaml" in out
    assert report(run, fmt) == out  # pure: same input, same text


def test_report_formats_and_cli_choices_agree() -> None:
    import typing

    import cxmap.cli

    assert set(REPORTERS) == set(ValidateFormat) - {ValidateFormat.AUTO}
    assert ValidateFormat.AUTO.resolved({}) is ValidateFormat.TEXT
    assert ValidateFormat.AUTO.resolved({"GITHUB_ACTIONS": "true"}) is ValidateFormat.GITHUB
    # the command line uses the one enum of the vocabulary itself
    hints = typing.get_type_hints(cxmap.cli.validate, include_extras=True)
    assert typing.get_args(hints["fmt"])[0] is ValidateFormat


def test_text_reporter_is_exact() -> None:
    run = ValidationRun(maps=[load_map(CASE, "refs.cxmap.yaml")])
    assert report(run, ValidateFormat.TEXT).splitlines()[:2] == [
        "refs.cxmap.yaml:16:17: error CX201 unknown branch 'mobil' in touchpoint 'a'; "
        "did you mean 'mobile'?",
        "refs.cxmap.yaml:19:28: error CX201 unknown branch 'shop' in touchpoint 'b'; "
        "known branches: mobile",
    ]


def test_diagnostics_doc_is_generated_and_current() -> None:
    doc = (ROOT / "docs" / "diagnostics.md").read_text(encoding="utf-8")
    assert doc == rules_markdown(), "run: python -m cxmap.outputs.rules_doc > docs/diagnostics.md"


def test_explain() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["explain", "CX201"])
    assert result.exit_code == 0
    assert result.output.startswith("CX201 unknown-branch (error)")
    assert runner.invoke(app, ["explain", "duplicate-id"]).output.startswith("CX200")
    assert runner.invoke(app, ["explain", "CX999"]).exit_code == 2
