"""In-place edits count lines as the YAML parser does.

The parser's positions are lines and columns, and YAML ends a line at LF,
CR LF, a lone CR (old Mac files), NEL, and the Unicode line and paragraph
separators (U+2028, U+2029: pasted from a word processor into a title).  An
edit that counted only LF landed lines away from its place, and the import
refused ("the rewritten map would not be valid") a map that validates.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxmap.cli import app
from cxmap.edit.patch import TextEditor
from tests.conftest import CONFORMANCE

runner = CliRunner()
BANK = CONFORMANCE / "bank-2024.cxmap.yaml"
SURVEYED = CONFORMANCE / "bank-2024-surveyed.cxmap.yaml"
COUNTS = CONFORMANCE / "survey-counts.csv"

#: (the bank map's text -> the variant, the same change to the expected result)
VARIANTS = {
    "line-separator-in-title": lambda text: text.replace(
        "title: Opening a personal account", 'title: "Opening a\u2028personal account"'),
    "paragraph-separator-in-name": lambda text: text.replace(
        "name: Welcome call", 'name: "Welcome\u2029call"'),
    "next-line-in-name": lambda text: text.replace(
        "name: Payment card arrives", 'name: "Payment card\x85arrives"'),
    "old-mac-line-ends": lambda text: text.replace("\n", "\r"),
    "windows-line-ends": lambda text: text.replace("\n", "\r\n"),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_import_survey_edits_a_map_with_other_line_breaks(tmp_path: Path,
                                                          variant: str) -> None:
    change = VARIANTS[variant]
    target = tmp_path / "bank.cxmap.yaml"
    target.write_bytes(change(BANK.read_text(encoding="utf-8")).encode("utf-8"))
    result = runner.invoke(app, ["import-survey", str(target), str(COUNTS),
                                 "--scored-on", "2025-05-20"])
    assert result.exit_code == 0, result.output
    expected = change(SURVEYED.read_text(encoding="utf-8")).encode("utf-8")
    assert target.read_bytes() == expected


def test_import_scores_edits_an_old_mac_map(tmp_path: Path) -> None:
    target = tmp_path / "bank.cxmap.yaml"
    target.write_bytes(BANK.read_bytes().replace(b"\n", b"\r"))
    table = tmp_path / "oceny.csv"
    table.write_text("id,score,customerEffort\ncard,2,true\n", encoding="utf-8")
    result = runner.invoke(app, ["import-scores", str(target), str(table)])
    assert result.exit_code == 0, result.output
    edited = target.read_bytes()
    assert b"\n" not in edited  # a new line ends as the file's lines do
    assert edited.replace(b"\r", b"\n") == BANK.read_bytes().replace(
        b"        score: 1\n        momentOfTruth: true\n",
        b"        score: 2\n        momentOfTruth: true\n        customerEffort: true\n")


@pytest.mark.parametrize(("text", "starts", "eol"), [
    ("a\nb\n", [0, 2, 4], "\n"),
    ("a\r\nb\r\n", [0, 3, 6], "\r\n"),
    ("a\rb", [0, 2], "\r"),
    ('t: "x\u2028y"\nz\n', [0, 6, 9, 11], "\n"),
    ("a\x85b\u2029c", [0, 2, 4], "\n"),
])
def test_lines_are_the_parsers_lines(text: str, starts: list[int], eol: str) -> None:
    editor = TextEditor(text)
    assert (editor.starts, editor.eol) == (starts, eol)


def test_every_variant_changes_the_map() -> None:
    """A guard against a variant that silently changes nothing."""
    text = BANK.read_text(encoding="utf-8")
    assert all(change(text) != text for change in VARIANTS.values())
