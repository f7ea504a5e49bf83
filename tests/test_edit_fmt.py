"""`cxmap fmt`: canonical layout keeping every comment, value, quote, BOM and
line end; idempotent; never touching a file with errors."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxmap.api import load_bytes
from cxmap.cli import app
from cxmap.commands.edit_fmt import FmtStatus, fmt_file
from cxmap.edit.fmt import FormatProblem, comments, format_bytes
from cxmap.i18n import Language
from tests.conftest import CONFORMANCE, EXAMPLES, example_maps

runner = CliRunner()
GOLDEN = Path(__file__).parent / "golden" / "edit"

MESSY = """\
# top comment
cxmap: 1
title: T  # eol title
# before id
id: m

# stages follow
stages:
    -   name: S   # eol name
        id: s
        touchpoints:
          - {id: b, name: B}
          - name: 'A'
            # before id a
            id: a
            pillars: [integrity]  # pil
            score: +1
            evidence:
              - x  # ex
            # after evidence
          # before c
          - id: c
            name: "C"
            notes: |
              long
              text

# projects
projects:
  - touchpoints: [a]
    id: p
    kind: soft
    title: P
"""

MESSY_FORMATTED = """\
# top comment
cxmap: 1
# before id
id: m
title: T  # eol title

# stages follow
stages:
  - id: s
    name: S   # eol name
    touchpoints:
      - id: b
        name: B
      # before id a
      - id: a
        name: 'A'
        score: +1
        pillars: [integrity]  # pil
        evidence:
          - x  # ex
        # after evidence
      # before c
      - id: c
        name: "C"
        notes: |
          long
          text

# projects
projects:
  - id: p
    title: P
    kind: soft
    touchpoints: [a]
"""


def test_messy_map_gets_the_canonical_layout() -> None:
    result = format_bytes(MESSY.encode())
    assert result.changed
    assert result.text.decode() == MESSY_FORMATTED
    assert not format_bytes(result.text).changed


def test_bom_and_crlf_are_kept() -> None:
    raw = b"\xef\xbb\xbf" + MESSY.replace("\n", "\r\n").encode()
    out = format_bytes(raw).text
    assert out == b"\xef\xbb\xbf" + MESSY_FORMATTED.replace("\n", "\r\n").encode()


def test_document_markers_are_kept() -> None:
    raw = ("---\n" + MESSY + "...\n").encode()
    out = format_bytes(raw).text.decode()
    assert out == "---\n" + MESSY_FORMATTED + "...\n"
    assert not format_bytes(out.encode()).changed


def test_a_comment_fmt_cannot_keep_means_the_file_is_left_alone(tmp_path: Path) -> None:
    # ruamel.yaml drops a comment above `---`: fmt refuses rather than lose it
    raw = ("# c\n---\n" + MESSY.split("\n", 1)[1]).encode()
    with pytest.raises(FormatProblem) as problem:
        format_bytes(raw)
    assert problem.value.what == "comments"
    target = tmp_path / "m.cxmap.yaml"
    target.write_bytes(raw)
    result = runner.invoke(app, ["fmt", str(target)])
    assert result.exit_code == 1
    assert f"cxmap: error: {target}: cannot reformat without changing its comments; left as " \
        "it is" in result.stderr
    assert target.read_bytes() == raw


@pytest.mark.parametrize("path", [*example_maps(), CONFORMANCE / "bank-2024.cxmap.yaml",
                                  GOLDEN / "starter.en.cxmap.yaml",
                                  GOLDEN / "starter.pl.cxmap.yaml"], ids=lambda p: p.name)
def test_real_maps_keep_comments_and_values_and_are_idempotent(path: Path) -> None:
    raw = path.read_bytes()
    once = format_bytes(raw).text
    assert format_bytes(once).text == once
    assert comments(once.decode()) == comments(raw.decode())
    before, after = load_bytes(raw, "a"), load_bytes(once, "a")
    assert before.journey is not None and after.journey == before.journey
    # only key order moved: the same lines, possibly in another order
    assert sorted(once.decode().splitlines()) == sorted(raw.decode().splitlines())


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_starter_is_already_canonical(lang: str) -> None:
    raw = (GOLDEN / f"starter.{lang}.cxmap.yaml").read_bytes()
    assert not format_bytes(raw).changed


def test_check_names_files_and_writes_nothing(tmp_path: Path) -> None:
    messy = tmp_path / "messy.cxmap.yaml"
    messy.write_text(MESSY)
    tidy = tmp_path / "tidy.cxmap.yaml"
    tidy.write_text(MESSY_FORMATTED)
    result = runner.invoke(app, ["fmt", "--check", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [f"would reformat {messy}",
                                          "1 of 2 files would be reformatted"]
    assert messy.read_text() == MESSY
    ok = runner.invoke(app, ["fmt", "--check", str(tidy)])
    assert ok.exit_code == 0 and ok.stdout == "0 of 1 file would be reformatted\n"


def test_diff_prints_a_unified_diff_and_writes_nothing(tmp_path: Path) -> None:
    messy = tmp_path / "messy.cxmap.yaml"
    messy.write_text(MESSY)
    result = runner.invoke(app, ["fmt", "--diff", str(messy)])
    assert result.exit_code == 0
    shown = str(messy).lstrip("/")
    assert result.stdout.startswith(f"--- a/{shown}\n+++ b/{shown}\n@@ ")
    assert "-title: T  # eol title\n" in result.stdout
    assert "+title: T  # eol title\n" in result.stdout
    assert f"would reformat {messy}" in result.stderr
    assert messy.read_text() == MESSY


def test_fmt_rewrites_in_place_keeping_mode_and_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.cxmap.yaml"
    real.write_text(MESSY)
    real.chmod(0o604)
    link = tmp_path / "link.cxmap.yaml"
    link.symlink_to(real)
    result = runner.invoke(app, ["fmt", str(link)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [f"reformatted {link}", "1 of 1 file reformatted"]
    assert link.is_symlink() and real.read_text() == MESSY_FORMATTED
    assert stat.S_IMODE(real.stat().st_mode) == 0o604
    again = runner.invoke(app, ["fmt", str(link)])
    assert again.stdout == "0 of 1 file reformatted\n"


@pytest.mark.parametrize("name", ["bad-score.cxmap.yaml", "bad-typo.cxmap.yaml"])
def test_a_map_with_errors_is_never_touched(name: str, tmp_path: Path) -> None:
    target = tmp_path / name
    shutil.copyfile(CONFORMANCE / name, target)
    before = target.read_bytes()
    result = runner.invoke(app, ["fmt", str(target)])
    assert result.exit_code == 1
    # its diagnostics as validate prints them, then that it was left as it is
    validated = runner.invoke(app, ["validate", str(target)])
    assert validated.exit_code == 1
    assert result.stderr == (validated.stdout
                             + f"cxmap: error: {target} has errors, so it was left as it is\n")
    assert target.read_bytes() == before


def test_a_file_that_does_not_parse_is_never_touched(tmp_path: Path) -> None:
    target = tmp_path / "broken.cxmap.yaml"
    target.write_text("cxmap: 1\nid: [unclosed\n")
    result = runner.invoke(app, ["fmt", str(target)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"{target}:3:1: error CX001 did not find expected ',' or ']'; while parsing a flow "
        "sequence at line 2\n"
        "1 file checked, 1 error, 0 warnings\n"
        f"cxmap: error: {target} does not parse, so it was left as it is\n")
    assert target.read_text() == "cxmap: 1\nid: [unclosed\n"


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    assert runner.invoke(app, ["fmt", str(tmp_path / "none.yaml")]).exit_code == 2


def test_failing_write_leaves_the_original_intact(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "m.cxmap.yaml"
    target.write_text(MESSY)

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    result = fmt_file(target, str(target), write=True, want_diff=False, lang=Language.EN)
    assert result.status is FmtStatus.FAILED
    assert result.message == f"cannot write {target}: No space left on device"
    assert target.read_text() == MESSY
    assert [p.name for p in tmp_path.iterdir()] == ["m.cxmap.yaml"]


def test_comments_finder_ignores_hashes_in_values() -> None:
    text = 'a: "x # not a comment"  # real\nb: x#y\nc: |\n  # inside a block\n# alone\n'
    assert sorted(comments(text)) == ["# alone", "# real"]


def test_polish_messages(tmp_path: Path) -> None:
    messy = tmp_path / "m.cxmap.yaml"
    messy.write_text(MESSY)
    result = runner.invoke(app, ["fmt", "--check", "--lang", "pl", str(messy)])
    assert result.stdout.splitlines() == [f"do sformatowania: {messy}",
                                          "do sformatowania: 1 z 1 pliku"]


def test_examples_folder_formats(tmp_path: Path) -> None:
    folder = tmp_path / "maps"
    shutil.copytree(EXAMPLES, folder)
    assert runner.invoke(app, ["fmt", str(folder)]).exit_code == 0
    check = runner.invoke(app, ["fmt", "--check", str(folder)])
    assert check.exit_code == 0, check.output


def test_full_line_comments_stay_at_their_level() -> None:
    text = ("cxmap: 1\nid: m\ntitle: T\nstages:\n"
            "- id: s\n  name: S\n  touchpoints:\n"
            "  # about the first touchpoint\n"
            "  - id: a\n    name: A\n    notes: x\n    # a closing remark on a\n\n"
            "# the next stage\n"
            "- id: t\n  name: T\n  touchpoints: []\n")
    assert format_bytes(text.encode()).text.decode() == (
        "cxmap: 1\nid: m\ntitle: T\nstages:\n"
        "  - id: s\n    name: S\n    touchpoints:\n"
        "      # about the first touchpoint\n"
        "      - id: a\n        name: A\n        notes: x\n        # a closing remark on a\n\n"
        "  # the next stage\n"
        "  - id: t\n    name: T\n    touchpoints: []\n")
