"""Under ``--lang pl`` no English reaches the user on an error path.

Every command an analyst meets in her first week (diff, history, render,
report, fmt, import-scores, export, init) is run into its usual failures: a
missing file, a folder where a file belongs, an output under a file, an
unknown git revision, a path that is not in a revision, a folder outside git.
What it prints must hold no English word (quoted values, paths, options and
the names of formats and programs aside), and must be the Polish message.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

MAP = """\
cxmap: 1
id: konto
title: Konto osobiste
language: pl
stages:
  - id: wniosek
    name: Wniosek
    touchpoints:
      - id: formularz
        name: Formularz online
        score: 1
"""

#: words that are English and not Polish (short words both languages share,
#: "to", "a", "no", "on", are left out)
ENGLISH = frozenset(re.findall(r"[a-z]+", """
    the is are was not does did exist exists such file files directory unknown
    revision has have history cannot could error note failed fails permission denied
    and with from repository changed warning written wrote that this be path paths
    there named name missing read write must should outside inside work tree
    installed needed found of in for it its as an by
    """))

#: what is not a word of the message: quoted values, paths, options, a
#: diagnostic's severity and code (machine words, never translated)
_NOT_WORDS = re.compile(r"'[^']*'|\"[^\"]*\"|„[^”]*”|\S*[/\\~]\S*|\S+[.:]\w\S*"
                        r"|--?[a-z][\w-]*|(?:error|warning) CX\d+")


def english_words(text: str) -> list[str]:
    """The English words of ``text`` once quoted values and paths are removed."""
    words = re.findall(r"[A-Za-z]+", _NOT_WORDS.sub(" ", text))
    return [w for w in words if w.lower() in ENGLISH]


def test_the_detector_finds_english_and_passes_polish() -> None:
    assert english_words("cxmap: error: path 'x' does not exist") == [
        "error", "path", "does", "not", "exist"]
    assert english_words("No such file or directory") == ["such", "file", "directory"]
    assert english_words("cxmap: błąd: ścieżka 'the file' nie istnieje (HEAD:a/b.yaml)") == []


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), "-c", "user.name=Analityczka",
                    "-c", "user.email=a@example.com", *args], check=True, capture_output=True)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A git repository with one committed map, and a folder outside git."""
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "konto.cxmap.yaml").write_text(MAP, encoding="utf-8")
    (repo / "zepsuta.cxmap.yaml").write_text("cxmap: 1\nid: [x\n", encoding="utf-8")
    (repo / "oceny.csv").write_text("id,score\nnie-ma-takiego,1\n", encoding="utf-8")
    (repo / "oceny.xlsx").write_text("id,score\n", encoding="utf-8")  # not a workbook
    _git(repo, "add", "konto.cxmap.yaml")
    _git(repo, "commit", "-q", "-m", "fala 1")
    outside = tmp_path / "poza"
    outside.mkdir()
    (outside / "m.cxmap.yaml").write_text(MAP, encoding="utf-8")
    return tmp_path


#: (folder the command runs in, arguments, a Polish phrase the output holds)
ERROR_PATHS = [
    ("repo", ["diff", "brak.cxmap.yaml", "konto.cxmap.yaml"], "nie istnieje"),
    ("repo", ["diff", ".", "konto.cxmap.yaml"], "to katalog"),
    ("repo", ["diff", "v9:konto.cxmap.yaml", "konto.cxmap.yaml"], "nieznana rewizja"),
    ("repo", ["diff", "HEAD:inna.cxmap.yaml", "konto.cxmap.yaml"], "w tej rewizji nie ma"),
    ("poza", ["diff", "HEAD:m.cxmap.yaml", "m.cxmap.yaml"], "nie leży w repozytorium git"),
    ("repo", ["history", "brak.cxmap.yaml"], "nie ma historii"),
    ("repo", ["history", "."], "to katalog"),
    ("poza", ["history", "m.cxmap.yaml"], "nie leży w repozytorium git"),
    ("repo", ["render", "brak.cxmap.yaml", "-o", "x.svg"], "nie istnieje"),
    ("repo", ["render", "konto.cxmap.yaml", "-o", "konto.cxmap.yaml/x.svg"],
     "nie można zapisać"),
    ("repo", ["report", "brak.cxmap.yaml", "-o", "r.html"], "nie istnieje"),
    ("repo", ["report", "konto.cxmap.yaml", "-o", "konto.cxmap.yaml/r.html"],
     "nie można zapisać"),
    ("repo", ["fmt", "brak.cxmap.yaml"], "nie istnieje"),
    ("repo", ["fmt", "zepsuta.cxmap.yaml"], "zepsuta.cxmap.yaml"),
    ("repo", ["import-scores", "konto.cxmap.yaml", "brak.csv"], "nie istnieje"),
    ("repo", ["import-scores", "konto.cxmap.yaml", "oceny.csv"], "nie-ma-takiego"),
    ("repo", ["import-scores", "konto.cxmap.yaml", "oceny.xlsx"], "to nie jest skoroszyt"),
    ("repo", ["export", "brak.cxmap.yaml", "-o", "x.csv"], "nie istnieje"),
    ("repo", ["export", "konto.cxmap.yaml", "-o", "konto.cxmap.yaml/x.csv"],
     "nie można zapisać"),
    ("repo", ["init", "konto.cxmap.yaml/nowa.cxmap.yaml"], "część ścieżki nie jest katalogiem"),
]


@pytest.mark.parametrize(("where", "args", "phrase"), ERROR_PATHS,
                         ids=[" ".join(a[:2]) + f"@{w}" for w, a, _ in ERROR_PATHS])
def test_error_paths_speak_polish(workspace: Path, where: str, args: list[str],
                                  phrase: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("CXMAP_LANG", "LC_ALL", "LANG")}
    run = subprocess.run([sys.executable, "-m", "cxmap", "--lang", "pl", *args],
                         cwd=workspace / where, capture_output=True, text=True, env=env,
                         timeout=120, check=False)
    said = run.stdout + run.stderr
    assert run.returncode != 0, said
    assert phrase in said
    assert "Traceback" not in said
    assert english_words(said) == [], said


def test_diff_names_changed_fields_in_the_readers_words(tmp_path: Path) -> None:
    old = tmp_path / "a.cxmap.yaml"
    new = tmp_path / "b.cxmap.yaml"
    old.write_text(MAP.replace("score: 1", "score: 1\n        channel: web"), encoding="utf-8")
    new.write_text(MAP.replace("score: 1", "score: 1\n        channel: poczta\n"
                               "        notes: Nowy list"), encoding="utf-8")
    env = {**os.environ, "COLUMNS": "200"}
    said = {lang: subprocess.run([sys.executable, "-m", "cxmap", "--lang", lang, "diff",
                                  str(old), str(new)], capture_output=True, text=True,
                                 env=env, timeout=120, check=False).stdout
            for lang in ("pl", "en")}
    assert "zmienione: kanał, notatki" in said["pl"]
    assert "changed: channel, notes" in said["en"]


def test_report_and_portfolio_mark_overdue_projects(tmp_path: Path) -> None:
    """The rule overdue-project's projects are marked where the plan is read:
    the report's project table and the portfolio's (as of CXMAP_TODAY)."""
    case = Path(__file__).parent / "cases" / "method" / "overdue-projects.cxmap.yaml"
    folder = tmp_path / "maps"
    folder.mkdir()
    (folder / "bank.cxmap.yaml").write_bytes(case.read_bytes())
    env = {**os.environ, "CXMAP_TODAY": "2025-06-01"}
    for lang, mark in (("en", "**(overdue)**"), ("pl", "**(minął)**")):
        for target in (folder / "bank.cxmap.yaml", folder):
            out = tmp_path / f"{lang}-{target.name}.md"
            subprocess.run([sys.executable, "-m", "cxmap", "report", str(target), "--lang", lang,
                            "-o", str(out)], env=env, check=True, capture_output=True,
                           timeout=120)
            rows = [row for row in out.read_text(encoding="utf-8").splitlines() if mark in row]
            marked = {due for row in rows for due in re.findall(r"\d{4}-\d{2}-\d{2}", row)}
            assert marked == {"2025-03-31", "2025-05-31", "2024-12-31"}, (target, rows)


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_fmt_gives_the_diagnostics_of_a_map_that_does_not_parse(tmp_path: Path,
                                                                 lang: str) -> None:
    """fmt leaves a map that does not parse alone: its diagnostics as validate
    prints them (in the run's language), then one line saying it was left."""
    broken = tmp_path / "zepsuta.cxmap.yaml"
    broken.write_text("cxmap: 1\nid: [x\n", encoding="utf-8")
    good = tmp_path / "konto.cxmap.yaml"
    good.write_text(MAP, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "cxmap", "fmt", "--maps-only", "--lang", lang,
                          str(broken), str(good)], capture_output=True, text=True,
                         timeout=120, check=False)
    assert run.returncode == 1
    validated = subprocess.run([sys.executable, "-m", "cxmap", "validate", "--lang", lang,
                                str(broken)], capture_output=True, text=True, timeout=120,
                               check=False)
    left = ("cxmap: error: {} does not parse, so it was left as it is" if lang == "en" else
            "cxmap: błąd: nie można odczytać pliku {} jako YAML, więc pozostawiono go bez zmian")
    assert run.stderr == validated.stdout + left.format(broken) + "\n"
    assert f"{broken}:3:1: error CX001 " in run.stderr
    assert broken.read_text(encoding="utf-8") == "cxmap: 1\nid: [x\n"
