"""Hostile input, third round: the crashes and losses a third sweep over every
command found, each reproduced through the command line as a user meets it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_git import GitRepo, needs_git


def cxmap(*args: str, cwd: Path | None = None, timeout: float = 60,
          env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "cxmap", *args], capture_output=True,
                          cwd=cwd, timeout=timeout, check=False, env=env)


# ------------------------------------------------ the canvas of a map without touchpoints
NO_TOUCHPOINTS = ("cxmap: 1\nid: m\ntitle: T\nstages:\n  - id: s\n    name: S\n"
                  "    touchpoints: []\n")
EMPTY_PATH = ("cxmap: 1\nid: m\ntitle: T\nbranches:\n  - id: online\n    name: Online\n"
              "  - id: shop\n    name: Shop\nstages:\n  - id: s\n    name: S\n"
              "    touchpoints:\n      - id: a\n        name: A\n        branch: online\n")


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "cxmap: error: the canvas has nothing to draw: the map has no touchpoints; "
           "add touchpoints to its stages\n"),
    ("pl", "cxmap: błąd: na kanwie nie ma czego narysować: mapa nie ma żadnego punktu "
           "styku; dodaj punkty styku do etapów\n"),
])
@pytest.mark.parametrize("page", [[], ["--page", "a4"]])
def test_the_canvas_of_a_map_without_touchpoints_is_refused_in_words(
        tmp_path: Path, lang: str, expected: str, page: list[str]) -> None:
    src = tmp_path / "m.cxmap.yaml"
    src.write_text(NO_TOUCHPOINTS, encoding="utf-8")
    out = tmp_path / "canvas.png"
    result = cxmap("--lang", lang, "render", str(src), "--view", "canvas", *page, "-o", str(out))
    assert result.stderr.decode() == expected  # was "internal error: AssertionError"
    assert result.returncode == 1
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.cxmap.yaml"]


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "cxmap: error: the canvas has nothing to draw: no touchpoint lies on path 'shop'; "
           "give touchpoints 'branch: shop' or draw another path\n"),
    ("pl", "cxmap: błąd: na kanwie nie ma czego narysować: na ścieżce 'shop' nie leży żaden "
           "punkt styku; przypisz do niej punkty styku ('branch: shop') albo narysuj inną "
           "ścieżkę\n"),
])
def test_the_canvas_of_a_path_without_touchpoints_is_refused_in_words(
        tmp_path: Path, lang: str, expected: str) -> None:
    src = tmp_path / "m.cxmap.yaml"
    src.write_text(EMPTY_PATH, encoding="utf-8")
    result = cxmap("--lang", lang, "render", str(src), "--view", "canvas", "--branch", "shop",
                   "-o", str(tmp_path / "shop.svg"))
    assert result.stderr.decode() == expected
    assert result.returncode == 1
    # the path that has touchpoints is still drawn
    result = cxmap("render", str(src), "--view", "canvas", "--branch", "online",
                   "-o", str(tmp_path / "online.svg"))
    assert result.returncode == 0, result.stderr
    assert b"<svg" in (tmp_path / "online.svg").read_bytes()


# ------------------------------------------------ init on a symbolic link loop
@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "loop.cxmap.yaml already exists; cxmap init never overwrites a file\n"),
    ("pl", "loop.cxmap.yaml już istnieje; cxmap init nigdy nie nadpisuje pliku\n"),
])
def test_init_on_a_symlink_loop_says_it_exists(tmp_path: Path, lang: str, expected: str) -> None:
    loop = tmp_path / "loop.cxmap.yaml"
    loop.symlink_to(loop.name)  # was "internal error: RuntimeError: Symlink loop"
    result = cxmap("--lang", lang, "init", loop.name, cwd=tmp_path)
    assert (result.returncode, result.stderr.decode()) == (1, expected)
    assert loop.is_symlink() and str(loop.readlink()) == loop.name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["loop.cxmap.yaml"]


def test_init_inside_a_folder_loop_says_why_it_cannot_write(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    result = cxmap("--lang", "pl", "init", "a/new.cxmap.yaml", cwd=tmp_path)
    assert (result.returncode, result.stderr.decode()) == (
        1, "nie można zapisać a/new.cxmap.yaml: zbyt wiele poziomów dowiązań symbolicznych\n")


# ------------------------------------------------ history with no valid revision
@needs_git
@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "cxmap: error: no revision of 'm.cxmap.yaml' is a valid map, so there is no "
           "history to show (2 revisions skipped, the newest m.cxmap.yaml); `cxmap validate` "
           "shows what to fix\n"),
    ("pl", "cxmap: błąd: żadna wersja 'm.cxmap.yaml' nie jest poprawną mapą, więc nie ma "
           "historii do pokazania (pominięto 2 wersje, najnowsza to m.cxmap.yaml); "
           "`cxmap validate` pokaże, co poprawić\n"),
])
def test_history_without_one_valid_revision_fails_instead_of_an_empty_table(
        tmp_path: Path, lang: str, expected: str) -> None:
    repo = GitRepo(tmp_path / "repo")
    repo.write("m.cxmap.yaml", "cxmap: 1\nid: m\n\ttitle: T\n")  # a tab: never parses
    repo.commit("broken from the start")
    repo.write("m.cxmap.yaml", "cxmap: 1\nid: m\ntitle: [T\n")  # still broken, uncommitted
    for fmt in ("text", "json", "markdown"):
        result = cxmap("--lang", lang, "history", "m.cxmap.yaml", "-f", fmt, cwd=repo.root)
        # was exit 0 with a table of no waves
        assert (result.returncode, result.stdout, result.stderr.decode()) == (1, b"", expected)


# ------------------------------------------------ diff -C naming no folder
@pytest.mark.parametrize(("lang", "name", "expected"), [
    ("en", "gone", "cxmap: error: folder 'gone' (--repo/-C) does not exist\n"),
    ("pl", "gone", "cxmap: błąd: katalog 'gone' (--repo/-C) nie istnieje\n"),
    ("en", "m.cxmap.yaml", "cxmap: error: 'm.cxmap.yaml' (--repo/-C) is not a folder\n"),
    ("pl", "m.cxmap.yaml", "cxmap: błąd: 'm.cxmap.yaml' (--repo/-C) nie jest katalogiem\n"),
])
@pytest.mark.parametrize("old", ["m.cxmap.yaml", "HEAD:m.cxmap.yaml"])
def test_diff_names_a_repo_folder_that_is_not_one(tmp_path: Path, lang: str, name: str,
                                                  expected: str, old: str) -> None:
    (tmp_path / "m.cxmap.yaml").write_text(NO_TOUCHPOINTS, encoding="utf-8")
    # was "path 'm.cxmap.yaml' does not exist" or "/ is not in a git repository"
    result = cxmap("--lang", lang, "diff", old, "m.cxmap.yaml", "-C", name, cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr.decode()) == (2, b"", expected)


# ------------------------------------------------ import-scores of Excel's "Unicode Text"
SCORED = ("cxmap: 1\nid: m\ntitle: T\nstages:\n  - id: s\n    name: S\n    touchpoints:\n"
          "      - id: a\n        name: Zażółć\n        score: 0\n"
          "      - id: b\n        name: B\n        score: 1\n")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_table_with_its_bom_is_imported(tmp_path: Path, encoding: str) -> None:
    src = tmp_path / "m.cxmap.yaml"
    src.write_text(SCORED, encoding="utf-8")
    table = tmp_path / "scores.txt"
    text = "id\tname\tscore\r\na\tZażółć\t-2\r\nb\tB\t1\r\n"
    bom = "\ufeff" if encoding == "utf-16-be" else ""
    table.write_bytes((bom + text).encode(encoding))
    # was "the header row has no 'id' column" (read as Windows-1250)
    result = cxmap("import-scores", str(src), str(table))
    assert result.returncode == 0, result.stderr
    assert src.read_text(encoding="utf-8") == SCORED.replace("score: 0", "score: -2")


# ------------------------------------------------ the PowerPoint deck keeps --timeout
def _many_touchpoints(n: int) -> str:
    return "cxmap: 1\nid: w\ntitle: Big\nstages:\n" + "".join(
        f"  - id: s{s}\n    name: Stage {s}\n    touchpoints:\n" + "".join(
            f"      - id: t{s}-{i}\n        name: Touchpoint {i} of stage {s}\n"
            f"        score: {i % 5 - 2}\n" for i in range(n // 10))
        for s in range(10))


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "cxmap: error: the PowerPoint deck was not made within 0.3 s (--timeout) and "
           "making it was stopped; allow more time with --timeout, or write HTML (-f html)\n"),
    ("pl", "cxmap: błąd: prezentacja PowerPoint nie powstała w ciągu 0,3 s (--timeout) i jej "
           "tworzenie przerwano; daj więcej czasu (--timeout) albo zapisz HTML (-f html)\n"),
])
def test_a_deck_made_too_long_stops_at_the_timeout(tmp_path: Path, lang: str,
                                                   expected: str) -> None:
    the_map = tmp_path / "big.cxmap.yaml"
    the_map.write_text(_many_touchpoints(1000), encoding="utf-8")  # ~10 s of deck
    out = tmp_path / "big.pptx"
    out.write_bytes(b"the old deck")
    # was: --timeout ignored, the deck made in full however long it took
    proc = cxmap("--lang", lang, "report", str(the_map), "--timeout", "0.3", "-o", str(out))
    assert (proc.returncode, proc.stderr.decode()) == (1, expected)
    assert out.read_bytes() == b"the old deck"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.cxmap.yaml", "big.pptx"]


@pytest.mark.parametrize(("view", "expected"), [
    ("canvas", "cxmap: błąd: kanwa nie została narysowana w ciągu 0,1 s (--timeout) i rysowanie "
               "przerwano; narysuj jedną ścieżkę (--branch) albo daj więcej czasu (--timeout)\n"),
    ("flow", "cxmap: błąd: Graphviz nie ukończył układu w 0,1 s (--timeout) i został "
             "zatrzymany; narysuj jedną ścieżkę (--branch), użyj -f mmd lub -f dot albo daj "
             "więcej czasu (--timeout)\n"),
])
def test_a_time_limit_is_said_with_a_decimal_comma_in_polish(tmp_path: Path, view: str,
                                                            expected: str) -> None:
    the_map = tmp_path / "big.cxmap.yaml"
    the_map.write_text(_many_touchpoints(2000), encoding="utf-8")
    proc = cxmap("--lang", "pl", "render", str(the_map), "--view", view, "--timeout", "0.1",
                 "-o", str(tmp_path / "big.svg"))
    assert (proc.returncode, proc.stderr.decode()) == (1, expected)  # was "0.1 s"


# ------------------------------------------------ a flow of thousands of stages on a page
def _stages(n: int) -> str:
    return "cxmap: 1\nid: w\ntitle: Long\nstages:\n" + "".join(
        f"  - id: s{i}\n    name: Stage {i}\n    touchpoints:\n      - id: t{i}\n"
        f"        name: Touchpoint {i}\n        score: {i % 5 - 2}\n" for i in range(n))


def test_a_page_for_thousands_of_stages_tries_few_cuts_and_finds_the_best(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from cxmap.api import load_bytes
    from cxmap.graph import build_graph
    from cxmap.outputs.render import Page, flowpage
    from cxmap.outputs.render import canvas_geometry as geometry

    loaded = load_bytes(_stages(1200).encode(), "long.cxmap.yaml")
    assert loaded.journey is not None
    graph = build_graph(loaded.journey)
    tried: list[int] = []
    cut = geometry.band_splits

    def counted(widths: list[float], rows: int) -> list[list[int]]:
        tried.append(rows)
        return cut(widths, rows)

    monkeypatch.setattr(geometry, "band_splits", counted)
    rows = flowpage.flow_rows(loaded.journey, graph, Page.A4)
    # was every cut into 1...1,200 rows, all held at once: 20,000 stages filled
    # 24 GB and the report was killed; rows past the best cannot draw larger
    assert len(tried) < 100
    # the same answer as trying every number of rows
    sizes = flowpage.stage_sizes(loaded.journey, graph)
    pw, ph = (side - 2 * flowpage.PAGE_MARGIN for side in Page.A4.size)
    best: tuple[float, list[list[int]]] | None = None
    for n in range(1, 1201):
        cand = cut([1.0] * 1200, n)
        width, height = flowpage.estimate(sizes, cand)
        scale = min(pw / width, ph / height)
        if best is None or scale > best[0] * (1.02 if best[0] >= flowpage.ROOMY else 1.0):
            best = (scale, cand)
    assert best is not None and rows == best[1]


# ------------------------------------------------ dataset of survey counts past 32 bits
@pytest.mark.parametrize("responses", [2**31, 2**63 - 1])
def test_survey_counts_the_format_allows_go_into_the_dataset(tmp_path: Path,
                                                             responses: int) -> None:
    import pyarrow.parquet as pq

    src = tmp_path / "m.cxmap.yaml"
    src.write_text(SCORED.replace(
        "        score: 0\n",
        f"        score: 0\n        survey:\n          metric: csat5\n"
        f"          responses: {responses}\n          positive: {responses // 2}\n"
        f"          negative: 1\n"), encoding="utf-8")
    out = tmp_path / "ds"
    # was "internal error: ArrowInvalid: Value ... too large to fit in C integer type"
    result = cxmap("dataset", str(src), "-o", str(out))
    assert result.returncode == 0, result.stderr
    table = pq.read_table(out / "touchpoints.parquet")
    assert table.column("survey_responses").to_pylist() == [responses, None]
    assert table.column("survey_positive").to_pylist() == [responses // 2, None]
    assert table.column("survey_negative").to_pylist() == [1, None]


# ------------------------------------------------ serve --poll over a symbolic link loop
@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "changes to the files are not followed: a symbolic link leads back to a folder "
           "above it; restart cxmap serve to see later changes"),
    ("pl", "zmiany plików nie są śledzone: dowiązanie symboliczne prowadzi z powrotem do "
           "katalogu nadrzędnego; aby zobaczyć późniejsze zmiany, uruchom cxmap serve "
           "ponownie"),
])
def test_polling_that_cannot_watch_says_so_instead_of_claiming_to_poll(
        tmp_path: Path, lang: str, expected: str) -> None:
    import threading

    from cxmap.commands.serve import watch_changes, watch_problem
    from cxmap.i18n import Language, t

    (tmp_path / "maps" / "a").mkdir(parents=True)
    (tmp_path / "maps" / "a" / "m.cxmap.yaml").write_text(SCORED, encoding="utf-8")
    (tmp_path / "maps" / "a" / "up").symlink_to("..")  # polling follows it for ever
    polling: list[Exception] = []
    stopped: list[Exception] = []
    done = threading.Thread(target=watch_changes, args=(
        [tmp_path / "maps"], True, lambda _p: True, lambda _c: None, threading.Event()),
        kwargs={"poll": True, "on_polling": polling.append, "on_stopped": stopped.append},
        daemon=True)
    done.start()
    done.join(20)
    assert not done.is_alive()
    # was: told "watching the files by polling (...)" while nothing was watched
    assert polling == []
    [problem] = stopped
    language = Language(lang)
    assert t("serve.not_watching", language,
             reason=watch_problem(problem, language)) == expected


# ------------------------------------------------ --timeout inf
@pytest.mark.parametrize("args", [
    ["render", "m.cxmap.yaml", "-o", "m.svg"],
    ["render", "m.cxmap.yaml", "--view", "canvas", "-o", "m.svg"],
    ["report", "m.cxmap.yaml", "-o", "m.pptx"],
    ["report", "m.cxmap.yaml", "-o", "m.html"],
    ["history", "m.cxmap.yaml"],
    ["serve", "m.cxmap.yaml", "--port", "0"],
])
@pytest.mark.parametrize(("lang", "value", "expected"), [
    ("en", "inf", "Error: Invalid value for '--timeout': Input should be less than or equal "
                  "to 86400\n"),
    ("pl", "1e999", "Błąd: niepoprawna wartość '--timeout': największa dozwolona to 86400.\n"),
])
def test_an_endless_timeout_is_a_usage_error(tmp_path: Path, args: list[str], lang: str,
                                             value: str, expected: str) -> None:
    (tmp_path / "m.cxmap.yaml").write_text(SCORED, encoding="utf-8")
    # was "internal error: OverflowError: cannot convert float infinity to integer"
    result = cxmap("--lang", lang, *args, "--timeout", value, cwd=tmp_path, timeout=30)
    assert result.returncode == 2
    assert result.stderr.decode().endswith("\n\n" + expected)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.cxmap.yaml"]


# ------------------------------------------------ --scored-on of a day that does not exist
@pytest.mark.parametrize(("lang", "value", "expected"), [
    ("en", "2024-02-30", "cxmap: error: --scored-on '2024-02-30' is not a real calendar date\n"),
    ("pl", "2023-13-01", "cxmap: błąd: --scored-on '2023-13-01' to nieistniejąca data\n"),
    ("en", "2024-2-03", "cxmap: error: --scored-on '2024-2-03' is not a date written "
                        "YYYY-MM-DD\n"),
])
@pytest.mark.parametrize("command", ["import-scores", "import-survey"])
def test_a_scoring_day_that_does_not_exist_is_said_so(tmp_path: Path, lang: str, value: str,
                                                      expected: str, command: str) -> None:
    src = tmp_path / "m.cxmap.yaml"
    src.write_text(SCORED, encoding="utf-8")
    table = tmp_path / "t.csv"
    table.write_text("id,score\na,2\n" if command == "import-scores"
                     else "touchpoint,metric,value\na,csat5,5\n", encoding="utf-8")
    # was "--scored-on '2024-02-30' is not a date written YYYY-MM-DD" (it is)
    result = cxmap("--lang", lang, command, str(src), str(table), "--scored-on", value)
    assert (result.returncode, result.stderr.decode()) == (2, expected)
    assert src.read_text(encoding="utf-8") == SCORED


# ------------------------------------------------ standard error closed
def test_with_standard_error_closed_no_word_lands_in_the_output(tmp_path: Path) -> None:
    import os

    src = tmp_path / "long.cxmap.yaml"
    src.write_text(_stages(300), encoding="utf-8")  # too long for A4 at 8 pt: a note
    proc = subprocess.run([sys.executable, "-m", "cxmap", "render", str(src), "--page", "a4",
                           "-f", "svg", "-o", "-"], stdout=subprocess.PIPE,
                          preexec_fn=lambda: os.close(2), timeout=120, check=False)
    assert proc.returncode == 0
    # was "cxmap: note: the map does not fit A4 at 8 pt..." as the SVG's first line
    assert proc.stdout.startswith(b'<?xml version="1.0" encoding="UTF-8"')
    assert b"cxmap:" not in proc.stdout
    missing = subprocess.run([sys.executable, "-m", "cxmap", "render", "nosuch.cxmap.yaml",
                              "-o", str(tmp_path / "x.svg")], stdout=subprocess.PIPE,
                             preexec_fn=lambda: os.close(2), timeout=60, check=False)
    assert (missing.returncode, missing.stdout) == (2, b"")

