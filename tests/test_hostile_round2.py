"""Hostile input, second round: injection, amplification, quadratic work,
concurrent rewrites, and the crashes a second adversarial pass found.

Large inputs are generated here; every run must stay well under a minute.
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cxmap.api import load_bytes
from cxmap.edit.table import to_csv

FORMULA = re.compile(r"^[=+\-@\t]")


def cxmap(*args: str, cwd: Path | None = None, timeout: float = 60,
          env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "cxmap", *args], capture_output=True,
                          cwd=cwd, timeout=timeout, check=False, env=env)


def one_stage(touchpoints: str, extra: str = "") -> str:
    return ("cxmap: 1\nid: m\ntitle: T\n" + extra + "stages:\n  - id: s1\n    name: S\n"
            "    touchpoints:\n" + touchpoints)


# ------------------------------------------------------------ 1. CSV injection
CR_MAP = one_stage(
    "      - id: t1\n        name: \"Call centre\\r=cmd|' /C calc'!A0\"\n        score: 1\n"
    "      - id: t2\n        name: \"x\\n+1\\r\\n-2\\r@3\"\n")


def _naive_cells(text: str, delimiter: str) -> list[str]:
    """Cells as a program that ends a row at any CR or LF sees them."""
    cells: list[str] = []
    for line in re.split(r"\r\n|\r|\n", text):
        cells += [cell.lstrip('"') for cell in line.split(delimiter)]
    return cells


def test_a_bare_cr_in_a_name_neither_splits_the_row_nor_starts_a_formula() -> None:
    loaded = load_bytes(CR_MAP.encode(), "cr.cxmap.yaml")
    assert loaded.journey is not None
    for excel, delimiter in ((False, ","), (True, ";")):
        text = to_csv(loaded.journey, excel=excel).decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        assert len(rows) == 3  # header + two touchpoints: no row split at a CR
        assert rows[1][3] == "Call centre\r'=cmd|' /C calc'!A0"
        assert rows[2][3] == "x\n'+1\r\n'-2\r'@3"
        assert [cell for cell in _naive_cells(text, delimiter) if FORMULA.match(cell)] == []
    # an ordinary row stays unquoted
    assert b"\nt2," not in to_csv(loaded.journey)
    plain = load_bytes(one_stage("      - id: t1\n        name: Plain\n").encode(), "p.cxmap.yaml")
    assert plain.journey is not None
    assert to_csv(plain.journey).decode().splitlines()[1].startswith("t1,s1,,Plain,")


# ------------------------------------------------------- 2. alias amplification
def _amplified(copies: int, size: int = 1 << 20) -> bytes:
    tps = "      - id: t0\n        name: &big " + "x" * size + "\n"
    tps += "".join(f"      - id: t{i}\n        name: *big\n" for i in range(1, copies + 1))
    return one_stage(tps).encode()


def test_one_large_text_aliased_thousands_of_times_is_refused_by_size(tmp_path: Path) -> None:
    data = _amplified(2000)  # 1.1 MB that would expand to 2.1 GB
    loaded = load_bytes(data, "amp.cxmap.yaml")
    assert [(d.line, d.column, d.code) for d in loaded.diagnostics] == [(53, 15, "CX007")]
    assert loaded.diagnostics[0].message == (
        "aliases expand to too much text (more than 22 million characters: "
        "20 times the file, at most 64 million)")
    path = tmp_path / "amp.cxmap.yaml"
    path.write_bytes(data)
    proc = cxmap("export", str(path), "-o", str(tmp_path / "amp.csv"), timeout=30)
    assert proc.returncode == 1
    assert b"amp.cxmap.yaml:53:15: error CX007 aliases expand to too much text" in proc.stderr
    assert not (tmp_path / "amp.csv").exists()
    proc = cxmap("validate", "--lang", "pl", str(path), timeout=30)
    assert "aliasy rozwijają się w zbyt dużo tekstu (ponad 22 mln znaków" in proc.stdout.decode()


def test_aliases_within_the_size_limit_still_load() -> None:
    small = load_bytes(_amplified(50, size=1000), "ok.cxmap.yaml")  # 50 kB from a 51 kB file
    assert small.errors == 0 and small.journey is not None
    # a tiny file may still alias a little text: at least a million characters
    tiny = load_bytes(_amplified(900, size=1000), "ok.cxmap.yaml")
    assert tiny.errors == 0 and tiny.diagnostics == []


# ------------------------------------------------- 3. git blobs over the limit
def test_a_huge_blob_in_an_old_commit_is_never_read(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CXMAP_LANG", "en")
    from tests.test_git import CONF, GitRepo

    repo = GitRepo(tmp_path / "repo")
    path = "maps/bank.cxmap.yaml"
    # 65 MiB of one repeated line: 64 kB compressed, over the 64 MB limit
    repo.write(path, "# padding\n" * (65 * 1024 * 1024 // 10 + 1))
    repo.commit("huge")
    repo.write(path, (CONF / "bank-2024.cxmap.yaml").read_text(encoding="utf-8"))
    repo.commit("wave 2024")
    env = {**__import__("os").environ, "CXMAP_LANG": "en"}
    proc = cxmap("diff", f"HEAD~1:{path}", f"HEAD:{path}", cwd=repo.root, env=env)
    assert proc.returncode == 2
    assert (f"'HEAD~1:{path}': cannot read file: it is 65.0 MB, more than the limit "
            "of 64.0 MB").encode() in proc.stderr
    proc = cxmap("history", path, "-f", "json", cwd=repo.root, env=env)
    assert proc.returncode == 0, proc.stderr
    assert b'"label": "2024-04-10"' in proc.stdout and b'"errors": 1' in proc.stdout
    from cxmap.commands.history import file_waves

    [skipped] = file_waves(repo.root / path, include_worktree=False).skipped
    assert [(d.code, d.message) for d in skipped.diagnostics] == [
        ("CX003", "cannot read file: it is 65.0 MB, more than the limit of 64.0 MB")]


# ---------------------------------------------------- 4. quadratic "did you mean"
def _near_misses(n: int) -> str:
    return one_stage("".join(f"      - id: tp-{i:04d}-step\n        name: N{i}\n"
                             f"        next: [tp-{i:04d}-stpe]\n" for i in range(n)))


def _count_comparisons(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    import difflib

    compared: list[int] = []
    real = difflib.get_close_matches

    def counting(word: str, possibilities: list[str], *a: object, **kw: object) -> list[str]:
        compared.append(len(possibilities))
        return real(word, possibilities, *a, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(difflib, "get_close_matches", counting)
    return compared


def test_thousands_of_near_miss_references_are_not_compared_with_every_id(
        monkeypatch: pytest.MonkeyPatch) -> None:
    compared = _count_comparisons(monkeypatch)
    loaded = load_bytes(_near_misses(3000).encode(), "quad.cxmap.yaml")
    errors = [d for d in loaded.diagnostics if d.code == "CX202"]
    assert len(errors) == 200
    assert loaded.diagnostics[-1].code == "CX013" and loaded.diagnostics[-1].params["n"] == 2800
    assert errors[7].message == ("unknown touchpoint 'tp-0007-stpe' in 'next' of touchpoint "
                                 "'tp-0007-step'")
    assert errors[7].hint == "did you mean 'tp-0007-step'?"
    assert all(d.hint and d.hint.startswith("did you mean 'tp-") for d in errors)
    assert len(compared) == 200          # no hint is looked for beyond the listed 200
    assert max(compared) <= 40           # and each asks difflib about 40 ids, not 3,000


def test_the_index_of_ids_is_built_once_per_check(monkeypatch: pytest.MonkeyPatch) -> None:
    from cxmap.util import closest

    pieces: list[str] = []
    real = closest._pieces

    def counting(word: str) -> set[str]:
        pieces.append(word)
        return real(word)

    monkeypatch.setattr(closest, "_pieces", counting)
    load_bytes(_near_misses(3000).encode(), "quad.cxmap.yaml")
    assert len(pieces) == 3000 + 200  # every id once, then each of the 200 questions


def test_a_small_map_still_gets_difflibs_own_hint() -> None:
    loaded = load_bytes(one_stage(
        "      - id: basket\n        name: B\n        next: [paymnet]\n"
        "      - id: payment\n        name: P\n").encode(), "s.cxmap.yaml")
    assert [d.hint for d in loaded.diagnostics] == ["did you mean 'payment'?"]


def test_import_scores_with_thousands_of_near_miss_ids(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from cxmap.edit.scores import read_scores
    from cxmap.edit.table import read_csv
    from cxmap.i18n import Language

    compared = _count_comparisons(monkeypatch)
    known = [f"tp-{i:04d}-step" for i in range(3000)]
    table = read_csv(("id,score\n" + "".join(f"tp-{i:04d}-stpe,1\n"
                                             for i in range(2000))).encode())
    problems = read_scores(table, known, "quad.csv", Language.EN).problems
    assert len(problems) == 2000
    assert problems[0].message == ("unknown touchpoint id 'tp-0000-stpe' "
                                   "(did you mean 'tp-0000-step'?)")
    assert problems[1999].message == "unknown touchpoint id 'tp-1999-stpe'"
    assert len(compared) == 200 and max(compared) <= 40


# ------------------------------------------------------ 5. concurrent rewrites
def test_twenty_concurrent_imports_each_land_or_fail(tmp_path: Path) -> None:
    n = 20
    the_map = tmp_path / "m.cxmap.yaml"
    the_map.write_text(one_stage("".join(
        f"      - id: t{i}\n        name: N{i}  # comment {i}\n        score: 0\n"
        for i in range(n))), encoding="utf-8")
    procs = []
    for i in range(n):
        table = tmp_path / f"t{i}.csv"
        table.write_text(f"id,score\nt{i},{1 + i % 2}\n", encoding="utf-8")
        procs.append(subprocess.Popen([sys.executable, "-m", "cxmap", "import-scores",
                                       str(the_map), str(table)],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE))
    codes = [p.wait(timeout=120) for p in procs]
    loaded = load_bytes(the_map.read_bytes(), "m.cxmap.yaml")
    assert loaded.journey is not None
    scores = {tp.id: tp.score for _, tp in loaded.journey.iter_touchpoints()}
    for i, code in enumerate(codes):
        if code == 0:  # exit 0: the change is in the file
            assert scores[f"t{i}"] == 1 + i % 2, (i, procs[i].stderr)
        else:
            assert code == 1 and b"run the command again" in procs[i].stderr.read()  # type: ignore[union-attr]
    assert codes.count(0) == n  # with the lock, every writer waits its turn
    assert "# comment 7" in the_map.read_text(encoding="utf-8")


def test_a_file_changed_before_the_rename_is_not_overwritten(tmp_path: Path) -> None:
    from cxmap.util.files import EditConflict, write_atomic

    path = tmp_path / "m.cxmap.yaml"
    path.write_bytes(b"theirs\n")
    with pytest.raises(EditConflict, match="changed while cxmap was rewriting it"):
        write_atomic(path, b"mine\n", expect=b"what we read\n")
    assert path.read_bytes() == b"theirs\n"
    assert [p.name for p in tmp_path.iterdir()] == ["m.cxmap.yaml"]  # no temporary left


def test_a_lock_held_too_long_fails_clearly(tmp_path: Path) -> None:
    import fcntl
    import os

    from cxmap.util.files import EditConflict, editing

    path = tmp_path / "m.cxmap.yaml"
    path.write_bytes(b"x\n")
    fd = os.open(path, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        with pytest.raises(EditConflict, match="being rewritten by another cxmap"), \
                editing(path, wait=0.2):
            pass
    finally:
        os.close(fd)
    with editing(path) as target:  # free again
        assert target == path.resolve()


# ------------------------------------------------- 9. owner kept on a rewrite
@pytest.mark.skipif(not hasattr(__import__("os"), "geteuid") or __import__("os").geteuid() != 0,
                    reason="giving a file away needs root")
def test_a_rewrite_as_root_keeps_the_owner_and_group(tmp_path: Path) -> None:
    import os

    the_map = tmp_path / "m.cxmap.yaml"
    the_map.write_text("title: T\nid: m\ncxmap: 1\nstages:\n  - id: s1\n    name: S\n"
                       "    touchpoints:\n      - name: N\n        id: t1\n", encoding="utf-8")
    os.chown(the_map, 1234, 4321)
    os.chmod(the_map, 0o6640)  # set-user-id and set-group-id may be dropped
    proc = cxmap("fmt", str(the_map))
    assert proc.returncode == 0, proc.stderr
    assert the_map.read_text(encoding="utf-8").startswith("cxmap: 1\nid: m\ntitle: T\n")
    st = os.stat(the_map)
    assert (st.st_uid, st.st_gid, st.st_mode & 0o777) == (1234, 4321, 0o640)
    table = tmp_path / "s.csv"
    table.write_text("id,score\nt1,2\n", encoding="utf-8")
    proc = cxmap("import-scores", str(the_map), str(table))
    assert proc.returncode == 0, proc.stderr
    assert "score: 2" in the_map.read_text(encoding="utf-8")
    st = os.stat(the_map)
    assert (st.st_uid, st.st_gid, st.st_mode & 0o777) == (1234, 4321, 0o640)


# ------------------------------------------- 6. every input protected from -o
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
OLD_WAVE = EXAMPLES / "telecom-contract.cxmap.yaml"
NEW_WAVE = EXAMPLES / "telecom-contract-2025.cxmap.yaml"


def test_the_compare_map_is_not_overwritten_by_o(tmp_path: Path) -> None:
    old, new = tmp_path / "old.cxmap.yaml", tmp_path / "new.cxmap.yaml"
    old.write_bytes(OLD_WAVE.read_bytes())
    new.write_bytes(NEW_WAVE.read_bytes())
    proc = cxmap("report", str(new), "--compare", str(old), "-f", "md", "-o", str(old))
    assert proc.returncode == 2
    assert b"it is one of the maps being read" in proc.stderr
    assert old.read_bytes() == OLD_WAVE.read_bytes()


def test_no_side_file_is_written_so_a_link_beside_the_report_is_left_alone(
        tmp_path: Path) -> None:
    # the HTML report is one self-contained file: nothing is written beside
    # it, so a link there (even to an input) is never followed
    old, new = tmp_path / "old.cxmap.yaml", tmp_path / "new.cxmap.yaml"
    old.write_bytes(OLD_WAVE.read_bytes())
    new.write_bytes(NEW_WAVE.read_bytes())
    for linked_to in (old, new):
        (tmp_path / "r.diagram.svg").unlink(missing_ok=True)
        (tmp_path / "r.diagram.svg").symlink_to(linked_to)
        proc = cxmap("report", str(new), "--compare", str(old), "-o", str(tmp_path / "r.html"))
        assert proc.returncode == 0, proc.stderr
        assert (tmp_path / "r.diagram.svg").is_symlink()
    assert old.read_bytes() == OLD_WAVE.read_bytes()
    assert new.read_bytes() == NEW_WAVE.read_bytes()


def test_validate_never_writes_over_its_config(tmp_path: Path) -> None:
    (tmp_path / "m.cxmap.yaml").write_bytes(OLD_WAVE.read_bytes())
    config = tmp_path / "ci.toml"
    config.write_text("[rules]\n", encoding="utf-8")
    proc = cxmap("validate", str(tmp_path), "--config", str(config), "-o", str(config))
    assert proc.returncode == 2 and b"one of the maps being read" in proc.stderr
    assert config.read_text(encoding="utf-8") == "[rules]\n"


# --------------------------------------- missing output folders (issue 19, 5)
def test_missing_output_folders_are_made(tmp_path: Path) -> None:
    proc = cxmap("render", str(OLD_WAVE), "-f", "dot", "-o", str(tmp_path / "a/b/x.dot"))
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "a/b/x.dot").read_text(encoding="utf-8").startswith("digraph")
    maps = tmp_path / "maps"
    maps.mkdir()
    (maps / "a.cxmap.yaml").write_bytes(OLD_WAVE.read_bytes())
    proc = cxmap("report", str(maps), "-f", "md", "-o", str(tmp_path / "new/portfolio.md"))
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "new/portfolio.md").stat().st_size > 0


def test_a_file_in_the_way_of_an_output_folder_is_refused_first(tmp_path: Path) -> None:
    (tmp_path / "new").write_text("keep me", encoding="utf-8")
    for command in (["render", str(OLD_WAVE), "-f", "dot", "-o", str(tmp_path / "new/d/x.dot")],
                    ["report", str(OLD_WAVE), "-f", "md", "-o", str(tmp_path / "new/r.md")],
                    ["validate", str(OLD_WAVE), "-o", str(tmp_path / "new/v.txt")]):
        proc = cxmap(*command, env={**__import__("os").environ, "CXMAP_LANG": "pl"})
        assert proc.returncode == 2, command
        assert f"{tmp_path / 'new'} to plik, a nie katalog".encode() in proc.stderr
    assert (tmp_path / "new").read_text(encoding="utf-8") == "keep me"
    # a relative -o names the file in the way relatively too
    proc = cxmap("render", str(OLD_WAVE), "-f", "dot", "-o", "new/d/x.dot", cwd=tmp_path,
                 env={**__import__("os").environ, "CXMAP_LANG": "en"})
    assert proc.returncode == 2
    assert proc.stderr == b"cxmap: error: cannot write new/d/x.dot: new is a file, not a folder\n"


# ------------------------------------------------- 16. -o FIFO without a reader
def test_a_fifo_without_a_reader_is_refused_not_waited_on(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "out.dot"
    os.mkfifo(fifo)
    proc = cxmap("render", str(OLD_WAVE), "-f", "dot", "-o", str(fifo), timeout=30)
    assert proc.returncode == 2
    assert b"it is a FIFO (named pipe) and no program reads from it" in proc.stderr


# ------------------------------------------------------ 7. suppression floods
VALID = one_stage("      - id: t1\n        name: N\n        score: 1\n")


def test_one_comment_naming_100000_rules_lists_200_problems() -> None:
    names = ",".join(f"CX{i}" for i in range(100_000))
    loaded = load_bytes(f"# cxmap: disable={names}\n{VALID}".encode(), "f.cxmap.yaml")
    listed = [d for d in loaded.diagnostics if d.code != "CX013"]
    assert len(listed) == 200 and {d.code for d in listed} == {"CX391"}
    assert "unknown rule 'CX0' in a cxmap suppression" in {d.message for d in listed}
    summary = loaded.diagnostics[-1]
    # the rest counted (method rules that did not run are not "unused")
    assert summary.code == "CX013" and 99_700 < summary.params["n"] < 99_800


def test_fifty_thousand_suppression_lines_are_read_in_one_pass() -> None:
    from cxmap.checks.suppressions import find_suppressions

    text = "# cxmap: disable=self-loop\n" * 50_000 + VALID
    found = find_suppressions(text)
    assert len(found) == 50_000 and {s.target for s in found} == {50_001}
    from cxmap.checks import DEFAULT_SETTINGS

    loaded = load_bytes(text.encode(), "f.cxmap.yaml", settings=DEFAULT_SETTINGS)
    assert len(loaded.diagnostics) == 201 and loaded.diagnostics[-1].code == "CX013"
    assert {d.code for d in loaded.diagnostics[:200]} == {"CX390"}  # no loop to silence


def test_own_line_suppressions_still_target_the_next_content_line() -> None:
    from cxmap.checks.suppressions import find_suppressions

    text = ("a: 1\n# cxmap: disable=CX304\n\n# a remark\n# cxmap: disable=CX305\nb: 2\n"
            "c: 3  # cxmap: disable=CX306\n# cxmap: disable=CX307\n")
    assert [(s.line, s.target) for s in find_suppressions(text)] == [
        (2, 6), (5, 6), (7, 7), (8, -1)]


def test_a_star_or_an_empty_list_is_reported_not_ignored() -> None:
    for written, shown in (("*", "'*'"), ("", "''"), (" all -- everything", "'all'")):
        loaded = load_bytes(f"# cxmap: disable={written}\n{VALID}".encode(), "f.cxmap.yaml")
        if written.strip().startswith("all"):  # "all" is a name: an unknown rule
            assert loaded.diagnostics[0].message == "unknown rule 'all' in a cxmap suppression"
            continue
        [d] = loaded.diagnostics
        assert (d.line, d.code) == (1, "CX391")
        assert d.message == f"a cxmap suppression that names no rule (after \"=\": {shown})"


# ------------------------------------------------------------ 8. xlsx import
def _workbook(rows: list[list[object]], dimension: str | None = None,
              blank_rows: int = 0) -> bytes:
    """A workbook whose sheet says ``dimension`` and holds ``blank_rows`` empty
    ``<row>`` elements after the data (as some programs save formatted rows)."""
    import zipfile

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    saved = io.BytesIO()
    wb.save(saved)
    source = zipfile.ZipFile(io.BytesIO(saved.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                text = data.decode()
                if dimension:
                    text = re.sub(r'<dimension ref="[^"]*" ?/>', f'<dimension ref="{dimension}"/>',
                                  text)
                first = len(rows) + 1
                text = text.replace("</sheetData>", "".join(
                    f'<row r="{i}"/>' for i in range(first, first + blank_rows)) + "</sheetData>")
                data = text.encode()
            target.writestr(name, data)
    return out.getvalue()


def test_a_sheet_claiming_fewer_rows_than_it_holds_is_read_whole(tmp_path: Path) -> None:
    from cxmap.edit.table import read_xlsx

    raw = _workbook([["id", "score"], ["t1", 1], ["t2", 7]], dimension="A1:B2")
    assert read_xlsx(raw).rows == [["t1", 1], ["t2", 7]]
    the_map = tmp_path / "m.cxmap.yaml"
    the_map.write_text(one_stage("      - id: t1\n        name: A\n      - id: t2\n"
                                 "        name: B\n"), encoding="utf-8")
    before = the_map.read_bytes()
    (tmp_path / "s.xlsx").write_bytes(raw)
    proc = cxmap("import-scores", str(the_map), str(tmp_path / "s.xlsx"))
    assert proc.returncode == 1 and b"s.xlsx:3:" in proc.stderr  # the bad row below
    assert the_map.read_bytes() == before


def test_a_sheet_of_blank_rows_is_refused_quickly() -> None:
    from cxmap.edit.table import TableError, read_xlsx

    raw = _workbook([["id", "score"], ["t1", 1]], blank_rows=100_000)
    assert len(raw) < 1_000_000
    with pytest.raises(TableError, match="more than 100,000 rows"):
        read_xlsx(raw)


def test_xlsx_export_of_control_characters_and_over_long_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    the_map = tmp_path / "m.cxmap.yaml"
    long = "x" * 40_000
    the_map.write_text(one_stage(
        f"      - id: t1\n        name: \"bell\\x01ring\\x1b\"\n        owner: {long}\n"),
        encoding="utf-8")
    out = tmp_path / "m.xlsx"
    proc = cxmap("export", str(the_map), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert (b"cxmap: note: t1: the owner cell has 40,000 characters and a spreadsheet cell "
            b"holds at most 32,767") in proc.stderr
    ws = load_workbook(out).worksheets[0]
    assert ws["D2"].value == "bell\u2401ring\u241b"
    assert len(ws["F2"].value) == 32_767


# ------------------------------------------- 11. symlinks out of the walked tree
SECRET = b"https://user:ghp_S3CRETtoken@github.com\n"


def test_a_link_out_of_the_folder_is_skipped_and_no_secret_is_quoted(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / ".git-credentials").write_bytes(SECRET)
    (home / "broken").write_bytes(b"token: [ghp_S3CRETtoken\n")
    maps = tmp_path / "repo" / "maps"
    maps.mkdir(parents=True)
    (maps / "x.cxmap.yaml").symlink_to(home / ".git-credentials")
    (maps / "good.cxmap.yaml").write_bytes(OLD_WAVE.read_bytes())
    (maps / "inside.cxmap.yaml").symlink_to("good.cxmap.yaml")  # inside: taken
    proc = cxmap("validate", "-v", str(tmp_path / "repo"))
    assert proc.returncode == 0, proc.stdout
    assert b"ghp_" not in proc.stdout + proc.stderr
    assert (f"skipped {maps / 'x.cxmap.yaml'}: a symbolic link to a file outside the folder "
            "searched (not read)").encode() in proc.stdout + proc.stderr
    # named on the command line it is read, but its content is never shown
    for name in (".git-credentials", "broken"):
        proc = cxmap("validate", str(home / name))
        assert proc.returncode == 1
        assert b"ghp_" not in proc.stdout + proc.stderr, proc.stdout
    proc = cxmap("validate", str(home / ".git-credentials"))
    assert b"CX010 the top level is a text of 39 characters (not shown" in proc.stdout
    proc = cxmap("validate", str(home / "broken"))
    assert (b"broken:2:1: error CX001 the file is not valid YAML and has no top-level "
            b"`cxmap` key") in proc.stdout


# ------------------------------------------ 12. configuration above the checkout
def test_a_configuration_above_the_repository_does_not_apply(tmp_path: Path) -> None:
    from cxmap.checks.config import ConfigFinder

    (tmp_path / ".cxmap.toml").write_text('strict = true\n[rules]\nCX301 = "off"\n',
                                          encoding="utf-8")
    repo = tmp_path / "checkout"
    (repo / ".git").mkdir(parents=True)
    (repo / "maps").mkdir()
    settings = ConfigFinder().for_map(repo / "maps" / "m.cxmap.yaml")
    assert settings.source is None and not settings.strict
    # a worktree or submodule has a .git file: its top too
    (repo / ".git").rmdir()
    (repo / ".git").write_text("gitdir: /elsewhere\n", encoding="utf-8")
    assert ConfigFinder().for_map(repo / "maps" / "m.cxmap.yaml").source is None
    # inside the repository the nearest one still applies, at the top too
    (repo / ".cxmap.toml").write_text("strict = true\n", encoding="utf-8")
    assert ConfigFinder().for_map(repo / "maps" / "m.cxmap.yaml").strict
    # outside git the search goes on to the root
    plain = tmp_path / "plain" / "maps"
    plain.mkdir(parents=True)
    assert ConfigFinder().for_map(plain / "m.cxmap.yaml").source == str(
        tmp_path / ".cxmap.toml")


# ------------------------------------------------------------- 13. crashes
def test_a_configuration_nested_5000_deep_is_a_clear_error(tmp_path: Path) -> None:
    config = tmp_path / "deep.toml"
    config.write_text("a = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    proc = cxmap("validate", str(OLD_WAVE), "--config", str(config))
    assert proc.returncode == 2
    assert proc.stderr.endswith(b"deep.toml:1:1: not valid TOML: nested too deeply\n")


def test_a_scoring_dated_9999_is_current_not_a_crash(tmp_path: Path) -> None:
    the_map = tmp_path / "m.cxmap.yaml"
    the_map.write_bytes(OLD_WAVE.read_bytes())
    table = tmp_path / "s.csv"
    table.write_text("id,score\n", encoding="utf-8")
    proc = cxmap("import-scores", str(the_map), str(table), "--scored-on", "9999-12-31")
    assert proc.returncode == 0, proc.stderr
    assert "scoredOn: 9999-12-31" in the_map.read_text(encoding="utf-8")
    proc = cxmap("validate", str(the_map))
    assert proc.returncode == 0 and b"internal error" not in proc.stderr, proc.stdout


def test_a_4301_digit_cell_is_a_bad_value_quoted_short(tmp_path: Path) -> None:
    from cxmap.edit.scores import read_scores
    from cxmap.edit.table import read_csv
    from cxmap.i18n import Language

    digits = "1" * 4301
    table = read_csv(f"id,score,reach\nt1,{digits},{digits}\n{digits},1,1\n".encode())
    problems = [p.message for p in read_scores(table, ["t1"], "s.csv", Language.EN).problems]
    short = "'" + "1" * 57 + "...'"
    assert problems == [f"score {short} is not a whole number from -2 to 2",
                        f"reach {short} is not a percentage from 0 to 100",
                        f"unknown touchpoint id {short}"]


def test_a_png_beyond_cairos_size_is_a_clear_error(tmp_path: Path) -> None:
    the_map = tmp_path / "wide.cxmap.yaml"
    the_map.write_text("cxmap: 1\nid: w\ntitle: Wide\nstages:\n" + "".join(
        f"  - id: s{i}\n    name: Stage {i}\n    touchpoints:\n      - id: t{i}\n"
        f"        name: Touchpoint {i}\n" for i in range(300)), encoding="utf-8")
    proc = cxmap("render", str(the_map), "--view", "canvas", "--dpi", "1200",
                 "-o", str(tmp_path / "w.png"))
    assert proc.returncode == 1
    assert proc.stderr == (b"cxmap: error: the PNG would be larger than cairo draws (32,767 "
                           b"pixels a side); lower --dpi, draw one path with --branch, or "
                           b"write SVG\n")
    assert not (tmp_path / "w.png").exists()


def test_a_signal_inside_foreign_code_is_raised_after_it() -> None:
    import os
    import signal

    from cxmap.util import interrupt

    saved = {s: signal.getsignal(s) for s in interrupt.SIGNALS}
    interrupt.install()
    reached = False
    try:
        with pytest.raises(interrupt.Terminated), interrupt.deferred():
            os.kill(os.getpid(), signal.SIGTERM)
            reached = True  # not interrupted inside: cairo's callback would lose it
        assert reached and signal.getsignal(signal.SIGTERM) is interrupt._raise
    finally:
        interrupt.received = None
        for signum, handler in saved.items():
            signal.signal(signum, handler)


# ------------------------------------------------- 15. long steps and --timeout
def test_weasyprint_stops_at_the_timeout(tmp_path: Path) -> None:
    proc = cxmap("report", str(OLD_WAVE), "--no-diagram", "--timeout", "0.2",
                 "-o", str(tmp_path / "r.pdf"))
    assert proc.returncode == 1
    assert proc.stderr == (b"cxmap: error: WeasyPrint did not finish the PDF within 0.2 s "
                           b"(--timeout) and was stopped; allow more time with --timeout, or "
                           b"write HTML (-f html)\n")
    assert list(tmp_path.iterdir()) == []


def test_history_stops_at_the_timeout(tmp_path: Path) -> None:
    from cxmap.commands.arguments import RunFailed
    from cxmap.commands.history import file_waves
    from tests.test_git import CONF, GitRepo

    repo = GitRepo(tmp_path / "repo")
    text = (CONF / "bank-2024.cxmap.yaml").read_text(encoding="utf-8")
    for year in (2021, 2022, 2023):
        repo.write("m.cxmap.yaml", text.replace("2024-04-10", f"{year}-04-10"))
        repo.commit(f"wave {year}")
    assert len(file_waves(repo.root / "m.cxmap.yaml", timeout=60).waves) == 3
    with pytest.raises(RunFailed) as failed:
        file_waves(repo.root / "m.cxmap.yaml", timeout=0)
    assert str(failed.value) == ("history did not finish within 0 s (--timeout): 0 of 3 "
                                 "revisions read; allow more time with --timeout")


def test_a_canvas_drawn_too_long_stops_at_the_timeout(tmp_path: Path) -> None:
    the_map = tmp_path / "big.cxmap.yaml"
    the_map.write_text("cxmap: 1\nid: w\ntitle: Big\nstages:\n" + "".join(
        f"  - id: s{i}\n    name: Stage {i}\n    touchpoints:\n      - id: t{i}\n"
        f"        name: Touchpoint {i}\n        score: {i % 5 - 2}\n" for i in range(2000)),
        encoding="utf-8")
    proc = cxmap("render", str(the_map), "--view", "canvas", "--timeout", "0.1",
                 "-o", str(tmp_path / "big.svg"))
    assert proc.returncode == 1
    assert proc.stderr == (b"cxmap: error: the canvas was not drawn within 0.1 s (--timeout) "
                           b"and was stopped; draw one path with --branch, or allow more time "
                           b"with --timeout\n")
    assert not (tmp_path / "big.svg").exists()
    proc = cxmap("render", str(the_map), "--view", "canvas", "--timeout", "0.1", "--lang", "pl",
                 "-o", str(tmp_path / "big.svg"))
    assert proc.returncode == 1  # the limit as Polish writes numbers: 0,1 s
    assert proc.stderr.decode() == (
        "cxmap: błąd: kanwa nie została narysowana w ciągu 0,1 s (--timeout) i rysowanie "
        "przerwano; narysuj jedną ścieżkę (--branch) albo daj więcej czasu (--timeout)\n")


def test_a_time_limit_inside_foreign_code_waits_for_it() -> None:
    import time

    from cxmap.util.interrupt import TimeLimit, deferred, time_limit

    steps: list[str] = []
    with pytest.raises(TimeLimit), time_limit(0.05):
        with deferred():
            time.sleep(0.2)  # the limit passes in here: held back
            steps.append("foreign code finished")
        steps.append("not reached: raised on leaving deferred()")
    assert steps == ["foreign code finished"]


def test_a_time_limit_that_fires_inside_a_callback_is_not_lost(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Python drops an exception raised in a weak reference's callback (the
    import system's lock clean-up is one) and prints "Exception ignored in":
    the limit still ends the step, with nothing printed."""
    import gc
    import time
    import weakref

    from cxmap.util.interrupt import TimeLimit, time_limit

    class Thing:
        pass

    def callback(_ref: object) -> None:
        time.sleep(0.2)  # the limit passes in here: TimeLimit raised and dropped

    steps: list[str] = []
    with pytest.raises(TimeLimit), time_limit(0.05):
        thing = Thing()
        ref = weakref.ref(thing, callback)
        del thing
        gc.collect()
        steps.append("the step went on after the callback")
    assert ref() is None
    assert steps == ["the step went on after the callback"]
    assert capsys.readouterr().err == ""


# ------------------------------------------------------------- 16. the smaller
def test_a_fifo_as_the_table_is_named_as_a_fifo(tmp_path: Path) -> None:
    import os

    the_map = tmp_path / "m.cxmap.yaml"
    the_map.write_bytes(OLD_WAVE.read_bytes())
    os.mkfifo(tmp_path / "t.csv")
    proc = cxmap("import-scores", str(the_map), str(tmp_path / "t.csv"), timeout=30)
    assert proc.returncode == 1
    assert b"t.csv: cannot read file: it is a FIFO (named pipe), not a regular file" in (
        proc.stderr)
    assert the_map.read_bytes() == OLD_WAVE.read_bytes()


def test_init_keeps_a_strange_file_name_inside_its_comments(tmp_path: Path) -> None:
    name = "bad\nname: x.cxmap.yaml"
    proc = cxmap("init", name, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert b"wrote bad\\nname: x.cxmap.yaml" in proc.stdout
    text = (tmp_path / name).read_text(encoding="utf-8")
    assert "#   cxmap validate 'bad\\nname: x.cxmap.yaml'" in text
    loaded = load_bytes(text.encode(), "x")
    assert loaded.journey is not None and loaded.diagnostics == []


def test_the_mermaid_journey_writes_no_markup(tmp_path: Path) -> None:
    the_map = tmp_path / "m.cxmap.yaml"
    the_map.write_text(one_stage(
        "      - id: t1\n        name: \"<script>alert('x')</script> & co\"\n"
        "        score: 1\n"), encoding="utf-8")
    proc = cxmap("render", str(the_map), "-f", "mermaid-journey", "-o", "-")
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout.decode()
    assert "<" not in text and ">" not in text and "&" not in text
    assert "    ＜script＞alert('x')＜/script＞ ＆ co: 4: " in text


def test_an_option_of_the_wrong_type_is_not_converted(tmp_path: Path) -> None:
    for setting, shown in (("stale-scoring = { months = true }", "2:19: option 'months'"),
                           ('stale-scoring = { months = "12" }', "2:19: option 'months'"),
                           ("too-many-delighters = { max-share = true }",
                            "2:25: option 'max-share'")):
        config = tmp_path / "c.toml"
        config.write_text(f"[rules]\n{setting}\n", encoding="utf-8")
        proc = cxmap("validate", str(OLD_WAVE), "--config", str(config))
        assert proc.returncode == 2, setting
        assert f"c.toml:{shown}".encode() in proc.stderr
    config.write_text("[rules]\nlow-reach-project = { min-reach = 5 }\n", encoding="utf-8")
    assert cxmap("validate", str(OLD_WAVE), "--config", str(config)).returncode != 2


def test_fmt_and_imports_at_once_lose_nothing(tmp_path: Path) -> None:
    the_map = tmp_path / "m.cxmap.yaml"
    # `name` before `id`: fmt has something to change in every touchpoint
    the_map.write_text(one_stage("".join(
        f"      - name: N{i}\n        id: t{i}\n        score: 0\n" for i in range(6))),
        encoding="utf-8")
    procs = []
    for i in range(6):
        table = tmp_path / f"t{i}.csv"
        table.write_text(f"id,score\nt{i},2\n", encoding="utf-8")
        procs.append(subprocess.Popen([sys.executable, "-m", "cxmap", "import-scores",
                                       str(the_map), str(table)], stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE))
        if i % 2:
            procs.append(subprocess.Popen([sys.executable, "-m", "cxmap", "fmt",
                                           str(the_map)], stdout=subprocess.PIPE,
                                          stderr=subprocess.PIPE))
    assert [p.wait(timeout=120) for p in procs] == [0] * len(procs)
    text = the_map.read_text(encoding="utf-8")
    assert text.count("score: 2") == 6
    assert "      - id: t0\n        name: N0\n" in text  # a fmt ran after some import


def test_the_layout_child_has_a_memory_limit() -> None:
    code = ("import os, resource; from cxmap.layout import _die_with_parent, MEMORY_LIMIT; "
            "_die_with_parent(os.getppid(), 10); "
            "print(resource.getrlimit(resource.RLIMIT_AS)[0] == MEMORY_LIMIT, "
            "resource.getrlimit(resource.RLIMIT_CPU)[0])")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60,
                          check=True)
    assert proc.stdout.split() == [b"True", b"10"]


def test_import_survey_with_thousands_of_near_miss_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    from cxmap.edit.survey import read_survey
    from cxmap.edit.table import read_csv
    from cxmap.i18n import Language

    compared = _count_comparisons(monkeypatch)
    known = [f"tp-{i:04d}-step" for i in range(3000)]
    table = read_csv(("touchpoint,metric,value\n" + "".join(
        f"tp-{i:04d}-stpe,csat5,4\n" for i in range(2000))).encode())
    problems = read_survey(table, known, Language.EN, None).problems
    assert len(problems) == 2000
    assert "did you mean 'tp-0000-step'" in problems[0].message
    assert "did you mean" not in problems[-1].message
    assert len(compared) == 200 and max(compared) <= 40
