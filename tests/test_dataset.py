"""`cxmap dataset`: Parquet tables a warehouse reads, and views.sql with the report's figures."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxmap.api import load_map
from cxmap.cli import app
from cxmap.metrics import is_overdue
from cxmap.metrics.portfolio import portfolio_metrics
from tests.conftest import CONFORMANCE, example_maps

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
duckdb = pytest.importorskip("duckdb")

runner = CliRunner()
TABLES = ("journeys", "stages", "touchpoints", "projects", "project_touchpoints",
          "departments")


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--lang", "en", "dataset", *args])
    return result.exit_code, result.stdout, result.stderr


def git(cwd: Path, *args: str, when: str = "") -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@x"}
    if when:
        env["GIT_COMMITTER_DATE"] = env["GIT_AUTHOR_DATE"] = when
    return subprocess.run(["git", "-C", str(cwd), *args], check=True, env=env,
                          capture_output=True, text=True).stdout


@pytest.fixture
def maps(tmp_path: Path) -> Path:
    folder = tmp_path / "maps"
    folder.mkdir()
    for path in example_maps():
        shutil.copy(path, folder / path.name)
    return folder


def read(folder: Path, name: str) -> pa.Table:
    return pq.read_table(folder / f"{name}.parquet")


def test_tables_hold_every_item_of_every_map_with_the_contracts_types(
        maps: Path, tmp_path: Path) -> None:
    out = tmp_path / "lake"
    code, _, err = run(str(maps), "-o", str(out), "--repo", "cx-maps")
    assert code == 0, err
    assert "wrote" in err and "4 maps" in err
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{t}.parquet" for t in TABLES] + ["views.sql"])
    journeys = {p.name: load_map(p).journey for p in sorted(maps.iterdir())}
    assert all(j is not None for j in journeys.values())
    tps = read(out, "touchpoints")
    assert tps.num_rows == sum(len(j.touchpoints) for j in journeys.values())  # type: ignore[union-attr]
    assert read(out, "journeys").num_rows == 4
    assert read(out, "stages").num_rows == sum(len(j.stages) for j in journeys.values())  # type: ignore[union-attr]
    assert read(out, "projects").num_rows == sum(len(j.projects or ()) for j in journeys.values())  # type: ignore[union-attr]
    assert read(out, "project_touchpoints").num_rows == sum(
        len(p.touchpoints) for j in journeys.values() for p in j.projects or ())  # type: ignore[union-attr]
    assert read(out, "departments").num_rows == sum(
        len(j.departments or ()) for j in journeys.values())  # type: ignore[union-attr]
    schema = tps.schema
    assert schema.field("score").type == pa.int8()
    assert schema.field("target").type == pa.int8()
    assert schema.field("branches").type == pa.list_(pa.string())
    assert schema.field("pillars").type == pa.list_(pa.string())
    assert schema.field("evidence").type == pa.list_(pa.string())
    assert schema.field("scored_on").type == pa.date32()
    assert schema.field("position").type == pa.int32()
    assert schema.field("moment_of_truth").type == pa.bool_()
    assert read(out, "projects").schema.field("due").type == pa.date32()
    for name in TABLES:
        assert read(out, name).schema.names[:3] == ["repo", "path", "journey_id"]
        assert set(read(out, name).column("repo").to_pylist()) == {"cx-maps"}

    # every value of every touchpoint, in journey order, as the map has it
    rows = [r for r in tps.to_pylist() if r["path"] == "sklep-omnichannel.cxmap.yaml"
            or r["path"].endswith("/sklep-omnichannel.cxmap.yaml")]
    journey = journeys["sklep-omnichannel.cxmap.yaml"]
    assert journey is not None
    assert [r["touchpoint_id"] for r in rows] == [tp.id for tp in journey.touchpoints]
    assert [r["position"] for r in rows] == list(range(len(rows)))
    for row, (stage, tp) in zip(rows, journey.iter_touchpoints(), strict=True):
        assert row["stage_id"] == stage.id
        assert row["name"] == tp.name
        assert row["score"] == tp.score
        assert row["branches"] == (tp.branches or ([tp.branch] if tp.branch else []))
        assert row["reach"] == tp.reach
        assert row["moment_of_truth"] is tp.moment_of_truth
        assert row["evidence"] == list(tp.evidence or ())
        assert row["scored_on"] == journey.scored_on
    assert any(r["score"] is None for r in tps.to_pylist())  # unscored is null, not 0


def test_views_sql_agrees_with_the_portfolio_figures(maps: Path, tmp_path: Path) -> None:
    out = tmp_path / "lake"
    assert run(str(maps), "-o", str(out))[0] == 0
    today = date.today()
    loaded = [(p.name, load_map(p).journey) for p in sorted(maps.iterdir())]
    portfolio = portfolio_metrics([(f, j) for f, j in loaded if j is not None], today)
    con = duckdb.connect()
    con.execute(f"SET file_search_path = '{out}'")
    con.execute((out / "views.sql").read_text(encoding="utf-8"))
    figures = {r[0]: r[1:] for r in con.execute(
        "SELECT journey_id || ':' || path, mean, experience_debt, stale, touchpoints, scored "
        "FROM journey_figures").fetchall()}
    assert len(figures) == len(portfolio.rows) == 4
    for row in portfolio.rows:
        key = next(k for k in figures if k.startswith(row.journey.id + ":")
                   and k.endswith(row.file))
        mean, debt, stale, count, scored = figures[key]
        assert mean == pytest.approx(row.metrics.overall.value)
        assert debt == pytest.approx(row.metrics.debt, abs=1e-9)
        assert stale is row.stale
        assert (count, scored) == (row.metrics.overall.touchpoints, row.metrics.overall.scored)
    total_debt = con.execute("SELECT round(sum(experience_debt), 6) FROM journey_figures")
    assert total_debt.fetchone()[0] == pytest.approx(portfolio.debt)  # type: ignore[index]

    mot = con.execute("SELECT journey_id, touchpoint_id FROM moments_of_truth_below_zero")
    assert sorted(mot.fetchall()) == sorted(
        (r.journey.id, tp.id) for r in portfolio.rows
        for tp in r.metrics.moments_of_truth_negative)
    due = con.execute("SELECT journey_id, project_id FROM projects_past_due")
    assert sorted(due.fetchall()) == sorted(
        (r.journey.id, f.project.id) for r in portfolio.rows for f in r.metrics.projects
        if is_overdue(f.project, today))
    stale = con.execute("SELECT count(*) FROM stale_scorings").fetchone()
    assert stale is not None and stale[0] == portfolio.stale


def test_two_repositories_partitions_read_together_with_hive_partitioning(
        maps: Path, tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(CONFORMANCE / "bank-2024.cxmap.yaml", other)
    assert run(str(maps), "-o", str(lake / "repo=cx-maps"), "--repo", "cx-maps")[0] == 0
    assert run(str(other), "-o", str(lake / "repo=bank"), "--repo", "bank")[0] == 0
    con = duckdb.connect()
    counts = con.execute(
        f"SELECT repo, count(*) FROM read_parquet('{lake}/*/touchpoints.parquet', "
        "hive_partitioning = true) GROUP BY repo ORDER BY repo").fetchall()
    bank = load_map(other / "bank-2024.cxmap.yaml").journey
    assert bank is not None
    assert counts == [("bank", len(bank.touchpoints)), ("cx-maps", 75)]
    # views.sql over the whole lake: table views made first are kept
    for name in TABLES:
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet("
                    f"'{lake}/*/{name}.parquet', hive_partitioning = true)")
    con.execute((lake / "repo=bank" / "views.sql").read_text(encoding="utf-8"))
    assert con.execute("SELECT count(*) FROM journey_figures").fetchone() == (5,)


def test_an_invalid_map_writes_nothing_and_is_reported_as_validate_does(
        maps: Path, tmp_path: Path) -> None:
    out = tmp_path / "lake"
    assert run(str(maps), "-o", str(out))[0] == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    shutil.copy(CONFORMANCE / "bad-score.cxmap.yaml", maps)
    code, _, err = run(str(maps), "-o", str(out))
    assert code == 1
    assert "bad-score.cxmap.yaml:" in err and " error CX" in err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    fresh = tmp_path / "fresh"
    assert run(str(maps), "-o", str(fresh))[0] == 1
    assert not fresh.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lake", "maps"]  # no temporary left


def test_a_folder_holding_other_files_is_never_replaced(maps: Path, tmp_path: Path) -> None:
    out = tmp_path / "work"
    out.mkdir()
    (out / "thesis.docx").write_bytes(b"years of work")
    code, _, err = run(str(maps), "-o", str(out))
    assert code == 2
    assert "thesis.docx" in err and "were not written by this command" in err
    assert (out / "thesis.docx").read_bytes() == b"years of work"
    afile = tmp_path / "file.txt"
    afile.write_text("keep")
    assert run(str(maps), "-o", str(afile))[0] == 2
    assert afile.read_text() == "keep"


def test_a_rewrite_replaces_the_folder_whole_and_through_a_symlink(
        maps: Path, tmp_path: Path) -> None:
    real = tmp_path / "real"
    link = tmp_path / "link"
    link.symlink_to(real)
    assert run(str(maps), "-o", str(link))[0] == 0
    assert link.is_symlink() and (real / "touchpoints.parquet").is_file()
    (maps / "insurance-claim.cxmap.yaml").unlink()
    assert run(str(maps), "-o", str(link))[0] == 0
    assert link.is_symlink()
    assert read(real, "journeys").num_rows == 3


def test_a_failed_write_leaves_the_old_dataset(maps: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from cxmap.util import folders

    out = tmp_path / "lake"
    assert run(str(maps), "-o", str(out))[0] == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real_rename = os.rename
    failed: list[str] = []

    def failing(src: str | Path, dst: str | Path) -> None:
        if Path(dst) == out and not failed:  # the new folder into place; putting back works
            failed.append(str(src))
            raise OSError(28, "No space left on device")
        real_rename(src, dst)

    monkeypatch.setattr(folders.os, "rename", failing)
    code, _, err = run(str(maps), "-o", str(out))
    assert code == 2 and "No space left on device" in err
    assert failed and ".lake.new-" in failed[0]
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lake", "maps"]


def test_repo_defaults_to_the_origin_remote_then_the_folder(maps: Path, tmp_path: Path) -> None:
    assert run(str(maps), "-o", str(tmp_path / "a"))[0] == 0
    assert set(read(tmp_path / "a", "journeys").column("repo").to_pylist()) == {"maps"}
    git(maps, "init", "-q")
    git(maps, "remote", "add", "origin", "git@example.org:acme/cx-journeys.git")
    assert run(str(maps), "-o", str(tmp_path / "b"))[0] == 0
    assert set(read(tmp_path / "b", "journeys").column("repo").to_pylist()) == {"cx-journeys"}


def _commit_waves(repo: Path) -> list[str]:
    """A map committed three times with different scores; the commit ids."""
    git(repo, "init", "-q")
    source = (CONFORMANCE / "bank-2024.cxmap.yaml").read_text(encoding="utf-8")
    target = repo / "maps" / "bank.cxmap.yaml"
    target.parent.mkdir()
    shas = []
    for i, score in enumerate(("-2", "-1", "0")):
        target.write_text(source.replace("score: -2", f"score: {score}", 1), encoding="utf-8")
        git(repo, "add", ".")
        git(repo, "commit", "-q", "-m", f"wave {i}", when=f"2024-0{i + 1}-01T10:00:00+02:00")
        shas.append(git(repo, "rev-parse", "HEAD").strip())
    return shas


def test_history_has_a_row_per_touchpoint_and_commit_and_reads_only_new_commits(
        tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    shas = _commit_waves(repo)
    out = tmp_path / "lake"
    code, _, err = run(str(repo / "maps"), "-o", str(out), "--history")
    assert code == 0, err
    assert "3 versions read from git, 0 kept" in err
    hist = read(out, "score_history")
    assert hist.schema.field("committed_at").type == pa.timestamp("us", tz="UTC")
    assert hist.schema.field("score").type == pa.int8()
    journey = load_map(repo / "maps" / "bank.cxmap.yaml").journey
    assert journey is not None
    assert hist.num_rows == 3 * len(journey.touchpoints)
    assert set(hist.column("commit").to_pylist()) == set(shas)
    assert set(hist.column("path").to_pylist()) == {"maps/bank.cxmap.yaml"}
    first = [r for r in hist.to_pylist() if r["commit"] == shas[0]]
    assert first[0]["committed_at"] == datetime(2024, 1, 1, 8, 0, tzinfo=UTC)
    changed = next(tp.id for tp in journey.touchpoints if tp.score == 0
                   and any(r["touchpoint_id"] == tp.id and r["score"] == -2 for r in first))
    assert [r["score"] for r in hist.to_pylist() if r["touchpoint_id"] == changed] \
        == [0, -1, -2]  # newest first, as git log gives them
    # incremental: one more commit is the only version read
    path = repo / "maps" / "bank.cxmap.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("title:", "title: New", 1))
    git(repo, "commit", "-qam", "retitled")
    code, _, err = run(str(repo / "maps"), "-o", str(out), "--history")
    assert code == 0, err
    assert "1 version read from git, 3 kept" in err
    assert read(out, "score_history").num_rows == 4 * len(journey.touchpoints)


def test_without_pyarrow_the_message_names_the_extra(maps: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    code, _, err = run(str(maps), "-o", str(tmp_path / "x"))
    assert code == 2
    assert "pip install 'cxmap[dataset]'" in err
    result = runner.invoke(app, ["--lang", "pl", "dataset", str(maps), "-o", str(tmp_path / "x")])
    assert "nie zainstalowano" in result.stderr


def test_polish_messages(maps: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["--lang", "pl", "dataset", str(maps), "-o", str(tmp_path / "x")])
    assert result.exit_code == 0
    assert "zapisano" in result.stderr and "4 mapy, 75 punktów styku" in result.stderr


def test_survey_counts_are_columns_of_their_touchpoint(tmp_path: Path) -> None:
    folder = tmp_path / "maps"
    folder.mkdir()
    shutil.copy(CONFORMANCE / "bank-2024-surveyed.cxmap.yaml", folder)
    assert run(str(folder), "-o", str(tmp_path / "lake"))[0] == 0
    journey = load_map(folder / "bank-2024-surveyed.cxmap.yaml").journey
    assert journey is not None
    rows = {r["touchpoint_id"]: r for r in read(tmp_path / "lake", "touchpoints").to_pylist()}
    surveyed = [tp for tp in journey.touchpoints if tp.survey is not None]
    assert surveyed and len(surveyed) < len(journey.touchpoints)
    for tp in journey.touchpoints:
        row = rows[tp.id]
        got = (row["survey_metric"], row["survey_responses"], row["survey_positive"],
               row["survey_negative"])
        s = tp.survey
        assert got == ((s.metric, s.responses, s.positive, s.negative) if s
                       else (None, None, None, None))


def test_a_refused_output_folder_is_explained_in_polish(maps: Path, tmp_path: Path) -> None:
    """Why -o was refused is in the run's language too: a FIFO, a file, a folder of
    someone's work."""
    def pl(out: Path) -> str:
        result = runner.invoke(app, ["--lang", "pl", "dataset", str(maps), "-o", str(out)])
        assert result.exit_code == 2, result.output
        return result.stderr

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    err = pl(fifo)
    assert "to nie jest katalog" in err and "not a folder" not in err
    assert fifo.exists() and not fifo.is_dir()
    work = tmp_path / "work"
    work.mkdir()
    (work / "praca.docx").write_bytes(b"lata pracy")
    err = pl(work)
    assert "praca.docx" in err and "nie zostały zapisane przez to polecenie" in err
    assert "not written" not in err


def test_a_count_no_warehouse_column_holds_is_a_map_error(tmp_path: Path) -> None:
    """Survey counts are 64-bit integers in the tables: a bigger one is the map's
    error at its position (as validate says it), nothing written, never an
    internal error."""
    text = (CONFORMANCE / "bank-2024-surveyed.cxmap.yaml").read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if "responses:" in ln)
    huge = line.split(":")[0] + ": 99999999999999999999999"
    src = tmp_path / "m.cxmap.yaml"
    src.write_text(text.replace(line, huge, 1), encoding="utf-8")
    row = text.splitlines().index(line) + 1
    col = line.index("responses") + len("responses: ") + 1
    code, _, err = run(str(src), "-o", str(tmp_path / "lake"))
    assert code == 1, err
    assert f"{src}:{row}:{col}: error CX108" in err and "internal error" not in err
    assert not (tmp_path / "lake").exists()


def test_what_it_says_shows_control_characters_in_names(maps: Path, tmp_path: Path) -> None:
    out = tmp_path / "lake\x1b[2J"
    code, _, err = run(str(maps), "-o", str(out), "--repo", "evil\x07repo")
    assert code == 0, err
    assert "\x1b" not in err and "\x07" not in err
    assert "wrote" in err
